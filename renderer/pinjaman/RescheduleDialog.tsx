import { Alert, NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { formatRupiah } from '../../shared/format/money';
import type { Loan } from '../../shared/pinjaman/loans';
import { useOfficeClock } from '../bukukas/clock';
import { DateField } from '../common/DateField';
import { FormDialog } from '../common/FormDialog';
import { sendForm } from '../common/forms';

/** Penjadwalan ulang by MAD decision: the remaining pokok becomes a new loan with a new schedule. */
export function RescheduleDialog({ loan, onClose }: { loan: Loan; onClose: () => void }) {
  const clock = useOfficeClock();
  const form = useForm({
    initialValues: { date: clock.today(), decisionNumber: '', tenor: loan.terms.tenor as number | string },
  });
  const [saving, setSaving] = useState(false);
  const submit = form.onSubmit(async (v) => {
    setSaving(true);
    const fresh = await sendForm(
      form,
      'loan.reschedule',
      { id: loan.id, date: v.date, decisionNumber: v.decisionNumber, tenor: Number(v.tenor) },
      'Pinjaman dijadwal ulang.',
    );
    setSaving(false);
    if (fresh) {
      onClose();
      window.location.hash = `#/dana-bergulir/${fresh.id}`;
    }
  });
  return (
    <FormDialog
      title="Jadwal ulang pinjaman"
      label="Jadwal ulang"
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      saving={saving}
    >
      <Alert color="yellow" variant="light">
        Sisa pokok {loan.position ? formatRupiah(loan.position.saldoPokok) : ''} menjadi pinjaman baru dengan
        jadwal angsuran baru, berdasarkan keputusan MAD. Pinjaman ini ditutup sebagai “Dijadwal ulang”. Tidak
        ada uang yang berpindah, jadi tidak ada jurnal. Tunggakan jasa tidak ikut dipindahkan.
      </Alert>
      <SimpleGrid cols={3}>
        <DateField label="Tanggal" required {...form.getInputProps('date')} />
        <TextInput label="Nomor keputusan MAD" required {...form.getInputProps('decisionNumber')} />
        <NumberInput
          label="Jangka waktu baru (angsuran)"
          required
          min={1}
          max={260}
          {...form.getInputProps('tenor')}
        />
      </SimpleGrid>
    </FormDialog>
  );
}
