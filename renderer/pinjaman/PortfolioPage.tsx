import { Alert, Card, Group, Loader, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { formatTanggal, isIsoDate } from '../../shared/format/date';
import { formatPercent, formatRupiah } from '../../shared/format/money';
import { CLASS_BASIS_LABELS, classTableSourceText } from '../../shared/pinjaman/kolektibilitas';
import { useApi } from '../api/useApi';
import { useOfficeClock } from '../bukukas/clock';
import { DateField } from '../common/DateField';
import { AgingPanel } from './AgingPanel';
import { KolekSeriesPanel } from './KolekSeriesPanel';
import { LoanReportMenu } from './LoanReportMenu';
import { PortfolioChecks } from './PortfolioChecks';
import { PortfolioLoanTable } from './PortfolioLoanTable';
import { Angka, bpPercent, classTextColor } from './pinjamanUi';

/** Kolektibilitas & LPP: the portfolio at a date, per class, against the journal. */
export function PortfolioPage() {
  const clock = useOfficeClock();
  const [date, setDate] = useState(clock.today());
  const [desaId, setDesaId] = useState<number | null>(null);
  // null = the office's own table; another table is only a view, the office setting stays.
  const [tableId, setTableId] = useState<number | null>(null);
  const validDate = isIsoDate(date) ? date : clock.today();
  const report = useApi('loan.portfolio', {
    date: validDate,
    ...(desaId === null ? {} : { desaId }),
    ...(tableId === null ? {} : { classTableId: tableId }),
  });
  const desa = useApi('desa.list', {});
  const tables = useApi('classTable.list', {});
  const r = report.data;
  const classOf = new Map((r?.table.classes ?? []).map((c) => [c.code, c]));
  const desaName = desa.data?.find((d) => d.id === desaId)?.name;
  const scope = desaId === null ? 'Seluruh desa' : `Desa ${desaName ?? ''}`;

  return (
    <Stack>
      <Group align="flex-end">
        <DateField label="Per tanggal" w={180} value={date} onChange={setDate} />
        <Select
          label="Desa"
          placeholder="Semua desa"
          clearable
          w={220}
          data={(desa.data ?? []).map((d) => ({ value: String(d.id), label: d.name }))}
          value={desaId === null ? null : String(desaId)}
          onChange={(v) => setDesaId(v ? Number(v) : null)}
        />
        <Select
          label="Tabel kolektibilitas"
          w={300}
          data={(tables.data?.tables ?? []).map((t) => ({
            value: String(t.id),
            label: `${t.name}${t.id === tables.data?.currentId ? ' (dipakai kantor)' : ''} · #${t.id}`,
          }))}
          value={String(tableId ?? tables.data?.currentId ?? '')}
          onChange={(v) => setTableId(v && Number(v) !== tables.data?.currentId ? Number(v) : null)}
          allowDeselect={false}
        />
        {report.loading && <Loader size="sm" />}
        <Group ml="auto" gap="sm">
          {(['lpp', 'kolektibilitas'] as const).map((k) => (
            <LoanReportMenu
              key={k}
              report={k}
              date={validDate}
              desaId={desaId}
              classTableId={tableId}
              scope={scope}
              disabled={!isIsoDate(date)}
            />
          ))}
        </Group>
      </Group>
      {report.error && <Alert color="red">{report.error}</Alert>}
      {r && (
        <>
          <Text size="sm" c="dimmed">
            Posisi akhir {formatTanggal(r.date)} · tabel kolektibilitas «{r.table.name}», menurut{' '}
            {CLASS_BASIS_LABELS[r.table.basis]}.
            {tableId !== null && ' Hanya tampilan: tabel kantor tidak berubah.'}
          </Text>
          {classTableSourceText(r.table) && (
            <Text size="xs" c="dimmed">
              {classTableSourceText(r.table)}
            </Text>
          )}
          <Table withTableBorder striped aria-label="Ringkasan kolektibilitas" maw={900}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Kelas</Table.Th>
                <Table.Th ta="right">Pinjaman</Table.Th>
                <Table.Th ta="right">Saldo pokok</Table.Th>
                <Table.Th ta="right">% saldo</Table.Th>
                <Table.Th ta="right">% cadangan</Table.Th>
                <Table.Th ta="right">Cadangan wajib</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.byClass.map((c) => (
                <Table.Tr key={c.code}>
                  <Table.Td>
                    <Text size="sm" fw={600} c={classTextColor(c.provisionBp)}>
                      {c.code} · {c.name}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">{c.count}</Table.Td>
                  <Table.Td ta="right">
                    <Angka sen={c.saldo} />
                  </Table.Td>
                  <Table.Td ta="right">
                    {r.totals.saldo > 0 ? formatPercent((c.saldo / r.totals.saldo) * 100) : '–'}
                  </Table.Td>
                  <Table.Td ta="right">{bpPercent(c.provisionBp)}</Table.Td>
                  <Table.Td ta="right">
                    <Angka sen={c.provision} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th>Jumlah</Table.Th>
                <Table.Th ta="right">{r.totals.count}</Table.Th>
                <Table.Th ta="right">
                  <Angka sen={r.totals.saldo} strong />
                </Table.Th>
                <Table.Th ta="right">{r.totals.saldo > 0 ? '100%' : '–'}</Table.Th>
                <Table.Th />
                <Table.Th ta="right">
                  <Angka sen={r.totals.provision} strong />
                </Table.Th>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
          <Card withBorder maw={420}>
            <Text fw={600} size="sm" mb={4}>
              Ringkasan
            </Text>
            <Group justify="space-between">
              <Text size="sm">Alokasi</Text>
              <Text size="sm">{formatRupiah(r.totals.amount)}</Text>
            </Group>
            <Group justify="space-between">
              <Text size="sm">Tunggakan pokok</Text>
              <Text size="sm">{formatRupiah(r.totals.tunggakanPokok)}</Text>
            </Group>
            <Group justify="space-between">
              <Text size="sm">Tunggakan jasa</Text>
              <Text size="sm">{formatRupiah(r.totals.tunggakanJasa)}</Text>
            </Group>
            <Group justify="space-between">
              <Text size="sm">NPL</Text>
              <Text size="sm">
                {r.totals.saldo > 0
                  ? formatPercent(
                      (r.rows.filter((x) => classOf.get(x.classCode)?.npl).reduce((s, x) => s + x.saldo, 0) /
                        r.totals.saldo) *
                        100,
                    )
                  : '–'}
              </Text>
            </Group>
          </Card>
          <PortfolioChecks r={r} desaLabel={desaId === null ? null : scope} />
          {r.warnings.map((w) => (
            <Alert key={w} color="yellow" variant="light">
              {w}
            </Alert>
          ))}
          <AgingPanel r={r} />
          <KolekSeriesPanel date={validDate} classTableId={tableId} />
          <PortfolioLoanTable r={r} />
        </>
      )}
    </Stack>
  );
}
