import {
  Button,
  Card,
  FileButton,
  Group,
  Image,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconDeviceFloppy, IconPhoto, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { InputOf } from '../../shared/contract';
import {
  INSTITUTION_KIND_LABELS,
  INSTITUTION_KINDS,
  LOGO_MAX_BYTES,
  type OfficeProfile,
} from '../../shared/office/profile';
import { Can } from '../auth/Can';
import { useCan } from '../auth/useCan';
import { sendForm } from '../common/forms';
import { useAppState } from '../shell/AppState';

type Values = Required<{
  [K in keyof InputOf<'office.saveProfile'>]: NonNullable<InputOf<'office.saveProfile'>[K]>;
}>;

function toValues(p: OfficeProfile | null): Values {
  return {
    name: p?.name ?? '',
    institutionKind: p?.institutionKind ?? 'upk',
    kecamatan: p?.kecamatan ?? '',
    kabupaten: p?.kabupaten ?? '',
    provinsi: p?.provinsi ?? '',
    address: p?.address ?? '',
    postalCode: p?.postalCode ?? '',
    phone: p?.phone ?? '',
    email: p?.email ?? '',
    timeZone: p?.timeZone ?? 'WIB',
    paperSize: p?.paperSize ?? 'A4',
  };
}

const TIME_ZONE_OPTIONS = [
  { value: 'WIB', label: 'WIB — Waktu Indonesia Barat (UTC+7)' },
  { value: 'WITA', label: 'WITA — Waktu Indonesia Tengah (UTC+8)' },
  { value: 'WIT', label: 'WIT — Waktu Indonesia Timur (UTC+9)' },
];

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

function LogoCard({ profile }: { profile: OfficeProfile | null }) {
  const { refresh } = useAppState();
  const [busy, setBusy] = useState(false);
  const upload = async (file: File | null) => {
    if (!file) return;
    setBusy(true);
    const mimeType = file.type === 'image/jpeg' ? 'image/jpeg' : 'image/png';
    const base64 = file.size > LOGO_MAX_BYTES * 2 ? '' : await readBase64(file);
    if (await sendForm(null, 'office.setLogo', { mimeType, base64 }, 'Logo disimpan.')) await refresh();
    setBusy(false);
  };
  return (
    <Card withBorder>
      <Title order={2} size="h5" mb="xs">
        Logo untuk kop surat
      </Title>
      <Group align="flex-start">
        {profile?.logoDataUrl ? (
          <Image src={profile.logoDataUrl} alt="Logo kantor" w={96} h={96} fit="contain" />
        ) : (
          <Text size="sm" c="dimmed" w={200}>
            Belum ada logo. PNG atau JPEG, paling besar 512 KB.
          </Text>
        )}
        <Stack gap="xs">
          <Can request="office.setLogo">
            <FileButton onChange={upload} accept="image/png,image/jpeg">
              {(props) => (
                <Button
                  {...props}
                  variant="light"
                  leftSection={<IconPhoto size={16} />}
                  disabled={!profile}
                  loading={busy}
                >
                  Pilih logo…
                </Button>
              )}
            </FileButton>
          </Can>
          {profile?.logoDataUrl && (
            <Can request="office.removeLogo">
              <Button
                variant="subtle"
                color="red"
                leftSection={<IconTrash size={16} />}
                onClick={async () => {
                  if (await sendForm(null, 'office.removeLogo', {}, 'Logo dihapus.')) await refresh();
                }}
              >
                Hapus logo
              </Button>
            </Can>
          )}
          {!profile && (
            <Text size="xs" c="dimmed">
              Simpan profil dulu.
            </Text>
          )}
        </Stack>
      </Group>
    </Card>
  );
}

export function ProfileForm({ profile }: { profile: OfficeProfile | null }) {
  const canSave = useCan('office.saveProfile');
  const { refresh } = useAppState();
  const form = useForm<Values>({ initialValues: toValues(profile) });
  const [saving, setSaving] = useState(false);

  const submit = form.onSubmit(async (values) => {
    setSaving(true);
    const saved = await sendForm(form, 'office.saveProfile', values, 'Profil kantor disimpan.');
    setSaving(false);
    if (saved) {
      form.setValues(toValues(saved));
      form.resetDirty(toValues(saved));
      await refresh();
    }
  });

  return (
    <Stack maw={880}>
      <form onSubmit={submit} noValidate aria-label="Profil kantor">
        {/* Shown to every role; only a role that may save it can change it. */}
        <fieldset disabled={!canSave} style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
          <Stack>
            <SegmentedControl
              data={INSTITUTION_KINDS.map((k) => ({ value: k, label: INSTITUTION_KIND_LABELS[k] }))}
              {...form.getInputProps('institutionKind')}
            />
            <TextInput
              label="Nama lembaga"
              placeholder="mis. UPK DAPM Kecamatan Sukamaju"
              required
              data-autofocus
              {...form.getInputProps('name')}
            />
            <SimpleGrid cols={3}>
              <TextInput label="Kecamatan" required {...form.getInputProps('kecamatan')} />
              <TextInput label="Kabupaten/Kota" required {...form.getInputProps('kabupaten')} />
              <TextInput label="Provinsi" required {...form.getInputProps('provinsi')} />
            </SimpleGrid>
            <Textarea label="Alamat" required autosize minRows={2} {...form.getInputProps('address')} />
            <SimpleGrid cols={3}>
              <TextInput label="Kode pos" {...form.getInputProps('postalCode')} />
              <TextInput label="Telepon" {...form.getInputProps('phone')} />
              <TextInput label="E-mail" type="email" {...form.getInputProps('email')} />
            </SimpleGrid>
            <SimpleGrid cols={2}>
              <Select
                label="Zona waktu"
                data={TIME_ZONE_OPTIONS}
                allowDeselect={false}
                {...form.getInputProps('timeZone')}
              />
              <Select
                label="Ukuran kertas laporan"
                data={[
                  { value: 'A4', label: 'A4 (210 × 297 mm)' },
                  { value: 'F4', label: 'F4 / Folio (215 × 330 mm)' },
                ]}
                allowDeselect={false}
                {...form.getInputProps('paperSize')}
              />
            </SimpleGrid>
            <Group>
              <Can request="office.saveProfile">
                <Button type="submit" loading={saving} leftSection={<IconDeviceFloppy size={18} />}>
                  Simpan profil
                </Button>
              </Can>
              {form.isDirty() && (
                <Text size="sm" c="orange.8">
                  Ada perubahan yang belum disimpan.
                </Text>
              )}
            </Group>
          </Stack>
        </fieldset>
      </form>
      <LogoCard profile={profile} />
    </Stack>
  );
}
