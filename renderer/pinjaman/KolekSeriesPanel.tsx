import { Grid, Table, Text, Title } from '@mantine/core';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatPercent, formatRupiah } from '../../shared/format/money';
import { useApi } from '../api/useApi';
import { classColor } from './pinjamanUi';

const SHADE: Record<string, string> = {
  teal: '#0ca678',
  yellow: '#f59f00',
  orange: '#f76707',
  red: '#e03131',
};
const monthLabel = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(2, 4)}`;
const pct = (part: number, whole: number) => (whole > 0 ? (part * 100) / whole : 0);

/** Month-end saldo per class, PAR30 and NPL for 24 months, recomputed from the register; chart and table. */
export function KolekSeriesPanel({ date, classTableId }: { date: string; classTableId: number | null }) {
  const series = useApi('loan.kolekSeries', { date, ...(classTableId === null ? {} : { classTableId }) });
  const s = series.data;
  if (!s) return null;
  const classes = s.table.classes;
  const data = s.points.map((p) => ({
    bulan: monthLabel(p.date),
    ...Object.fromEntries(p.byClass.map((c, i) => [classes[i]?.name ?? c.code, c.saldo / 100 / 1_000_000])),
    PAR30: pct(p.par30, p.saldo),
    NPL: pct(p.npl, p.saldo),
  }));
  return (
    <>
      <Title order={2} size="h4">
        Kolektibilitas 24 bulan terakhir
      </Title>
      <Text size="xs" c="dimmed">
        Saldo per kelas pada setiap akhir bulan, dihitung ulang dari register (jadwal dan angsuran yang
        tercatat sekarang) dengan tabel yang sama.
      </Text>
      <Grid>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <div style={{ width: '100%', height: 320 }} role="img" aria-label="Grafik kolektibilitas 24 bulan">
            <ResponsiveContainer>
              <ComposedChart data={data} margin={{ left: 8, right: 8, top: 8 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="bulan" fontSize={11} />
                <YAxis yAxisId="rp" fontSize={11} tickFormatter={(v: number) => `${v} jt`} />
                <YAxis
                  yAxisId="pct"
                  orientation="right"
                  fontSize={11}
                  tickFormatter={(v: number) => `${v}%`}
                />
                <Tooltip
                  formatter={(v, name) =>
                    name === 'PAR30' || name === 'NPL'
                      ? formatPercent(Number(v))
                      : formatRupiah(Math.round(Number(v) * 1_000_000) * 100)
                  }
                />
                <Legend />
                {classes.map((c) => (
                  <Bar
                    key={c.code}
                    yAxisId="rp"
                    dataKey={c.name}
                    stackId="kelas"
                    fill={SHADE[classColor(c.provisionBp)]}
                  />
                ))}
                <Line
                  yAxisId="pct"
                  type="monotone"
                  dataKey="PAR30"
                  stroke="#1c7ed6"
                  strokeWidth={2}
                  dot={false}
                />
                <Line
                  yAxisId="pct"
                  type="monotone"
                  dataKey="NPL"
                  stroke="#862e9c"
                  strokeWidth={2}
                  dot={false}
                />
              </ComposedChart>
            </ResponsiveContainer>
          </div>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Table.ScrollContainer
            minWidth={560}
            mah={320}
            scrollAreaProps={{ viewportProps: { tabIndex: 0 } }}
          >
            <Table
              striped
              withTableBorder
              fz="xs"
              verticalSpacing={2}
              aria-label="Kolektibilitas per akhir bulan"
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Akhir bulan</Table.Th>
                  {classes.map((c) => (
                    <Table.Th key={c.code} ta="right">
                      {c.name}
                    </Table.Th>
                  ))}
                  <Table.Th ta="right">PAR30</Table.Th>
                  <Table.Th ta="right">NPL</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...s.points].reverse().map((p) => (
                  <Table.Tr key={p.date}>
                    <Table.Td>{monthLabel(p.date)}</Table.Td>
                    {p.byClass.map((c) => (
                      <Table.Td key={c.code} ta="right">
                        {formatRupiah(c.saldo)}
                      </Table.Td>
                    ))}
                    <Table.Td ta="right">{p.saldo > 0 ? formatPercent(pct(p.par30, p.saldo)) : '–'}</Table.Td>
                    <Table.Td ta="right">{p.saldo > 0 ? formatPercent(pct(p.npl, p.saldo)) : '–'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Grid.Col>
      </Grid>
    </>
  );
}
