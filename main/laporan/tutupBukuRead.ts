import type { ParsedInputOf } from '../../shared/contract';
import { formatWaktu } from '../../shared/format/date';
import type { ClosingSnapshot, YearClosing } from '../../shared/laporan/tutupBuku';
import type { ExportedFile } from '../../shared/ledger/books';
import { notFound } from '../core/appError';
import type { ServiceContext } from '../core/context';
import { sha256 } from '../core/snapshot';
import { fileSafe } from '../ledger/booksExport';
import { verificationPayload } from '../reports/baText';
import { statementDoc } from '../reports/laporan/statementPdf';
import { trialBalanceDoc } from '../reports/laporan/trialCalkPdf';
import { renderPdf } from '../reports/pdf';
import { pdfFile, printSetup } from './exportService';
import { rp } from './statementBase';

function parseSnapshot(text: string): ClosingSnapshot {
  return JSON.parse(text) as ClosingSnapshot;
}

export async function getClosing(ctx: ServiceContext, id: number): Promise<YearClosing> {
  const row = await ctx.db.selectFrom('year_closings').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Tutup buku');
  const snapshot = parseSnapshot(row.snapshot);
  return {
    id: row.id,
    year: row.year,
    number: row.number,
    status: row.status,
    surplus: row.surplus,
    madDate: row.mad_date,
    madReference: row.mad_reference,
    allocations: snapshot.allocations,
    closedBy: row.closed_by,
    closedAt: row.closed_at,
    reopenedBy: row.reopened_by,
    reopenedAt: row.reopened_at,
    reopenReason: row.reopen_reason,
    hash: row.snapshot_hash,
  };
}

export async function listClosings(ctx: ServiceContext): Promise<YearClosing[]> {
  const rows = await ctx.db
    .selectFrom('year_closings')
    .select('id')
    .orderBy('year', 'desc')
    .orderBy('id', 'desc')
    .execute();
  const out: YearClosing[] = [];
  for (const r of rows) out.push(await getClosing(ctx, r.id));
  return out;
}

/**
 * Verifies a frozen closing: the stored snapshot against its SHA-256, then the journal re-summed
 * line by line (not from the checkpoints) against the frozen per-account balances.
 */
export async function verifyClosing(
  ctx: ServiceContext,
  input: ParsedInputOf<'tutupBuku.verify'>,
): Promise<{ genuine: boolean; message: string }> {
  const row = await ctx.db
    .selectFrom('year_closings')
    .selectAll()
    .where('id', '=', input.id)
    .executeTakeFirst();
  if (!row) throw notFound('Tutup buku');
  if (sha256(row.snapshot) !== row.snapshot_hash)
    return {
      genuine: false,
      message: 'Isi laporan beku telah diubah di luar aplikasi: hash tidak lagi cocok.',
    };
  const snapshot = parseSnapshot(row.snapshot);
  const sums = await ctx.db
    .selectFrom('journal_lines as l')
    .innerJoin('accounts as a', 'a.id', 'l.account_id')
    .select((eb) => [
      'l.account_id',
      'a.code',
      'a.name',
      eb.fn.sum<number>(eb(eb.ref('l.debit'), '-', eb.ref('l.credit'))).as('net'),
    ])
    .where('l.voided', '=', 0)
    .where('l.entry_date', '<=', `${row.year}-12-31`)
    .where('l.entry_id', '!=', row.closing_entry_id)
    .groupBy(['l.account_id', 'a.code', 'a.name'])
    .execute();
  const frozen = new Map(snapshot.trialBalance.rows.map((r) => [r.accountId, r]));
  const changed: string[] = [];
  for (const s of sums) {
    const was = frozen.get(s.account_id)?.closing ?? 0;
    if (Number(s.net) !== was)
      changed.push(`${s.code} ${s.name} (beku ${rp(was)}, jurnal sekarang ${rp(Number(s.net))})`);
    frozen.delete(s.account_id);
  }
  for (const r of frozen.values())
    if (r.closing !== 0)
      changed.push(`${r.code} ${r.name} (beku ${rp(r.closing)}, jurnal sekarang ${rp(0)})`);
  if (changed.length > 0)
    return {
      genuine: false,
      message: `Jurnal tahun ${row.year} tidak lagi sama dengan laporan yang dibekukan: ${changed.join('; ')}.`,
    };
  if (row.status === 'dibuka')
    return {
      genuine: true,
      message: `Laporan beku nomor ${row.number} asli, tetapi sudah digantikan: tahun buku dibuka kembali ${formatWaktu(row.reopened_at ?? '')} (${row.reopen_reason ?? ''}).`,
    };
  return {
    genuine: true,
    message: `Laporan tutup buku ${row.year} nomor ${row.number} asli dan sesuai dengan jurnal.`,
  };
}

const TITLES = {
  neraca: 'Neraca',
  laba_rugi: 'Laporan Laba Rugi',
  arus_kas: 'Laporan Arus Kas',
  perubahan_ekuitas: 'Laporan Perubahan Ekuitas',
  neraca_saldo: 'Neraca Saldo',
} as const;

/** A frozen statement printed from the snapshot only, with number and QR; "digantikan" once reopened. */
export async function closingPdf(
  ctx: ServiceContext,
  input: ParsedInputOf<'tutupBuku.pdf'>,
): Promise<ExportedFile> {
  const row = await ctx.db
    .selectFrom('year_closings')
    .selectAll()
    .where('id', '=', input.id)
    .executeTakeFirst();
  if (!row) throw notFound('Tutup buku');
  const snapshot = parseSnapshot(row.snapshot);
  const print = await printSetup(ctx, `${row.year}-12-31`);
  print.frozen = {
    number: row.number,
    qr: verificationPayload(row.number, row.snapshot_hash),
    note: `Tutup buku ${row.year} · kode verifikasi ${row.snapshot_hash.slice(0, 16)}`,
    superseded: row.status === 'dibuka',
  };
  const s = snapshot.statements;
  const doc =
    input.statement === 'neraca_saldo'
      ? trialBalanceDoc(snapshot.trialBalance, print)
      : statementDoc(
          input.statement === 'neraca'
            ? s.neraca
            : input.statement === 'laba_rugi'
              ? s.labaRugi
              : input.statement === 'arus_kas'
                ? s.arusKas
                : s.perubahanEkuitas,
          print,
        );
  return pdfFile(`${fileSafe(TITLES[input.statement])}-tutup-buku-${row.year}`, await renderPdf(doc));
}
