import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  type BankPart,
  RECON_CODES,
  RECON_RULES,
  type ReconCode,
} from '../../shared/pemeriksaan/pemeriksaan';
import { sendForm } from '../common/forms';
import { AmountField } from './AmountField';
import { DIRECTION_OPTIONS, type Direction, fieldErrorsTo } from './examUi';
import { ItemRows } from './ItemRows';

function sideText(code: ReconCode): string {
  const r = RECON_RULES[code];
  const sign = r.sign > 0 ? '+' : r.sign < 0 ? '−' : '±';
  return `${r.side === 'bank' ? 'sisi bank' : 'sisi buku'} ${sign}`;
}

const CODE_OPTIONS = (['bank', 'buku'] as const).map((side) => ({
  group: side === 'bank' ? 'Menyesuaikan saldo bank (A)' : 'Menyesuaikan saldo buku (B)',
  items: RECON_CODES.filter((c) => RECON_RULES[c].side === side).map((c) => ({
    value: c,
    label: `${RECON_RULES[c].label} (${sideText(c)})`,
  })),
}));

interface Values {
  code: ReconCode | null;
  direction: Direction;
  amount: string;
  description: string;
}

/** Reconciliation items (DOMAIN §5); the code decides the side and, mostly, the sign. */
export function ReconItems({
  examId,
  bank,
  readOnly,
}: {
  examId: number;
  bank: BankPart;
  readOnly: boolean;
}) {
  const form = useForm<Values>({
    initialValues: { code: null, direction: 'tambah', amount: '', description: '' },
    validate: { code: (v) => (v ? null : 'Pilih jenis penyesuaian') },
  });
  const submit = form.onSubmit(async (v) => {
    const saved = await sendForm(
      fieldErrorsTo(form, { 'amount.amount': 'amount', 'amount.direction': 'direction' }),
      'exam.addReconItem',
      {
        id: examId,
        accountId: bank.accountId,
        code: v.code as ReconCode,
        description: v.description,
        amount: { direction: v.direction, amount: v.amount },
      },
    );
    if (saved) form.reset();
  });
  const codeProps = form.getInputProps('code');
  const sign = form.values.code ? RECON_RULES[form.values.code].sign : 0;
  if (readOnly && bank.items.length === 0) return null;
  return (
    <Stack gap="xs">
      <Text fw={600}>Penyesuaian rekonsiliasi</Text>
      <ItemRows
        ariaLabel={`Penyesuaian ${bank.accountName}`}
        examId={examId}
        kind="recon"
        readOnly={readOnly}
        labelWidth={340}
        rows={bank.items.map((i) => ({
          ...i,
          label: (
            <>
              {RECON_RULES[i.code].label}{' '}
              <Text span size="xs" c="dimmed">
                ({RECON_RULES[i.code].side === 'bank' ? 'sisi bank' : 'sisi buku'})
              </Text>
            </>
          ),
        }))}
      />
      {!readOnly && (
        <form onSubmit={submit} noValidate aria-label={`Tambah penyesuaian ${bank.accountName}`}>
          <Group align="flex-start" wrap="nowrap">
            <Select
              label="Jenis penyesuaian"
              data={CODE_OPTIONS}
              placeholder="Pilih…"
              allowDeselect={false}
              w={340}
              {...codeProps}
              onChange={(value) => {
                codeProps.onChange(value);
                const s = value ? RECON_RULES[value as ReconCode].sign : 0;
                if (s !== 0) form.setFieldValue('direction', s > 0 ? 'tambah' : 'kurang');
              }}
            />
            <Select
              label="Arah"
              data={DIRECTION_OPTIONS}
              allowDeselect={false}
              w={130}
              readOnly={sign !== 0}
              {...form.getInputProps('direction')}
            />
            <AmountField label="Jumlah" w={170} {...form.getInputProps('amount')} />
            <TextInput label="Keterangan" style={{ flex: 1 }} {...form.getInputProps('description')} />
            <Button type="submit" variant="light" mt={25}>
              Tambah
            </Button>
          </Group>
        </form>
      )}
    </Stack>
  );
}
