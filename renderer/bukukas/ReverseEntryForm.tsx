import { Alert, Grid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { JournalEntry, PostResult } from '../../shared/ledger/journal';
import { api } from '../api/transport';
import { DateField } from '../common/DateField';
import { DialogActions } from '../common/FormDialog';
import { useOfficeClock } from './clock';
import { submitJournal } from './submitJournal';

/**
 * The correction of an entry in a locked period: the same lines with debit and kredit swapped,
 * dated after the lock. The original stays as it was.
 */
export function ReverseEntryForm({
  entry,
  onDone,
  onBack,
}: {
  entry: JournalEntry;
  onDone: (result: PostResult) => void;
  onBack: () => void;
}) {
  const clock = useOfficeClock();
  const form = useForm({
    initialValues: { date: clock.today(), time: clock.now(), bukti: `${entry.bukti}-R`, reason: '' },
  });
  const [saving, setSaving] = useState(false);
  const submit = form.onSubmit(async (v) => {
    setSaving(true);
    const outcome = await submitJournal(form, () => api.send('journal.reverse', { id: entry.id, ...v }));
    setSaving(false);
    if (outcome.ok) onDone(outcome.value);
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Jurnal pembalik">
      <Stack gap="sm">
        <Alert color="blue" title="Jurnal pembalik">
          Jurnal {entry.bukti} berada di periode terkunci. Jurnal pembalik mencatat baris yang sama dengan
          debit dan kredit ditukar, bertanggal sesudah periode terkunci; jurnal asli tidak berubah. Catat
          transaksi yang benar sesudahnya.
        </Alert>
        <Grid gap="sm">
          <Grid.Col span={4}>
            <DateField label="Tanggal" required {...form.getInputProps('date')} />
          </Grid.Col>
          <Grid.Col span={3}>
            <TextInput
              label="Jam"
              placeholder="JJ:MM"
              required
              maxLength={5}
              {...form.getInputProps('time')}
            />
          </Grid.Col>
          <Grid.Col span={5}>
            <TextInput label="No. Bukti" required autoComplete="off" {...form.getInputProps('bukti')} />
          </Grid.Col>
        </Grid>
        <Textarea
          label="Alasan koreksi"
          required
          autosize
          minRows={2}
          data-autofocus
          {...form.getInputProps('reason')}
        />
        <DialogActions
          gap="xs"
          onCancel={onBack}
          saving={saving}
          cancelLabel="Kembali"
          submitLabel="Catat jurnal pembalik"
        />
      </Stack>
    </form>
  );
}
