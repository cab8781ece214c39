import { Alert, Button, Group, Loader, Select, Stack, Table, Text } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import { useState } from 'react';
import { formatTanggalAngka } from '../../shared/format/date';
import { PRA_AUDIT_DOCUMENT_LABELS, PRA_AUDIT_DOCUMENTS } from '../../shared/praaudit/praaudit';
import { api } from '../api/transport';
import { useApi } from '../api/useApi';
import { lastMonth, type Period, thisYear, useOfficeClock } from '../bukukas/clock';
import { PeriodFilter } from '../bukukas/PeriodFilter';
import { DateField } from '../common/DateField';
import type { PreviewRequest } from './PdfPreview';

type Preview = (r: PreviewRequest) => void;

function PreviewButton({ onClick, label = 'Pratinjau & cetak' }: { onClick: () => void; label?: string }) {
  return (
    <Button size="xs" variant="light" leftSection={<IconEye size={14} />} onClick={onClick}>
      {label}
    </Button>
  );
}

/** Buku Kas Umum, or the book of one account (Buku Kas, Buku Bank, Buku Besar), for a period. */
export function BookReport({ bku, onPreview }: { bku: boolean; onPreview: Preview }) {
  const today = useOfficeClock().today();
  const [period, setPeriod] = useState<Period>(() => thisYear(today));
  const [accountId, setAccountId] = useState<string | null>(null);
  const accounts = useApi('accounts.list', { includeInactive: false });
  const groups = new Set((accounts.data ?? []).map((a) => a.parentId));
  const options = (accounts.data ?? [])
    .filter((a) => !groups.has(a.id))
    .map((a) => ({ value: String(a.id), label: `${a.code} ${a.name}` }));
  const query = bku
    ? { bku: true, from: period.from, to: period.to }
    : { accountId: Number(accountId), from: period.from, to: period.to };
  const title = bku ? 'Buku Kas Umum' : `Buku ${options.find((o) => o.value === accountId)?.label ?? ''}`;
  return (
    <Stack>
      <Group align="flex-end">
        <PeriodFilter value={period} today={today} errors={{}} onChange={setPeriod} />
        {!bku && (
          <Select
            label="Akun"
            searchable
            w={320}
            data={options}
            value={accountId}
            onChange={setAccountId}
            placeholder="Pilih akun"
          />
        )}
      </Group>
      <Group>
        <PreviewButton
          onClick={() =>
            (bku || accountId) &&
            onPreview({
              title,
              pdf: () => api.send('books.export', { query, format: 'pdf' }),
              xlsx: () => api.send('books.export', { query, format: 'xlsx' }),
            })
          }
        />
      </Group>
    </Stack>
  );
}

/** LPP or Laporan Kolektibilitas at a date, every desa or one. */
export function LoanReport({ report, onPreview }: { report: 'lpp' | 'kolektibilitas'; onPreview: Preview }) {
  const today = useOfficeClock().today();
  const [date, setDate] = useState(() => lastMonth(today).to);
  const [desaId, setDesaId] = useState<string | null>(null);
  const desa = useApi('desa.list', { includeInactive: false });
  const input = { date, report, ...(desaId ? { desaId: Number(desaId) } : {}) };
  return (
    <Stack>
      <Group align="flex-end">
        <DateField label="Per tanggal" w={150} value={date} onChange={setDate} />
        <Select
          label="Desa"
          clearable
          placeholder="Seluruh desa"
          data={(desa.data ?? []).map((d) => ({ value: String(d.id), label: d.name }))}
          value={desaId}
          onChange={setDesaId}
        />
      </Group>
      <Group>
        <PreviewButton
          onClick={() =>
            onPreview({
              title: report === 'lpp' ? 'Laporan Perkembangan Pinjaman' : 'Laporan Kolektibilitas',
              pdf: () => api.send('loan.report', { ...input, format: 'pdf' }),
              xlsx: () => api.send('loan.report', { ...input, format: 'xlsx' }),
            })
          }
        />
      </Group>
    </Stack>
  );
}

export function LoanCards({ onPreview }: { onPreview: Preview }) {
  const loans = useApi('loan.list', {});
  if (loans.error) return <Alert color="red">{loans.error}</Alert>;
  if (!loans.data) return <Loader />;
  const disbursed = loans.data.filter((l) => l.disbursedOn !== null);
  if (disbursed.length === 0) return <Text c="dimmed">Belum ada pinjaman yang dicairkan.</Text>;
  return (
    <Table withTableBorder aria-label="Kartu angsuran">
      <Table.Tbody>
        {disbursed.map((l) => (
          <Table.Tr key={l.id}>
            <Table.Td>{l.number}</Table.Td>
            <Table.Td>
              {l.kelompokName} — {l.desaName}
            </Table.Td>
            <Table.Td>
              <PreviewButton
                onClick={() =>
                  onPreview({
                    title: `Kartu Angsuran ${l.number}`,
                    pdf: () => api.send('loan.card', { id: l.id }),
                  })
                }
              />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Berita acara of every finalised cash examination. */
export function ExamReports({ onPreview }: { onPreview: Preview }) {
  const exams = useApi('exam.list', {});
  if (exams.error) return <Alert color="red">{exams.error}</Alert>;
  if (!exams.data) return <Loader />;
  const final = exams.data.filter((e) => e.number !== null);
  if (final.length === 0) return <Text c="dimmed">Belum ada pemeriksaan kas yang difinalkan.</Text>;
  return (
    <Table withTableBorder aria-label="Berita acara pemeriksaan kas">
      <Table.Tbody>
        {final.map((e) => (
          <Table.Tr key={e.id}>
            <Table.Td>{e.number}</Table.Td>
            <Table.Td>{formatTanggalAngka(e.date)}</Table.Td>
            <Table.Td>{e.examinedName}</Table.Td>
            <Table.Td>
              <PreviewButton
                onClick={() =>
                  onPreview({
                    title: `Berita Acara ${e.number ?? ''}`,
                    pdf: () => api.send('exam.pdf', { id: e.id }),
                  })
                }
              />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The three documents of every finalised pra-audit. */
export function PraAuditReports({ onPreview }: { onPreview: Preview }) {
  const audits = useApi('praAudit.list', {});
  if (audits.error) return <Alert color="red">{audits.error}</Alert>;
  if (!audits.data) return <Loader />;
  const final = audits.data.filter((a) => a.number !== null);
  if (final.length === 0) return <Text c="dimmed">Belum ada pra-audit yang difinalkan.</Text>;
  return (
    <Table withTableBorder aria-label="Dokumen pra-audit">
      <Table.Tbody>
        {final.map((a) => (
          <Table.Tr key={a.id}>
            <Table.Td>{a.number}</Table.Td>
            <Table.Td>
              {a.kegiatanName} — {a.desaName}
            </Table.Td>
            <Table.Td>
              <Group gap={4}>
                {PRA_AUDIT_DOCUMENTS.map((document) => (
                  <PreviewButton
                    key={document}
                    label={PRA_AUDIT_DOCUMENT_LABELS[document]}
                    onClick={() =>
                      onPreview({
                        title: `${PRA_AUDIT_DOCUMENT_LABELS[document]} ${a.number ?? ''}`,
                        pdf: () => api.send('praAudit.pdf', { id: a.id, document }),
                      })
                    }
                  />
                ))}
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
