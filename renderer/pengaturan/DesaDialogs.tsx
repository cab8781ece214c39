import { Button, Group, Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { type Desa, TPK_ROLE_LABELS, TPK_ROLES, type TpkMember } from '../../shared/desa/desa';
import { DialogActions, FormDialog } from '../common/FormDialog';
import { sendForm } from '../common/forms';

export function DesaDialog({
  desa,
  onClose,
  onSaved,
}: {
  desa: Desa | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const form = useForm({
    initialValues: { name: desa?.name ?? '', code: desa?.code ?? '', kepalaDesa: desa?.kepalaDesa ?? '' },
  });
  const [saving, setSaving] = useState(false);
  const submit = form.onSubmit(async (v) => {
    setSaving(true);
    const saved = desa
      ? await sendForm(form, 'desa.update', { id: desa.id, ...v }, 'Data desa disimpan.')
      : await sendForm(form, 'desa.create', v, `Desa ${v.name} ditambahkan.`);
    setSaving(false);
    if (saved) onSaved();
  });
  return (
    <FormDialog
      title={desa ? `Ubah desa ${desa.name}` : 'Tambah desa'}
      label="Data desa"
      onClose={onClose}
      onSubmit={submit}
      saving={saving}
    >
      <TextInput label="Nama desa" required data-autofocus {...form.getInputProps('name')} />
      <TextInput label="Kode desa (Kemendagri)" placeholder="32.03.14.2001" {...form.getInputProps('code')} />
      <TextInput label="Nama kepala desa" {...form.getInputProps('kepalaDesa')} />
    </FormDialog>
  );
}

export function TpkDialog({
  desa,
  member,
  onClose,
  onSaved,
}: {
  desa: Desa;
  member: TpkMember | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const form = useForm({
    initialValues: {
      fullName: member?.fullName ?? '',
      role: member?.role ?? 'anggota',
      phone: member?.phone ?? '',
    },
  });
  const [saving, setSaving] = useState(false);
  const submit = form.onSubmit(async (v) => {
    setSaving(true);
    const saved = member
      ? await sendForm(form, 'tpk.update', { id: member.id, ...v }, 'Anggota TPK disimpan.')
      : await sendForm(form, 'tpk.create', { desaId: desa.id, ...v }, 'Anggota TPK ditambahkan.');
    setSaving(false);
    if (saved) onSaved();
  });
  const toggleActive = async () => {
    if (!member) return;
    const label = member.active ? 'dinonaktifkan' : 'diaktifkan kembali';
    if (
      await sendForm(
        null,
        'tpk.setActive',
        { id: member.id, active: !member.active },
        `Anggota TPK ${label}.`,
      )
    ) {
      onSaved();
    }
  };
  return (
    <FormDialog
      title={`${member ? 'Ubah' : 'Tambah'} anggota TPK — Desa ${desa.name}`}
      label="Anggota TPK"
      onClose={onClose}
      onSubmit={submit}
      saving={saving}
      footer={
        <Group justify="space-between">
          {member ? (
            <Button variant="subtle" color={member.active ? 'red' : 'teal'} onClick={toggleActive}>
              {member.active ? 'Nonaktifkan anggota' : 'Aktifkan kembali'}
            </Button>
          ) : (
            <span />
          )}
          <DialogActions onCancel={onClose} saving={saving} />
        </Group>
      }
    >
      <TextInput label="Nama lengkap" required data-autofocus {...form.getInputProps('fullName')} />
      <Select
        label="Jabatan di TPK"
        data={TPK_ROLES.map((r) => ({ value: r, label: TPK_ROLE_LABELS[r] }))}
        allowDeselect={false}
        {...form.getInputProps('role')}
      />
      <TextInput label="Telepon" {...form.getInputProps('phone')} />
    </FormDialog>
  );
}
