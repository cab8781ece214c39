import { Alert, Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconPlus, IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { formatJam, formatTanggal } from '../../shared/format/date';
import { EXAM_TYPE_LABELS } from '../../shared/pemeriksaan/pemeriksaan';
import { useApi } from '../api/useApi';
import { useCan } from '../auth/useCan';
import { PageTitle } from '../common/PageTitle';
import { useAppState } from '../shell/AppState';
import { ExamHeaderDialog } from './ExamHeaderDialog';
import { STATUS_BADGE } from './examUi';
import { SelisihHistory } from './SelisihHistory';

export function ExamRegister({ navigate }: { navigate: (path: string) => void }) {
  const list = useApi('exam.list', {});
  const { profile } = useAppState();
  const [creating, setCreating] = useState(false);
  const canCreate = useCan('exam.create');
  const zone = profile?.timeZone;
  return (
    <Stack>
      <Group justify="space-between">
        <PageTitle>Pemeriksaan Kas</PageTitle>
        <Group>
          <Button
            variant="default"
            leftSection={<IconShieldCheck size={16} />}
            onClick={() => navigate('pemeriksaan-kas/verifikasi')}
          >
            Verifikasi berita acara
          </Button>
          {canCreate && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
              Pemeriksaan baru
            </Button>
          )}
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        Setiap pemeriksaan kas (cash opname): hitung uang per pecahan, cocokkan dengan buku, rekonsiliasi
        bank, lalu finalkan menjadi berita acara bernomor.
      </Text>
      {list.error && <Alert color="red">{list.error}</Alert>}
      {list.data?.length === 0 && (
        <Alert color="gray" title="Belum ada pemeriksaan">
          Mulai dengan tombol «Pemeriksaan baru».
        </Alert>
      )}
      {list.data && list.data.length > 0 && (
        <Table striped highlightOnHover verticalSpacing="xs" aria-label="Daftar pemeriksaan kas">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Nomor</Table.Th>
              <Table.Th>Tanggal & jam</Table.Th>
              <Table.Th>Jenis</Table.Th>
              <Table.Th>Tempat</Table.Th>
              <Table.Th>Yang diperiksa</Table.Th>
              <Table.Th>Status</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>
                  <Anchor href={`#/pemeriksaan-kas/${e.id}`} fw={600} size="sm">
                    {e.number ?? 'Draf'}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {formatTanggal(e.date)}, {formatJam(e.time, zone)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{EXAM_TYPE_LABELS[e.type]}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{e.place}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{e.examinedName}</Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={STATUS_BADGE[e.status].color} variant="light">
                    {STATUS_BADGE[e.status].label}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <SelisihHistory />
      {creating && (
        <ExamHeaderDialog
          exam={null}
          onClose={() => setCreating(false)}
          onSaved={(saved) => {
            setCreating(false);
            navigate(`pemeriksaan-kas/${saved.id}`);
          }}
        />
      )}
    </Stack>
  );
}
