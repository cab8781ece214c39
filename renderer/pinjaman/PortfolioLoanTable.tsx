import { Anchor, Table, Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import { formatPercent } from '../../shared/format/money';
import { arrearsRatioText, periodTermText } from '../../shared/pinjaman/kolektibilitas';
import type { PortfolioReport, PortfolioRow } from '../../shared/pinjaman/loans';
import { Angka, classTextColor } from './pinjamanUi';

/** Every loan of the portfolio with its class, the numbers that decided it and its provision. */
export function PortfolioLoanTable({ r }: { r: PortfolioReport }) {
  const classOf = new Map(r.table.classes.map((c) => [c.code, c]));
  const sidbm = r.table.basis === 'sidbm' || r.table.basis === 'sidbm_next';
  const cols = sidbm ? 14 : 12;
  return (
    <>
      <Title order={2} size="h4">
        Rincian per pinjaman (LPP)
      </Title>
      {r.rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          Tidak ada pinjaman beredar pada tanggal ini.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={sidbm ? 1280 : 1140}>
          <Table striped withTableBorder verticalSpacing={4} aria-label="Rincian pinjaman" fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Nomor</Table.Th>
                <Table.Th>Kelompok</Table.Th>
                <Table.Th ta="right">Alokasi</Table.Th>
                <Table.Th ta="right">Saldo</Table.Th>
                <Table.Th ta="right">% saldo</Table.Th>
                <Table.Th ta="right">Tgk. pokok</Table.Th>
                <Table.Th ta="right">Tgk. jasa</Table.Th>
                <Table.Th ta="right">Angs.</Table.Th>
                <Table.Th ta="right">Hari</Table.Th>
                {sidbm && <Table.Th ta="right">Tgk ÷ angs.</Table.Th>}
                {sidbm && <Table.Th ta="right">Bln − angs. ke</Table.Th>}
                <Table.Th ta="right">Nilai</Table.Th>
                <Table.Th>Kelas</Table.Th>
                <Table.Th ta="right">Cadangan</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.rows.map((x, i) => {
                const c = classOf.get(x.classCode);
                const first = r.rows[i - 1]?.desaId !== x.desaId;
                const last = r.rows[i + 1]?.desaId !== x.desaId;
                const desaRows = last ? r.rows.filter((y) => y.desaId === x.desaId) : [];
                const total = (pick: (y: PortfolioRow) => number) =>
                  desaRows.reduce((s, y) => s + pick(y), 0);
                return (
                  <Fragment key={x.loanId}>
                    {first && (
                      <Table.Tr>
                        <Table.Td colSpan={cols} fw={700} c="dimmed">
                          Desa {x.desaName}
                        </Table.Td>
                      </Table.Tr>
                    )}
                    <Table.Tr>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <Anchor href={`#/dana-bergulir/${x.loanId}`} size="sm">
                          {x.number}
                        </Anchor>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{x.kelompokName}</Table.Td>
                      <Table.Td ta="right">
                        <Angka sen={x.amount} />
                      </Table.Td>
                      <Table.Td ta="right">
                        <Angka sen={x.saldo} />
                      </Table.Td>
                      <Table.Td ta="right">
                        {x.amount > 0 ? formatPercent((x.saldo / x.amount) * 100, 0) : '–'}
                      </Table.Td>
                      <Table.Td ta="right">
                        <Angka sen={x.tunggakanPokok} />
                      </Table.Td>
                      <Table.Td ta="right">
                        <Angka sen={x.tunggakanJasa} />
                      </Table.Td>
                      <Table.Td ta="right">{x.instalmentsInArrears}</Table.Td>
                      <Table.Td ta="right">{x.daysPastDue}</Table.Td>
                      {sidbm && <Table.Td ta="right">{arrearsRatioText(x)}</Table.Td>}
                      {sidbm && (
                        <Table.Td ta="right">
                          {periodTermText(x)}
                          {x.frequency === 'mingguan' ? ' mg' : ''}
                        </Table.Td>
                      )}
                      <Table.Td ta="right" fw={700}>
                        {x.classValue}
                      </Table.Td>
                      <Table.Td>
                        <Text
                          size="sm"
                          c={c ? classTextColor(c.provisionBp) : undefined}
                          fw={600}
                          style={{ whiteSpace: 'nowrap' }}
                        >
                          {c?.name ?? x.classCode}
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right">
                        <Angka sen={x.provision} />
                      </Table.Td>
                    </Table.Tr>
                    {last && (
                      <Table.Tr fw={700} bg="gray.1">
                        <Table.Td colSpan={2}>Jumlah desa {x.desaName}</Table.Td>
                        <Table.Td ta="right">
                          <Angka sen={total((y) => y.amount)} strong />
                        </Table.Td>
                        <Table.Td ta="right">
                          <Angka sen={total((y) => y.saldo)} strong />
                        </Table.Td>
                        <Table.Td />
                        <Table.Td ta="right">
                          <Angka sen={total((y) => y.tunggakanPokok)} strong />
                        </Table.Td>
                        <Table.Td ta="right">
                          <Angka sen={total((y) => y.tunggakanJasa)} strong />
                        </Table.Td>
                        <Table.Td colSpan={cols - 8} />
                        <Table.Td ta="right">
                          <Angka sen={total((y) => y.provision)} strong />
                        </Table.Td>
                      </Table.Tr>
                    )}
                  </Fragment>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}
