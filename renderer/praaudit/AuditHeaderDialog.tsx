import {
  Alert,
  Anchor,
  Autocomplete,
  Button,
  Group,
  Select,
  SimpleGrid,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { localDateTimeInZone } from '../../shared/format/date';
import { formatRupiah } from '../../shared/format/money';
import { KEGIATAN_TYPE_LABELS, type Kegiatan } from '../../shared/kegiatan/kegiatan';
import type { PraAudit } from '../../shared/praaudit/praaudit';
import { useApi } from '../api/useApi';
import { DateField } from '../common/DateField';
import { FormDialog } from '../common/FormDialog';
import { sendForm } from '../common/forms';
import { useAppState } from '../shell/AppState';
import {
  type AuditHeaderValues,
  facilitatorsOn,
  headerInput,
  initialHeaderValues,
  publishedVersions,
} from './auditHeaderValues';
import { TeamRows } from './TeamRows';

/** Kegiatan options grouped by desa. */
function kegiatanOptions(list: Kegiatan[]) {
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const k of list) {
    const group = `Desa ${k.desaName}`;
    groups.set(group, [
      ...(groups.get(group) ?? []),
      { value: String(k.id), label: `${k.name} (${k.year})` },
    ]);
  }
  return [...groups].map(([group, items]) => ({ group, items }));
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
  const form = useForm<AuditHeaderValues>({ initialValues: initialHeaderValues(audit, today) });
  const [saving, setSaving] = useState(false);
  const versions = publishedVersions(templates.data ?? []);
  const versionId = form.values.versionId ?? versions[0]?.value ?? null;
  const chosen = kegiatan.data?.find((k) => String(k.id) === form.values.kegiatanId);
  const fkNames = facilitatorsOn(officers.data ?? [], form.values.auditDate, 'fk').map((f) => f.name);

  const chooseKegiatan = (value: string | null) => {
    form.setFieldValue('kegiatanId', value);
    const k = kegiatan.data?.find((x) => String(x.id) === value);
    if (!k) return;
    const ketua = k.tpk.find((m) => m.role === 'ketua');
    if (ketua) form.setFieldValue('ketuaTpk', ketua.fullName);
    if (!form.values.place) form.setFieldValue('place', `Kantor Desa ${k.desaName}`);
    if (!form.values.fkName && fkNames.length === 1) form.setFieldValue('fkName', fkNames[0] ?? '');
  };
  const submit = form.onSubmit(async (v) => {
    setSaving(true);
    const saved = audit
      ? await sendForm(
          form,
          'praAudit.updateHeader',
          { id: audit.id, ...headerInput(v) },
          'Identitas pra-audit disimpan.',
        )
      : await sendForm(
          form,
          'praAudit.create',
          { kegiatanId: Number(v.kegiatanId ?? 0), versionId: Number(versionId ?? 0), ...headerInput(v) },
          'Pra-audit dibuat.',
        );
    setSaving(false);
    if (saved) onSaved(saved);
  });
  if (!audit && kegiatan.data?.length === 0) {
    return (
      <FormDialog
        title="Pra-audit baru"
        label="Identitas pra-audit"
        onClose={onClose}
        onSubmit={(e) => e.preventDefault()}
        saving={false}
        footer={
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Tutup
            </Button>
          </Group>
        }
      >
        <Alert color="orange" title="Belum ada kegiatan">
          Pra-audit memeriksa satu kegiatan TPK. Catat kegiatannya dulu di{' '}
          <Anchor href="#/pengaturan/kegiatan" size="sm" onClick={onClose}>
            Pengaturan › Kegiatan
          </Anchor>
          .
        </Alert>
      </FormDialog>
    );
  }
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
            data={kegiatanOptions(kegiatan.data ?? [])}
            description={
              chosen
                ? `Desa ${chosen.desaName} · ${KEGIATAN_TYPE_LABELS[chosen.type]} · BLM ${formatRupiah(chosen.blmAmount)}`
                : undefined
            }
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            {...form.getInputProps('kegiatanId')}
            onChange={chooseKegiatan}
          />
          <Select
            label="Versi checklist"
            required
            allowDeselect={false}
            data={versions}
            value={versionId}
            onChange={(value) => form.setFieldValue('versionId', value)}
            error={form.errors.versionId}
            description={
              versions.length === 0 ? 'Terbitkan dulu di Pengaturan › Checklist Pra-Audit' : undefined
            }
          />
        </SimpleGrid>
      )}
      <SimpleGrid cols={3}>
        <DateField label="Tanggal pra-audit" required {...form.getInputProps('auditDate')} />
        <DateField label="Periode dari" {...form.getInputProps('periodFrom')} />
        <DateField label="Periode sampai" {...form.getInputProps('periodTo')} />
      </SimpleGrid>
      <TextInput label="Tempat" required {...form.getInputProps('place')} />
      <TeamRows form={form} auditedDesaId={audit?.desaId ?? chosen?.desaId ?? null} />
      <SimpleGrid cols={2}>
        <TextInput label="Ketua TPK (yang diperiksa)" {...form.getInputProps('ketuaTpk')} />
        <Autocomplete
          label="Fasilitator Kecamatan (mengetahui)"
          data={fkNames}
          {...form.getInputProps('fkName')}
        />
      </SimpleGrid>
      {!audit && (
        <Text size="xs" c="dimmed">
          Butir checklist yang berlaku untuk jenis kegiatan ini disalin ke pra-audit dan tidak berubah lagi.
        </Text>
      )}
    </FormDialog>
  );
}
