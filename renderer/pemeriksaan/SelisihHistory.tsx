import { Card, Stack, Table, Text, Title } from '@mantine/core';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatTanggalAngka } from '../../shared/format/date';
import { formatRupiah } from '../../shared/format/money';
import { useApi } from '../api/useApi';

const COLORS = ['#0ca678', '#1c7ed6', '#f08c00', '#ae3ec9'];

/** The difference (fisik − buku) of every cash account in every final examination, over time. */
export function SelisihHistory() {
  const { data } = useApi('exam.history', {});
  if (!data) return null;
  const accounts = [...new Set(data.map((p) => p.accountName))];
  const byExam = new Map<number, Record<string, number | string>>();
  for (const p of data) {
    const row = byExam.get(p.examId) ?? { date: formatTanggalAngka(p.date), number: p.number };
    row[p.accountName] = p.difference / 100;
    byExam.set(p.examId, row);
  }
  return (
    <Card withBorder component="section" aria-label="Riwayat selisih">
      <Stack gap="xs">
        <Title order={2} size="h4">
          Riwayat selisih kas
        </Title>
        {data.length === 0 ? (
          <Text size="sm" c="dimmed">
            Belum ada pemeriksaan yang final. Selisih setiap pemeriksaan akan tampil di sini.
          </Text>
        ) : (
          <>
            <div style={{ width: '100%', height: 220 }}>
              <ResponsiveContainer>
                <LineChart data={[...byExam.values()]} margin={{ left: 24, right: 16, top: 8 }}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="date" />
                  <YAxis tickFormatter={(v: number) => formatRupiah(v * 100)} width={110} />
                  <Tooltip formatter={(v) => formatRupiah(Math.round(Number(v) * 100))} />
                  <ReferenceLine y={0} stroke="#868e96" />
                  <Legend />
                  {accounts.map((name, i) => (
                    <Line
                      key={name}
                      type="monotone"
                      dataKey={name}
                      stroke={COLORS[i % COLORS.length]}
                      strokeWidth={2}
                      dot
                    />
                  ))}
                </LineChart>
              </ResponsiveContainer>
            </div>
            <Table aria-label="Selisih per pemeriksaan" fz="sm" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Tanggal</Table.Th>
                  <Table.Th>Nomor</Table.Th>
                  <Table.Th>Kas</Table.Th>
                  <Table.Th ta="right">Saldo buku</Table.Th>
                  <Table.Th ta="right">Kas fisik</Table.Th>
                  <Table.Th ta="right">Selisih</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.map((p) => (
                  <Table.Tr key={`${p.examId}-${p.accountId}`}>
                    <Table.Td>{formatTanggalAngka(p.date)}</Table.Td>
                    <Table.Td>{p.number}</Table.Td>
                    <Table.Td>{p.accountName}</Table.Td>
                    <Table.Td ta="right">{formatRupiah(p.book)}</Table.Td>
                    <Table.Td ta="right">{formatRupiah(p.physical)}</Table.Td>
                    <Table.Td ta="right" c={p.difference === 0 ? 'teal.8' : 'red.8'}>
                      {formatRupiah(p.difference)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
      </Stack>
    </Card>
  );
}
