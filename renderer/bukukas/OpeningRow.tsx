import type { CSSProperties } from 'react';
import { formatTanggalAngka, isIsoDate } from '../../shared/format/date';
import type { Sen } from '../../shared/format/money';
import { Saldo } from './BookRowView';
import classes from './bookTable.module.css';

/** The first row of every book: the saldo brought forward to the start of the period. */
export function OpeningRow({
  from,
  balance,
  bku,
  style,
}: {
  from: string;
  balance: Sen | null;
  bku: boolean;
  style: CSSProperties;
}) {
  return (
    <tr aria-rowindex={2} className={`${classes.row} ${classes.opening}`} style={style}>
      <td className={classes.cell}>{isIsoDate(from) ? formatTanggalAngka(from) : ''}</td>
      <td />
      <td className={classes.cell}>Saldo awal</td>
      {bku && <td />}
      <td />
      <td />
      {balance === null ? <td /> : <Saldo sen={balance} />}
    </tr>
  );
}
