import { Badge } from '@mantine/core';
import type { CSSProperties } from 'react';
import { formatJam, formatTanggalAngka } from '../../shared/format/date';
import { formatAngka, type Sen } from '../../shared/format/money';
import type { BookRow } from '../../shared/ledger/books';
import classes from './bookTable.module.css';

export function amountText(sen: Sen): string {
  return sen === 0 ? '' : formatAngka(sen);
}

export function Saldo({ sen }: { sen: Sen }) {
  return <td className={`${classes.num} ${sen < 0 ? classes.negative : ''}`}>{formatAngka(sen)}</td>;
}

interface Props {
  id: string;
  row: BookRow;
  bku: boolean;
  rowIndex: number;
  selected: boolean;
  style: CSSProperties;
  onClick: () => void;
}

/** One line of the book. A voided line is struck through and dimmed, with a "Batal" badge. */
export function BookRowView({ id, row, bku, rowIndex, selected, style, onClick }: Props) {
  return (
    <tr
      id={id}
      aria-rowindex={rowIndex}
      aria-selected={selected}
      className={`${classes.row} ${row.voided ? classes.voided : ''}`}
      style={style}
      onClick={onClick}
      data-entry-id={row.entryId}
    >
      <td className={`${classes.cell} ${classes.strike}`}>
        <span className={classes.dateMain}>{formatTanggalAngka(row.date)}</span>
        <span className={classes.small}>{formatJam(row.time)}</span>
      </td>
      <td className={`${classes.cell} ${classes.strike}`} title={row.bukti}>
        {row.bukti}
      </td>
      <td className={classes.cell}>
        <span style={{ display: 'flex', alignItems: 'center', gap: 6, minWidth: 0 }}>
          <span className={`${classes.cell} ${classes.strike}`} title={row.description}>
            {row.description}
          </span>
          {row.voided && (
            <Badge size="xs" color="gray" variant="outline" style={{ flexShrink: 0 }}>
              Batal
            </Badge>
          )}
        </span>
      </td>
      {bku && (
        <td className={`${classes.cell} ${classes.strike}`} title={row.accountName}>
          {row.accountName}
        </td>
      )}
      <td className={classes.num}>{amountText(row.debit)}</td>
      <td className={classes.num}>{amountText(row.credit)}</td>
      <Saldo sen={row.balance} />
    </tr>
  );
}
