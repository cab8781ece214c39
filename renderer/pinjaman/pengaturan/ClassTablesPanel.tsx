import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Menu,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconChevronDown, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { ApiError } from '../../../shared/contract/client';
import { formatTanggal } from '../../../shared/format/date';
import {
  CLASS_BASES,
  CLASS_BASIS_LABELS,
  CLASS_BASIS_UNITS,
  CLASS_PRESETS,
  type ClassBasis,
  type ClassTableDef,
  classTableSourceText,
} from '../../../shared/pinjaman/kolektibilitas';
import { api } from '../../api/transport';
import { errorMessage, useApi } from '../../api/useApi';
import { Can } from '../../auth/Can';
import { ConfirmButton } from '../../common/ConfirmButton';
import { FormDialog } from '../../common/FormDialog';
import { sendForm } from '../../common/forms';
import { bpPercent, bpToPercentText, classTextColor, percentToBp } from '../pinjamanUi';

interface Row {
  key: number;
  code: string;
  name: string;
  min: string;
  max: string;
  provision: string;
  npl: boolean;
}

interface Values {
  name: string;
  basis: ClassBasis;
  rows: Row[];
}

let nextKey = 1;

function toValues(def: ClassTableDef, name: string): Values {
  return {
    name,
    basis: def.basis,
    rows: def.classes.map((c) => ({
      key: nextKey++,
      code: c.code,
      name: c.name,
      min: String(c.min),
      max: c.max === null ? '' : String(c.max),
      provision: bpToPercentText(c.provisionBp),
      npl: c.npl,
    })),
  };
}

function int(text: string): number {
  const s = text.trim();
  return /^\d+$/.test(s) ? Number(s) : Number.NaN;
}

