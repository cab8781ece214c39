import { Text, TextInput, type TextInputProps } from '@mantine/core';
import { formatRupiah, parseRupiah } from '../../shared/format/money';
import { terbilangRupiah } from '../../shared/format/terbilang';

interface Props extends Omit<TextInputProps, 'value'> {
  value: string;
  /** Also spell the amount out (terbilang) under the field. */
  withTerbilang?: boolean;
}

export const AMOUNT_STYLES = { input: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } } as const;

/**
 * An amount typed the Indonesian way (`1.250.000`, `Rp 1.250.000,50`). The text goes to main as
 * typed; the field shows how it reads, so a misplaced dot is seen before saving (once main has
 * answered, its message under the field takes over).
 */
export function AmountInput({ value, withTerbilang, description, ...props }: Props) {
  const parsed = value.trim() === '' ? null : parseRupiah(value, { allowNegative: false });
  let shown = description;
  if (parsed?.ok) {
    shown = withTerbilang
      ? `${formatRupiah(parsed.sen)} · ${terbilangRupiah(parsed.sen, { casing: 'sentence' })}`
      : formatRupiah(parsed.sen);
  } else if (parsed && !props.error) {
    shown = (
      <Text span size="xs" c="orange.8">
        {parsed.message}
      </Text>
    );
  }
  return (
    <TextInput
      inputMode="decimal"
      autoComplete="off"
      styles={AMOUNT_STYLES}
      {...props}
      value={value}
      description={shown}
    />
  );
}
