import { Alert, Badge, Card, Group, List, Table, Text, Title } from '@mantine/core';
import { formatRupiah } from '../../shared/format/money';
import {
  bandLabel,
  type HealthSheet,
  type HealthVerdict,
  scoreText,
  verdictRuleText,
} from '../../shared/pinjaman/healthScore';
import { ratioText } from '../../shared/pinjaman/ratios';

const VERDICT_COLOR: Record<HealthVerdict, string> = {
  sehat: 'teal',
  cukup_sehat: 'yellow',
  kurang_sehat: 'orange',
  tidak_sehat: 'red',
};

/** The health score: six weighted ratios, their bands, the total and the amounts behind it. */
export function HealthScoreCard({ health }: { health: HealthSheet }) {
  return (
    <Card withBorder padding="md" maw={1200} aria-label="Penilaian kesehatan">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {health.preset}
        </Title>
        <Group gap="xs">
          <Text fw={700} size="xl" data-testid="health-total">
            {scoreText(health.total)} / 100
          </Text>
          <Badge size="lg" color={VERDICT_COLOR[health.verdict]}>
            {health.label}
          </Badge>
        </Group>
      </Group>
      <Table verticalSpacing={4} aria-label="Rasio penilaian kesehatan">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>No</Table.Th>
            <Table.Th>Rasio dan rumus</Table.Th>
            <Table.Th ta="right">Nilai</Table.Th>
            <Table.Th>Ambang (skor)</Table.Th>
            <Table.Th ta="right">Skor / bobot</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {health.ratios.map((r) => (
            <Table.Tr key={r.no}>
              <Table.Td>{r.no}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {r.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {r.formula}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{r.valueBp === null ? '—' : ratioText(r.valueBp)}</Table.Td>
              <Table.Td>
                <Text size="xs">
                  {r.band ? `${bandLabel(r.band)} → ${scoreText(r.band.score)}` : 'tidak masuk ambang'}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                {scoreText(r.score)} / {r.weight}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" fw={600} mt="md">
        Angka yang dipakai
      </Text>
      <Table verticalSpacing={2} aria-label="Angka penilaian kesehatan">
        <Table.Tbody>
          {health.inputs.map((i) => (
            <Table.Tr key={i.key}>
              <Table.Td>
                <Text size="xs">{i.source}</Text>
              </Table.Td>
              <Table.Td ta="right">
                <Text size="xs">{formatRupiah(i.amount)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed" mt="xs">
        {verdictRuleText()}. Ambang dan skor: {health.presetSource}.
      </Text>
      {health.anomalies.length > 0 && (
        <Alert color="yellow" variant="light" mt="xs" title="Catatan atas preset penilaian" p="xs">
          <List size="xs" spacing={2}>
            {health.anomalies.map((a) => (
              <List.Item key={a}>{a}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Card>
  );
}
