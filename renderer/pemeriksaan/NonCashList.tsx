import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  type CashPart,
  NON_CASH_KINDS,
  NON_CASH_LABELS,
  type NonCashKind,
} from '../../shared/pemeriksaan/pemeriksaan';
import { sendForm } from '../common/forms';
import { AmountField } from './AmountField';
import { ItemRows } from './ItemRows';

const KIND_OPTIONS = NON_CASH_KINDS.map((k) => ({ value: k, label: NON_CASH_LABELS[k] }));

/** Cheques, stamps, IOUs found in the cash box: listed, never added to the cash count. */
export function NonCashList({
  examId,
  cash,
  readOnly,
}: {
  examId: number;
  cash: CashPart;
  readOnly: boolean;
}) {
  const form = useForm({ initialValues: { kind: 'kasbon' as NonCashKind, description: '', amount: '' } });
  const submit = form.onSubmit(async (v) => {
    const saved = await sendForm(form, 'exam.addNonCash', { id: examId, accountId: cash.accountId, ...v });
    if (saved) form.reset();
  });
  return (
    <Stack gap="xs">
      <Text fw={600}>Bukan uang tunai</Text>
      <Text size="xs" c="dimmed">
        Kasbon, cek, meterai, voucher dan uang yang sudah dicabut dicatat di sini dan tidak ikut dihitung
        sebagai kas fisik.
      </Text>
      <ItemRows
        ariaLabel="Bukan uang tunai"
        examId={examId}
        kind="nonCash"
        readOnly={readOnly}
        labelWidth={220}
        rows={cash.nonCash.map((n) => ({ ...n, label: NON_CASH_LABELS[n.kind] }))}
      />
      {cash.nonCash.length === 0 && readOnly && (
        <Text size="sm" c="dimmed">
          Tidak ada.
        </Text>
      )}
      {!readOnly && (
        <form onSubmit={submit} noValidate aria-label="Tambah bukan uang tunai">
          <Group align="flex-start" wrap="nowrap">
            <Select
              label="Jenis"
              data={KIND_OPTIONS}
              allowDeselect={false}
              w={220}
              {...form.getInputProps('kind')}
            />
            <TextInput label="Keterangan" style={{ flex: 1 }} {...form.getInputProps('description')} />
            <AmountField label="Nilai" w={180} {...form.getInputProps('amount')} />
            <Button type="submit" variant="light" mt={25}>
              Tambah
            </Button>
          </Group>
        </form>
      )}
    </Stack>
  );
}
