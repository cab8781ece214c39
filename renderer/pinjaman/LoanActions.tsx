import { Alert, Select, SimpleGrid, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { formatTanggal } from '../../shared/format/date';
import { formatRupiah } from '../../shared/format/money';
import type { Loan, RepaymentRow } from '../../shared/pinjaman/loans';
import { useApi } from '../api/useApi';
import { moneyOptions } from '../bukukas/accountOptions';
import { useOfficeClock } from '../bukukas/clock';
import { DateField } from '../common/DateField';
import { FormDialog } from '../common/FormDialog';
import { sendForm } from '../common/forms';
import { AmountField } from '../pemeriksaan/AmountField';
import { senText } from './pinjamanUi';
import { RescheduleDialog } from './RescheduleDialog';
import { nextInstalment } from './schedulePaid';

export type LoanAction = 'verify' | 'approve' | 'reject' | 'disburse' | 'repay' | 'writeOff' | 'reschedule';

interface DialogProps {
  loan: Loan;
  onClose: () => void;
}

function TimeInput(props: React.ComponentProps<typeof TextInput>) {
  return <TextInput label="Jam" placeholder="JJ:MM" required inputMode="numeric" maxLength={5} {...props} />;
}

/** Kas or bank account the money goes through (accounts with a money kind). */
function MoneyAccountSelect(props: React.ComponentProps<typeof Select>) {
  const accounts = useApi('accounts.list', { includeInactive: false });
  return (
    <Select
      label="Melalui kas/rekening"
      required
      searchable
      allowDeselect={false}
      data={moneyOptions(accounts.data ?? [])}
      {...props}
    />
  );
}

function VerifyDialog({ loan, onClose }: DialogProps) {
  const clock = useOfficeClock();
  const form = useForm({ initialValues: { date: clock.today() } });
  const [saving, setSaving] = useState(false);
  const submit = form.onSubmit(async (v) => {
    setSaving(true);
    const ok = await sendForm(form, 'loan.verify', { id: loan.id, date: v.date }, 'Usulan diverifikasi.');
    setSaving(false);
    if (ok) onClose();
  });
  return (
    <FormDialog
      title="Verifikasi usulan"
      label="Verifikasi"
      onClose={onClose}
      onSubmit={submit}
      saving={saving}
    >
      <Text size="sm">
        Tim verifikasi telah memeriksa usulan {loan.kelompokName} sebesar {formatRupiah(loan.amount)}.
      </Text>
      <DateField label="Tanggal verifikasi" required data-autofocus {...form.getInputProps('date')} />
    </FormDialog>
  );
}

function ApproveDialog({ loan, onClose }: DialogProps) {
  const clock = useOfficeClock();
  const form = useForm({ initialValues: { date: clock.today(), decisionNumber: '' } });
  const [saving, setSaving] = useState(false);
  const submit = form.onSubmit(async (v) => {
    setSaving(true);
    const ok = await sendForm(form, 'loan.approve', { id: loan.id, ...v }, 'Pinjaman disetujui.');
    setSaving(false);
    if (ok) onClose();
  });
  return (
    <FormDialog title="Penetapan MAD" label="Penetapan" onClose={onClose} onSubmit={submit} saving={saving}>
      <SimpleGrid cols={2}>
        <DateField label="Tanggal penetapan" required {...form.getInputProps('date')} />
        <TextInput
          label="Nomor BA/keputusan MAD"
          required
          data-autofocus
          placeholder="mis. 05/BA-MAD/III/2025"
          {...form.getInputProps('decisionNumber')}
        />
      </SimpleGrid>
    </FormDialog>
  );
}

function RejectDialog({ loan, onClose }: DialogProps) {
  const clock = useOfficeClock();
  const form = useForm({ initialValues: { date: clock.today(), reason: '' } });
  const [saving, setSaving] = useState(false);
  const submit = form.onSubmit(async (v) => {
    setSaving(true);
    const ok = await sendForm(form, 'loan.reject', { id: loan.id, ...v }, 'Usulan ditolak.');
    setSaving(false);
    if (ok) onClose();
  });
  return (
    <FormDialog
      title="Tolak usulan"
      label="Penolakan"
      onClose={onClose}
      onSubmit={submit}
      saving={saving}
      footer={undefined}
    >
      <DateField label="Tanggal" required {...form.getInputProps('date')} />
      <Textarea
        label="Alasan"
        required
        data-autofocus
        autosize
        minRows={2}
        {...form.getInputProps('reason')}
      />
      <Text size="xs" c="dimmed">
        Usulan yang ditolak tidak dapat dilanjutkan lagi; kelompok dapat mengajukan usulan baru.
      </Text>
    </FormDialog>
  );
}

function DisburseDialog({ loan, onClose }: DialogProps) {
  const clock = useOfficeClock();
  const form = useForm({
    initialValues: { date: clock.today(), time: clock.now(), accountId: null as string | null, bukti: '' },
  });
  const [saving, setSaving] = useState(false);
  const submit = form.onSubmit(async (v) => {
    setSaving(true);
    const ok = await sendForm(
      form,
      'loan.disburse',
      { id: loan.id, date: v.date, time: v.time, accountId: Number(v.accountId ?? 0), bukti: v.bukti },
      'Pinjaman dicairkan dan dibukukan.',
    );
    setSaving(false);
    if (ok) onClose();
  });
  return (
    <FormDialog
      title="Pencairan pinjaman"
      label="Pencairan"
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      saving={saving}
    >
      <Text size="sm">
        {formatRupiah(loan.amount)} kepada {loan.kelompokName}. Jurnal: piutang pinjaman (D) pada kas/bank
        (K). Jadwal angsuran ditetapkan dari tanggal pencairan dan tidak berubah lagi.
      </Text>
      <SimpleGrid cols={2}>
        <DateField label="Tanggal pencairan" required {...form.getInputProps('date')} />
        <TimeInput {...form.getInputProps('time')} />
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <MoneyAccountSelect {...form.getInputProps('accountId')} />
        <TextInput label="Nomor bukti" required placeholder="mis. BKK-012" {...form.getInputProps('bukti')} />
      </SimpleGrid>
    </FormDialog>
  );
}

function RepayDialog({ loan, onClose }: DialogProps) {
  const clock = useOfficeClock();
  const today = clock.today();
  const next = nextInstalment(loan);
  const form = useForm({
    initialValues: {
      date: today,
      time: clock.now(),
      accountId: null as string | null,
      bukti: '',
      pokok: next ? senText(next.pokokDue) : '0',
      jasa: next ? senText(next.jasaDue) : '0',
      denda:
        next && next.dueDate < today && loan.terms.dendaPerLateInstalment > 0
          ? senText(loan.terms.dendaPerLateInstalment)
          : '0',
    },
  });
  const [saving, setSaving] = useState(false);
  const submit = form.onSubmit(async (v) => {
    setSaving(true);
    const ok = await sendForm(
      form,
      'loan.repay',
      {
        id: loan.id,
        date: v.date,
        time: v.time,
        accountId: Number(v.accountId ?? 0),
        bukti: v.bukti,
        pokok: v.pokok,
        jasa: v.jasa,
        denda: v.denda,
      },
      'Angsuran dicatat dan dibukukan.',
    );
    setSaving(false);
    if (ok) onClose();
  });
  return (
    <FormDialog
      title="Catat angsuran"
      label="Angsuran"
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      saving={saving}
    >
      {next ? (
        <Text size="sm">
          Angsuran berikutnya: ke-{next.no}, jatuh tempo {formatTanggal(next.dueDate)}
          {next.partial ? ' (sebagian sudah dibayar)' : ''}. Jumlah di bawah boleh diubah sesuai uang yang
          diterima.
        </Text>
      ) : (
        <Alert color="teal">Semua angsuran sudah terbayar.</Alert>
      )}
      <SimpleGrid cols={2}>
        <DateField label="Tanggal bayar" required {...form.getInputProps('date')} />
        <TimeInput {...form.getInputProps('time')} />
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <MoneyAccountSelect label="Diterima di kas/rekening" {...form.getInputProps('accountId')} />
        <TextInput label="Nomor bukti" required placeholder="mis. BKM-031" {...form.getInputProps('bukti')} />
      </SimpleGrid>
      <SimpleGrid cols={3}>
        <AmountField label="Pokok (Rp)" {...form.getInputProps('pokok')} />
        <AmountField label="Jasa (Rp)" {...form.getInputProps('jasa')} />
        <AmountField label="Denda (Rp)" {...form.getInputProps('denda')} />
      </SimpleGrid>
    </FormDialog>
  );
}

function WriteOffDialog({ loan, onClose }: DialogProps) {
  const clock = useOfficeClock();
  const form = useForm({
    initialValues: { date: clock.today(), time: clock.now(), decisionNumber: '', bukti: '' },
  });
  const [saving, setSaving] = useState(false);
  const submit = form.onSubmit(async (v) => {
    setSaving(true);
    const ok = await sendForm(form, 'loan.writeOff', { id: loan.id, ...v }, 'Pinjaman dihapusbukukan.');
    setSaving(false);
    if (ok) onClose();
  });
  return (
    <FormDialog
      title="Hapus buku pinjaman"
      label="Hapus buku"
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      saving={saving}
    >
      <Alert color="red" variant="light">
        Sisa pokok {loan.position ? formatRupiah(loan.position.saldoPokok) : ''} dihapus dari piutang dan
        dibebankan ke cadangan penghapusan, berdasarkan keputusan MAD. Langkah ini tidak dapat dibatalkan.
      </Alert>
      <SimpleGrid cols={2}>
        <DateField label="Tanggal" required {...form.getInputProps('date')} />
        <TimeInput {...form.getInputProps('time')} />
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <TextInput label="Nomor keputusan MAD" required {...form.getInputProps('decisionNumber')} />
        <TextInput label="Nomor bukti" required placeholder="mis. BM-007" {...form.getInputProps('bukti')} />
      </SimpleGrid>
    </FormDialog>
  );
}

export function VoidRepaymentDialog({ loan, repayment, onClose }: DialogProps & { repayment: RepaymentRow }) {
  const form = useForm({ initialValues: { reason: '' } });
  const [saving, setSaving] = useState(false);
  const submit = form.onSubmit(async (v) => {
    setSaving(true);
    const ok = await sendForm(
      form,
      'loan.voidRepayment',
      { id: loan.id, repaymentId: repayment.id, reason: v.reason },
      'Angsuran dibatalkan; jurnalnya ikut dibatalkan.',
    );
    setSaving(false);
    if (ok) onClose();
  });
  return (
    <FormDialog
      title="Batalkan angsuran"
      label="Pembatalan angsuran"
      onClose={onClose}
      onSubmit={submit}
      saving={saving}
    >
      <Text size="sm">
        Angsuran tanggal {formatTanggal(repayment.date)} (bukti {repayment.bukti ?? '—'}): pokok{' '}
        {formatRupiah(repayment.pokok)}, jasa {formatRupiah(repayment.jasa)}, denda{' '}
        {formatRupiah(repayment.denda)}. Jurnalnya ikut dibatalkan; catatannya tetap tersimpan.
      </Text>
      <Textarea
        label="Alasan pembatalan"
        required
        data-autofocus
        autosize
        minRows={2}
        {...form.getInputProps('reason')}
      />
    </FormDialog>
  );
}

export function LoanActionDialog({ action, ...props }: DialogProps & { action: LoanAction }) {
  if (action === 'verify') return <VerifyDialog {...props} />;
  if (action === 'approve') return <ApproveDialog {...props} />;
  if (action === 'reject') return <RejectDialog {...props} />;
  if (action === 'disburse') return <DisburseDialog {...props} />;
  if (action === 'repay') return <RepayDialog {...props} />;
  if (action === 'reschedule') return <RescheduleDialog {...props} />;
  return <WriteOffDialog {...props} />;
}
