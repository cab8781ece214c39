import { Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { formatAngka, type Sen } from '../../shared/format/money';
import { fillKondisi } from '../../shared/temuan/library';
import { DateField } from '../common/DateField';
import { sendForm } from '../common/forms';
import { LibraryPicker } from '../temuan/LibraryPicker';
import { AmountField } from './AmountField';

const EMPTY = {
  kondisi: '',
  kriteria: '',
  sebab: '',
  akibat: '',
  rekomendasi: '',
  amount: '',
  recommendedAmount: '',
  pic: '',
  dueDate: '',
};

/**
 * A new finding (temuan): from a bank temuan entry or typed; what was found, against which rule, what
 * to do, the money to be returned, who and by when (empty: the office's days after the examination).
 */
export function FindingForm({
  examId,
  examDate,
  shortfall,
}: {
  examId: number;
  examDate: string;
  shortfall: Sen;
}) {
  const form = useForm({ initialValues: EMPTY });
  const [versionId, setVersionId] = useState<number | null>(null);
  const [pickerKey, setPickerKey] = useState(0);
  const money = (v: string) => (v.trim() === '' ? 0 : v);
  const submit = form.onSubmit(async (v) => {
    const saved = await sendForm(
      form,
      'exam.addFinding',
      {
        id: examId,
        ...v,
        amount: money(v.amount),
        recommendedAmount: money(v.recommendedAmount),
        dueDate: v.dueDate || null,
        ...(versionId ? { libraryVersionId: versionId } : {}),
      },
      'Temuan ditambahkan.',
    );
    if (saved) {
      form.reset();
      setVersionId(null);
      setPickerKey((k) => k + 1);
    }
  });
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate aria-label="Tambah temuan">
        <Stack gap="sm">
          <Text fw={600}>Tambah temuan</Text>
          <LibraryPicker
            key={pickerKey}
            onPick={(e) => {
              setVersionId(e?.versionId ?? null);
              if (!e) return;
              form.setValues({
                kondisi: fillKondisi(e.kondisi, { date: examDate, amount: shortfall }),
                kriteria: e.kriteria,
                sebab: e.sebab ?? '',
                akibat: e.akibat ?? '',
                rekomendasi: e.rekomendasi,
                amount: shortfall > 0 ? formatAngka(shortfall, { decimals: 'auto' }) : '',
              });
            }}
          />
          <SimpleGrid cols={2}>
            <Textarea
              label="Kondisi"
              description="Fakta yang ditemukan"
              required
              autosize
              minRows={2}
              {...form.getInputProps('kondisi')}
            />
            <Textarea
              label="Kriteria"
              description="Aturan/SOP yang seharusnya"
              autosize
              minRows={2}
              {...form.getInputProps('kriteria')}
            />
            <Textarea label="Sebab" autosize minRows={1} {...form.getInputProps('sebab')} />
            <Textarea label="Akibat" autosize minRows={1} {...form.getInputProps('akibat')} />
          </SimpleGrid>
          <Textarea
            label="Rekomendasi"
            required
            autosize
            minRows={2}
            {...form.getInputProps('rekomendasi')}
          />
          <Group grow align="flex-start">
            <AmountField
              label="Nilai"
              description="Kosongkan bila tidak bernilai uang"
              {...form.getInputProps('amount')}
            />
            <AmountField
              label="Nilai rekomendasi"
              description="Uang yang harus dikembalikan/disetor"
              {...form.getInputProps('recommendedAmount')}
            />
            <TextInput label="Penanggung jawab" {...form.getInputProps('pic')} />
            <DateField
              label="Batas waktu"
              description="Kosong: aturan hari kantor"
              {...form.getInputProps('dueDate')}
            />
          </Group>
          <Group justify="flex-end">
            <Button type="submit">Tambah temuan</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
