import { Checkbox, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { formatRupiah } from '../../shared/format/money';
import { fillKondisi } from '../../shared/temuan/library';
import { SEVERITIES, SEVERITY_LABELS, type Severity, type TrackedFinding } from '../../shared/temuan/temuan';
import { DateField } from '../common/DateField';
import { FormDialog } from '../common/FormDialog';
import { sendForm } from '../common/forms';
import { AmountField } from '../pemeriksaan/AmountField';
import { LibraryPicker } from '../temuan/LibraryPicker';

interface Values {
  kondisi: string;
  kriteria: string;
  sebab: string;
  akibat: string;
  rekomendasi: string;
  amount: string;
  recommendedAmount: string;
  severity: Severity;
  tanggapan: string;
  pic: string;
  dueDate: string;
  dibawaKeMad: boolean;
}

/** A catatan kekurangan of a draft pra-audit: what was found, the TPK's answer and the agreed follow-up. */
export function FindingDialog({
  auditId,
  auditDate,
  finding,
  onClose,
}: {
  auditId: number;
  auditDate: string;
  finding: TrackedFinding | null;
  onClose: () => void;
}) {
  const form = useForm<Values>({
    initialValues: {
      kondisi: finding?.kondisi ?? '',
      kriteria: finding?.kriteria ?? '',
      sebab: finding?.sebab ?? '',
      akibat: finding?.akibat ?? '',
      rekomendasi: finding?.rekomendasi ?? '',
      amount: finding?.amount ? formatRupiah(finding.amount).replace(/^Rp/, '') : '',
      recommendedAmount: finding?.recommendedAmount
        ? formatRupiah(finding.recommendedAmount).replace(/^Rp/, '')
        : '',
      severity: finding?.severity ?? 'sedang',
      tanggapan: finding?.tanggapan ?? '',
      pic: finding?.pic ?? '',
      dueDate: finding?.dueDate ?? '',
      dibawaKeMad: finding?.dibawaKeMad ?? false,
    },
  });
  const [saving, setSaving] = useState(false);
  const [versionId, setVersionId] = useState<number | null>(null);
  const submit = form.onSubmit(async (v) => {
    setSaving(true);
    const saved = await sendForm(
      form,
      'praAudit.saveFinding',
      {
        id: auditId,
        ...(finding ? { findingId: finding.id } : {}),
        ...v,
        amount: v.amount.trim() === '' ? 0 : v.amount,
        recommendedAmount: v.recommendedAmount.trim() === '' ? 0 : v.recommendedAmount,
        dueDate: v.dueDate || null,
        ...(versionId ? { libraryVersionId: versionId } : {}),
      },
      'Catatan kekurangan disimpan.',
    );
    setSaving(false);
    if (saved) onClose();
  });
  return (
    <FormDialog
      title={finding ? `Catatan kekurangan No. ${finding.number}` : 'Catatan kekurangan baru'}
      label="Catatan kekurangan"
      size="xl"
      onClose={onClose}
      onSubmit={submit}
      saving={saving}
    >
      {!finding && (
        <LibraryPicker
          onPick={(e) => {
            setVersionId(e?.versionId ?? null);
            if (e) {
              form.setValues({
                kondisi: fillKondisi(e.kondisi, { date: auditDate, amount: 0 }),
                kriteria: e.kriteria,
                sebab: e.sebab ?? '',
                akibat: e.akibat ?? '',
                rekomendasi: e.rekomendasi,
              });
            }
          }}
        />
      )}
      <Textarea
        label="Kondisi (yang ditemukan)"
        required
        autosize
        minRows={2}
        {...form.getInputProps('kondisi')}
      />
      <Textarea label="Kriteria (ketentuan yang dilanggar)" autosize {...form.getInputProps('kriteria')} />
      <SimpleGrid cols={2}>
        <Textarea label="Sebab" autosize {...form.getInputProps('sebab')} />
        <Textarea label="Akibat" autosize {...form.getInputProps('akibat')} />
      </SimpleGrid>
      <Textarea label="Rekomendasi" required autosize {...form.getInputProps('rekomendasi')} />
      <SimpleGrid cols={2}>
        <AmountField label="Nilai (Rp)" {...form.getInputProps('amount')} />
        <AmountField
          label="Nilai rekomendasi (Rp)"
          description="Uang yang harus dikembalikan/disetor"
          {...form.getInputProps('recommendedAmount')}
        />
        <Select
          label="Tingkat"
          allowDeselect={false}
          data={SEVERITIES.map((s) => ({ value: s, label: SEVERITY_LABELS[s] }))}
          {...form.getInputProps('severity')}
        />
      </SimpleGrid>
      <Textarea label="Tanggapan TPK" autosize minRows={2} {...form.getInputProps('tanggapan')} />
      <SimpleGrid cols={2}>
        <TextInput label="Penanggung jawab (PIC)" {...form.getInputProps('pic')} />
        <DateField label="Batas waktu" {...form.getInputProps('dueDate')} />
      </SimpleGrid>
      <Checkbox
        label="Dibawa ke Musyawarah Desa / MAD"
        {...form.getInputProps('dibawaKeMad', { type: 'checkbox' })}
      />
    </FormDialog>
  );
}
