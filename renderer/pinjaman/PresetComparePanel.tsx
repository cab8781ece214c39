import { Alert, Badge, Group, Loader, Select, Switch, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { formatTanggal, isIsoDate } from '../../shared/format/date';
import { arrearsRatioText, periodTermText } from '../../shared/pinjaman/kolektibilitas';
import type { PortfolioReport, PortfolioRow } from '../../shared/pinjaman/loans';
import { useApi } from '../api/useApi';
import { useOfficeClock } from '../bukukas/clock';
import { DateField } from '../common/DateField';
import { Angka, classTextColor } from './pinjamanUi';

function ClassCell({ r, report }: { r: PortfolioRow | undefined; report: PortfolioReport | undefined }) {
  const c = report?.table.classes.find((x) => x.code === r?.classCode);
  if (!r || !c) return <Table.Td>–</Table.Td>;
  return (
    <Table.Td>
      <Text size="sm" fw={600} c={classTextColor(c.provisionBp)}>
        {c.name}
      </Text>
      <Text size="xs" c="dimmed">
        nilai {r.classValue}
      </Text>
    </Table.Td>
  );
}

/**
 * The same portfolio on one date under two class tables, loan by loan, with the loans they class
 * differently highlighted and the numbers behind both (e.g. why SIDBM says Diragukan). Nothing is saved.
 */
export function PresetComparePanel() {
  const clock = useOfficeClock();
  const [date, setDate] = useState(clock.today());
  const tables = useApi('classTable.list', {});
  const list = tables.data?.tables ?? [];
  const [a, setA] = useState<number | null>(null);
  const [b, setB] = useState<number | null>(null);
  const [onlyDiff, setOnlyDiff] = useState(true);
  const validDate = isIsoDate(date) ? date : clock.today();
  const left = a ?? tables.data?.currentId ?? null;
  const right = b ?? list.find((t) => t.name === 'SIDBM (v1)')?.id ?? null;
  const ra = useApi('loan.portfolio', { date: validDate, ...(left === null ? {} : { classTableId: left }) });
  const rb = useApi('loan.portfolio', {
    date: validDate,
    ...(right === null ? {} : { classTableId: right }),
  });
  const byLoan = new Map((rb.data?.rows ?? []).map((r) => [r.loanId, r]));
  const nameOf = (rep: PortfolioReport | undefined, code: string | undefined) =>
    rep?.table.classes.find((c) => c.code === code)?.name;
  const rows = (ra.data?.rows ?? []).map((x) => {
    const y = byLoan.get(x.loanId);
    return { x, y, differs: nameOf(ra.data, x.classCode) !== nameOf(rb.data, y?.classCode) };
  });
  const shown = onlyDiff ? rows.filter((r) => r.differs) : rows;
  const options = list.map((t) => ({ value: String(t.id), label: `${t.name} · #${t.id}` }));
  const sidbm = [ra.data, rb.data].some((r) => r?.table.basis === 'sidbm' || r?.table.basis === 'sidbm_next');
  return (
    <>
      <Group align="flex-end">
        <DateField label="Per tanggal" w={180} value={date} onChange={setDate} />
        <Select
          label="Tabel A"
          w={280}
          data={options}
          value={left === null ? null : String(left)}
          onChange={(v) => setA(v ? Number(v) : null)}
          allowDeselect={false}
        />
        <Select
          label="Tabel B"
          w={280}
          data={options}
          value={right === null ? null : String(right)}
          onChange={(v) => setB(v ? Number(v) : null)}
          allowDeselect={false}
        />
        <Switch
          label="Hanya yang berbeda"
          checked={onlyDiff}
          onChange={(e) => setOnlyDiff(e.currentTarget.checked)}
        />
        {(ra.loading || rb.loading) && <Loader size="sm" />}
      </Group>
      {(ra.error || rb.error) && <Alert color="red">{ra.error ?? rb.error}</Alert>}
      {ra.data && rb.data && (
        <>
          <Text size="sm">
            Posisi akhir {formatTanggal(validDate)}: {rows.filter((r) => r.differs).length} dari {rows.length}{' '}
            pinjaman digolongkan berbeda oleh «{ra.data.table.name}» dan «{rb.data.table.name}». Tabel kantor
            tidak berubah.
          </Text>
          <Table.ScrollContainer minWidth={1000} scrollAreaProps={{ viewportProps: { tabIndex: 0 } }}>
            <Table withTableBorder verticalSpacing={4} fz="sm" aria-label="Perbandingan tabel kolektibilitas">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Nomor</Table.Th>
                  <Table.Th>Kelompok</Table.Th>
                  <Table.Th ta="right">Saldo</Table.Th>
                  <Table.Th ta="right">Tunggakan pokok</Table.Th>
                  <Table.Th ta="right">Hari</Table.Th>
                  <Table.Th ta="right">Angs. (bulat ke atas)</Table.Th>
                  {sidbm && <Table.Th ta="right">Tgk ÷ angs.</Table.Th>}
                  {sidbm && <Table.Th ta="right">Bln − angs. ke</Table.Th>}
                  <Table.Th>A: {ra.data.table.name}</Table.Th>
                  <Table.Th>B: {rb.data.table.name}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map(({ x, y, differs }) => (
                  <Table.Tr key={x.loanId} bg={differs ? 'yellow.0' : undefined} data-differs={differs}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {x.number}
                      {differs && (
                        <Badge ml={6} size="xs" color="yellow" variant="filled">
                          berbeda
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{x.kelompokName}</Table.Td>
                    <Table.Td ta="right">
                      <Angka sen={x.saldo} />
                    </Table.Td>
                    <Table.Td ta="right">
                      <Angka sen={x.tunggakanPokok} />
                    </Table.Td>
                    <Table.Td ta="right">{x.daysPastDue}</Table.Td>
                    <Table.Td ta="right">{x.instalmentsInArrears}</Table.Td>
                    {sidbm && <Table.Td ta="right">{arrearsRatioText(x)}</Table.Td>}
                    {sidbm && (
                      <Table.Td ta="right">
                        {periodTermText(x)}
                        {x.frequency === 'mingguan' ? ' mg' : ''}
                      </Table.Td>
                    )}
                    <ClassCell r={x} report={ra.data} />
                    <ClassCell r={y} report={rb.data} />
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {shown.length === 0 && (
            <Text size="sm" c="dimmed">
              Kedua tabel menggolongkan semua pinjaman sama.
            </Text>
          )}
        </>
      )}
    </>
  );
}
