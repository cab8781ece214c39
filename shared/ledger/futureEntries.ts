import { z } from 'zod';
import { request } from '../contract/define';
import { id, isoDate } from '../contract/fields';

export interface FutureEntries {
  /** Live entries dated after today and after `after` (so not in the period shown). */
  count: number;
  firstDate: string | null;
}

export const futureEntriesRequests = {
  /** For the book view's notice "n entri bertanggal sesudah hari ini". */
  'books.futureEntries': request<FutureEntries>()(
    z.strictObject({ accountId: id('Akun').nullable(), after: isoDate('Tanggal') }),
    { write: false },
  ),
};
