import type BetterSqlite3 from 'better-sqlite3';
import type { ParsedInputOf } from '../../shared/contract';
import { formatRupiah } from '../../shared/format/money';
import type { OfficeProfile } from '../../shared/office/profile';
import type { Examination } from '../../shared/pemeriksaan/pemeriksaan';
import type { ReviewStamp } from '../../shared/review/review';
import { verifyDocument } from '../audit/integrityService';
import { AppError, conflict } from '../core/appError';
import { nowIso, type ServiceContext } from '../core/context';
import { type NumberSeries, nextDocumentNumber } from '../core/documentNumber';
import { canonicalJson, sha256 } from '../core/snapshot';
import { insertLock } from '../ledger/lockDigest';
import { lockState, stamp } from '../ledger/locks';
import { getProfile } from '../office/profileService';
import { verifyPraAudit } from '../praaudit/auditVerify';
import { reviewGate } from '../review/reviewService';
import { readDeadlineDays } from '../temuan/findingSettings';
import { computeExam, type ExamRow, examRow } from './examCompute';

/** Everything a berita acara prints, frozen at finalisation. */
export interface ExamSnapshot {
  exam: Examination;
  office: OfficeProfile | null;
  /** Absent in examinations finalised before review existed. */
  review?: ReviewStamp;
  /** The office's follow-up days when finalised (Berita Acara Kesepakatan). */
  followUpDays?: number;
}

/** What a finalisation adds besides the examination: the review stamp and the follow-up rule. */
export type FinaliseExtras = Pick<ExamSnapshot, 'review' | 'followUpDays'>;

export const DEFAULT_NUMBER_PATTERN = '{no}/BA-PK/UPK/{bulan}/{tahun}';

export function readSnapshot(row: ExamRow): ExamSnapshot {
  if (!row.snapshot) throw new AppError('INTERNAL', 'Salinan beku pemeriksaan tidak ada.');
  return JSON.parse(row.snapshot) as ExamSnapshot;
}

export function frozenExam(row: ExamRow): Examination {
  return { ...readSnapshot(row).exam, status: row.status, hash: row.snapshot_hash };
}

const EXAM_NUMBERS: NumberSeries = {
  settingKey: 'exam.numberPattern',
  defaultPattern: DEFAULT_NUMBER_PATTERN,
  countSql: 'SELECT COUNT(*) FROM examinations WHERE number IS NOT NULL AND substr(exam_date, 1, 4) = ?',
};

/**
 * Refuses while anything is missing; otherwise numbers the examination, freezes what it prints,
 * hashes the canonical snapshot and locks the journal up to the examination instant — all at once.
 */
export function finaliseWith(
  sqlite: BetterSqlite3.Database,
  id: number,
  office: OfficeProfile | null,
  actor: string,
  now: string,
  extras: FinaliseExtras = {},
): Examination {
  const row = examRow(sqlite, id);
  if (row.status !== 'draft') throw conflict(`Pemeriksaan ini sudah final dengan nomor ${row.number}.`);
  const live = computeExam(sqlite, row);
  if (live.missing.length > 0) {
    throw new AppError('VALIDATION', `Belum dapat difinalkan: ${live.missing.join('; ')}.`);
  }
  sqlite.transaction(() => {
    const number = nextDocumentNumber(sqlite, EXAM_NUMBERS, row.exam_date);
    const exam: Examination = {
      ...live,
      number,
      status: 'final',
      finalisedAt: now,
      finalisedBy: actor,
      hash: null,
      missing: [],
    };
    const snapshot = canonicalJson({ exam, office, ...extras } satisfies ExamSnapshot);
    sqlite
      .prepare(
        `UPDATE examinations SET number = ?, status = 'final', snapshot = ?, snapshot_hash = ?, finalised_at = ?,
           finalised_by = ?, updated_at = ? WHERE id = ?`,
      )
      .run(number, snapshot, sha256(snapshot), now, actor, now, row.id);
    const lock = lockState(sqlite);
    const until = stamp(row.exam_date, row.exam_time);
    if (!lock.lockedUntil || until > stamp(lock.lockedUntil.date, lock.lockedUntil.time)) {
      insertLock(sqlite, until, `Pemeriksaan kas ${number}`, actor, now);
    }
  })();
  return frozenExam(examRow(sqlite, row.id));
}

export async function finaliseExam(ctx: ServiceContext, input: { id: number }): Promise<Examination> {
  const office = await getProfile(ctx);
  const live = computeExam(ctx.sqlite, examRow(ctx.sqlite, input.id));
  if (live.missing.length > 0 || live.status !== 'draft') {
    return finaliseWith(ctx.sqlite, input.id, office, ctx.actor, nowIso(ctx));
  }
  const review = reviewGate(ctx, 'pemeriksaan_kas', input.id);
  return finaliseWith(ctx.sqlite, input.id, office, ctx.actor, nowIso(ctx), {
    review,
    followUpDays: readDeadlineDays(ctx.sqlite),
  });
}

/**
 * Checks a printed berita acara (its number and the hash from its QR code) against the records:
 * the stored snapshot must still hash to the stored value, and the journal must still give the
 * book balances the paper printed.
 */
export function verifyExam(
  ctx: ServiceContext,
  input: ParsedInputOf<'exam.verify'>,
): { genuine: boolean; message: string } {
  const { sqlite } = ctx;
  const row = sqlite.prepare('SELECT * FROM examinations WHERE number = ?').get(input.number) as
    | ExamRow
    | undefined;
  if (!row?.snapshot || !row.snapshot_hash) {
    const praAudit = verifyPraAudit(ctx, input.number, input.hash);
    if (praAudit) return praAudit;
    return {
      genuine: false,
      message: `Nomor ${input.number} tidak terdaftar sebagai berita acara atau laporan yang sudah final.`,
    };
  }
  // The same checks as "Periksa integritas": still final, snapshot, finalisation row, locked journal.
  const problems = verifyDocument(ctx, 'examinations', row.id, stamp(row.exam_date, row.exam_time));
  if (problems.length > 0) {
    return { genuine: false, message: `Berita acara ini TIDAK dapat dinyatakan asli. ${problems.join(' ')}` };
  }
  if (input.hash.trim().toLowerCase() !== row.snapshot_hash) {
    return { genuine: false, message: 'Kode verifikasi tidak cocok dengan berita acara bernomor ini.' };
  }
  const { exam } = readSnapshot(row);
  // Summed from the lines themselves, not the checkpoints: an edit behind the app's back would not
  // have updated those.
  const sum = sqlite.prepare(
    `SELECT COALESCE(SUM(debit - credit), 0) FROM journal_lines WHERE account_id = ? AND voided = 0
     AND (entry_date < ? OR (entry_date = ? AND entry_time <= ?))`,
  );
  const changed: string[] = [];
  const compare = (accountId: number, name: string, printed: number) => {
    const now = sum.pluck().get(accountId, exam.date, exam.date, exam.time) as number;
    if (now !== printed)
      changed.push(`${name}: tercetak ${formatRupiah(printed)}, buku kini ${formatRupiah(now)}`);
  };
  for (const c of exam.cash) compare(c.accountId, c.accountName, c.book.balance);
  for (const b of exam.banks) compare(b.accountId, b.accountName, b.bookBalance);
  if (changed.length > 0) {
    return {
      genuine: false,
      message: `Jurnal sampai saat pemeriksaan telah berubah: ${changed.join('; ')}.`,
    };
  }
  return { genuine: true, message: `Berita acara ${row.number} asli dan tidak berubah sejak difinalkan.` };
}
