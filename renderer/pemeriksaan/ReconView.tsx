import { Alert, Box, Table, Text } from '@mantine/core';
import { formatTanggal } from '../../shared/format/date';
import { formatRupiah } from '../../shared/format/money';
import { type BankPart, RECON_RULES } from '../../shared/pemeriksaan/pemeriksaan';

function Row({
  label,
  sen,
  strong,
  total,
}: {
  label: string;
  sen: number | null;
  strong?: boolean;
  total?: boolean;
}) {
  return (
    <Table.Tr
      fw={strong || total ? 700 : undefined}
      style={total ? { borderTop: '1px solid var(--mantine-color-default-border)' } : undefined}
    >
      <Table.Td pl={strong ? undefined : 'lg'}>{label}</Table.Td>
      <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
        {sen === null ? '—' : formatRupiah(sen)}
      </Table.Td>
    </Table.Tr>
  );
}

/** DOMAIN §5: statement A adjusted to A', book B adjusted to B'; reconciled when A' = B'. */
export function ReconView({ bank }: { bank: BankPart }) {
  const side = (s: 'bank' | 'buku') => bank.items.filter((i) => RECON_RULES[i.code].side === s);
  const st = bank.statement;
  const gap = bank.adjustedBank === null ? null : bank.adjustedBank - bank.adjustedBook;
  return (
    <div>
      <Table withRowBorders={false} verticalSpacing={3} aria-label={`Rekonsiliasi ${bank.accountName}`}>
        <Table.Tbody>
          <Row
            label={`A. Saldo menurut rekening koran${st ? ` per ${formatTanggal(st.date)}` : ''}`}
            sen={st?.balance ?? null}
            strong
          />
          {side('bank').map((i) => (
            <Row
              key={i.id}
              label={`${i.amount < 0 ? '−' : '+'} ${RECON_RULES[i.code].label}`}
              sen={Math.abs(i.amount)}
            />
          ))}
          <Row label="A′. Saldo bank disesuaikan" sen={bank.adjustedBank} total />
          <Table.Tr h={16}>
            <Table.Td colSpan={2} p={0} />
          </Table.Tr>
          <Row label="B. Saldo menurut buku" sen={bank.bookBalance} strong />
          {side('buku').map((i) => (
            <Row
              key={i.id}
              label={`${i.amount < 0 ? '−' : '+'} ${RECON_RULES[i.code].label}`}
              sen={Math.abs(i.amount)}
            />
          ))}
          <Row label="B′. Saldo buku disesuaikan" sen={bank.adjustedBook} total />
        </Table.Tbody>
      </Table>
      {gap === null ? (
        <Text size="sm" c="dimmed" mt="xs">
          Isi saldo rekening koran untuk mencocokkan kedua sisi.
        </Text>
      ) : (
        <Box role="status" aria-label={`Status rekonsiliasi ${bank.accountName}`}>
          <Alert
            mt="xs"
            color={gap === 0 ? 'teal' : 'red'}
            title={gap === 0 ? 'Seimbang' : `Belum seimbang (selisih ${formatRupiah(Math.abs(gap))})`}
            role="note"
          >
            {gap === 0
              ? 'Saldo bank disesuaikan sama dengan saldo buku disesuaikan (A′ = B′).'
              : `A′ ${gap > 0 ? 'lebih besar' : 'lebih kecil'} dari B′. Tambahkan penyesuaian yang menjelaskan selisihnya.`}
          </Alert>
        </Box>
      )}
    </div>
  );
}
