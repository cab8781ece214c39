import { Alert, Badge, Button, Group, NumberInput, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES, type UserRow } from '../../../shared/auth/auth';
import { formatWaktu } from '../../../shared/format/date';
import { useApi } from '../../api/useApi';
import { useAuth } from '../../auth/AuthProvider';
import { sendForm } from '../../common/forms';
import { useAppState } from '../../shell/AppState';
import { SetActiveButton } from '../SetActiveButton';
import { ResetPasswordDialog, UserDialog } from './UserDialogs';

type Dialog = { kind: 'user'; user: UserRow | null } | { kind: 'reset'; user: UserRow } | null;

/** Pengaturan › Pengguna (Admin only): accounts, roles, temporary passwords, idle lock. */
export function UsersPanel() {
  const { user: me, idleMinutes } = useAuth();
  const zone = useAppState().profile?.timeZone ?? 'WIB';
  const list = useApi('user.list', {});
  const [dialog, setDialog] = useState<Dialog>(null);
  const [idle, setIdle] = useState<number | string>(idleMinutes);
  if (me.role !== 'admin') {
    return <Alert color="gray">Hanya Admin yang mengatur pengguna dan peran.</Alert>;
  }
  const done = () => {
    setDialog(null);
    void list.reload();
  };
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Text size="sm" c="dimmed" maw={640}>
          Setiap orang masuk dengan akunnya sendiri; jejak audit mencatat siapa mengubah apa. Pengguna tidak
          dihapus, hanya dinonaktifkan.
        </Text>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog({ kind: 'user', user: null })}>
          Tambah pengguna
        </Button>
      </Group>
      {list.error && <Alert color="red">{list.error}</Alert>}
      {list.data && (
        <Table striped verticalSpacing="xs" aria-label="Daftar pengguna">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Nama pengguna</Table.Th>
              <Table.Th>Nama lengkap</Table.Th>
              <Table.Th>Peran</Table.Th>
              <Table.Th>Terakhir masuk</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.map((u) => (
              <Table.Tr key={u.id} c={u.active ? undefined : 'dimmed'}>
                <Table.Td>
                  {u.username}
                  {!u.active && (
                    <Badge ml="xs" color="gray" size="sm">
                      nonaktif
                    </Badge>
                  )}
                  {u.mustChangePassword && u.active && (
                    <Badge ml="xs" color="yellow" size="sm" variant="light">
                      sandi sementara
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {u.fullName}
                  {u.officerName && (
                    <Text size="xs" c="dimmed">
                      {u.officerName}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td title={ROLE_DESCRIPTIONS[u.role]}>{ROLE_LABELS[u.role]}</Table.Td>
                <Table.Td>{u.lastLoginAt ? formatWaktu(u.lastLoginAt, zone) : '—'}</Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      onClick={() => setDialog({ kind: 'user', user: u })}
                    >
                      Ubah
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      onClick={() => setDialog({ kind: 'reset', user: u })}
                    >
                      Atur ulang sandi
                    </Button>
                    {u.id !== me.id && (
                      <SetActiveButton
                        active={u.active}
                        title={`${u.active ? 'Nonaktifkan' : 'Aktifkan'} ${u.username}?`}
                        message={
                          u.active
                            ? 'Pengguna ini tidak dapat masuk lagi. Catatan yang pernah ia buat tetap ada.'
                            : 'Pengguna ini dapat masuk lagi dengan kata sandinya.'
                        }
                        onConfirm={() => sendForm(null, 'user.setActive', { id: u.id, active: !u.active })}
                      />
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Table maw={720} aria-label="Peran">
        <Table.Tbody>
          {ROLES.map((r) => (
            <Table.Tr key={r}>
              <Table.Th w={200}>{ROLE_LABELS[r]}</Table.Th>
              <Table.Td>{ROLE_DESCRIPTIONS[r]}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group align="flex-end">
        <NumberInput
          label="Kunci layar sesudah tidak dipakai (menit)"
          min={1}
          max={240}
          w={320}
          value={idle}
          onChange={setIdle}
        />
        <Button
          variant="default"
          onClick={() =>
            void sendForm(
              null,
              'auth.setIdleMinutes',
              { minutes: Number(idle) },
              'Batas waktu kunci disimpan.',
            )
          }
        >
          Simpan
        </Button>
      </Group>
      {dialog?.kind === 'user' && (
        <UserDialog user={dialog.user} onClose={() => setDialog(null)} onSaved={done} />
      )}
      {dialog?.kind === 'reset' && (
        <ResetPasswordDialog user={dialog.user} onClose={() => setDialog(null)} onSaved={done} />
      )}
    </Stack>
  );
}
