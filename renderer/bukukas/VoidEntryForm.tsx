import { Alert, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { formatTanggal } from '../../shared/format/date';
import type { JournalEntry } from '../../shared/ledger/journal';
import { DialogActions } from '../common/FormDialog';
import { sendForm } from '../common/forms';

/** Voiding asks why and asks once more: the entry stays visible, struck through, in every book. */
export function VoidEntryForm({
  entry,
  onDone,
  onBack,
}: {
  entry: JournalEntry;
  onDone: () => void;
  onBack: () => void;
}) {
  const form = useForm({ initialValues: { reason: '' } });
  const [saving, setSaving] = useState(false);
  const submit = form.onSubmit(async ({ reason }) => {
    setSaving(true);
    const done = await sendForm(
      form,
      'journal.void',
      { id: entry.id, reason },
      `Jurnal ${entry.bukti} dibatalkan.`,
    );
    setSaving(false);
    if (done) onDone();
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Batalkan jurnal">
      <Stack gap="sm">
        <Alert color="red" icon={<IconAlertTriangle size={18} />} title={`Batalkan jurnal ${entry.bukti}?`}>
          Jurnal tanggal {formatTanggal(entry.date)} tidak lagi dihitung dalam saldo. Jurnal tetap terlihat di
          buku (dicoret) beserta alasannya, dan tidak dapat diaktifkan kembali.
        </Alert>
        <Textarea
          label="Alasan pembatalan"
          placeholder="mis. Dicatat dua kali, bukti asli BKM-0412-003"
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
          submitLabel="Ya, batalkan jurnal"
          submitColor="red"
        />
      </Stack>
    </form>
  );
}
