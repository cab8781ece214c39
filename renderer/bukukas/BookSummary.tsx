import { Paper, SimpleGrid, Skeleton, Text } from '@mantine/core';
import { formatRupiah, type Sen } from '../../shared/format/money';
import type { BookHead } from './useBookPages';

function Figure({ label, value, testId }: { label: string; value: Sen | undefined; testId: string }) {
  return (
    <Paper withBorder p="sm" role="group" aria-label={label}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} truncate>
        {label}
      </Text>
      {value === undefined ? (
        <Skeleton h={28} mt={4} />
      ) : (
        <Text
          fw={700}
          mt={2}
          data-testid={testId}
          c={value < 0 ? 'red.7' : undefined}
          title={formatRupiah(value)}
          style={{
            fontSize: 'clamp(0.95rem, 1.55vw, 1.25rem)',
            fontVariantNumeric: 'tabular-nums',
            whiteSpace: 'nowrap',
            overflow: 'hidden',
            textOverflow: 'ellipsis',
          }}
        >
          {formatRupiah(value)}
        </Text>
      )}
    </Paper>
  );
}

/** Saldo awal, masuk, keluar and saldo akhir of the whole period (voided lines left out). */
export function BookSummary({ head }: { head: BookHead | null }) {
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
      <Figure label="Saldo awal periode" value={head?.openingBalance} testId="saldo-awal" />
      <Figure label="Debit / Masuk" value={head?.totalDebit} testId="total-debit" />
      <Figure label="Kredit / Keluar" value={head?.totalCredit} testId="total-kredit" />
      <Figure label="Saldo akhir" value={head?.closingBalance} testId="saldo-akhir" />
    </SimpleGrid>
  );
}
