import { Anchor, Stack, Table, Text } from '@mantine/core';
import { formatTanggalAngka } from '../../shared/format/date';
import { formatRupiah } from '../../shared/format/money';
import { FINDING_SOURCE_LABELS, type TrackedFinding } from '../../shared/temuan/temuan';
import { daysText, OverdueBadge, StatusBadge, shortText } from './findingUi';

const NOWRAP = { whiteSpace: 'nowrap' } as const;

/** One row per finding; a row (or its kondisi link) opens the finding. */
export function FindingTable({
  findings,
  onOpen,
}: {
  findings: readonly TrackedFinding[];
  onOpen: (id: number) => void;
}) {
  return (
    <Table highlightOnHover verticalSpacing="xs" aria-label="Daftar temuan">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Sumber</Table.Th>
          <Table.Th>Desa</Table.Th>
          <Table.Th w={48}>No.</Table.Th>
          <Table.Th>Kondisi</Table.Th>
          <Table.Th ta="right">Nilai rekomendasi</Table.Th>
          <Table.Th ta="right">Sisa</Table.Th>
          <Table.Th>Penanggung jawab</Table.Th>
          <Table.Th>Batas waktu</Table.Th>
          <Table.Th w={150}>Status</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {findings.map((f) => (
          <Table.Tr
            key={f.id}
            onClick={() => onOpen(f.id)}
            bg={f.overdue ? 'red.0' : undefined}
            style={{ cursor: 'pointer' }}
          >
            <Table.Td>
              <Text size="sm">{FINDING_SOURCE_LABELS[f.source]}</Text>
              <Text size="xs" c="dimmed" style={NOWRAP}>
                {f.sourceNumber ?? 'Draf'}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{f.desaName ?? '—'}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{f.number}</Text>
            </Table.Td>
            <Table.Td>
              <Anchor href={`#/temuan/${f.id}`} size="sm" onClick={(e) => e.stopPropagation()}>
                {shortText(f.kondisi)}
              </Anchor>
            </Table.Td>
            <Table.Td ta="right" style={NOWRAP}>
              <Text size="sm">{formatRupiah(f.recommendedAmount, { zero: 'dash' })}</Text>
            </Table.Td>
            <Table.Td ta="right" style={NOWRAP}>
              <Text size="sm">{f.recommendedAmount > 0 ? formatRupiah(f.remaining) : '—'}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{f.pic ?? '—'}</Text>
            </Table.Td>
            <Table.Td style={NOWRAP}>
              <Text size="sm" c={f.overdue ? 'red.8' : undefined} fw={f.overdue ? 600 : undefined}>
                {formatTanggalAngka(f.deadline)}
              </Text>
              <Text size="xs" c={f.overdue ? 'red.8' : 'dimmed'}>
                {daysText(f)}
              </Text>
            </Table.Td>
            <Table.Td>
              <Stack gap={4} align="flex-start">
                <StatusBadge status={f.status} />
                {f.overdue && <OverdueBadge />}
              </Stack>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
