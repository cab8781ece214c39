import { Table, Text, Title } from '@mantine/core';
import { formatPercent } from '../../shared/format/money';
import { type Aging, agingByDesa, agingOf } from '../../shared/pinjaman/aging';
import type { PortfolioReport } from '../../shared/pinjaman/loans';
import { Angka } from './pinjamanUi';

function Bucket({ count, saldo, total }: { count: number; saldo: number; total: number }) {
  return (
    <>
      <Angka sen={saldo} />
      <Text size="xs" c="dimmed">
        {count} pinj. · {total > 0 ? formatPercent((saldo / total) * 100) : '–'}
      </Text>
    </>
  );
}

function Row({ name, a, strong = false }: { name: string; a: Aging; strong?: boolean }) {
  return (
    <Table.Tr fw={strong ? 700 : undefined}>
      <Table.Td>{name}</Table.Td>
      <Table.Td ta="right">
        <Angka sen={a.total.saldo} strong={strong} />
      </Table.Td>
      {[...a.par, ...a.byInstalments].map((b) => (
        <Table.Td key={b.label} ta="right">
          <Bucket count={b.count} saldo={b.saldo} total={a.total.saldo} />
        </Table.Td>
      ))}
    </Table.Tr>
  );
}

/** PAR1/30/60/90 by days and arrears by instalments, per desa and in total. */
export function AgingPanel({ r }: { r: PortfolioReport }) {
  const all = agingOf(r.rows);
  return (
    <>
      <Title order={2} size="h4">
        Umur tunggakan
      </Title>
      <Table.ScrollContainer minWidth={1080} scrollAreaProps={{ viewportProps: { tabIndex: 0 } }}>
        <Table withTableBorder striped verticalSpacing={4} fz="sm" aria-label="Umur tunggakan">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Desa</Table.Th>
              <Table.Th ta="right">Saldo pokok</Table.Th>
              {all.par.map((p) => (
                <Table.Th key={p.label} ta="right">
                  {p.label}
                </Table.Th>
              ))}
              {all.byInstalments.map((b) => (
                <Table.Th key={b.label} ta="right">
                  Tunggak {b.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {agingByDesa(r.rows).map((g) => (
              <Row key={g.desaId} name={g.desaName} a={g.aging} />
            ))}
            <Row name="Jumlah" a={all} strong />
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed">
        PARn: saldo pinjaman yang terlambat sedikitnya n hari sejak angsuran tertua yang belum lunas.
        Tunggakan menurut angsuran: tunggakan pokok ÷ angsuran pokok, dibulatkan ke atas.
      </Text>
    </>
  );
}
