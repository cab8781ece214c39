import { Badge, type BadgeProps, Text } from '@mantine/core';
import { formatAngka, formatPercent, type Sen } from '../../shared/format/money';
import type { KolekClass } from '../../shared/pinjaman/kolektibilitas';
import { LOAN_STATUS_LABELS, type LoanStatusCode } from '../../shared/pinjaman/loans';

/** Colour of a kolektibilitas class by how much provision it needs: green for none, red for all. */
export function classColor(provisionBp: number): string {
  if (provisionBp <= 0) return 'teal';
  if (provisionBp < 1500) return 'yellow';
  if (provisionBp < 5000) return 'orange';
  return 'red';
}

/** The class colour for text on white: one shade darker so yellow stays readable. */
export function classTextColor(provisionBp: number): string {
  return `${classColor(provisionBp)}.8`;
}

export function ClassBadge({ kolek, ...props }: { kolek: KolekClass | null } & BadgeProps) {
  if (!kolek)
    return (
      <Text span size="sm" c="dimmed">
        –
      </Text>
    );
  return (
    <Badge
      variant={kolek.provisionBp >= 10_000 ? 'filled' : 'light'}
      color={classColor(kolek.provisionBp)}
      tt="none"
      miw="max-content"
      {...props}
    >
      {kolek.name}
    </Badge>
  );
}

const STATUS_COLORS: Record<LoanStatusCode, string> = {
  usulan: 'gray',
  diverifikasi: 'blue',
  disetujui: 'indigo',
  aktif: 'teal',
  lunas: 'green',
  dihapus: 'red',
  dijadwal_ulang: 'grape',
  ditolak: 'dark',
};

export function LoanStatusBadge({ status, ...props }: { status: LoanStatusCode } & BadgeProps) {
  return (
    <Badge variant="outline" color={STATUS_COLORS[status]} tt="none" miw="max-content" {...props}>
      {LOAN_STATUS_LABELS[status]}
    </Badge>
  );
}

/** Basis points as a percentage: 150 → `1,5%`, 10000 → `100%`. */
export function bpPercent(bp: number): string {
  return formatPercent(bp / 100, bp % 100 === 0 ? 0 : bp % 10 === 0 ? 1 : 2);
}

/** A percentage typed the Indonesian way (`1,5`) as basis points, or NaN. */
export function percentToBp(text: string | number): number {
  const s = String(text).trim().replace('%', '').replace(',', '.');
  if (s === '' || !/^\d+(\.\d+)?$/.test(s)) return Number.NaN;
  return Math.round(Number(s) * 100);
}

export function bpToPercentText(bp: number): string {
  return String(bp / 100).replace('.', ',');
}

/** A money column: right-aligned digits without "Rp". */
export function Angka({ sen, strong }: { sen: Sen; strong?: boolean }) {
  return (
    <Text span size="sm" fw={strong ? 700 : undefined} style={{ fontVariantNumeric: 'tabular-nums' }}>
      {formatAngka(sen)}
    </Text>
  );
}

/** Sen as the text an AmountField shows (`1.250.000`, `0`). */
export function senText(sen: Sen): string {
  return formatAngka(sen);
}
