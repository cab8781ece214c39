import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import { useState } from 'react';
import type { Officer, OfficerTerm } from '../../shared/officers/officers';
import { POSITIONS } from '../../shared/officers/positions';
import { DateField } from '../common/DateField';
import { FormDialog } from '../common/FormDialog';
import { sendForm } from '../common/forms';

const POSITION_OPTIONS = POSITIONS.map((p) => ({ value: p.code, label: p.label }));

interface TermValues {
  position: OfficerTerm['position'];
  startDate: string;
  endDate: string;
  decreeNumber: string;
}

function termValues(term?: OfficerTerm): TermValues {
  return {
    position: term?.position ?? 'ketua_upk',
    startDate: term?.startDate ?? '',
    endDate: term?.endDate ?? '',
    decreeNumber: term?.decreeNumber ?? '',
  };
}

type InputProps = (field: keyof TermValues) => ReturnType<UseFormReturnType<TermValues>['getInputProps']>;

function TermFields({ inputProps }: { inputProps: InputProps }) {
  return (
    <>
      <Select
        label="Jabatan"
        data={POSITION_OPTIONS}
        allowDeselect={false}
        searchable
        required
        {...inputProps('position')}
      />
      <SimpleGrid cols={2}>
        <DateField label="Mulai menjabat" required {...inputProps('startDate')} />
        <DateField
          label="Selesai menjabat"
          description="Kosongkan bila masih menjabat"
          {...inputProps('endDate')}
        />
      </SimpleGrid>
      <TextInput label="Nomor SK / berita acara MAD" {...inputProps('decreeNumber')} />
    </>
  );
}

interface OfficerValues extends TermValues {
  fullName: string;
  nip: string;
  phone: string;
}

/** New officer (with the first post) or edit of the person's own data. */
export function OfficerDialog({
  officer,
  onClose,
  onSaved,
}: {
  officer: Officer | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const form = useForm<OfficerValues>({
    initialValues: {
      fullName: officer?.fullName ?? '',
      nip: officer?.nip ?? '',
      phone: officer?.phone ?? '',
      ...termValues(),
    },
  });
  const [saving, setSaving] = useState(false);
  const submit = form.onSubmit(async (v) => {
    setSaving(true);
    const person = { fullName: v.fullName, nip: v.nip, phone: v.phone };
    const saved = officer
      ? await sendForm(form, 'officers.update', { id: officer.id, ...person }, 'Data pejabat disimpan.')
      : await sendForm(
          form,
          'officers.create',
          {
            ...person,
            position: v.position,
            startDate: v.startDate,
            endDate: v.endDate,
            decreeNumber: v.decreeNumber,
          },
          'Pejabat ditambahkan.',
        );
    setSaving(false);
    if (saved) onSaved();
  });
  return (
    <FormDialog
      title={officer ? 'Ubah data pejabat' : 'Tambah pejabat'}
      label="Data pejabat"
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      saving={saving}
    >
      <TextInput
        label="Nama lengkap (dengan gelar)"
        required
        data-autofocus
        {...form.getInputProps('fullName')}
      />
      <SimpleGrid cols={2}>
        <TextInput label="NIP" description="Hanya untuk PNS; 18 angka" {...form.getInputProps('nip')} />
        <TextInput label="Telepon" {...form.getInputProps('phone')} />
      </SimpleGrid>
      {!officer && <TermFields inputProps={form.getInputProps} />}
    </FormDialog>
  );
}

/** Add a post to an officer, or change the dates of one (e.g. to end it). */
export function TermDialog({
  officer,
  term,
  onClose,
  onSaved,
}: {
  officer: Officer;
  term: OfficerTerm | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const form = useForm<TermValues>({ initialValues: termValues(term ?? undefined) });
  const [saving, setSaving] = useState(false);
  const submit = form.onSubmit(async (v) => {
    setSaving(true);
    const fields = {
      position: v.position,
      startDate: v.startDate,
      endDate: v.endDate,
      decreeNumber: v.decreeNumber,
    };
    const saved = term
      ? await sendForm(form, 'officers.updateTerm', { id: term.id, ...fields }, 'Masa jabatan disimpan.')
      : await sendForm(
          form,
          'officers.addTerm',
          { officerId: officer.id, ...fields },
          'Jabatan ditambahkan.',
        );
    setSaving(false);
    if (saved) onSaved();
  });
  return (
    <FormDialog
      title={`${term ? 'Ubah masa jabatan' : 'Tambah jabatan'} — ${officer.fullName}`}
      label="Masa jabatan"
      onClose={onClose}
      onSubmit={submit}
      saving={saving}
    >
      <TermFields inputProps={form.getInputProps} />
    </FormDialog>
  );
}
