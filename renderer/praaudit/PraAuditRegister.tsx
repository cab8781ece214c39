import { Alert, Anchor, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { IconArrowsDiff, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { formatTanggal } from '../../shared/format/date';
import { KEGIATAN_TYPE_LABELS } from '../../shared/kegiatan/kegiatan';
import { useApi } from '../api/useApi';
import { useCan } from '../auth/useCan';
import { PageTitle } from '../common/PageTitle';
import { AuditHeaderDialog } from './AuditHeaderDialog';
import { StatusBadge, TallyLine } from './praAuditUi';

export function PraAuditRegister({ navigate }: { navigate: (path: string) => void }) {
  const [desaId, setDesaId] = useState<number | null>(null);
  const list = useApi('praAudit.list', desaId === null ? {} : { desaId });
  const desa = useApi('desa.list', {});
  const [creating, setCreating] = useState(false);
  const canCreate = useCan('praAudit.create');
  return (
    <Stack>
      <Group justify="space-between">
        <PageTitle>Pra-Audit TPK</PageTitle>
        <Group>
          <Button
            variant="default"
            leftSection={<IconArrowsDiff size={16} />}
            onClick={() => navigate('pra-audit/banding')}
          >
            Bandingkan dua pra-audit
          </Button>
          {canCreate && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
              Pra-audit baru
            </Button>
          )}
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        Sebelum audit sebenarnya, dokumen TPK diperiksa butir demi butir dengan checklist. Kekurangan menjadi
        catatan bernomor, TPK memberi tanggapan, dan tindak lanjutnya dipantau di Temuan & Tindak Lanjut.
      </Text>
      <Select
        label="Desa"
        placeholder="Semua desa"
        clearable
        w={260}
        data={(desa.data ?? []).map((d) => ({ value: String(d.id), label: d.name }))}
        value={desaId === null ? null : String(desaId)}
        onChange={(v) => setDesaId(v ? Number(v) : null)}
      />
      {list.error && <Alert color="red">{list.error}</Alert>}
      {list.data?.length === 0 && (
        <Alert
          color="gray"
          title={desaId === null ? 'Belum ada pra-audit' : 'Belum ada pra-audit di desa ini'}
        >
          <Text size="sm">
            Pra-audit memeriksa administrasi satu kegiatan TPK sebelum Musyawarah Desa pertanggungjawaban atau
            serah terima: setiap butir checklist dijawab, kekurangan dicatat bernomor, lalu laporan, lembar
            tanggapan dan checklist dicetak.
          </Text>
          <Text size="sm" mt="xs">
            Kegiatan yang diaudit dicatat dulu di{' '}
            <Anchor href="#/pengaturan/kegiatan" size="sm">
              Pengaturan › Kegiatan
            </Anchor>
            , lalu tekan «Pra-audit baru».
          </Text>
        </Alert>
      )}
      {list.data && list.data.length > 0 && (
        <Table striped highlightOnHover verticalSpacing="xs" aria-label="Daftar pra-audit">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Nomor</Table.Th>
              <Table.Th>Tanggal</Table.Th>
              <Table.Th>Desa</Table.Th>
              <Table.Th>Kegiatan</Table.Th>
              <Table.Th>Kemajuan</Table.Th>
              <Table.Th>Catatan</Table.Th>
              <Table.Th>Status</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  <Anchor href={`#/pra-audit/${a.id}`} fw={600} size="sm">
                    {a.number ?? 'Draf'}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatTanggal(a.auditDate)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{a.desaName}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{a.kegiatanName}</Text>
                  <Text size="xs" c="dimmed">
                    {KEGIATAN_TYPE_LABELS[a.kegiatanType]}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <TallyLine tally={a.tally} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {a.openFindings} terbuka / {a.findingCount}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={a.status} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {creating && (
        <AuditHeaderDialog
          audit={null}
          onClose={() => setCreating(false)}
          onSaved={(saved) => {
            setCreating(false);
            navigate(`pra-audit/${saved.id}`);
          }}
        />
      )}
    </Stack>
  );
}
