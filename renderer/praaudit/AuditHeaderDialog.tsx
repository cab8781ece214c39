import { ActionIcon, Button, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { localDateTimeInZone } from '../../shared/format/date';
import { positionLabel, termCovers } from '../../shared/officers/positions';
import type { PraAudit, TeamMember } from '../../shared/praaudit/praaudit';
import { useApi } from '../api/useApi';
import { DateField } from '../common/DateField';
import { FormDialog } from '../common/FormDialog';
import { sendForm } from '../common/forms';
import { useAppState } from '../shell/AppState';

interface Values {
  kegiatanId: string | null;
  versionId: string | null;
  auditDate: string;
  periodFrom: string;
  periodTo: string;
  place: string;
  team: TeamMember[];
  ketuaTpk: string;
  fkName: string;
}

/** "Pra-audit baru" (audit null) or the identity of a draft pra-audit. */
export function AuditHeaderDialog({
  audit,
  onClose,
  onSaved,
}: {
  audit: PraAudit | null;
  onClose: () => void;
  onSaved: (audit: PraAudit) => void;
}) {
  const { profile } = useAppState();
  const kegiatan = useApi('kegiatan.list', {});
  const templates = useApi('template.list', {});
  const officers = useApi('officers.list', { includeInactive: false });
  const today = localDateTimeInZone(Date.now(), profile?.timeZone ?? 'WIB').date;
  const published = (templates.data ?? [])
    .filter((t) => t.active)
    .flatMap((t) => t.versions.filter((v) => v.status === 'terbit').map((v) => ({ t, v })));
  const form = useForm<Values>({
    initialValues: {
      kegiatanId: audit ? String(audit.kegiatan.id) : null,
      versionId: audit ? String(audit.templateVersionId) : null,
      auditDate: audit?.auditDate ?? today,
      periodFrom: audit?.periodFrom ?? '',
      periodTo: audit?.periodTo ?? '',
      place: audit?.place ?? '',
      team: audit?.team ?? [{ name: '', jabatan: '' }],
      ketuaTpk: audit?.ketuaTpk ?? '',
      fkName: audit?.fkName ?? '',
    },
  });
  const [saving, setSaving] = useState(false);
  const versionId = form.values.versionId ?? (published[0] ? String(published[0].v.id) : null);
  const facilitators = (officers.data ?? []).flatMap((o) => {
    const term = o.terms.find(
      (t) => termCovers(t, form.values.auditDate) && (t.position === 'fk' || t.position === 'pl'),
    );
    return term
      ? [{ name: o.fullName, jabatan: positionLabel(term.position).replace(/ \((FK|PL)\)$/, '') }]
      : [];
  });
  const chooseKegiatan = (value: string | null) => {
    form.setFieldValue('kegiatanId', value);
    const k = kegiatan.data?.find((x) => String(x.id) === value);
    if (!k) return;
    const ketua = k.tpk.find((m) => m.role === 'ketua');
    if (ketua && !form.values.ketuaTpk) form.setFieldValue('ketuaTpk', ketua.fullName);
    if (!form.values.place) form.setFieldValue('place', `Kantor Desa ${k.desaName}`);
  };
  const submit = form.onSubmit(async (v) => {
    setSaving(true);
    const header = {
      auditDate: v.auditDate,
      periodFrom: v.periodFrom || null,
      periodTo: v.periodTo || null,
      place: v.place,
      team: v.team.filter((m) => m.name.trim() || m.jabatan.trim()),
      ketuaTpk: v.ketuaTpk,
      fkName: v.fkName,
    };
    const saved = audit
      ? await sendForm(
          form,
          'praAudit.updateHeader',
          { id: audit.id, ...header },
          'Identitas pra-audit disimpan.',
        )
      : await sendForm(
          form,
          'praAudit.create',
          { kegiatanId: Number(v.kegiatanId ?? 0), versionId: Number(versionId ?? 0), ...header },
          'Pra-audit dibuat.',
        );
    setSaving(false);
    if (saved) onSaved(saved);
  });
  return (
    <FormDialog
      title={audit ? 'Identitas pra-audit' : 'Pra-audit baru'}
      label="Identitas pra-audit"
      size="xl"
      onClose={onClose}
      onSubmit={submit}
      saving={saving}
    >
      {!audit && (
        <SimpleGrid cols={2}>
          <Select
            label="Kegiatan yang diaudit"
            required
            searchable
            data={(kegiatan.data ?? []).map((k) => ({
              value: String(k.id),
              label: `${k.desaName} — ${k.name} (${k.year})`,
            }))}
            nothingFoundMessage="Belum ada kegiatan; tambahkan di Pengaturan › Kegiatan"
            {...form.getInputProps('kegiatanId')}
            onChange={chooseKegiatan}
          />
          <Select
            label="Versi checklist"
            required
            data={published.map(({ t, v }) => ({ value: String(v.id), label: `${t.name} v${v.version}` }))}
            value={versionId}
            onChange={(value) => form.setFieldValue('versionId', value)}
            error={form.errors.versionId}
          />
        </SimpleGrid>
      )}
      <SimpleGrid cols={3}>
        <DateField label="Tanggal pra-audit" required {...form.getInputProps('auditDate')} />
        <DateField label="Periode dari" {...form.getInputProps('periodFrom')} />
        <DateField label="Periode sampai" {...form.getInputProps('periodTo')} />
      </SimpleGrid>
      <TextInput label="Tempat" required {...form.getInputProps('place')} />
      <Stack gap={6}>
        <Group justify="space-between">
          <Text size="sm" fw={500}>
            Tim pemeriksa
          </Text>
          <Group gap={4}>
            {facilitators.map((f) => (
              <Button
                key={f.name}
                size="compact-xs"
                variant="light"
                onClick={() => form.insertListItem('team', f)}
                disabled={form.values.team.some((m) => m.name === f.name)}
              >
                + {f.name}
              </Button>
            ))}
          </Group>
        </Group>
        {form.values.team.map((_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: unsaved rows have no identity but their place.
          <Group key={i} gap="xs" wrap="nowrap" align="flex-start">
            <TextInput
              aria-label={`Nama pemeriksa ${i + 1}`}
              placeholder="Nama"
              style={{ flex: 1 }}
              {...form.getInputProps(`team.${i}.name`)}
            />
            <TextInput
              aria-label={`Jabatan pemeriksa ${i + 1}`}
              placeholder="Jabatan, mis. Ketua TPK Desa Cibodas"
              style={{ flex: 1 }}
              {...form.getInputProps(`team.${i}.jabatan`)}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={`Hapus pemeriksa ${i + 1}`}
              onClick={() => form.removeListItem('team', i)}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={<IconPlus size={14} />}
          w="fit-content"
          onClick={() => form.insertListItem('team', { name: '', jabatan: '' })}
        >
          Tambah anggota tim
        </Button>
        {typeof form.errors.team === 'string' && (
          <Text size="xs" c="red">
            {form.errors.team}
          </Text>
        )}
      </Stack>
      <SimpleGrid cols={2}>
        <TextInput label="Ketua TPK (yang diperiksa)" {...form.getInputProps('ketuaTpk')} />
        <TextInput label="Fasilitator Kecamatan (mengetahui)" {...form.getInputProps('fkName')} />
      </SimpleGrid>
    </FormDialog>
  );
}
