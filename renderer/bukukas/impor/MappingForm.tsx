import { NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import type { Account } from '../../../shared/ledger/accounts';
import {
  groupingOf,
  type ImportColumns,
  type ImportGrouping,
  type ImportMapping,
  MAX_FUTURE_TOLERANCE_DAYS,
} from '../../../shared/ledger/importTypes';
import { accountLabel, postableAccounts } from '../accountOptions';
import { columnLetter } from './readFile';

interface Props {
  mapping: ImportMapping;
  headers: string[];
  sheets: string[];
  accounts: Account[];
  issues: Record<string, string>;
  onChange: (mapping: ImportMapping) => void;
}

type ColumnKey = Exclude<keyof ImportColumns, 'amountMode'>;

/** Which spreadsheet column holds what; the accounts each row and its counterpart go to. */
export function MappingForm({ mapping, headers, sheets, accounts, issues, onChange }: Props) {
  const columnOptions = headers.map((h, i) => ({
    value: String(i),
    label: `${columnLetter(i)} — ${h || '(tanpa judul)'}`,
  }));
  const accountOptions = postableAccounts(accounts).map((a) => ({ value: a.code, label: accountLabel(a) }));
  const setColumn = (key: ColumnKey, value: string | null) =>
    onChange({ ...mapping, columns: { ...mapping.columns, [key]: value === null ? null : Number(value) } });
  const column = (key: ColumnKey, label: string, required = false) => (
    <Select
      label={label}
      data={columnOptions}
      value={mapping.columns[key] == null ? null : String(mapping.columns[key])}
      onChange={(v) => setColumn(key, v)}
      clearable={!required}
      required={required}
      placeholder={required ? 'Pilih kolom' : 'Tidak ada'}
      error={issues[`columns.${key}`]}
      searchable
    />
  );
  const grouped = groupingOf(mapping) === 'bukti';
  return (
    <Stack gap="sm">
      <div>
        <Text size="sm" fw={500} mb={4}>
          Baris menjadi jurnal
        </Text>
        <SegmentedControl
          fullWidth
          aria-label="Baris menjadi jurnal"
          data={[
            { value: 'bukti', label: 'Satu bukti = satu jurnal' },
            { value: 'per_baris', label: 'Satu baris = satu jurnal' },
          ]}
          value={groupingOf(mapping)}
          onChange={(v) => onChange({ ...mapping, grouping: v as ImportGrouping })}
        />
        <Text size="xs" c="dimmed" mt={4}>
          {grouped
            ? 'Baris dengan nomor bukti dan tanggal yang sama menjadi baris-baris satu jurnal; debit dan kreditnya harus seimbang.'
            : 'Setiap baris menjadi jurnal dua baris: akun baris itu lawan akun lawan yang dipilih di bawah.'}
        </Text>
      </div>
      <SimpleGrid cols={2}>
        <Select
          label="Lembar kerja"
          data={sheets}
          value={mapping.sheet ?? sheets[0] ?? null}
          onChange={(v) => onChange({ ...mapping, sheet: v })}
          allowDeselect={false}
        />
        <NumberInput
          label="Baris judul kolom"
          description="Data dibaca mulai baris sesudahnya"
          min={1}
          value={mapping.headerRow}
          onChange={(v) => onChange({ ...mapping, headerRow: typeof v === 'number' ? v : 1 })}
          error={issues.headerRow}
        />
      </SimpleGrid>
      <SimpleGrid cols={3}>
        {column('date', 'Tanggal', true)}
        {column('time', 'Jam')}
        {column('bukti', 'Nomor bukti')}
      </SimpleGrid>
      {column('description', 'Uraian', true)}
      <div>
        <Text size="sm" fw={500} mb={4}>
          Jumlah uang
        </Text>
        <SegmentedControl
          data={[
            { value: 'debit_kredit', label: 'Kolom debit dan kredit' },
            { value: 'signed', label: 'Satu kolom (minus = keluar)' },
          ]}
          value={mapping.columns.amountMode}
          onChange={(v) =>
            onChange({
              ...mapping,
              columns: { ...mapping.columns, amountMode: v as ImportColumns['amountMode'] },
            })
          }
        />
      </div>
      {mapping.columns.amountMode === 'debit_kredit' ? (
        <SimpleGrid cols={2}>
          {column('debit', 'Debit / masuk', true)}
          {column('credit', 'Kredit / keluar', true)}
        </SimpleGrid>
      ) : (
        column('amount', 'Jumlah', true)
      )}
      <SimpleGrid cols={2}>
        {column('account', 'Kolom kode akun')}
        <Select
          label="Akun bawaan"
          description="Untuk baris tanpa kode akun, biasanya kas atau bank yang bukunya diimpor"
          data={accountOptions}
          value={mapping.defaultAccountCode}
          onChange={(v) => onChange({ ...mapping, defaultAccountCode: v })}
          searchable
          clearable
          error={issues.defaultAccountCode}
        />
      </SimpleGrid>
      {!grouped && (
        <Select
          label="Akun lawan"
          description="Sisi lain setiap baris, mis. akun penampung yang nanti dipindahkan ke akun yang tepat"
          data={accountOptions}
          value={mapping.counterAccountCode || null}
          onChange={(v) => onChange({ ...mapping, counterAccountCode: v ?? '' })}
          searchable
          required
          error={issues.counterAccountCode}
        />
      )}
      <NumberInput
        label="Toleransi tanggal sesudah hari ini (hari)"
        description="Baris bertanggal lebih jauh dari ini perlu dikonfirmasi sebelum diimpor"
        min={0}
        max={MAX_FUTURE_TOLERANCE_DAYS}
        w={320}
        value={mapping.futureToleranceDays ?? 0}
        onChange={(v) => onChange({ ...mapping, futureToleranceDays: typeof v === 'number' ? v : 0 })}
        error={issues.futureToleranceDays}
      />
    </Stack>
  );
}
