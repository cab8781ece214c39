import { Table, Text, TextInput } from '@mantine/core';
import type { KeyboardEvent } from 'react';
import { formatAngka } from '../../shared/format/money';
import type { CountLine } from '../../shared/pemeriksaan/pemeriksaan';
import { NUMBER_STYLES } from './AmountField';

interface Props {
  kind: 'kertas' | 'logam';
  lines: CountLine[];
  /** Typed counts by denomination id ('' = none). */
  draft: Record<number, string>;
  onChange: (denominationId: number, text: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  readOnly: boolean;
}

export function countOf(text: string | undefined): number {
  return text ? Number(text) : 0;
}

/** Pecahan | Jumlah (lembar/keping) | Subtotal, with the total underneath. */
export function DenominationTable({ kind, lines, draft, onChange, onKeyDown, readOnly }: Props) {
  const unit = kind === 'kertas' ? 'lembar' : 'keping';
  const title = kind === 'kertas' ? 'Uang kertas' : 'Uang logam';
  const total = lines.reduce((s, l) => s + l.value * countOf(draft[l.denominationId]), 0);
  return (
    <Table
      withTableBorder
      withColumnBorders
      verticalSpacing={4}
      aria-label={title}
      style={{ fontVariantNumeric: 'tabular-nums' }}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th colSpan={3}>{title}</Table.Th>
        </Table.Tr>
        <Table.Tr>
          <Table.Th ta="right">Pecahan (Rp)</Table.Th>
          <Table.Th ta="right" w={130}>
            Jumlah ({unit})
          </Table.Th>
          <Table.Th ta="right">Subtotal (Rp)</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lines.map((l) => {
          const text = draft[l.denominationId] ?? '';
          return (
            <Table.Tr key={l.denominationId}>
              <Table.Td ta="right" fw={500}>
                {formatAngka(l.value)}
              </Table.Td>
              <Table.Td ta="right" py={readOnly ? undefined : 2}>
                {readOnly ? (
                  countOf(text).toLocaleString('id-ID')
                ) : (
                  <TextInput
                    size="xs"
                    inputMode="numeric"
                    autoComplete="off"
                    maxLength={8}
                    styles={NUMBER_STYLES}
                    aria-label={`Jumlah ${unit} Rp${formatAngka(l.value)}`}
                    data-count-input
                    value={text}
                    placeholder="0"
                    onChange={(e) => onChange(l.denominationId, e.currentTarget.value.replace(/\D/g, ''))}
                    onFocus={(e) => e.currentTarget.select()}
                    onKeyDown={onKeyDown}
                  />
                )}
              </Table.Td>
              <Table.Td ta="right">{formatAngka(l.value * countOf(text), { zero: 'dash' })}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th colSpan={2}>Jumlah {title.toLowerCase()}</Table.Th>
          <Table.Th ta="right">
            <Text fw={700} span data-testid={`total-${kind}`}>
              {formatAngka(total)}
            </Text>
          </Table.Th>
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}
