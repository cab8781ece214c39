import type { ParsedInputOf } from '../../shared/contract';
import { localDateTimeInZone } from '../../shared/format/date';
import type { BookCursor, ExportedFile } from '../../shared/ledger/books';
import type { PositionCode } from '../../shared/officers/positions';
import { positionLabel } from '../../shared/officers/positions';
import { AppError } from '../core/appError';
import type { ServiceContext } from '../core/context';
import { getProfile } from '../office/profileService';
import { officersOnDate } from '../officers/officersService';
import { bookReportPdf, bookReportXlsx } from '../reports/bookReport';
import type { BookReportData, BookRow, Signer } from '../reports/types';
import { bookPage } from './booksService';

/** A printed book beyond this is a shorter period's job (and keeps memory bounded). */
export const MAX_EXPORT_ROWS = 20_000;

/** The officer holding `position` on `date` as a signer (dotted line when nobody does). */
export async function signer(
  ctx: ServiceContext,
  position: PositionCode,
  date: string,
  caption?: string,
): Promise<Signer> {
  const [officer] = await officersOnDate(ctx, { position, date });
  return {
    caption,
    role: positionLabel(position),
    name: officer?.fullName ?? null,
    nip: officer?.nip ?? null,
  };
}

/** ASCII letters and digits joined by hyphens, for a download file name. */
export function fileSafe(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The book of a period as PDF (kop, signatures) or XLSX, read page by page from the journal. */
export async function exportBook(
  ctx: ServiceContext,
  input: ParsedInputOf<'books.export'>,
): Promise<ExportedFile> {
  const { query } = input;
  const rows: BookRow[] = [];
  let after: BookCursor | null = null;
  const first = bookPage(ctx.sqlite, query, null, 500);
  if (first.rowCount !== null && first.rowCount > MAX_EXPORT_ROWS) {
    throw new AppError(
      'VALIDATION',
      `Buku pada periode ini berisi ${first.rowCount.toLocaleString('id-ID')} baris; cetak paling banyak ${MAX_EXPORT_ROWS.toLocaleString('id-ID')} baris sekali jalan. Pilih periode yang lebih pendek.`,
      { to: 'Periode terlalu panjang untuk dicetak sekaligus' },
    );
  }
  for (let page = first; ; ) {
    for (const r of page.rows) {
      rows.push({
        date: r.date,
        time: r.time,
        bukti: r.bukti,
        description: r.description,
        account: query.bku ? r.accountName : undefined,
        debit: r.debit,
        credit: r.credit,
        balance: r.balance,
        voided: r.voided,
      });
    }
    if (rows.length > MAX_EXPORT_ROWS) {
      throw new AppError(
        'VALIDATION',
        `Hasil pencarian lebih dari ${MAX_EXPORT_ROWS} baris; persempit periode atau pencarian.`,
      );
    }
    if (!page.next) break;
    after = page.next;
    page = bookPage(ctx.sqlite, query, after, 500);
  }
  const profile = await getProfile(ctx);
  const today = localDateTimeInZone(ctx.now().getTime(), profile?.timeZone ?? 'WIB').date;
  const signDate = query.to < today ? query.to : today;
  const data: BookReportData = {
    title: first.title,
    accountLabel: query.search ? `${first.accountLabel} — pencarian "${query.search}"` : first.accountLabel,
    period: { from: query.from, to: query.to },
    openingBalance: first.openingBalance,
    rows,
    closingBalance: first.closingBalance,
    totalDebit: first.totalDebit,
    totalCredit: first.totalCredit,
    signatures: {
      place: profile?.kecamatan ?? '',
      date: signDate,
      signers: [
        await signer(ctx, 'ketua_upk', signDate, 'Mengetahui,'),
        await signer(ctx, 'bendahara_upk', signDate),
      ],
    },
  };
  const base = `${fileSafe(data.title)}-${fileSafe(first.accountLabel).slice(0, 60)}-${query.from}_${query.to}`;
  if (input.format === 'pdf') {
    const bytes = await bookReportPdf(data, profile, profile?.paperSize ?? 'A4', { printedAt: ctx.now() });
    return { fileName: `${base}.pdf`, mime: 'application/pdf', base64: bytes.toString('base64') };
  }
  const bytes = await bookReportXlsx(data, profile);
  return {
    fileName: `${base}.xlsx`,
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: bytes.toString('base64'),
  };
}
