import { MultiSelect, NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { type Desa, TPK_ROLE_LABELS } from '../../../shared/desa/desa';
import { formatAngka } from '../../../shared/format/money';
import {
  KEGIATAN_STATUS_LABELS,
  KEGIATAN_STATUSES,
  KEGIATAN_TYPE_LABELS,
  KEGIATAN_TYPES,
  type Kegiatan,
  type KegiatanStatus,
  type KegiatanType,
} from '../../../shared/kegiatan/kegiatan';
import { desaChoices } from '../../bukukas/desaChoices';
import { FormDialog } from '../../common/FormDialog';
import { sendForm } from '../../common/forms';
import { AmountField } from '../../pemeriksaan/AmountField';

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((v) => ({ value: v, label: labels[v] }));

/** Create or edit a kegiatan: its desa, what and where, the BLM value and the TPK members who run it. */
export function KegiatanDialog({
  kegiatan,
  desa,
  defaultDesaId,
  onClose,
  onSaved,
}: {
  kegiatan: Kegiatan | null;
  desa: readonly Desa[];
  defaultDesaId: number | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const form = useForm({
    initialValues: {
      desaId: String(kegiatan?.desaId ?? defaultDesaId ?? ''),
      name: kegiatan?.name ?? '',
      type: (kegiatan?.type ?? 'sarana_prasarana') as KegiatanType,
      year: (kegiatan?.year ?? new Date().getFullYear()) as number | string,
      blmAmount: kegiatan ? formatAngka(kegiatan.blmAmount) : '',
      location: kegiatan?.location ?? '',
      status: (kegiatan?.status ?? 'perencanaan') as KegiatanStatus,
      tpkMemberIds: kegiatan?.tpk.map((m) => String(m.id)) ?? [],
    },
  });
  const [saving, setSaving] = useState(false);
  const chosenDesa = desa.find((d) => String(d.id) === form.values.desaId);
  const tpkOptions = (chosenDesa?.tpk ?? [])
    .filter((m) => m.active || form.values.tpkMemberIds.includes(String(m.id)))
    .map((m) => ({ value: String(m.id), label: `${m.fullName} (${TPK_ROLE_LABELS[m.role]})` }));
  const desaLocked = (kegiatan?.auditCount ?? 0) > 0;

  const submit = form.onSubmit(async (v) => {
    if (!v.desaId) {
      form.setFieldError('desaId', 'Pilih desa');
      return;
    }
    setSaving(true);
    const input = {
      ...v,
      desaId: Number(v.desaId),
      year: Number(v.year),
      blmAmount: v.blmAmount.trim() === '' ? 0 : v.blmAmount,
      tpkMemberIds: v.tpkMemberIds.map(Number),
    };
    const saved = kegiatan
      ? await sendForm(form, 'kegiatan.update', { id: kegiatan.id, ...input }, 'Kegiatan disimpan.')
      : await sendForm(form, 'kegiatan.create', input, `Kegiatan ${v.name} ditambahkan.`);
    setSaving(false);
    if (saved) onSaved();
  });

  return (
    <FormDialog
      title={kegiatan ? `Ubah kegiatan ${kegiatan.name}` : 'Tambah kegiatan'}
      label="Data kegiatan"
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      saving={saving}
    >
      <Select
        label="Desa"
        required
        searchable
        disabled={desaLocked}
        description={desaLocked ? 'Sudah dipakai pada pra-audit; desanya tidak dapat diganti' : undefined}
        data={desaChoices(desa, form.values.desaId || null)}
        {...form.getInputProps('desaId')}
        onChange={(d) => {
          form.setFieldValue('desaId', d ?? '');
          form.setFieldValue('tpkMemberIds', []);
        }}
      />
      <TextInput
        label="Nama kegiatan"
        placeholder="mis. Jalan rabat beton Dusun II"
        required
        data-autofocus
        {...form.getInputProps('name')}
      />
      <SimpleGrid cols={2}>
        <Select
          label="Jenis kegiatan"
          allowDeselect={false}
          data={options(KEGIATAN_TYPES, KEGIATAN_TYPE_LABELS)}
          {...form.getInputProps('type')}
        />
        <NumberInput
          label="Tahun"
          allowDecimal={false}
          thousandSeparator=""
          min={2000}
          max={2100}
          {...form.getInputProps('year')}
        />
        <AmountField
          label="Nilai BLM (Rp)"
          placeholder="mis. 150.000.000"
          {...form.getInputProps('blmAmount')}
        />
        <Select
          label="Status kegiatan"
          allowDeselect={false}
          data={options(KEGIATAN_STATUSES, KEGIATAN_STATUS_LABELS)}
          {...form.getInputProps('status')}
        />
      </SimpleGrid>
      <TextInput label="Lokasi" placeholder="mis. Dusun II RT 03" {...form.getInputProps('location')} />
      <MultiSelect
        label="TPK pelaksana"
        placeholder={tpkOptions.length > 0 ? 'Pilih anggota TPK' : undefined}
        description={
          chosenDesa && tpkOptions.length === 0
            ? 'Desa ini belum punya anggota TPK; tambahkan di tab Desa & TPK.'
            : 'Anggota TPK desa ini yang mengelola kegiatan'
        }
        disabled={!chosenDesa}
        data={tpkOptions}
        {...form.getInputProps('tpkMemberIds')}
      />
    </FormDialog>
  );
}
