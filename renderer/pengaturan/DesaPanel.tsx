import { Alert, Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { type Desa, TPK_ROLE_LABELS, type TpkMember } from '../../shared/desa/desa';
import { useApi } from '../api/useApi';
import { Can } from '../auth/Can';
import { useCan } from '../auth/useCan';
import { sendForm } from '../common/forms';
import { DesaDialog, TpkDialog } from './DesaDialogs';
import { PanelHeader } from './PanelHeader';
import { SetActiveButton } from './SetActiveButton';

type Dialog =
  | { kind: 'desa'; desa: Desa | null }
  | { kind: 'tpk'; desa: Desa; member: TpkMember | null }
  | null;

export function DesaPanel() {
  const canEditTpk = useCan('tpk.update');
  const [showInactive, setShowInactive] = useState(false);
  const list = useApi('desa.list', { includeInactive: showInactive });
  const [dialog, setDialog] = useState<Dialog>(null);
  const done = () => {
    setDialog(null);
    void list.reload();
  };

  return (
    <Stack>
      <PanelHeader
        intro={
          <Text size="sm" c="dimmed">
            Desa di wilayah kecamatan dan Tim Pengelola Kegiatan (TPK) masing-masing.
          </Text>
        }
        showInactive={showInactive}
        onShowInactiveChange={setShowInactive}
      >
        <Can request="desa.create">
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setDialog({ kind: 'desa', desa: null })}
          >
            Tambah desa
          </Button>
        </Can>
      </PanelHeader>
      {list.error && <Alert color="red">{list.error}</Alert>}
      {list.data?.length === 0 && (
        <Alert color="gray" title="Belum ada desa">
          Tambahkan desa-desa di kecamatan ini beserta anggota TPK-nya.
        </Alert>
      )}
      {list.data && list.data.length > 0 && (
        <Table striped highlightOnHover verticalSpacing="xs" aria-label="Daftar desa">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Desa</Table.Th>
              <Table.Th>Kepala desa</Table.Th>
              <Table.Th>TPK</Table.Th>
              <Table.Th w={280}>Tindakan</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.map((d) => (
              <Table.Tr key={d.id} opacity={d.active ? 1 : 0.55}>
                <Table.Td>
                  <Text fw={600} size="sm">
                    {d.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {d.code ?? 'Kode belum diisi'}
                  </Text>
                  {!d.active && <Badge color="gray">Nonaktif</Badge>}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{d.kepalaDesa ?? '—'}</Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={2} align="flex-start">
                    {d.tpk.length === 0 && (
                      <Text size="sm" c="dimmed">
                        Belum ada anggota
                      </Text>
                    )}
                    {d.tpk.map((m) =>
                      canEditTpk ? (
                        <Anchor
                          key={m.id}
                          size="sm"
                          component="button"
                          type="button"
                          td={m.active ? undefined : 'line-through'}
                          c={m.active ? undefined : 'dimmed'}
                          onClick={() => setDialog({ kind: 'tpk', desa: d, member: m })}
                          data-request="tpk.update"
                        >
                          {m.fullName} ({TPK_ROLE_LABELS[m.role]})
                        </Anchor>
                      ) : (
                        <Text
                          key={m.id}
                          size="sm"
                          td={m.active ? undefined : 'line-through'}
                          c={m.active ? undefined : 'dimmed'}
                        >
                          {m.fullName} ({TPK_ROLE_LABELS[m.role]})
                        </Text>
                      ),
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    <Can request="desa.update">
                      <Button
                        size="compact-sm"
                        variant="light"
                        onClick={() => setDialog({ kind: 'desa', desa: d })}
                      >
                        Ubah
                      </Button>
                    </Can>
                    <Can request="tpk.create">
                      <Button
                        size="compact-sm"
                        variant="light"
                        disabled={!d.active}
                        onClick={() => setDialog({ kind: 'tpk', desa: d, member: null })}
                      >
                        + Anggota TPK
                      </Button>
                    </Can>
                    <Can request="desa.setActive">
                      <SetActiveButton
                        active={d.active}
                        title={d.active ? `Nonaktifkan desa ${d.name}?` : `Aktifkan desa ${d.name}?`}
                        message={
                          d.active
                            ? 'Desa tidak akan muncul di daftar pilihan. Data dan laporan lama tetap tersimpan.'
                            : 'Desa akan muncul lagi di daftar pilihan.'
                        }
                        onConfirm={async () => {
                          await sendForm(null, 'desa.setActive', { id: d.id, active: !d.active });
                          await list.reload();
                        }}
                      />
                    </Can>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {dialog?.kind === 'desa' && (
        <DesaDialog desa={dialog.desa} onClose={() => setDialog(null)} onSaved={done} />
      )}
      {dialog?.kind === 'tpk' && (
        <TpkDialog desa={dialog.desa} member={dialog.member} onClose={() => setDialog(null)} onSaved={done} />
      )}
    </Stack>
  );
}
