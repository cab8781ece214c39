import { Stack, Table, Text } from '@mantine/core';
import { formatTanggal } from '../../shared/format/date';
import { formatRupiah } from '../../shared/format/money';
import type { Examination } from '../../shared/pemeriksaan/pemeriksaan';
import { FindingForm } from './FindingForm';
import { RemoveItemButton } from './RemoveItemButton';

export function FindingsTab({ exam, readOnly }: { exam: Examination; readOnly: boolean }) {
  return (
    <Stack>
      {exam.findings.length === 0 ? (
        <Text size="sm" c="dimmed">
          Belum ada temuan.
        </Text>
      ) : (
        <Table verticalSpacing="xs" striped aria-label="Temuan">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>No</Table.Th>
              <Table.Th>Kondisi</Table.Th>
              <Table.Th>Kriteria</Table.Th>
              <Table.Th>Rekomendasi</Table.Th>
              <Table.Th ta="right">Nilai</Table.Th>
              <Table.Th>Penanggung jawab</Table.Th>
              <Table.Th>Batas waktu</Table.Th>
              {!readOnly && <Table.Th w={48} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {exam.findings.map((f) => (
              <Table.Tr key={f.id}>
                <Table.Td>{f.number}</Table.Td>
                <Table.Td>{f.kondisi}</Table.Td>
                <Table.Td>{f.kriteria ?? '—'}</Table.Td>
                <Table.Td>{f.rekomendasi}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatRupiah(f.amount, { zero: 'dash' })}
                </Table.Td>
                <Table.Td>{f.pic ?? '—'}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {f.dueDate ? formatTanggal(f.dueDate) : '—'}
                </Table.Td>
                {!readOnly && (
                  <Table.Td>
                    <RemoveItemButton
                      examId={exam.id}
                      kind="finding"
                      itemId={f.id}
                      what={`temuan ${f.number}`}
                    />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {!readOnly && (
        <FindingForm
          examId={exam.id}
          examDate={exam.date}
          shortfall={exam.cash.reduce((s, c) => s + Math.max(0, -c.unexplained), 0)}
        />
      )}
    </Stack>
  );
}
