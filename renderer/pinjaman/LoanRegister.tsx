import { Alert, Anchor, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { IconFileImport, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { LOAN_STATUS_LABELS, LOAN_STATUSES, type LoanStatusCode } from '../../shared/pinjaman/loans';
import { useApi } from '../api/useApi';
import { Can } from '../auth/Can';
import { LoanImportDialog } from './LoanImportDialog';
import { ProposeDialog } from './ProposeDialog';
import { Angka, ClassBadge, LoanStatusBadge } from './pinjamanUi';

export function LoanRegister({ navigate }: { navigate: (path: string) => void }) {
  const [kelompokId, setKelompokId] = useState<number | null>(null);
  const [desaId, setDesaId] = useState<number | null>(null);
  const [status, setStatus] = useState<LoanStatusCode | 'berjalan' | null>('berjalan');
  const list = useApi('loan.list', kelompokId === null ? {} : { kelompokId });
  const kelompok = useApi('kelompok.list', { includeInactive: true });
  const desa = useApi('desa.list', {});
  const [proposing, setProposing] = useState(false);
  const [importing, setImporting] = useState(false);
  const rows = (list.data ?? []).filter(
    (l) =>
      (desaId === null || l.desaId === desaId) &&
      (status === null ||
        (status === 'berjalan'
          ? ['usulan', 'diverifikasi', 'disetujui', 'aktif'].includes(l.status)
          : l.status === status)),
  );
  const kelompokOptions = (kelompok.data ?? [])
    .filter((k) => desaId === null || k.desaId === desaId)
    .map((k) => ({ value: String(k.id), label: `${k.name} (${k.desaName})` }));

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end">
          <Select
            label="Desa"
            placeholder="Semua desa"
            clearable
            w={200}
            data={(desa.data ?? []).map((d) => ({ value: String(d.id), label: d.name }))}
            value={desaId === null ? null : String(desaId)}
            onChange={(v) => {
              setDesaId(v ? Number(v) : null);
              setKelompokId(null);
            }}
          />
          <Select
            label="Kelompok"
            placeholder="Semua kelompok"
            clearable
            searchable
            w={260}
            data={kelompokOptions}
            value={kelompokId === null ? null : String(kelompokId)}
            onChange={(v) => setKelompokId(v ? Number(v) : null)}
          />
          <Select
            label="Status"
            placeholder="Semua status"
            clearable
            w={200}
            data={[
              { value: 'berjalan', label: 'Belum selesai' },
              ...LOAN_STATUSES.map((s) => ({ value: s, label: LOAN_STATUS_LABELS[s] })),
            ]}
            value={status}
            onChange={(v) => setStatus(v as LoanStatusCode | 'berjalan' | null)}
          />
        </Group>
        <Group gap="sm">
          <Can request="loanImport.commit">
            <Button
              variant="default"
              leftSection={<IconFileImport size={16} />}
              onClick={() => setImporting(true)}
            >
              Impor register
            </Button>
          </Can>
          <Can request="loan.propose">
            <Button leftSection={<IconPlus size={16} />} onClick={() => setProposing(true)}>
              Usulan baru
            </Button>
          </Can>
        </Group>
      </Group>
      {list.error && <Alert color="red">{list.error}</Alert>}
      {list.data && rows.length === 0 && (
        <Alert color="gray" title="Tidak ada pinjaman yang cocok">
          <Text size="sm">
            Pinjaman dana bergulir berjalan dari usulan kelompok, verifikasi, penetapan MAD, pencairan, lalu
            angsuran sampai lunas. Tekan «Usulan baru» untuk mencatat usulan kelompok, atau «Impor register»
            untuk memindahkan register pinjaman lama dari Excel.
          </Text>
        </Alert>
      )}
      {rows.length > 0 && (
        <Table striped highlightOnHover verticalSpacing="xs" aria-label="Daftar pinjaman">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Nomor</Table.Th>
              <Table.Th>Kelompok</Table.Th>
              <Table.Th>Desa</Table.Th>
              <Table.Th ta="right">Alokasi</Table.Th>
              <Table.Th ta="right">Saldo pokok</Table.Th>
              <Table.Th ta="right">Tunggakan</Table.Th>
              <Table.Th ta="right">Hari tunggakan</Table.Th>
              <Table.Th>Kolektibilitas</Table.Th>
              <Table.Th>Status</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((l) => (
              <Table.Tr key={l.id}>
                <Table.Td>
                  <Anchor
                    href={`#/dana-bergulir/${l.id}`}
                    fw={600}
                    size="sm"
                    style={{ whiteSpace: 'nowrap' }}
                  >
                    {l.number}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{l.kelompokName}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{l.desaName}</Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Angka sen={l.amount} />
                </Table.Td>
                <Table.Td ta="right">{l.position ? <Angka sen={l.position.saldoPokok} /> : '–'}</Table.Td>
                <Table.Td ta="right">
                  {l.position ? <Angka sen={l.position.tunggakanPokok + l.position.tunggakanJasa} /> : '–'}
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm" c={l.position && l.position.daysPastDue > 0 ? 'red' : undefined}>
                    {l.position ? l.position.daysPastDue : '–'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <ClassBadge kolek={l.kolek} size="sm" />
                </Table.Td>
                <Table.Td>
                  <LoanStatusBadge status={l.status} size="sm" />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {rows.length > 0 && (
        <Text size="xs" c="dimmed">
          {rows.length} pinjaman · posisi per hari ini
        </Text>
      )}
      {importing && <LoanImportDialog onClose={() => setImporting(false)} />}
      {proposing && (
        <ProposeDialog
          defaultKelompokId={kelompokId}
          onClose={() => setProposing(false)}
          onSaved={(loan) => {
            setProposing(false);
            navigate(`dana-bergulir/${loan.id}`);
          }}
        />
      )}
    </Stack>
  );
}
