import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  List,
  Loader,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconShieldCheck, IconShieldX } from '@tabler/icons-react';
import { useState } from 'react';
import {
  AUDIT_ACTION_LABELS,
  type AuditRow,
  auditTableLabel,
  type IntegrityReport,
} from '../../shared/audit/audit';
import { auditFieldLabel, auditFieldValue } from '../../shared/audit/auditFields';
import { formatWaktu, type TimeZoneCode } from '../../shared/format/date';
import { api } from '../api/transport';
import { errorMessage, useApi } from '../api/useApi';
import { Can } from '../auth/Can';
import { DateField } from '../common/DateField';
import { useAppState } from '../shell/AppState';
import { IntegrityFindingList } from './IntegrityFindings';

const PAGE_SIZE = 50;

const ACTION_COLORS = { insert: 'teal', update: 'blue', delete: 'red' } as const;

function Changes({ row }: { row: AuditRow }) {
  if (row.changes.length === 0) return <Text size="xs">—</Text>;
  return (
    <Stack gap={2}>
      {row.changes.map((c) => (
        <Text key={c.field} size="xs" style={{ wordBreak: 'break-word' }}>
          <b>{auditFieldLabel(c.field)}</b>:{' '}
          {row.action === 'update' ? (
            <>
              <Text span size="xs" c="red.8" td="line-through">
                {c.before === null ? 'kosong' : auditFieldValue(c.field, c.before)}
              </Text>{' '}
              →{' '}
              <Text span size="xs" c="teal.9">
                {c.after === null ? 'kosong' : auditFieldValue(c.field, c.after)}
              </Text>
            </>
          ) : (
            auditFieldValue(c.field, c.after ?? c.before ?? '')
          )}
        </Text>
      ))}
    </Stack>
  );
}

function IntegrityResult({ report, zone }: { report: IntegrityReport; zone: TimeZoneCode }) {
  const badDocs = report.documents.filter((d) => !d.ok);
  if (report.ok) {
    return (
      <Alert color="green" icon={<IconShieldCheck />} title="Integritas baik" role="status">
        <Text size="sm">
          Rantai jejak audit utuh ({report.chain.rows.toLocaleString('id-ID')} baris).{' '}
          {report.documents.length} dokumen final cocok dengan sidik (hash) dan catatan finalisasinya. Jurnal
          periode terkunci, kunci periode, saldo harian, pemicu pelindung dan lampiran juga cocok.
          {report.chain.unsealed > 0 &&
            ` ${report.chain.unsealed} baris terbaru belum disegel (disegel pada perubahan berikutnya).`}
        </Text>
        <Text size="xs" c="dimmed">
          Diperiksa {formatWaktu(report.checkedAt, zone)}
        </Text>
      </Alert>
    );
  }
  return (
    <Alert
      color="red"
      icon={<IconShieldX />}
      title="Integritas TIDAK baik: ada data yang diubah"
      role="alert"
    >
      <Stack gap="xs">
        {!report.chain.ok && (
          <div>
            <Text size="sm" fw={600}>
              Rantai jejak audit putus ({report.chain.problemCount} masalah)
            </Text>
            <List size="sm">
              {report.chain.problems.map((p) => (
                <List.Item key={`${p.kind}-${p.id}`}>{p.message}</List.Item>
              ))}
            </List>
          </div>
        )}
        {badDocs.length > 0 && (
          <div>
            <Text size="sm" fw={600}>
              Dokumen final yang diubah ({badDocs.length})
            </Text>
            <List size="sm">
              {badDocs.map((d) => (
                <List.Item key={`${d.kind}-${d.id}`}>
                  <b>
                    {d.label} No. {d.number}
                  </b>{' '}
                  ({d.date})
                  <List size="sm" withPadding>
                    {d.problems.map((p) => (
                      <List.Item key={p}>{p}</List.Item>
                    ))}
                  </List>
                </List.Item>
              ))}
            </List>
          </div>
        )}
        <IntegrityFindingList findings={report.findings} />
        {report.chain.ok && <Text size="sm">Rantai jejak audit sendiri utuh.</Text>}
        <Text size="xs" c="dimmed">
          Diperiksa {formatWaktu(report.checkedAt, zone)}. Pulihkan dari cadangan yang dibuat sebelum
          perubahan, dan laporkan kejadian ini.
        </Text>
      </Stack>
    </Alert>
  );
}

