import { Group, Pagination, SegmentedControl, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { LoanImportError } from '../../shared/pinjaman/loanImport';

const PAGE = 50;

/** Every problem of an import preview with their total, filterable by sheet and text, 50 per page. */
export function ImportErrors({ errors }: { errors: LoanImportError[] }) {
  const [sheet, setSheet] = useState('Semua');
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(1);
  const sheets = ['Semua', ...new Set(errors.map((e) => e.sheet))];
  const q = query.trim().toLowerCase();
  const shown = errors.filter(
    (e) => (sheet === 'Semua' || e.sheet === sheet) && (q === '' || e.message.toLowerCase().includes(q)),
  );
  const pages = Math.max(1, Math.ceil(shown.length / PAGE));
  const current = Math.min(page, pages);
  return (
    <Stack gap={4}>
      <Group justify="space-between" align="flex-end">
        <Text size="sm" fw={600} c="red.8">
          {errors.length.toLocaleString('id-ID')} masalah
          {shown.length !== errors.length && ` (${shown.length.toLocaleString('id-ID')} tampil)`}
        </Text>
        <Group gap="xs" align="flex-end">
          <SegmentedControl
            size="xs"
            data={sheets}
            value={sheet}
            onChange={(v) => {
              setSheet(v);
              setPage(1);
            }}
            aria-label="Lembar"
          />
          <TextInput
            size="xs"
            placeholder="Cari masalah…"
            aria-label="Cari masalah"
            value={query}
            onChange={(e) => {
              setQuery(e.currentTarget.value);
              setPage(1);
            }}
          />
        </Group>
      </Group>
      <Table striped withTableBorder fz="sm" verticalSpacing={4} aria-label="Masalah per baris">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Lembar</Table.Th>
            <Table.Th ta="right">Baris</Table.Th>
            <Table.Th>Masalah</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.slice((current - 1) * PAGE, current * PAGE).map((e, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a row can have several errors; order is stable.
            <Table.Tr key={i}>
              <Table.Td>{e.sheet}</Table.Td>
              <Table.Td ta="right">{e.row > 0 ? e.row : '–'}</Table.Td>
              <Table.Td>{e.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {pages > 1 && <Pagination size="sm" total={pages} value={current} onChange={setPage} />}
    </Stack>
  );
}
