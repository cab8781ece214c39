import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatRupiah } from '../../shared/format/money';
import { RemoveItemButton } from './RemoveItemButton';

export interface ItemRow {
  id: number;
  label: ReactNode;
  description: string;
  amount: number;
}

/** The lines an examiner added (non-cash items, explanations, reconciliation items), removable while draft. */
export function ItemRows({
  ariaLabel,
  examId,
  kind,
  rows,
  readOnly,
  labelWidth,
  footer,
}: {
  ariaLabel: string;
  examId: number;
  kind: 'nonCash' | 'explanation' | 'recon';
  rows: ItemRow[];
  readOnly: boolean;
  labelWidth: number;
  /** A totals row under the lines: its label and amount. */
  footer?: { label: string; amount: number };
}) {
  if (rows.length === 0) return null;
  return (
    <Table verticalSpacing={4} aria-label={ariaLabel}>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.id}>
            <Table.Td w={labelWidth}>{r.label}</Table.Td>
            <Table.Td>{r.description}</Table.Td>
            <Table.Td ta="right" w={170} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {formatRupiah(r.amount)}
            </Table.Td>
            {!readOnly && (
              <Table.Td w={48}>
                <RemoveItemButton examId={examId} kind={kind} itemId={r.id} what={r.description} />
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
      {footer && (
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th colSpan={2}>{footer.label}</Table.Th>
            <Table.Th ta="right">{formatRupiah(footer.amount)}</Table.Th>
            {!readOnly && <Table.Th />}
          </Table.Tr>
        </Table.Tfoot>
      )}
    </Table>
  );
}
