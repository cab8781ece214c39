import { Alert, Badge, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { IconPlus, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { KELOMPOK_JENIS_LABELS, type Kelompok } from '../../shared/pinjaman/kelompok';
import { useApi } from '../api/useApi';
import { Can } from '../auth/Can';
import { sendForm } from '../common/forms';
import { PanelHeader } from '../pengaturan/PanelHeader';
import { SetActiveButton } from '../pengaturan/SetActiveButton';
import { AnggotaDialog } from './AnggotaDialog';
import { KelompokDialog } from './KelompokDialog';

type Dialog =
  | { kind: 'kelompok'; kelompok: Kelompok | null }
  | { kind: 'anggota'; kelompokId: number }
  | null;

export function KelompokPanel() {
  const [showInactive, setShowInactive] = useState(false);
  const [desaId, setDesaId] = useState<number | null>(null);
  const list = useApi('kelompok.list', {
    includeInactive: showInactive,
    ...(desaId === null ? {} : { desaId }),
  });
  const desa = useApi('desa.list', {});
  const [dialog, setDialog] = useState<Dialog>(null);
  const membersOf =
    dialog?.kind === 'anggota' ? list.data?.find((k) => k.id === dialog.kelompokId) : undefined;

  return (
    <Stack>
      <PanelHeader
        align="flex-end"
        intro={
          <Select
            label="Desa"
            placeholder="Semua desa"
            clearable
            w={260}
            data={(desa.data ?? []).map((d) => ({ value: String(d.id), label: d.name }))}
            value={desaId === null ? null : String(desaId)}
            onChange={(v) => setDesaId(v ? Number(v) : null)}
          />
        }
        showInactive={showInactive}
        onShowInactiveChange={setShowInactive}
      >
        <Can request="kelompok.create">
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setDialog({ kind: 'kelompok', kelompok: null })}
          >
            Tambah kelompok
          </Button>
        </Can>
      </PanelHeader>
      {list.error && <Alert color="red">{list.error}</Alert>}
      {list.data?.length === 0 && (
        <Alert color="gray" title="Belum ada kelompok">
          Kelompok peminjam (SPP atau UEP) dicatat per desa, lengkap dengan ketua dan anggotanya. Pinjaman
          diberikan kepada kelompok.
        </Alert>
      )}
      {list.data && list.data.length > 0 && (
        <Table striped highlightOnHover verticalSpacing="xs" aria-label="Daftar kelompok">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Kelompok</Table.Th>
              <Table.Th>Jenis</Table.Th>
              <Table.Th>Desa</Table.Th>
              <Table.Th>Ketua</Table.Th>
              <Table.Th ta="right">Anggota</Table.Th>
              <Table.Th ta="right">Pinjaman berjalan</Table.Th>
              <Table.Th w={300}>Tindakan</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.map((k) => (
              <Table.Tr key={k.id} opacity={k.active ? 1 : 0.55}>
                <Table.Td>
                  <Text fw={600} size="sm">
                    {k.name}
                  </Text>
                  {!k.active && <Badge color="gray">Nonaktif</Badge>}
                </Table.Td>
                <Table.Td>
                  <Badge
                    variant="light"
                    color={k.jenis === 'spp' ? 'pink' : k.jenis === 'uep' ? 'blue' : 'gray'}
                  >
                    {KELOMPOK_JENIS_LABELS[k.jenis]}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{k.desaName}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{k.ketua ?? '—'}</Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm">{k.members.filter((m) => m.active).length}</Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm">{k.openLoans}</Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Can request="kelompok.update">
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        onClick={() => setDialog({ kind: 'kelompok', kelompok: k })}
                      >
                        Ubah
                      </Button>
                    </Can>
                    <Can request="anggota.update">
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        leftSection={<IconUsers size={14} />}
                        onClick={() => setDialog({ kind: 'anggota', kelompokId: k.id })}
                        aria-label={`Anggota ${k.name}`}
                      >
                        Anggota
                      </Button>
                    </Can>
                    <Can request="kelompok.setActive">
                      <SetActiveButton
                        active={k.active}
                        title={k.active ? 'Nonaktifkan kelompok' : 'Aktifkan kelompok'}
                        message={
                          k.active
                            ? `Kelompok ${k.name} tidak lagi muncul di pilihan usulan pinjaman. Pinjaman dan riwayatnya tetap tersimpan.`
                            : `Kelompok ${k.name} dapat dipilih lagi untuk usulan pinjaman.`
                        }
                        onConfirm={() =>
                          sendForm(null, 'kelompok.setActive', { id: k.id, active: !k.active })
                        }
                      />
                    </Can>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {dialog?.kind === 'kelompok' && (
        <KelompokDialog
          kelompok={dialog.kelompok}
          defaultDesaId={desaId}
          onClose={() => setDialog(null)}
          onSaved={(saved) => setDialog(dialog.kelompok ? null : { kind: 'anggota', kelompokId: saved.id })}
        />
      )}
      {membersOf && <AnggotaDialog kelompok={membersOf} onClose={() => setDialog(null)} />}
    </Stack>
  );
}
