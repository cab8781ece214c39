import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { formatAngka } from '../../shared/format/money';
import {
  type CashPart,
  EXPLANATION_CODES,
  EXPLANATION_LABELS,
  type ExplanationCode,
} from '../../shared/pemeriksaan/pemeriksaan';
import { sendForm } from '../common/forms';
import { AmountField } from './AmountField';
import { DIRECTION_OPTIONS, type Direction, EXPLANATION_DIRECTION, fieldErrorsTo } from './examUi';
import { ItemRows } from './ItemRows';

const CODE_OPTIONS = EXPLANATION_CODES.map((c) => ({ value: c, label: EXPLANATION_LABELS[c] }));

interface Values {
  code: ExplanationCode | null;
  direction: Direction;
  amount: string;
  description: string;
}

/** Why the count differs from the book, each reason signed relative to the book (DOMAIN §4.3). */
export function ExplanationList({
  examId,
  cash,
  readOnly,
}: {
  examId: number;
  cash: CashPart;
  readOnly: boolean;
}) {
  const form = useForm<Values>({
    initialValues: { code: null, direction: 'kurang', amount: '', description: '' },
    validate: { code: (v) => (v ? null : 'Pilih jenis penjelasan') },
  });
  const submit = form.onSubmit(async (v) => {
    const saved = await sendForm(
      fieldErrorsTo(form, { 'amount.amount': 'amount', 'amount.direction': 'direction' }),
      'exam.addExplanation',
      {
        id: examId,
        accountId: cash.accountId,
        code: v.code as ExplanationCode,
        description: v.description,
        amount: { direction: v.direction, amount: v.amount },
      },
    );
    if (saved) form.reset();
  });
  const codeProps = form.getInputProps('code');
  const fixed = form.values.code ? EXPLANATION_DIRECTION[form.values.code] : null;
  return (
    <Stack gap="xs">
      <Text fw={600}>Penjelasan selisih</Text>
      <ItemRows
        ariaLabel="Penjelasan selisih"
        examId={examId}
        kind="explanation"
        readOnly={readOnly}
        labelWidth={300}
        rows={cash.explanations.map((e) => ({ ...e, label: EXPLANATION_LABELS[e.code] }))}
        footer={{ label: 'Jumlah penjelasan', amount: cash.explained }}
      />
      {cash.explanations.length === 0 && (
        <Text size="sm" c="dimmed">
          {cash.difference === 0 ? 'Tidak ada selisih yang perlu dijelaskan.' : 'Belum ada penjelasan.'}
        </Text>
      )}
      {!readOnly && (
        <form onSubmit={submit} noValidate aria-label="Tambah penjelasan selisih">
          <Group align="flex-start" wrap="nowrap">
            <Select
              label="Jenis penjelasan"
              data={CODE_OPTIONS}
              placeholder="Pilih…"
              allowDeselect={false}
              w={300}
              {...codeProps}
              onChange={(value) => {
                codeProps.onChange(value);
                const code = value as ExplanationCode | null;
                const preset = code ? EXPLANATION_DIRECTION[code] : null;
                form.setFieldValue('direction', preset ?? (cash.unexplained > 0 ? 'tambah' : 'kurang'));
                if (form.values.amount === '' && cash.unexplained !== 0) {
                  form.setFieldValue('amount', formatAngka(Math.abs(cash.unexplained)));
                }
              }}
            />
            <Select
              label="Arah"
              data={DIRECTION_OPTIONS}
              allowDeselect={false}
              w={130}
              readOnly={fixed !== null}
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
