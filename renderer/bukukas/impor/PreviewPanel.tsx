import { Alert, Badge, ScrollArea, SimpleGrid, Stack, Table, Tabs, Text } from '@mantine/core';
import { formatWaktu } from '../../../shared/format/date';
import { formatRupiah } from '../../../shared/format/money';
import type { ImportPreview, ImportRowError } from '../../../shared/ledger/importTypes';
import { AccountTotalsTable, FileRowsTable, SampleEntriesTable } from './PreviewTables';

function Stat({ label, value, color }: { label: string; value: string; color?: string | undefined }) {
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

const KINDS = {
  masalah: { label: 'Masalah', color: 'red' },
  peringatan: { label: 'Peringatan', color: 'yellow' },
  kembar: { label: 'Kembar', color: 'gray' },
} as const;

type Problem = ImportRowError & { kind: keyof typeof KINDS };

function problemsOf(p: ImportPreview): Problem[] {
  const all: Problem[] = [
    ...p.errors.map((e) => ({ ...e, kind: 'masalah' as const })),
    ...p.warnings.map((e) => ({ ...e, kind: 'peringatan' as const })),
    ...p.duplicates.map((e) => ({ ...e, kind: 'kembar' as const })),
  ];
  return all.sort((a, b) => a.rowNumber - b.rowNumber);
}

/**
 * What the import would do: counts, every problem of every row (kept at the top, in view), then
 * the rows as read (optionally only those with a problem), the entries that will be journaled
 * and what each account receives.
 */
export function PreviewPanel({ preview }: { preview: ImportPreview }) {
  const n = (v: number) => v.toLocaleString('id-ID');
  const problems = problemsOf(preview);
  const cut = preview.errorCount + preview.warningCount + preview.duplicateEntries - problems.length;
  return (
    <Stack gap="sm">
      {preview.notice && <Alert color="orange">{preview.notice}</Alert>}
      <SimpleGrid cols={{ base: 3, md: 6 }}>
        <Stat label="Baris data" value={n(preview.totalRows)} />
        <Stat label="Jurnal" value={n(preview.entryCount)} />
        <Stat label="Siap diimpor" value={`${n(preview.validRows)} baris`} color="teal.8" />
        <Stat
          label="Masalah"
          value={n(preview.errorCount)}
          color={preview.errorCount > 0 ? 'red.8' : undefined}
        />
        <Stat
          label="Peringatan"
          value={n(preview.warningCount)}
          color={preview.warningCount > 0 ? 'yellow.8' : undefined}
        />
        <Stat label="Kembar" value={n(preview.duplicateEntries)} />
      </SimpleGrid>
      <Text size="sm">
        Total debit <b>{formatRupiah(preview.totalDebit)}</b> · total kredit{' '}
        <b>{formatRupiah(preview.totalCredit)}</b>
      </Text>
      {preview.earlierBatch && (
        <Alert color="yellow" title="File ini sudah pernah diimpor">
          Pada {formatWaktu(preview.earlierBatch.createdAt)} oleh {preview.earlierBatch.createdBy} (
          {preview.earlierBatch.fileName}, {n(preview.earlierBatch.entries)} jurnal). Lihat Riwayat impor bila
          impor itu perlu dibatalkan.
        </Alert>
      )}
      {preview.duplicateEntries > 0 && (
        <Text size="sm" c="dimmed">
          {n(preview.duplicateEntries)} jurnal sama persis dengan jurnal yang sudah ada dan akan dilewati.
        </Text>
      )}
      {problems.length > 0 && (
        <ScrollArea.Autosize mah={200} type="auto">
          <Table striped withTableBorder aria-label="Masalah per baris" fz="sm" stickyHeader>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Baris</Table.Th>
                <Table.Th>Jenis</Table.Th>
                <Table.Th>Kolom</Table.Th>
                <Table.Th>Keterangan</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {problems.map((e, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a row can have several problems; order is stable.
                <Table.Tr key={i}>
                  <Table.Td>{e.rowNumber}</Table.Td>
                  <Table.Td>
                    <Badge size="xs" variant="light" color={KINDS[e.kind].color}>
                      {KINDS[e.kind].label}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{e.column}</Table.Td>
                  <Table.Td>{e.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {cut > 0 && (
            <Text size="xs" c="dimmed" mt={4}>
              … dan {n(cut)} lagi.
            </Text>
          )}
        </ScrollArea.Autosize>
      )}
      <Tabs defaultValue="baris" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="baris">Baris file</Tabs.Tab>
          <Tabs.Tab value="jurnal">Contoh jurnal</Tabs.Tab>
          <Tabs.Tab value="akun">Total per akun</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="baris" pt="xs">
          <FileRowsTable preview={preview} />
        </Tabs.Panel>
        <Tabs.Panel value="jurnal" pt="xs">
          <SampleEntriesTable preview={preview} />
        </Tabs.Panel>
        <Tabs.Panel value="akun" pt="xs">
          <AccountTotalsTable preview={preview} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
