import { Alert, Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { formatTanggalAngka } from '../../shared/format/date';
import type { Officer, OfficerTerm } from '../../shared/officers/officers';
import { positionLabel } from '../../shared/officers/positions';
import { useApi } from '../api/useApi';
import { Can } from '../auth/Can';
import { useCan } from '../auth/useCan';
import { sendForm } from '../common/forms';
import { OfficerDialog, TermDialog } from './OfficerDialogs';
import { PanelHeader } from './PanelHeader';
import { SetActiveButton } from './SetActiveButton';

type Dialog =
  | { kind: 'officer'; officer: Officer | null }
  | { kind: 'term'; officer: Officer; term: OfficerTerm | null }
  | null;

function termText(t: OfficerTerm): string {
  const end = t.endDate ? formatTanggalAngka(t.endDate) : 'sekarang';
  return `${positionLabel(t.position)} · ${formatTanggalAngka(t.startDate)} – ${end}`;
}

export function OfficersPanel() {
  const canEditTerm = useCan('officers.updateTerm');
  const [showInactive, setShowInactive] = useState(false);
  const list = useApi('officers.list', { includeInactive: showInactive });
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
            Orang yang menandatangani laporan. Masa jabatan menentukan siapa yang tercetak pada tanggal
            laporan.
          </Text>
        }
        showInactive={showInactive}
        onShowInactiveChange={setShowInactive}
      >
        <Can request="officers.create">
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setDialog({ kind: 'officer', officer: null })}
          >
            Tambah pejabat
          </Button>
        </Can>
      </PanelHeader>
      {list.error && <Alert color="red">{list.error}</Alert>}
      {list.data?.length === 0 && (
        <Alert color="gray" title="Belum ada pejabat">
          Tambahkan Ketua UPK, Sekretaris, Bendahara, BP-UPK dan pihak yang menandatangani laporan.
        </Alert>
      )}
      {list.data && list.data.length > 0 && (
        <Table striped highlightOnHover verticalSpacing="xs" aria-label="Daftar pejabat">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Nama</Table.Th>
              <Table.Th>NIP</Table.Th>
              <Table.Th>Jabatan</Table.Th>
              <Table.Th w={260}>Tindakan</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.map((o) => (
              <Table.Tr key={o.id} opacity={o.active ? 1 : 0.55}>
                <Table.Td>
                  <Text fw={600} size="sm">
                    {o.fullName}
                  </Text>
                  {!o.active && <Badge color="gray">Nonaktif</Badge>}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{o.nip ?? '—'}</Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={2} align="flex-start">
                    {o.terms.map((t) => (
                      <Text key={t.id} size="sm" c={t.endDate ? 'dimmed' : undefined}>
                        {canEditTerm ? (
                          <Anchor
                            size="sm"
                            component="button"
                            type="button"
                            c={t.endDate ? 'dimmed' : undefined}
                            onClick={() => setDialog({ kind: 'term', officer: o, term: t })}
                            data-request="officers.updateTerm"
                          >
                            {termText(t)}
                          </Anchor>
                        ) : (
                          termText(t)
                        )}
                      </Text>
                    ))}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    <Can request="officers.update">
                      <Button
                        size="compact-sm"
                        variant="light"
                        onClick={() => setDialog({ kind: 'officer', officer: o })}
                      >
                        Ubah
                      </Button>
                    </Can>
                    <Can request="officers.addTerm">
                      <Button
                        size="compact-sm"
                        variant="light"
                        onClick={() => setDialog({ kind: 'term', officer: o, term: null })}
                      >
                        + Jabatan
                      </Button>
                    </Can>
                    <Can request="officers.setActive">
                      <SetActiveButton
                        active={o.active}
                        title={o.active ? 'Nonaktifkan pejabat?' : 'Aktifkan kembali?'}
                        message={
                          o.active
                            ? `${o.fullName} tidak akan muncul di daftar pilihan. Laporan lama tetap memuat namanya.`
                            : `${o.fullName} akan muncul lagi di daftar pilihan.`
                        }
                        onConfirm={async () => {
                          await sendForm(null, 'officers.setActive', { id: o.id, active: !o.active });
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
      {dialog?.kind === 'officer' && (
        <OfficerDialog officer={dialog.officer} onClose={() => setDialog(null)} onSaved={done} />
      )}
      {dialog?.kind === 'term' && (
        <TermDialog
          officer={dialog.officer}
          term={dialog.term}
          onClose={() => setDialog(null)}
          onSaved={done}
        />
      )}
    </Stack>
  );
}
