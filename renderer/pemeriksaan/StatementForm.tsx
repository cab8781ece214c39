import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { formatTanggal } from '../../shared/format/date';
import { formatAngka, formatRupiah } from '../../shared/format/money';
import {
  type BankPart,
  type Examination,
  STATEMENT_SOURCE_LABELS,
  STATEMENT_SOURCES,
  type StatementSource,
} from '../../shared/pemeriksaan/pemeriksaan';
import { DateField } from '../common/DateField';
import { sendForm } from '../common/forms';
import { AmountField } from './AmountField';

const SOURCE_OPTIONS = STATEMENT_SOURCES.map((s) => ({ value: s, label: STATEMENT_SOURCE_LABELS[s] }));

/** The balance the bank shows (rekening koran, buku tabungan…) on a date not after the examination. */
export function StatementForm({
  exam,
  bank,
  readOnly,
}: {
  exam: Examination;
  bank: BankPart;
  readOnly: boolean;
}) {
  const st = bank.statement;
  const form = useForm({
    initialValues: {
      balance: st ? formatAngka(st.balance) : '',
      date: st?.date ?? exam.date,
      source: (st?.source ?? 'rekening_koran') as StatementSource,
    },
  });
  if (readOnly) {
    return st ? (
      <div>
        <Text size="xs" c="dimmed">
          Saldo menurut {STATEMENT_SOURCE_LABELS[st.source].toLowerCase()} per {formatTanggal(st.date)}
        </Text>
        <Text fw={700} size="lg">
          {formatRupiah(st.balance)}
        </Text>
      </div>
    ) : null;
  }
  const submit = form.onSubmit(async (v) => {
    await sendForm(form, 'exam.setStatement', { id: exam.id, accountId: bank.accountId, ...v });
  });
  return (
    <form onSubmit={submit} noValidate aria-label={`Rekening koran ${bank.accountName}`}>
      <Stack gap="xs">
        <Text fw={600}>Saldo menurut bank</Text>
        <Group grow align="flex-start">
          <AmountField label="Saldo rekening koran" required {...form.getInputProps('balance')} />
          <DateField label="Per tanggal" required {...form.getInputProps('date')} />
        </Group>
        <Group align="flex-end">
          <Select
            label="Sumber"
            data={SOURCE_OPTIONS}
            allowDeselect={false}
            style={{ flex: 1 }}
            {...form.getInputProps('source')}
          />
          <Button type="submit" variant={st ? 'light' : 'filled'}>
            Simpan saldo bank
          </Button>
        </Group>
        {st && st.date !== exam.date && (
          <Text size="xs" c="orange.8">
            Tanggal rekening koran berbeda dari tanggal pemeriksaan; pastikan transaksi di antaranya tercatat
            sebagai penyesuaian.
          </Text>
        )}
      </Stack>
    </form>
  );
}
