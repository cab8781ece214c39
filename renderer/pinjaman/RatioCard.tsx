import { Badge, Card, Group, Stack, Table, Text } from '@mantine/core';
import { formatRupiah } from '../../shared/format/money';
import { type Ratio, type RatioVerdict, ratioText, VERDICT_LABELS } from '../../shared/pinjaman/ratios';

const VERDICT_COLORS: Record<RatioVerdict, string> = {
  memuaskan: 'teal',
  cukup: 'yellow',
  kurang: 'red',
};

function amount(ratio: Ratio, value: number): string {
  return ratio.unit === 'rupiah' ? formatRupiah(value) : `${value.toLocaleString('id-ID')} kelompok`;
}

/** One ratio as main computed it: value, numerator and denominator, formula, bands and verdict. */
export function RatioCard({ ratio }: { ratio: Ratio }) {
  return (
    <Card withBorder component="section" aria-label={ratio.name}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Text fw={700}>{ratio.name}</Text>
          {ratio.verdict ? (
            <Badge color={VERDICT_COLORS[ratio.verdict]} variant="light" tt="none" aria-label="Status">
              {VERDICT_LABELS[ratio.verdict]}
            </Badge>
          ) : (
            <Badge color="gray" variant="light" tt="none" aria-label="Status">
              {ratio.bands.length === 0 ? 'Tanpa ambang' : 'Belum ada nilai'}
            </Badge>
          )}
        </Group>
        <Group align="baseline" gap="sm">
          <Text
            fz={28}
            fw={700}
            c={ratio.verdict ? `${VERDICT_COLORS[ratio.verdict]}.8` : undefined}
            data-testid="ratio-value"
          >
            {ratioText(ratio.valueBp)}
          </Text>
          <Text size="sm" c="dimmed">
            {amount(ratio, ratio.numerator)} ÷ {amount(ratio, ratio.denominator)}
          </Text>
        </Group>
        {ratio.valueBp === null && (
          <Text size="sm" c="dimmed">
            Penyebutnya nol pada tanggal ini, jadi rasio ini belum bisa dihitung.
          </Text>
        )}
        <div>
          <Text size="xs" c="dimmed" fw={600} tt="uppercase">
            Rumus
          </Text>
          <Text size="sm">{ratio.formula}</Text>
        </div>
        {ratio.bands.length > 0 && (
          <Table withTableBorder fz="sm" verticalSpacing={2} aria-label={`Ambang ${ratio.name}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Ambang</Table.Th>
                <Table.Th>Penilaian</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {ratio.bands.map((b) => {
                const hit = b.verdict === ratio.verdict;
                return (
                  <Table.Tr key={b.label} fw={hit ? 700 : undefined} bg={hit ? 'gray.1' : undefined}>
                    <Table.Td>{b.label}</Table.Td>
                    <Table.Td c={`${VERDICT_COLORS[b.verdict]}.8`}>
                      {VERDICT_LABELS[b.verdict]}
                      {hit ? ' ◂' : ''}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
        <Text size="xs" c="dimmed">
          {ratio.source}
        </Text>
      </Stack>
    </Card>
  );
}
