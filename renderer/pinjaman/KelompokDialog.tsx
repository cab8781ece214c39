import { Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import {
  KELOMPOK_JENIS,
  KELOMPOK_JENIS_LABELS,
  type Kelompok,
  type KelompokJenis,
} from '../../shared/pinjaman/kelompok';
import { useApi } from '../api/useApi';
import { DateField } from '../common/DateField';
import { FormDialog } from '../common/FormDialog';
import { sendForm } from '../common/forms';

interface Values {
  desaId: string | null;
  name: string;
  jenis: KelompokJenis;
  ketua: string;
  address: string;
  foundedOn: string;
}

export function KelompokDialog({
  kelompok,
  defaultDesaId,
  onClose,
  onSaved,
}: {
  kelompok: Kelompok | null;
  defaultDesaId: number | null;
  onClose: () => void;
  onSaved: (k: Kelompok) => void;
}) {
  const desa = useApi('desa.list', {});
  const form = useForm<Values>({
    initialValues: {
      desaId: kelompok ? String(kelompok.desaId) : defaultDesaId === null ? null : String(defaultDesaId),
      name: kelompok?.name ?? '',
      jenis: kelompok?.jenis ?? 'spp',
      ketua: kelompok?.ketua ?? '',
      address: kelompok?.address ?? '',
      foundedOn: kelompok?.foundedOn ?? '',
    },
  });
  const [saving, setSaving] = useState(false);
  const submit = form.onSubmit(async (v) => {
    setSaving(true);
    const input = {
      desaId: Number(v.desaId ?? 0),
      name: v.name,
      jenis: v.jenis,
      ketua: v.ketua,
      address: v.address,
      foundedOn: v.foundedOn,
    };
    const saved = kelompok
      ? await sendForm(form, 'kelompok.update', { id: kelompok.id, ...input }, 'Kelompok disimpan.')
      : await sendForm(form, 'kelompok.create', input, 'Kelompok ditambahkan. Sekarang catat anggotanya.');
    setSaving(false);
    if (saved) onSaved(saved);
  });
  return (
    <FormDialog
      title={kelompok ? `Ubah kelompok ${kelompok.name}` : 'Kelompok baru'}
      label="Data kelompok"
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      saving={saving}
    >
      <TextInput label="Nama kelompok" required data-autofocus {...form.getInputProps('name')} />
      <SimpleGrid cols={2}>
        <Select
          label="Desa"
          required
          searchable
          data={(desa.data ?? []).map((d) => ({ value: String(d.id), label: d.name }))}
          {...form.getInputProps('desaId')}
        />
        <Select
          label="Jenis kelompok"
          required
          allowDeselect={false}
          data={KELOMPOK_JENIS.map((j) => ({ value: j, label: KELOMPOK_JENIS_LABELS[j] }))}
          {...form.getInputProps('jenis')}
        />
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <TextInput label="Ketua kelompok" {...form.getInputProps('ketua')} />
        <DateField label="Tanggal berdiri" {...form.getInputProps('foundedOn')} />
      </SimpleGrid>
      <Textarea label="Alamat" autosize minRows={2} {...form.getInputProps('address')} />
    </FormDialog>
  );
}