/** Pengaturan › Jejak Audit: who changed what and when, and "Periksa integritas". */
export function JejakAuditPanel() {
  const zone = useAppState().profile?.timeZone ?? 'WIB';
  const [filters, setFilters] = useState({ table: '', actor: '', from: '', to: '', text: '' });
  const [page, setPage] = useState(1);
  const [report, setReport] = useState<IntegrityReport | null>(null);
  const [checking, setChecking] = useState(false);
  const [checkError, setCheckError] = useState<string | null>(null);
  const list = useApi('audit.list', {
    table: filters.table || null,
    actor: filters.actor || null,
    from: filters.from || null,
    to: filters.to || null,
    text: filters.text || null,
    page,
    pageSize: PAGE_SIZE,
  });
  const set = (key: keyof typeof filters) => (value: string) => {
    setFilters((f) => ({ ...f, [key]: value }));
    setPage(1);
  };

  const check = async () => {
    setChecking(true);
    setCheckError(null);
    try {
      setReport(await api.send('integrity.check', {}));
    } catch (err) {
      setCheckError(errorMessage(err));
    } finally {
      setChecking(false);
    }
  };

  return (
    <Stack component="section" aria-labelledby="jejak-audit-judul">
      <Group justify="space-between">
        <Title order={2} size="h3" id="jejak-audit-judul">
          Jejak Audit
        </Title>
        <Can request="integrity.check">
          <Button leftSection={<IconShieldCheck size={16} />} onClick={check} loading={checking}>
            Periksa integritas
          </Button>
        </Can>
      </Group>
      <Text size="sm" c="dimmed">
        Setiap perubahan data dicatat otomatis: siapa, kapan, tabel dan baris mana, isi sebelum dan
        sesudahnya. Catatan tidak dapat diubah atau dihapus, dan disegel dengan rantai hash.
      </Text>
      {checkError && <Alert color="red">{checkError}</Alert>}
      {report && <IntegrityResult report={report} zone={zone} />}
      <Group align="flex-end" aria-label="Saring jejak audit" role="search">
        <Select
          label="Tabel"
          placeholder="Semua tabel"
          clearable
          searchable
          w={220}
          data={(list.data?.tables ?? []).map((t) => ({ value: t, label: auditTableLabel(t) }))}
          value={filters.table || null}
          onChange={(v) => set('table')(v ?? '')}
        />
        <TextInput
          label="Pengguna"
          w={180}
          value={filters.actor}
          onChange={(e) => set('actor')(e.currentTarget.value)}
        />
        <DateField label="Dari tanggal" w={150} value={filters.from} onChange={set('from')} />
        <DateField label="Sampai tanggal" w={150} value={filters.to} onChange={set('to')} />
        <TextInput
          label="Cari teks"
          placeholder="isi sebelum/sesudah, no. baris"
          style={{ flex: 1 }}
          miw={180}
          value={filters.text}
          onChange={(e) => set('text')(e.currentTarget.value)}
        />
      </Group>
      {list.error && <Alert color="red">{list.error}</Alert>}
      {list.loading && !list.data && <Loader />}
      {list.data && (
        <>
          <Table striped verticalSpacing="xs" aria-label="Jejak audit" layout="fixed">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={170}>Waktu</Table.Th>
                <Table.Th w={170}>Pengguna</Table.Th>
                <Table.Th w={150}>Tabel</Table.Th>
                <Table.Th w={70}>Baris</Table.Th>
                <Table.Th w={96}>Aksi</Table.Th>
                <Table.Th>Perubahan (sebelum → sesudah)</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.rows.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <Text size="sm">{formatWaktu(r.at, zone)}</Text>
                    <Text size="xs" c="dimmed">
                      #{r.id}
                      {!r.sealed && ' · belum disegel'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ wordBreak: 'break-word' }}>
                      {r.actor}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{auditTableLabel(r.table)}</Text>
                    {auditTableLabel(r.table) !== r.table && <Code fz="xs">{r.table}</Code>}
                  </Table.Td>
                  <Table.Td>{r.rowId}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={ACTION_COLORS[r.action]}>
                      {AUDIT_ACTION_LABELS[r.action]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Changes row={r} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {list.data.rows.length === 0 && (
            <Alert color="gray">Tidak ada catatan yang cocok dengan saringan ini.</Alert>
          )}
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              Halaman {page}
            </Text>
            <Group gap="xs">
              <Button variant="default" size="xs" disabled={page <= 1} onClick={() => setPage((p) => p - 1)}>
                Sebelumnya
              </Button>
              <Button
                variant="default"
                size="xs"
                disabled={!list.data.hasMore}
                onClick={() => setPage((p) => p + 1)}
              >
                Berikutnya
              </Button>
            </Group>
          </Group>
        </>
      )}
    </Stack>
  );
}
