import type { ParsedInputOf } from '../../shared/contract';
import type { ExportedFile } from '../../shared/ledger/books';
import type { RatioSheet } from '../../shared/pinjaman/ratios';
import { portfolioRatios } from '../../shared/pinjaman/ratios';
import { notFound } from '../core/appError';
import type { ServiceContext } from '../core/context';
import { fileSafe, signer } from '../ledger/booksExport';
import { getProfile } from '../office/profileService';
import type { LoanReportContext } from '../reports/pinjaman/common';
import { XLSX_MIME } from '../reports/pinjaman/common';
import { kartuAngsuranPdf } from '../reports/pinjaman/kartuAngsuran';
import { kolektibilitasData, kolektibilitasPdf } from '../reports/pinjaman/kolektibilitas';
import { kolektibilitasXlsx } from '../reports/pinjaman/kolektibilitasXlsx';
import { lppPdf, lppXlsx } from '../reports/pinjaman/lpp';
import type { SignatureBlock } from '../reports/types';
import { healthSheet } from './healthInputs';
import { kolekSeriesAt } from './kolekSeries';
import { readLoan } from './loanRead';
import { today } from './loanService';
import { portfolioAt } from './portfolio';
import { classTableById, currentClassTable } from './productService';

/** RR, PAR, LAR and NPL of the whole portfolio at the end of the date. */
export function loanRatios(ctx: ServiceContext, input: ParsedInputOf<'loan.ratios'>): RatioSheet {
  const report = portfolioAt(ctx.sqlite, input.date);
  return { ...portfolioRatios(report), health: healthSheet(ctx.sqlite, report) };
}

/** Signed on the report date, or today when the report is dated in the future. */
function signDate(ctx: ServiceContext, date: string): string {
  const now = today(ctx);
  return date < now ? date : now;
}

/** DOMAIN §8.1: Sekretaris and Bendahara UPK prepare; Ketua UPK acknowledges (officers on the date). */
async function upkSignatures(ctx: ServiceContext, date: string, place: string): Promise<SignatureBlock> {
  return {
    place,
    date,
    signers: [
      await signer(ctx, 'ketua_upk', date, 'Mengetahui,'),
      await signer(ctx, 'sekretaris_upk', date),
      await signer(ctx, 'bendahara_upk', date),
    ],
  };
}

function desaName(ctx: ServiceContext, desaId: number): string {
  const name = ctx.sqlite.prepare('SELECT name FROM desa WHERE id = ?').pluck().get(desaId) as
    | string
    | undefined;
  if (name === undefined) throw notFound('Desa');
  return name;
}

function file(base: string, format: 'pdf' | 'xlsx', bytes: Buffer): ExportedFile {
  return {
    fileName: `${base}.${format}`,
    mime: format === 'pdf' ? 'application/pdf' : XLSX_MIME,
    base64: bytes.toString('base64'),
  };
}

/** LPP or Laporan Kolektibilitas & Cadangan at the end of the date, PDF or XLSX. */
export async function loanReport(
  ctx: ServiceContext,
  input: ParsedInputOf<'loan.report'>,
): Promise<ExportedFile> {
  const desa = input.desaId === undefined ? null : desaName(ctx, input.desaId);
  const table = input.classTableId === undefined ? undefined : classTableById(ctx.sqlite, input.classTableId);
  const report = portfolioAt(ctx.sqlite, input.date, input.desaId, table);
  const profile = await getProfile(ctx);
  const rctx: LoanReportContext = {
    office: profile,
    paper: profile?.paperSize ?? 'A4',
    signatures: await upkSignatures(ctx, signDate(ctx, input.date), profile?.kecamatan ?? ''),
    scope: desa === null ? 'Seluruh desa' : `Desa ${desa}`,
    printedAt: ctx.now(),
  };
  const suffix = `${desa === null ? '' : `-${fileSafe(desa)}`}-${input.date}`;
  if (input.report === 'lpp') {
    const bytes = input.format === 'pdf' ? await lppPdf(report, rctx) : await lppXlsx(report, rctx);
    return file(`LPP${suffix}`, input.format, bytes);
  }
  // Ratios over the same scope as the tables (one desa or the whole office).
  const health = desa === null ? healthSheet(ctx.sqlite, report) : null;
  const series = desa === null ? kolekSeriesAt(ctx.sqlite, input.date, 24, report.table) : null;
  const data = kolektibilitasData(report, portfolioRatios(report), desa !== null, health, series);
  const bytes =
    input.format === 'pdf' ? await kolektibilitasPdf(data, rctx) : await kolektibilitasXlsx(data, rctx);
  return file(`Kolektibilitas${suffix}`, input.format, bytes);
}

/** Kartu angsuran of one loan as of a date (today by default), signed by the group's ketua and the bendahara. */
export async function loanCard(
  ctx: ServiceContext,
  input: ParsedInputOf<'loan.card'>,
): Promise<ExportedFile> {
  const asOf = input.asOf ?? today(ctx);
  const loan = readLoan(ctx.sqlite, input.id, asOf);
  const extra = ctx.sqlite
    .prepare(
      `SELECT p.name AS productName, k.ketua AS ketua FROM loans l JOIN loan_products p ON p.id = l.product_id
       JOIN kelompok k ON k.id = l.kelompok_id WHERE l.id = ?`,
    )
    .get(input.id) as { productName: string; ketua: string | null };
  const table = currentClassTable(ctx.sqlite);
  const profile = await getProfile(ctx);
  const date = signDate(ctx, asOf);
  const bytes = await kartuAngsuranPdf(
    {
      loan,
      productName: extra.productName,
      kelompokKetua: extra.ketua,
      tableName: table.name,
    },
    {
      office: profile,
      paper: profile?.paperSize ?? 'A4',
      signatures: {
        place: profile?.kecamatan ?? '',
        date,
        signers: [
          { caption: 'Peminjam,', role: `Ketua Kelompok ${loan.kelompokName}`, name: extra.ketua },
          await signer(ctx, 'bendahara_upk', date, 'Petugas UPK,'),
        ],
      },
      scope: loan.desaName,
      printedAt: ctx.now(),
    },
  );
  return file(`Kartu-Angsuran-${fileSafe(loan.number)}-${asOf}`, 'pdf', bytes);
}
