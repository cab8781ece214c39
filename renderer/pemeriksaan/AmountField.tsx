import { Text, TextInput, type TextInputProps } from '@mantine/core';
import { formatRupiah, parseRupiah } from '../../shared/format/money';

export const NUMBER_STYLES = { input: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } } as const;

/**
 * Rupiah typed the Indonesian way (`2.500.000`, `Rp 1.250.000,50`); sent to main as typed. The
 * description shows how it reads, so a misplaced dot is seen before saving.
 */
export function AmountField({
  value = '',
  description,
  ...props
}: Omit<TextInputProps, 'value'> & { value?: string }) {
  const parsed = value.trim() === '' ? null : parseRupiah(value, { allowNegative: false });
  let shown = description;
  if (parsed?.ok) shown = formatRupiah(parsed.sen);
  else if (parsed)
    shown = (
      <Text span size="xs" c="orange.8">
        {parsed.message}
      </Text>
    );
  return (
    <TextInput
      inputMode="decimal"
      autoComplete="off"
      styles={NUMBER_STYLES}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      {...props}
      value={value}
      description={shown}
    />
  );
}
