import { Badge, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { formatRupiah } from '../../shared/format/money';
import {
  LOAN_IMPORT_REQUIRED,
  LOAN_IMPORT_SHEETS,
  type LoanImportPreview,
} from '../../shared/pinjaman/loanImport';
import { ImportErrors } from './ImportErrors';

function Stat({ label, value, color }: { label: string; value: string; color?: string }) {
  return (
    <Stack gap={0} role="group" aria-label={label}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={700} c={color}>
        {value}
      </Text>
    </Stack>
  );
}

const n = (v: number) => v.toLocaleString('id-ID');

/** What the register file holds: counts, the sheets and columns found, and every row's error. */
export function LoanImportSummary({ preview }: { preview: LoanImportPreview }) {
  const { totals, errors } = preview;
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 3, md: 6 }}>
        <Stat label="Kelompok baru" value={n(totals.kelompokNew)} />
        <Stat label="Pinjaman" value={n(totals.loans)} />
        <Stat label="Angsuran" value={n(totals.payments)} />
        <Stat label="Total alokasi" value={formatRupiah(totals.amount)} />
        <Stat label="Sisa pokok" value={formatRupiah(totals.saldo)} />
        <Stat label="Masalah" value={n(errors.length)} color={errors.length > 0 ? 'red.8' : 'teal.8'} />
      </SimpleGrid>
      <Table withTableBorder fz="sm" verticalSpacing={4} aria-label="Lembar yang terbaca">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Data</Table.Th>
            <Table.Th>Lembar di file</Table.Th>
            <Table.Th ta="right">Baris judul</Table.Th>
            <Table.Th ta="right">Baris data</Table.Th>
            <Table.Th>Kolom</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.sheets.map((s) => {
            const fields: Record<string, string> = LOAN_IMPORT_SHEETS[s.key].fields;
            const missing = Object.entries(s.columns)
              .filter(([f, col]) => col === null && LOAN_IMPORT_REQUIRED[s.key].includes(f))
              .map(([f]) => fields[f] ?? f);
            return (
              <Table.Tr key={s.key}>
                <Table.Td fw={600}>{LOAN_IMPORT_SHEETS[s.key].label}</Table.Td>
                <Table.Td>
                  {s.sheet ?? (
                    <Text span size="sm" c="dimmed">
                      tidak ditemukan
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">{s.headerRow ?? '–'}</Table.Td>
                <Table.Td ta="right">{n(s.rows)}</Table.Td>
                <Table.Td>
                  {s.sheet === null ? (
                    '–'
                  ) : missing.length === 0 ? (
                    <Badge color="teal" variant="light" tt="none" size="sm">
                      Lengkap
                    </Badge>
                  ) : (
                    <Text size="sm" c="orange.8">
                      Tidak ada: {missing.join(', ')}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {errors.length > 0 && <ImportErrors errors={errors} />}
    </Stack>
  );
}