/** Edits a class table and saves it as a new version (which becomes the one used). */
function ClassTableEditor({ start, onClose }: { start: Values; onClose: () => void }) {
  const form = useForm<Values>({ initialValues: start });
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const unit = form.values.basis === 'hari' ? 'hari' : 'angsuran';
  const submit = form.onSubmit(async (v) => {
    setSaving(true);
    setProblem(null);
    try {
      await api.send('classTable.save', {
        name: v.name,
        basis: v.basis,
        classes: v.rows.map((r) => ({
          code: r.code,
          name: r.name,
          min: int(r.min),
          max: r.max.trim() === '' ? null : int(r.max),
          provisionBp: percentToBp(r.provision),
          npl: r.npl,
        })),
      });
      onClose();
    } catch (err) {
      setProblem(errorMessage(err));
      if (err instanceof ApiError) form.setErrors(err.fields);
    } finally {
      setSaving(false);
    }
  });
  return (
    <FormDialog
      title="Ubah tabel kolektibilitas (versi baru)"
      label="Tabel kolektibilitas"
      size="xl"
      onClose={onClose}
      onSubmit={submit}
      saving={saving}
    >
      <Group grow align="flex-start">
        <TextInput label="Nama tabel" required {...form.getInputProps('name')} />
        <Select
          label="Dasar penggolongan"
          allowDeselect={false}
          data={CLASS_BASES.map((b) => ({ value: b, label: CLASS_BASIS_LABELS[b] }))}
          {...form.getInputProps('basis')}
        />
      </Group>
      <Table verticalSpacing={4} aria-label="Kelas kolektibilitas">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={80}>Kode</Table.Th>
            <Table.Th>Nama kelas</Table.Th>
            <Table.Th w={110}>Dari ({unit})</Table.Th>
            <Table.Th w={110}>Sampai ({unit})</Table.Th>
            <Table.Th w={100}>Cadangan %</Table.Th>
            <Table.Th w={60}>NPL</Table.Th>
            <Table.Th w={40} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {form.values.rows.map((r, i) => (
            <Table.Tr key={r.key}>
              <Table.Td>
                <TextInput
                  size="xs"
                  aria-label={`Kode kelas ${i + 1}`}
                  {...form.getInputProps(`rows.${i}.code`)}
                />
              </Table.Td>
              <Table.Td>
                <TextInput
                  size="xs"
                  aria-label={`Nama kelas ${i + 1}`}
                  {...form.getInputProps(`rows.${i}.name`)}
                />
              </Table.Td>
              <Table.Td>
                <TextInput
                  size="xs"
                  inputMode="numeric"
                  aria-label={`Batas bawah kelas ${i + 1}`}
                  {...form.getInputProps(`rows.${i}.min`)}
                />
              </Table.Td>
              <Table.Td>
                <TextInput
                  size="xs"
                  inputMode="numeric"
                  placeholder="ke atas"
                  aria-label={`Batas atas kelas ${i + 1}`}
                  {...form.getInputProps(`rows.${i}.max`)}
                />
              </Table.Td>
              <Table.Td>
                <TextInput
                  size="xs"
                  inputMode="decimal"
                  aria-label={`Cadangan kelas ${i + 1}`}
                  {...form.getInputProps(`rows.${i}.provision`)}
                />
              </Table.Td>
              <Table.Td>
                <Checkbox
                  aria-label={`NPL kelas ${i + 1}`}
                  {...form.getInputProps(`rows.${i}.npl`, { type: 'checkbox' })}
                />
              </Table.Td>
              <Table.Td>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={`Hapus kelas ${i + 1}`}
                  onClick={() => form.removeListItem('rows', i)}
                >
                  <IconTrash size={14} />
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group justify="space-between">
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() =>
            form.insertListItem('rows', {
              key: nextKey++,
              code: '',
              name: '',
              min: '',
              max: '',
              provision: '0',
              npl: false,
            })
          }
        >
          Tambah kelas
        </Button>
        <Text size="xs" c="dimmed">
          Batas atas kosong = «… ke atas» (hanya kelas terakhir). Kelas harus bersambung tanpa celah.
        </Text>
      </Group>
      {problem && (
        <Alert color="red" title="Tabel belum dapat disimpan">
          {problem}
        </Alert>
      )}
      <Text size="xs" c="dimmed">
        Disimpan sebagai versi baru dan langsung dipakai. Versi lama tetap tersimpan, dan laporan yang sudah
        difinalkan tetap memakai tabel saat itu.
      </Text>
    </FormDialog>
  );
}

export function ClassTablesPanel() {
  const list = useApi('classTable.list', {});
  const [editing, setEditing] = useState<Values | null>(null);
  const tables = [...(list.data?.tables ?? [])].sort((a, b) => b.id - a.id);
  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          Penggolongan kolektibilitas dan cadangan penghapusan menurut SOP. Setiap perubahan disimpan sebagai
          versi baru.
        </Text>
        <Can request="classTable.save">
          <Menu position="bottom-end">
            <Menu.Target>
              <Button variant="default" rightSection={<IconChevronDown size={14} />}>
                Tabel baru dari contoh
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {CLASS_PRESETS.map((p) => (
                <Menu.Item key={p.name} onClick={() => setEditing(toValues(p, p.name))}>
                  {p.name}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        </Can>
      </Group>
      {list.error && <Alert color="red">{list.error}</Alert>}
      {tables.map((t) => {
        const current = t.id === list.data?.currentId;
        return (
          <Stack
            key={t.id}
            gap="xs"
            p="sm"
            style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }}
            aria-label={`Tabel ${t.name}`}
          >
            <Group justify="space-between">
              <Group gap="xs">
                <Text fw={600}>{t.name}</Text>
                {current && <Badge color="teal">Dipakai sekarang</Badge>}
                <Text size="xs" c="dimmed">
                  versi #{t.id} · {formatTanggal(t.createdAt.slice(0, 10))} · menurut{' '}
                  {CLASS_BASIS_LABELS[t.basis]}
                </Text>
              </Group>
              <Group gap="xs">
                <Can request="classTable.save">
                  <Button size="compact-sm" variant="subtle" onClick={() => setEditing(toValues(t, t.name))}>
                    Ubah (versi baru)
                  </Button>
                </Can>
                {!current && (
                  <Can request="classTable.setCurrent">
                    <ConfirmButton
                      size="compact-sm"
                      variant="light"
                      title="Gunakan tabel ini"
                      message={`Kolektibilitas dan cadangan wajib akan dihitung dengan «${t.name}» (versi #${t.id}).`}
                      confirmLabel="Gunakan"
                      onConfirm={() =>
                        sendForm(null, 'classTable.setCurrent', { id: t.id }, 'Tabel kolektibilitas diganti.')
                      }
                    >
                      Gunakan
                    </ConfirmButton>
                  </Can>
                )}
              </Group>
            </Group>
            {classTableSourceText(t) && (
              <Text size="xs" c="dimmed">
                {classTableSourceText(t)}
              </Text>
            )}
            <Table verticalSpacing={2} fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Kelas</Table.Th>
                  <Table.Th>Rentang ({CLASS_BASIS_UNITS[t.basis]})</Table.Th>
                  <Table.Th ta="right">Cadangan</Table.Th>
                  <Table.Th>NPL</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {t.classes.map((c) => (
                  <Table.Tr key={c.code}>
                    <Table.Td>
                      <Text span size="sm" fw={600} c={classTextColor(c.provisionBp)}>
                        {c.code} · {c.name}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {c.max === null
                        ? `${c.min} ke atas`
                        : c.min === c.max
                          ? String(c.min)
                          : `${c.min}–${c.max}`}
                    </Table.Td>
                    <Table.Td ta="right">{bpPercent(c.provisionBp)}</Table.Td>
                    <Table.Td>{c.npl ? 'Ya' : '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        );
      })}
      {editing && <ClassTableEditor start={editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
