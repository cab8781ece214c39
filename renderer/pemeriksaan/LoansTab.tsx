import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { formatRupiah } from '../../shared/format/money';
import type { Examination, ExamLoanSection } from '../../shared/pemeriksaan/pemeriksaan';
import { sendForm } from '../common/forms';

/** The findings the loan section suggests: a register that disagrees with the books, a provision short. */
function suggestions(loans: ExamLoanSection): { kondisi: string; rekomendasi: string; amount: number }[] {
  const out = [];
  if (loans.difference !== 0) {
    out.push({
      kondisi: `Saldo piutang pinjaman menurut jurnal ${formatRupiah(loans.receivableInBooks)} berbeda dengan register pinjaman ${formatRupiah(loans.registerSaldo)} (selisih ${formatRupiah(loans.difference)}).`,
      rekomendasi: 'Rekonsiliasi data pinjaman ke neraca; bukukan angsuran/pencairan yang belum dicatat.',
      amount: Math.abs(loans.difference),
    });
  }
  const short = loans.provisionRequired - loans.provisionBooked;
  if (short > 0) {
    out.push({
      kondisi: `Cadangan penghapusan yang dibukukan ${formatRupiah(loans.provisionBooked)} kurang dari yang wajib menurut kolektibilitas ${formatRupiah(loans.provisionRequired)}.`,
      rekomendasi: 'Bentuk cadangan penghapusan sesuai tabel kolektibilitas (beban penyisihan).',
      amount: short,
    });
  }
  return out;
}

export function LoansTab({ exam, readOnly }: { exam: Examination; readOnly: boolean }) {
  const loans = exam.loans;
  if (!loans)
    return <Text c="dimmed">Belum ada pinjaman dana bergulir di register; bagian ini tidak berlaku.</Text>;
  const taken = new Set(exam.findings.map((f) => f.kondisi));
  return (
    <Stack maw={900}>
      <Text size="sm" c="dimmed">
        Per akhir tanggal pemeriksaan · {loans.tableName}. Dicetak sebagai Lampiran III berita acara.
      </Text>
      <Table aria-label="Piutang pinjaman: jurnal dan register" withTableBorder>
        <Table.Tbody>
          <Table.Tr>
            <Table.Td>Piutang pinjaman menurut jurnal</Table.Td>
            <Table.Td ta="right">{formatRupiah(loans.receivableInBooks)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Td>Saldo pokok menurut register ({loans.loanCount} pinjaman)</Table.Td>
            <Table.Td ta="right">{formatRupiah(loans.registerSaldo)}</Table.Td>
          </Table.Tr>
          <Table.Tr fw={700} c={loans.difference === 0 ? 'teal' : 'red'}>
            <Table.Td>Selisih</Table.Td>
            <Table.Td ta="right">{formatRupiah(loans.difference)}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <Table aria-label="Kolektibilitas" striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Kelas</Table.Th>
            <Table.Th ta="right">Pinjaman</Table.Th>
            <Table.Th ta="right">Saldo pokok</Table.Th>
            <Table.Th ta="right">Cadangan wajib</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {loans.byClass.map((c) => (
            <Table.Tr key={c.code}>
              <Table.Td>{c.name}</Table.Td>
              <Table.Td ta="right">{c.count}</Table.Td>
              <Table.Td ta="right">{formatRupiah(c.saldo)}</Table.Td>
              <Table.Td ta="right">{formatRupiah(c.provision)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm">
        Cadangan dibukukan {formatRupiah(loans.provisionBooked)} · wajib{' '}
        {formatRupiah(loans.provisionRequired)} · tunggakan pokok {formatRupiah(loans.tunggakanPokok)}, jasa{' '}
        {formatRupiah(loans.tunggakanJasa)}
      </Text>
      {!readOnly &&
        suggestions(loans)
          .filter((s) => !taken.has(s.kondisi))
          .map((s) => (
            <Alert key={s.kondisi} color="orange" title="Usulan temuan">
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Text size="sm">{s.kondisi}</Text>
                <Button
                  size="compact-sm"
                  onClick={() =>
                    void sendForm(null, 'exam.addFinding', { id: exam.id, ...s }, 'Temuan ditambahkan.')
                  }
                >
                  Jadikan temuan
                </Button>
              </Group>
            </Alert>
          ))}
    </Stack>
  );
}
