import { formatTanggal } from '../../shared/format/date';

/** The question asked before saving an entry dated after today, or null when the date is not. */
export function futureDateQuestion(date: string, today: string): string | null {
  if (!(date > today)) return null;
  return `Tanggal ${formatTanggal(date)} sesudah hari ini (${formatTanggal(today)}). Jurnal bertanggal di masa depan jarang benar; tetap simpan?`;
}

export const FUTURE_TITLE = 'Tanggal sesudah hari ini';
export const FUTURE_CANCEL = 'Ubah tanggal';
