import { SimpleGrid, Text } from '@mantine/core';
import { formatTanggal } from '../../shared/format/date';
import { formatRupiah } from '../../shared/format/money';
import type { CashPart } from '../../shared/pemeriksaan/pemeriksaan';

function Figure({ label, value, strong }: { label: string; value: string; strong?: boolean }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={strong ? 700 : 500} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
    </div>
  );
}

/** The book side at the examination instant, from the journal (never typed). */
export function BookComponents({ cash }: { cash: CashPart }) {
  const { book } = cash;
  return (
    <SimpleGrid cols={5} role="group" aria-label="Saldo menurut buku">
      <Figure
        label={`Saldo awal periode (${formatTanggal(book.periodStart)})`}
        value={formatRupiah(book.opening)}
      />
      <Figure label="+ Penerimaan" value={formatRupiah(book.receipts)} />
      <Figure label="− Pengeluaran" value={formatRupiah(book.payments)} />
      <Figure label="= Saldo menurut buku" value={formatRupiah(book.balance)} strong />
      <Figure label="Bukti terakhir" value={book.lastBukti ?? '—'} />
    </SimpleGrid>
  );
}
