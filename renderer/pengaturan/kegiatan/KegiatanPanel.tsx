import { Alert, Badge, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { formatRupiah } from '../../../shared/format/money';
import {
  KEGIATAN_STATUS_LABELS,
  KEGIATAN_TYPE_LABELS,
  type Kegiatan,
  type KegiatanStatus,
} from '../../../shared/kegiatan/kegiatan';
import { useApi } from '../../api/useApi';
import { Can } from '../../auth/Can';
import { sendForm } from '../../common/forms';
import { WHOLE_LABEL } from '../../temuan/findingUi';
import { PanelHeader } from '../PanelHeader';
import { SetActiveButton } from '../SetActiveButton';
import { KegiatanDialog } from './KegiatanDialog';

const STATUS_COLORS: Record<KegiatanStatus, string> = {
  perencanaan: 'gray',
  pelaksanaan: 'blue',
  selesai: 'teal',
  dihentikan: 'red',
};

/** Pengaturan › Kegiatan: what each desa's TPK runs with BLM funds (what a pra-audit examines). */
export function KegiatanPanel() {
  const [showInactive, setShowInactive] = useState(false);
  const [desaId, setDesaId] = useState<number | null>(null);
  const list = useApi('kegiatan.list', {
    ...(desaId ? { desaId } : {}),
    includeInactive: showInactive,
  });
  const desa = useApi('desa.list', { includeInactive: true });
  const [dialog, setDialog] = useState<{ kegiatan: Kegiatan | null } | null>(null);

  return (
    <Stack>
      <PanelHeader
        align="flex-end"
        intro={
          <Group align="flex-end">
            <Select
              label="Desa"
              placeholder="Semua desa"
              clearable
              searchable
              w={220}
              data={(desa.data ?? []).map((d) => ({ value: String(d.id), label: d.name }))}
              value={desaId === null ? null : String(desaId)}
              onChange={(d) => setDesaId(d ? Number(d) : null)}
            />
            <Text size="sm" c="dimmed" maw={420} pb={4}>
              Kegiatan yang dikelola TPK tiap desa dengan dana BLM; kegiatan inilah yang diperiksa saat
              pra-audit.
            </Text>
          </Group>
        }
        showInactive={showInactive}
        onShowInactiveChange={setShowInactive}
      >
        <Can request="kegiatan.create">
          <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog({ kegiatan: null })}>
            Tambah kegiatan
          </Button>
        </Can>
      </PanelHeader>
      {list.error && <Alert color="red">{list.error}</Alert>}
      {list.data?.length === 0 && (
        <Alert color="gray" title="Belum ada kegiatan">
          Tambahkan kegiatan desa (mis. jalan rabat beton, SPP) beserta nilai BLM dan TPK pelaksananya.
        </Alert>
      )}
      {list.data && list.data.length > 0 && (
        <Table striped highlightOnHover verticalSpacing="xs" aria-label="Daftar kegiatan">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Desa</Table.Th>
              <Table.Th>Kegiatan</Table.Th>
              <Table.Th>Jenis</Table.Th>
              <Table.Th>Tahun</Table.Th>
              <Table.Th ta="right">Nilai BLM</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>TPK</Table.Th>
              <Table.Th>Tindakan</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.map((k) => (
              <Table.Tr key={k.id} opacity={k.active ? 1 : 0.55}>
                <Table.Td>
                  <Text size="sm">{k.desaName}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {k.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {k.location ?? 'Lokasi belum diisi'}
                    {k.auditCount > 0 && ` · ${k.auditCount} pra-audit`}
                  </Text>
                  {!k.active && <Badge color="gray">Nonaktif</Badge>}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{KEGIATAN_TYPE_LABELS[k.type]}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{k.year}</Text>
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">{formatRupiah(k.blmAmount)}</Text>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" tt="none" color={STATUS_COLORS[k.status]} styles={WHOLE_LABEL}>
                    {KEGIATAN_STATUS_LABELS[k.status]}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={k.tpk.length ? undefined : 'dimmed'}>
                    {k.tpk.length ? k.tpk.map((m) => m.fullName).join(', ') : 'Belum dipilih'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Can request="kegiatan.update">
                      <Button size="compact-sm" variant="light" onClick={() => setDialog({ kegiatan: k })}>
                        Ubah
                      </Button>
                    </Can>
                    <Can request="kegiatan.setActive">
                      <SetActiveButton
                        active={k.active}
                        title={k.active ? `Nonaktifkan kegiatan ${k.name}?` : `Aktifkan kegiatan ${k.name}?`}
                        message={
                          k.active
                            ? 'Kegiatan tidak lagi dapat dipilih untuk pra-audit baru. Pra-audit lama tetap tersimpan.'
                            : 'Kegiatan dapat dipilih lagi untuk pra-audit.'
                        }
                        onConfirm={() =>
                          sendForm(null, 'kegiatan.setActive', { id: k.id, active: !k.active })
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
      {dialog && (
        <KegiatanDialog
          kegiatan={dialog.kegiatan}
          desa={desa.data ?? []}
          defaultDesaId={desaId}
          onClose={() => setDialog(null)}
          onSaved={() => setDialog(null)}
        />
      )}
    </Stack>
  );
}
