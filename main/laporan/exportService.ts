import type { ParsedInputOf } from '../../shared/contract';
import { compareDate, comparePeriod } from '../../shared/laporan/periods';
import { STATEMENT_TITLES } from '../../shared/laporan/statements';
import type { ExportedFile } from '../../shared/ledger/books';
import type { ServiceContext } from '../core/context';
import { officeToday } from '../core/today';
import { fileSafe, signer } from '../ledger/booksExport';
import { getProfile } from '../office/profileService';
import type { StatementPrint } from '../reports/laporan/statementPdf';
import { statementDoc } from '../reports/laporan/statementPdf';
import { calkXlsx, statementXlsx, trialBalanceXlsx } from '../reports/laporan/statementXlsx';
import { calkDoc, trialBalanceDoc } from '../reports/laporan/trialCalkPdf';
import { renderPdf } from '../reports/pdf';
import type { ReportDoc } from '../reports/types';
import { buildArusKas } from './arusKas';
import { buildCalk } from './calk';
import { buildLabaRugi } from './labaRugi';
import { buildNeraca } from './neraca';
import { neracaSaldo } from './neracaSaldo';
import { buildPerubahanEkuitas } from './perubahanEkuitas';
import { assertInBooks, loadChart } from './statementBase';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Kop, paper and signers (Ketua UPK "Mengetahui", Bendahara UPK) as of the statement's date. */
export async function printSetup(ctx: ServiceContext, date: string): Promise<StatementPrint> {
  const profile = await getProfile(ctx);
  const today = officeToday(ctx.sqlite, ctx.now());
  const signDate = date < today ? date : today;
  return {
    office: profile,
    paper: profile?.paperSize ?? 'A4',
    printedAt: ctx.now(),
    signatures: {
      place: profile?.kecamatan ?? '',
      date: signDate,
      signers: [
        await signer(ctx, 'ketua_upk', signDate, 'Mengetahui,'),
        await signer(ctx, 'bendahara_upk', signDate, 'Dibuat oleh,'),
      ],
    },
  };
}

export function pdfFile(fileName: string, bytes: Buffer): ExportedFile {
  return { fileName: `${fileName}.pdf`, mime: 'application/pdf', base64: bytes.toString('base64') };
}

export function xlsxFile(fileName: string, bytes: Buffer): ExportedFile {
  return { fileName: `${fileName}.xlsx`, mime: XLSX_MIME, base64: bytes.toString('base64') };
}

/** A statement as PDF (kop, signatures) or XLSX (numbers, not formulas), computed from the journal now. */
export async function exportStatement(
  ctx: ServiceContext,
  input: ParsedInputOf<'laporan.export'>,
): Promise<ExportedFile> {
  const to = input.kind === 'neraca' || input.kind === 'calk' ? input.date : input.to;
  const first = await assertInBooks(
    ctx,
    to,
    input.kind === 'neraca' || input.kind === 'calk' ? 'date' : 'to',
  );
  const print = await printSetup(ctx, to);
  const name = `${fileSafe(STATEMENT_TITLES[input.kind])}-${to}`;
  const pdf = async (doc: ReportDoc) => pdfFile(name, await renderPdf(doc));
  if (input.kind === 'neraca_saldo') {
    const tb = await neracaSaldo(ctx, { from: input.from, to: input.to, compare: 'tidak' });
    return input.format === 'pdf'
      ? pdf(trialBalanceDoc(tb, print))
      : xlsxFile(name, await trialBalanceXlsx(tb, print));
  }
  if (input.kind === 'calk') {
    const c = await buildCalk(ctx, input.date, compareDate(input.date, input.compare), first);
    return input.format === 'pdf' ? pdf(calkDoc(c, print)) : xlsxFile(name, await calkXlsx(c, print));
  }
  const chart = await loadChart(ctx);
  let statement: Awaited<ReturnType<typeof buildNeraca>>;
  if (input.kind === 'neraca') {
    statement = await buildNeraca(ctx, chart, input.date, compareDate(input.date, input.compare), first);
  } else {
    const period = { from: input.from, to: input.to };
    const cmp = comparePeriod(input.from, input.to, input.compare);
    const build =
      input.kind === 'laba_rugi'
        ? buildLabaRugi
        : input.kind === 'arus_kas'
          ? buildArusKas
          : buildPerubahanEkuitas;
    statement = await build(ctx, chart, period, cmp, first);
  }
  return input.format === 'pdf'
    ? pdf(statementDoc(statement, print))
    : xlsxFile(name, await statementXlsx(statement, print));
}
