import { Badge, Group, Text } from '@mantine/core';
import { IconCheck, IconScale } from '@tabler/icons-react';
import { formatAngka, formatRupiah } from '../../shared/format/money';
import type { LineTotals as Totals } from './journalValues';

const NUM = { fontVariantNumeric: 'tabular-nums', textAlign: 'right', whiteSpace: 'nowrap' } as const;

/** Live sums of the lines and how far they are from balancing. */
export function LineTotals({ totals, amountWidth }: { totals: Totals; amountWidth: number }) {
  const diff = totals.debit - totals.credit;
  const balanced = diff === 0 && totals.debit > 0;
  return (
    <Group justify="space-between" wrap="nowrap" px={4} role="group" aria-label="Jumlah jurnal">
      <Group gap="xs">
        {balanced ? (
          <Badge
            tt="none"
            color="teal"
            variant="light"
            leftSection={<IconCheck size={12} />}
            data-testid="selisih"
          >
            Seimbang
          </Badge>
        ) : (
          <Badge
            tt="none"
            color={diff === 0 ? 'gray' : 'red'}
            variant="light"
            leftSection={<IconScale size={12} />}
            data-testid="selisih"
          >
            {diff === 0
              ? 'Belum ada jumlah'
              : `Selisih ${formatRupiah(Math.abs(diff))}: ${diff > 0 ? 'debit' : 'kredit'} lebih besar`}
          </Badge>
        )}
        {totals.unreadable && (
          <Text size="xs" c="orange.8">
            Ada jumlah yang tidak terbaca; tidak ikut dijumlahkan.
          </Text>
        )}
      </Group>
      <Group gap="sm" wrap="nowrap">
        <Text size="sm" fw={600}>
          Jumlah
        </Text>
        <Text size="sm" fw={700} w={amountWidth} style={NUM} data-testid="jumlah-debit">
          {formatAngka(totals.debit)}
        </Text>
        <Text size="sm" fw={700} w={amountWidth} style={NUM} data-testid="jumlah-kredit">
          {formatAngka(totals.credit)}
        </Text>
        <div style={{ width: 28 }} />
      </Group>
    </Group>
  );
}
