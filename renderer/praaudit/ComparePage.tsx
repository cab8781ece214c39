import { Alert, Anchor, Badge, Group, Select, SimpleGrid, Stack, Switch, Table, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import { formatTanggal } from '../../shared/format/date';
import { ANSWER_SHORT, COMPARISON_LABELS, type ComparisonOutcome } from '../../shared/praaudit/praaudit';
import { useApi } from '../api/useApi';
import { PageTitle } from '../common/PageTitle';
import { WHOLE_LABEL } from '../temuan/findingUi';
import { ANSWER_COLORS } from './praAuditUi';

const OUTCOME_COLORS: Record<ComparisonOutcome, string> = {
  membaik: 'teal',
  masih_terbuka: 'orange',
  memburuk: 'red',
  tetap_baik: 'gray',
  lainnya: 'gray',
};

/** What changed for the worse or stayed open first; items that cannot be compared last. */
const OUTCOME_ORDER: ComparisonOutcome[] = ['memburuk', 'masih_terbuka', 'membaik', 'tetap_baik', 'lainnya'];

const ROW_BACKGROUND: Partial<Record<ComparisonOutcome, string>> = {
  membaik: 'var(--mantine-color-teal-light)',
  masih_terbuka: 'var(--mantine-color-orange-light)',
  memburuk: 'var(--mantine-color-red-light)',
};

function Comparison({ beforeId, afterId }: { beforeId: number; afterId: number }) {
  const { data, error } = useApi('praAudit.compare', { beforeId, afterId });
  const [showAll, setShowAll] = useState(false);
  if (error) return <Alert color="red">{error}</Alert>;
  if (!data) return null;
  const shown = data.rows
    .filter((r) => showAll || r.outcome !== 'tetap_baik')
    .sort((a, b) => OUTCOME_ORDER.indexOf(a.outcome) - OUTCOME_ORDER.indexOf(b.outcome));
  return (
    <Stack>
      <Group>
        {(Object.keys(COMPARISON_LABELS) as ComparisonOutcome[]).map((o) => (
          <Badge key={o} size="lg" variant="light" color={OUTCOME_COLORS[o]} tt="none">
            {COMPARISON_LABELS[o]}: {data.counts[o]}
          </Badge>
        ))}
      </Group>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {formatTanggal(data.before.auditDate)} ({data.before.number ?? 'draf'}) dibanding{' '}
          {formatTanggal(data.after.auditDate)} ({data.after.number ?? 'draf'}).
        </Text>
        <Switch
          label="Tampilkan juga yang tetap baik"
          checked={showAll}
          onChange={(e) => setShowAll(e.currentTarget.checked)}
        />
      </Group>
      <Table aria-label="Perbandingan butir" verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Butir</Table.Th>
            <Table.Th>Uraian</Table.Th>
            <Table.Th>Sebelumnya</Table.Th>
            <Table.Th>Sesudahnya</Table.Th>
            <Table.Th>Hasil</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((r) => (
            <Table.Tr key={r.code} bg={ROW_BACKGROUND[r.outcome]} data-outcome={r.outcome}>
              <Table.Td fw={600}>{r.code}</Table.Td>
              <Table.Td>
                <Text size="sm">{r.text}</Text>
              </Table.Td>
              {[r.before, r.after].map((a, i) => (
                <Table.Td key={i === 0 ? 'before' : 'after'}>
                  {a ? (
                    <Badge variant="light" color={ANSWER_COLORS[a]} tt="none" styles={WHOLE_LABEL}>
                      {ANSWER_SHORT[a]}
                    </Badge>
                  ) : (
                    <Text size="xs">—</Text>
                  )}
                </Table.Td>
              ))}
              <Table.Td>
                <Badge
                  color={OUTCOME_COLORS[r.outcome]}
                  variant={r.outcome === 'lainnya' ? 'outline' : 'filled'}
                  tt="none"
                  styles={WHOLE_LABEL}
                >
                  {COMPARISON_LABELS[r.outcome]}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

/** Two pra-audits of one TPK side by side: what improved, what is still open. */
export function ComparePage({ navigate }: { navigate: (path: string) => void }) {
  const list = useApi('praAudit.list', {});
  const [before, setBefore] = useState<string | null>(null);
  const [after, setAfter] = useState<string | null>(null);
  const audits = list.data ?? [];
  const option = (a: (typeof audits)[number]) => ({
    value: String(a.id),
    label: `${a.desaName} — ${a.kegiatanName}, ${formatTanggal(a.auditDate)} (${a.number ?? 'draf'})`,
  });
  const first = audits.find((a) => String(a.id) === before);
  return (
    <Stack>
      <Anchor size="sm" onClick={() => navigate('pra-audit')} component="button" type="button">
        <Group gap={4}>
          <IconArrowLeft size={14} /> Daftar pra-audit
        </Group>
      </Anchor>
      <PageTitle>Bandingkan dua pra-audit</PageTitle>
      <SimpleGrid cols={2}>
        <Select
          label="Pra-audit sebelumnya"
          data={audits.map(option)}
          value={before}
          onChange={setBefore}
          searchable
        />
        <Select
          label="Pra-audit sesudahnya (desa yang sama)"
          data={audits.filter((a) => !first || (a.desaId === first.desaId && a.id !== first.id)).map(option)}
          value={after}
          onChange={setAfter}
          searchable
        />
      </SimpleGrid>
      {before && after ? (
        <Comparison beforeId={Number(before)} afterId={Number(after)} />
      ) : (
        <Alert color="gray">Pilih dua pra-audit TPK desa yang sama.</Alert>
      )}
    </Stack>
  );
}
