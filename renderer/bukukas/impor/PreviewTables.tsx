import { Badge, Group, ScrollArea, Switch, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { formatTanggal } from '../../../shared/format/date';
import { formatRupiah } from '../../../shared/format/money';
import type { ImportPreview } from '../../../shared/ledger/importTypes';
import { columnLetter } from './readFile';

const money = (sen: number) => (sen === 0 ? '' : formatRupiah(sen));

/** The rows as read: the first rows of the sheet, or only those with a problem. */
export function FileRowsTable({ preview }: { preview: ImportPreview }) {
  const [onlyProblems, setOnlyProblems] = useState(false);
  const flagged = new Set(preview.problemRows.map((r) => r.rowNumber));
  const rows = onlyProblems
    ? preview.problemRows
    : preview.sampleRows.map((cells, i) => ({ rowNumber: preview.sampleRowNumbers[i] ?? i, cells }));
  return (
    <>
      <Group justify="space-between" mb={4}>
        <Switch
          size="sm"
          label="Hanya baris bermasalah"
          checked={onlyProblems}
          onChange={(e) => setOnlyProblems(e.currentTarget.checked)}
        />
        <Text size="xs" c="dimmed">
          Lembar: {preview.sheet}
        </Text>
      </Group>
      <ScrollArea.Autosize mah={240}>
        <Table withTableBorder withColumnBorders aria-label="Contoh baris" fz="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>#</Table.Th>
              {preview.headers.map((h, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional.
                <Table.Th key={i}>
                  {columnLetter(i)} {h}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.rowNumber} bg={flagged.has(row.rowNumber) ? 'red.0' : undefined}>
                <Table.Td>{row.rowNumber}</Table.Td>
                {preview.headers.map((_, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional.
                  <Table.Td key={i}>{row.cells[i] ?? ''}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </>
  );
}

/** The first entries exactly as they will be journaled. */
export function SampleEntriesTable({ preview }: { preview: ImportPreview }) {
  if (preview.sampleEntries.length === 0) {
    return <Text size="sm">Belum ada jurnal yang terbentuk dari baris file.</Text>;
  }
  return (
    <ScrollArea.Autosize mah={300}>
      <Table withTableBorder aria-label="Contoh jurnal" fz="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Tanggal</Table.Th>
            <Table.Th>Bukti / uraian</Table.Th>
            <Table.Th>Akun</Table.Th>
            <Table.Th ta="right">Debit</Table.Th>
            <Table.Th ta="right">Kredit</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.sampleEntries.flatMap((e) =>
            e.lines.map((l, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: two lines can come from one row; order is stable.
              <Table.Tr key={`${e.rowNumbers[0]}-${i}`}>
                <Table.Td>{i === 0 ? `${formatTanggal(e.date)} ${e.time}` : ''}</Table.Td>
                <Table.Td>
                  {i === 0 && (
                    <>
                      <b>{e.bukti || '—'}</b> {e.description}{' '}
                      {e.duplicate && (
                        <Badge size="xs" color="gray">
                          kembar, dilewati
                        </Badge>
                      )}
                    </>
                  )}
                </Table.Td>
                <Table.Td>
                  {l.code} {l.name}
                </Table.Td>
                <Table.Td ta="right">{money(l.debit)}</Table.Td>
                <Table.Td ta="right">{money(l.credit)}</Table.Td>
              </Table.Tr>
            )),
          )}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}

/** What each account receives from the import. */
export function AccountTotalsTable({ preview }: { preview: ImportPreview }) {
  return (
    <ScrollArea.Autosize mah={300}>
      <Table withTableBorder aria-label="Total per akun" fz="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Akun</Table.Th>
            <Table.Th ta="right">Debit</Table.Th>
            <Table.Th ta="right">Kredit</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.accountTotals.map((a) => (
            <Table.Tr key={a.code}>
              <Table.Td>
                {a.code} {a.name}
              </Table.Td>
              <Table.Td ta="right">{money(a.debit)}</Table.Td>
              <Table.Td ta="right">{money(a.credit)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
