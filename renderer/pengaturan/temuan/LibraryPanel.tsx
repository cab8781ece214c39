import { Badge, Button, Group, Modal, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { LibraryEntry } from '../../../shared/temuan/library';
import { useApi } from '../../api/useApi';
import { useCan } from '../../auth/useCan';
import { sendForm } from '../../common/forms';

const EMPTY = {
  code: '',
  category: '',
  title: '',
  kondisi: '',
  kriteria: '',
  sebab: '',
  akibat: '',
  rekomendasi: '',
  itemCodes: '',
};

function EntryDialog({ entry, onClose }: { entry: LibraryEntry | null; onClose: () => void }) {
  const form = useForm({
    initialValues: entry
      ? {
          ...entry,
          sebab: entry.sebab ?? '',
          akibat: entry.akibat ?? '',
          itemCodes: entry.itemCodes.join(', '),
        }
      : EMPTY,
  });
  const submit = form.onSubmit(async (v) => {
    const saved = await sendForm(
      form,
      'library.save',
      {
        ...(entry ? { id: entry.id } : {}),
        code: v.code,
        category: v.category,
        title: v.title,
        kondisi: v.kondisi,
        kriteria: v.kriteria,
        sebab: v.sebab,
        akibat: v.akibat,
        rekomendasi: v.rekomendasi,
        itemCodes: v.itemCodes
          .split(/[\s,;]+/)
          .map((c) => c.trim().toUpperCase())
          .filter(Boolean),
      },
      entry ? 'Versi baru disimpan.' : 'Entri ditambahkan.',
    );
    if (saved) onClose();
  });
  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={entry ? `Ubah ${entry.code} (versi baru)` : 'Entri bank temuan baru'}
    >
      <form onSubmit={submit} noValidate aria-label="Entri bank temuan">
        <Stack gap="sm">
          <Group grow>
            <TextInput label="Kode" required {...form.getInputProps('code')} />
            <TextInput label="Kategori" required {...form.getInputProps('category')} />
          </Group>
          <TextInput label="Judul" required {...form.getInputProps('title')} />
          <Textarea
            label="Kondisi baku"
            description="{tanggal} dan {nilai} diisi otomatis saat dipakai"
            required
            autosize
            minRows={2}
            {...form.getInputProps('kondisi')}
          />
          <Textarea
            label="Kriteria"
            description="Aturan/SOP yang dilanggar"
            required
            autosize
            minRows={2}
            {...form.getInputProps('kriteria')}
          />
          <Group grow align="flex-start">
            <Textarea label="Sebab" autosize {...form.getInputProps('sebab')} />
            <Textarea label="Akibat" autosize {...form.getInputProps('akibat')} />
          </Group>
          <Textarea
            label="Rekomendasi"
            required
            autosize
            minRows={2}
            {...form.getInputProps('rekomendasi')}
          />
          <TextInput
            label="Butir checklist pra-audit"
            description="Kode butir yang memakai kriteria dan rekomendasi entri ini, mis. C3, C4"
            {...form.getInputProps('itemCodes')}
          />
          <Group justify="flex-end">
            <Button type="submit">Simpan</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The bank temuan: coded entries, each edit a new version; findings keep the version they used. */
export function LibraryPanel() {
  const { data } = useApi('library.list', { includeInactive: true });
  const mayEdit = useCan('library.save');
  const [editing, setEditing] = useState<LibraryEntry | 'new' | null>(null);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h4">
          Bank temuan
        </Title>
        {mayEdit && <Button onClick={() => setEditing('new')}>Entri baru</Button>}
      </Group>
      <Text size="sm" c="dimmed">
        Temuan baku yang dipilih pemeriksa saat mencatat temuan. Setiap perubahan disimpan sebagai versi baru;
        temuan yang sudah dibuat tetap memakai versinya.
      </Text>
      <Table withTableBorder aria-label="Bank temuan" verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Kode</Table.Th>
            <Table.Th>Kategori</Table.Th>
            <Table.Th>Judul</Table.Th>
            <Table.Th>Versi</Table.Th>
            <Table.Th>Dipakai</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(data ?? []).map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td>{e.code}</Table.Td>
              <Table.Td>{e.category}</Table.Td>
              <Table.Td>
                {e.title} {!e.active && <Badge color="gray">nonaktif</Badge>}
              </Table.Td>
              <Table.Td>{e.version}</Table.Td>
              <Table.Td>{e.usedBy}</Table.Td>
              <Table.Td>
                {mayEdit && (
                  <Group gap={4} wrap="nowrap">
                    <Button size="compact-sm" variant="light" onClick={() => setEditing(e)}>
                      Ubah
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      onClick={() =>
                        void sendForm(null, 'library.setActive', { id: e.id, active: !e.active })
                      }
                    >
                      {e.active ? 'Nonaktifkan' : 'Aktifkan'}
                    </Button>
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {editing && <EntryDialog entry={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
