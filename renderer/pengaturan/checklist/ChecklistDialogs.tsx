import { MultiSelect, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { KEGIATAN_TYPE_LABELS, KEGIATAN_TYPES, type KegiatanType } from '../../../shared/kegiatan/kegiatan';
import type { ChecklistItem, ChecklistSection, TemplateVersion } from '../../../shared/praaudit/praaudit';
import { SEVERITIES, SEVERITY_LABELS, type Severity } from '../../../shared/temuan/temuan';
import { FormDialog } from '../../common/FormDialog';
import { sendForm } from '../../common/forms';

interface Props {
  versionId: number;
  onClose: () => void;
  onSaved: (saved: TemplateVersion) => void;
}

/** Add or rename a section of a draft version. */
export function SectionDialog({
  versionId,
  section,
  nextCode,
  onClose,
  onSaved,
}: Props & { section: ChecklistSection | null; nextCode: string }) {
  const form = useForm({ initialValues: { code: section?.code ?? nextCode, title: section?.title ?? '' } });
  const [saving, setSaving] = useState(false);
  const submit = form.onSubmit(async (v) => {
    setSaving(true);
    const saved = await sendForm(
      form,
      'template.saveSection',
      { versionId, ...(section ? { sectionId: section.id } : {}), ...v },
      'Bagian disimpan.',
    );
    setSaving(false);
    if (saved) onSaved(saved);
  });
  return (
    <FormDialog
      title={section ? `Ubah bagian ${section.code}` : 'Tambah bagian'}
      label="Bagian checklist"
      onClose={onClose}
      onSubmit={submit}
      saving={saving}
    >
      <TextInput label="Kode bagian" required w={120} {...form.getInputProps('code')} />
      <TextInput label="Judul bagian" required data-autofocus {...form.getInputProps('title')} />
    </FormDialog>
  );
}

/** Add or edit an item of a draft version. */
export function ItemDialog({
  versionId,
  section,
  item,
  onClose,
  onSaved,
}: Props & { section: ChecklistSection; item: ChecklistItem | null }) {
  const form = useForm({
    initialValues: {
      code: item?.code ?? `${section.code}${section.items.length + 1}`,
      text: item?.text ?? '',
      help: item?.help ?? '',
      defaultSeverity: (item?.defaultSeverity ?? 'sedang') as Severity,
      appliesTo: (item?.appliesTo ?? []) as KegiatanType[],
    },
  });
  const [saving, setSaving] = useState(false);
  const submit = form.onSubmit(async (v) => {
    setSaving(true);
    const saved = await sendForm(
      form,
      'template.saveItem',
      { versionId, sectionId: section.id, ...(item ? { itemId: item.id } : {}), ...v },
      'Butir disimpan.',
    );
    setSaving(false);
    if (saved) onSaved(saved);
  });
  return (
    <FormDialog
      title={item ? `Ubah butir ${item.code}` : `Tambah butir di bagian ${section.code}`}
      label="Butir checklist"
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      saving={saving}
    >
      <SimpleGrid cols={2}>
        <TextInput label="Kode butir" required {...form.getInputProps('code')} />
        <Select
          label="Tingkat temuan bawaan"
          description="Bila butir ini menjadi temuan"
          allowDeselect={false}
          data={SEVERITIES.map((s) => ({ value: s, label: SEVERITY_LABELS[s] }))}
          {...form.getInputProps('defaultSeverity')}
        />
      </SimpleGrid>
      <Textarea
        label="Butir periksa"
        required
        autosize
        minRows={2}
        data-autofocus
        {...form.getInputProps('text')}
      />
      <Textarea
        label="Petunjuk"
        description="Cara memeriksa, dokumen yang dilihat"
        autosize
        minRows={2}
        {...form.getInputProps('help')}
      />
      <MultiSelect
        label="Berlaku untuk jenis kegiatan"
        description="Kosongkan bila berlaku untuk semua jenis kegiatan"
        placeholder={form.values.appliesTo.length === 0 ? 'Semua jenis' : undefined}
        data={KEGIATAN_TYPES.map((t) => ({ value: t, label: KEGIATAN_TYPE_LABELS[t] }))}
        {...form.getInputProps('appliesTo')}
      />
    </FormDialog>
  );
}

/** A new template whose first draft copies the given version. */
export function CopyTemplateDialog({
  versionId,
  templateName,
  onClose,
  onSaved,
}: Props & { templateName: string }) {
  const form = useForm({ initialValues: { name: `${templateName} (salinan)` } });
  const [saving, setSaving] = useState(false);
  const submit = form.onSubmit(async (v) => {
    setSaving(true);
    const saved = await sendForm(form, 'template.copy', { versionId, ...v }, `Template ${v.name} dibuat.`);
    setSaving(false);
    if (saved) onSaved(saved);
  });
  return (
    <FormDialog
      title="Salin sebagai template baru"
      label="Salin template"
      onClose={onClose}
      onSubmit={submit}
      saving={saving}
    >
      <TextInput label="Nama template baru" required data-autofocus {...form.getInputProps('name')} />
    </FormDialog>
  );
}
