import {
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { Anggota, Kelompok } from '../../shared/pinjaman/kelompok';
import { DialogActions } from '../common/FormDialog';
import { sendForm } from '../common/forms';
import { SetActiveButton } from '../pengaturan/SetActiveButton';

interface Values {
  name: string;
  nik: string;
  gender: string | null;
  address: string;
  rtm: boolean;
}

function initial(a: Anggota | null): Values {
  return {
    name: a?.name ?? '',
    nik: a?.nik ?? '',
    gender: a?.gender ?? null,
    address: a?.address ?? '',
    rtm: a?.rtm ?? false,
  };
}

/** The members form: a new member (anggota null) or one being corrected. */
function AnggotaForm({
  kelompokId,
  anggota,
  onDone,
}: {
  kelompokId: number;
  anggota: Anggota | null;
  onDone: () => void;
}) {
  const form = useForm<Values>({ initialValues: initial(anggota) });
  const [saving, setSaving] = useState(false);
  const submit = form.onSubmit(async (v) => {
    setSaving(true);
    const input = {
      name: v.name,
      nik: v.nik,
      gender: v.gender as 'L' | 'P' | null,
      address: v.address,
      rtm: v.rtm,
    };
    const saved = anggota
      ? await sendForm(form, 'anggota.update', { id: anggota.id, ...input }, 'Anggota disimpan.')
      : await sendForm(form, 'anggota.create', { kelompokId, ...input }, 'Anggota ditambahkan.');
    setSaving(false);
    if (saved) onDone();
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Data anggota">
      <Stack gap="xs" p="sm" bg="gray.0" style={{ borderRadius: 8 }}>
        <Text fw={600} size="sm">
          {anggota ? `Ubah anggota ${anggota.name}` : 'Anggota baru'}
        </Text>
        <SimpleGrid cols={3}>
          <TextInput label="Nama anggota" required data-autofocus {...form.getInputProps('name')} />
          <TextInput
            label="NIK"
            description="16 angka, boleh dikosongkan"
            maxLength={16}
            {...form.getInputProps('nik')}
          />
          <Select
            label="Jenis kelamin"
            clearable
            data={[
              { value: 'P', label: 'Perempuan' },
              { value: 'L', label: 'Laki-laki' },
            ]}
            {...form.getInputProps('gender')}
          />
        </SimpleGrid>
        <TextInput label="Alamat" {...form.getInputProps('address')} />
        <Group justify="space-between">
          <Checkbox label="Rumah tangga miskin (RTM)" {...form.getInputProps('rtm', { type: 'checkbox' })} />
          <DialogActions
            onCancel={onDone}
            saving={saving}
            submitLabel={anggota ? 'Simpan anggota' : 'Tambah anggota'}
          />
        </Group>
      </Stack>
    </form>
  );
}

/** The members of one kelompok: list, add, correct, deactivate. */
export function AnggotaDialog({ kelompok, onClose }: { kelompok: Kelompok; onClose: () => void }) {
  const [editing, setEditing] = useState<Anggota | 'new' | null>(
    kelompok.members.length === 0 ? 'new' : null,
  );
  const [showInactive, setShowInactive] = useState(false);
  const members = kelompok.members.filter((m) => showInactive || m.active);
  return (
    <Modal opened onClose={onClose} title={`Anggota kelompok ${kelompok.name}`} size="xl">
      <Stack>
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {kelompok.members.filter((m) => m.active).length} anggota aktif · Desa {kelompok.desaName}
          </Text>
          <Group>
            <Checkbox
              label="Tampilkan nonaktif"
              checked={showInactive}
              onChange={(e) => setShowInactive(e.currentTarget.checked)}
            />
            <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setEditing('new')}>
              Tambah anggota
            </Button>
          </Group>
        </Group>
        {editing !== null && (
          <AnggotaForm
            key={editing === 'new' ? 'new' : editing.id}
            kelompokId={kelompok.id}
            anggota={editing === 'new' ? null : editing}
            onDone={() => setEditing(null)}
          />
        )}
        {members.length === 0 ? (
          <Text size="sm" c="dimmed">
            Belum ada anggota.
          </Text>
        ) : (
          <Table striped verticalSpacing={4} aria-label="Daftar anggota">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Nama</Table.Th>
                <Table.Th>NIK</Table.Th>
                <Table.Th>L/P</Table.Th>
                <Table.Th>Alamat</Table.Th>
                <Table.Th>RTM</Table.Th>
                <Table.Th w={200} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.map((m) => (
                <Table.Tr key={m.id} opacity={m.active ? 1 : 0.55}>
                  <Table.Td>
                    <Text size="sm">{m.name}</Text>
                    {!m.active && <Badge color="gray">Nonaktif</Badge>}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{m.nik ?? '—'}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{m.gender ?? '—'}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{m.address ?? '—'}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{m.rtm ? 'Ya' : '—'}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button size="compact-sm" variant="subtle" onClick={() => setEditing(m)}>
                        Ubah
                      </Button>
                      <SetActiveButton
                        active={m.active}
                        title={m.active ? 'Nonaktifkan anggota' : 'Aktifkan anggota'}
                        message={`${m.name} ${m.active ? 'tidak lagi dihitung sebagai anggota aktif' : 'kembali menjadi anggota aktif'}.`}
                        onConfirm={() => sendForm(null, 'anggota.setActive', { id: m.id, active: !m.active })}
                      />
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Selesai
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
