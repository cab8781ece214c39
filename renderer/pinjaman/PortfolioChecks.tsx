import { Card, Group, SimpleGrid, Text } from '@mantine/core';
import { formatRupiah } from '../../shared/format/money';
import type { PortfolioReport } from '../../shared/pinjaman/loans';

export function Compare({
  label,
  left,
  right,
  leftLabel,
  rightLabel,
  ok,
  note,
}: {
  label: string;
  left: number;
  right: number;
  leftLabel: string;
  rightLabel: string;
  ok: boolean;
  note: string;
}) {
  return (
    <Card withBorder aria-label={label}>
      <Text fw={600} size="sm" mb={4}>
        {label}
      </Text>
      <Group justify="space-between">
        <Text size="sm">{leftLabel}</Text>
        <Text size="sm">{formatRupiah(left)}</Text>
      </Group>
      <Group justify="space-between">
        <Text size="sm">{rightLabel}</Text>
        <Text size="sm">{formatRupiah(right)}</Text>
      </Group>
      <Group justify="space-between" mt={4}>
        <Text size="sm" fw={700} c={ok ? 'teal' : 'red'}>
          {note}
        </Text>
        <Text size="sm" fw={700} c={ok ? 'teal' : 'red'}>
          {formatRupiah(Math.abs(left - right))}
        </Text>
      </Group>
    </Card>
  );
}

/**
 * Journal against register, like with like: the journal's piutang (office-wide, the journal has no desa)
 * beside the whole register and, for one desa, that desa's register sum as a third, separate number.
 * The provision is compared office-wide too.
 */
export function PortfolioChecks({ r, desaLabel }: { r: PortfolioReport; desaLabel: string | null }) {
  const gap = r.receivableInBooks - r.office.saldo;
  const provisionOk = r.provisionBooked >= r.office.provision;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} maw={1100}>
      <Card withBorder aria-label="Piutang: jurnal dan register">
        <Text fw={600} size="sm" mb={4}>
          Piutang: jurnal dan register
        </Text>
        <Group justify="space-between">
          <Text size="sm">Piutang menurut jurnal (seluruh kantor)</Text>
          <Text size="sm">{formatRupiah(r.receivableInBooks)}</Text>
        </Group>
        <Group justify="space-between">
          <Text size="sm">Saldo menurut register, seluruh desa</Text>
          <Text size="sm">{formatRupiah(r.office.saldo)}</Text>
        </Group>
        <Group justify="space-between" mt={4}>
          <Text size="sm" fw={700} c={gap === 0 ? 'teal' : 'red'}>
            {gap === 0 ? 'Sama' : 'Berbeda'}
          </Text>
          <Text size="sm" fw={700} c={gap === 0 ? 'teal' : 'red'}>
            {formatRupiah(Math.abs(gap))}
          </Text>
        </Group>
        {desaLabel !== null && (
          <Group
            justify="space-between"
            mt={4}
            pt={4}
            style={{ borderTop: '1px dashed var(--mantine-color-gray-4)' }}
          >
            <Text size="sm">Saldo menurut register, {desaLabel}</Text>
            <Text size="sm">{formatRupiah(r.totals.saldo)}</Text>
          </Group>
        )}
      </Card>
      <Compare
        label="Cadangan penghapusan (seluruh kantor)"
        leftLabel="Cadangan dibukukan"
        rightLabel="Cadangan wajib"
        left={r.provisionBooked}
        right={r.office.provision}
        ok={provisionOk}
        note={provisionOk ? 'Cukup' : 'Kurang'}
      />
    </SimpleGrid>
  );
}
