import { Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { DateField } from '../common/DateField';
import { sendForm } from '../common/forms';
import { AmountField } from './AmountField';

const EMPTY = { kondisi: '', kriteria: '', rekomendasi: '', amount: '', pic: '', dueDate: '' };

/** A new finding (temuan): what was found, against which rule, what to do, who and by when. */
export function FindingForm({ examId }: { examId: number }) {
  const form = useForm({ initialValues: EMPTY });
  const submit = form.onSubmit(async (v) => {
    const saved = await sendForm(
      form,
      'exam.addFinding',
      { id: examId, ...v, amount: v.amount.trim() === '' ? 0 : v.amount, dueDate: v.dueDate || null },
      'Temuan ditambahkan.',
    );
    if (saved) form.reset();
  });
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate aria-label="Tambah temuan">
        <Stack gap="sm">
          <Text fw={600}>Tambah temuan</Text>
          <SimpleGrid cols={2}>
            <Textarea label="Kondisi" required autosize minRows={2} {...form.getInputProps('kondisi')} />
            <Textarea
              label="Kriteria"
              description="Aturan/SOP yang seharusnya"
              autosize
              minRows={2}
              {...form.getInputProps('kriteria')}
            />
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
            <TextInput label="Penanggung jawab" {...form.getInputProps('pic')} />
            <DateField label="Batas waktu" {...form.getInputProps('dueDate')} />
          </Group>
          <Group justify="flex-end">
            <Button type="submit">Tambah temuan</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
