import { Alert, Group, ScrollArea, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { formatRupiah } from '../../../shared/format/money';
import type { ImportPreview } from '../../../shared/ledger/importTypes';
import { columnLetter } from './readFile';

function Stat({ label, value, color }: { label: string; value: string; color?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={700} c={color}>
        {value}
      </Text>
    </div>
  );
}

/** What the import would do: counts, totals, the first rows as read, and every row's error. */
export function PreviewPanel({ preview }: { preview: ImportPreview }) {
  const n = (v: number) => v.toLocaleString('id-ID');
  return (
    <Stack gap="sm">
      {preview.notice && <Alert color="orange">{preview.notice}</Alert>}
      <SimpleGrid cols={5}>
        <Stat label="Baris data" value={n(preview.totalRows)} />
        <Stat label="Siap diimpor" value={n(preview.validRows)} color="teal.8" />
        <Stat
          label="Masalah"
          value={n(preview.errorCount)}
          color={preview.errorCount > 0 ? 'red.8' : undefined}
        />
        <Stat label="Total debit" value={formatRupiah(preview.totalDebit)} />
        <Stat label="Total kredit" value={formatRupiah(preview.totalCredit)} />
      </SimpleGrid>
      {preview.errors.length > 0 && (
        <ScrollArea.Autosize mah={180}>
          <Table striped withTableBorder aria-label="Masalah per baris" fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Baris</Table.Th>
                <Table.Th>Kolom</Table.Th>
                <Table.Th>Masalah</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.errors.map((e, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a row can have several errors; order is stable.
                <Table.Tr key={i}>
                  <Table.Td>{e.rowNumber}</Table.Td>
                  <Table.Td>{e.column}</Table.Td>
                  <Table.Td>{e.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      )}
      <Group justify="space-between">
        <Text size="sm" fw={600}>
          Baris pertama seperti terbaca
        </Text>
        <Text size="xs" c="dimmed">
          Lembar: {preview.sheet}
        </Text>
      </Group>
      <ScrollArea.Autosize mah={220}>
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
            {preview.sampleRows.map((row, r) => (
              <Table.Tr key={preview.sampleRowNumbers[r] ?? r}>
                <Table.Td>{preview.sampleRowNumbers[r]}</Table.Td>
                {preview.headers.map((_, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional.
                  <Table.Td key={i}>{row[i] ?? ''}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Stack>
  );
}
