import type BetterSqlite3 from 'better-sqlite3';
import type { SessionUser } from '../../shared/auth/auth';
import { contract, type InputOf, type RequestName } from '../../shared/contract';
import { fillKondisi } from '../../shared/temuan/library';
import type { ServiceContext } from '../core/context';
import { qb, syncFirst } from '../db/sync';
import type { FinaliseExtras } from '../pemeriksaan/examFinalise';
import * as exam from '../pemeriksaan/examService';
import { decideReview, reviewGate, submitForReview } from '../review/reviewService';
import { addDeposit } from '../temuan/findingDeposits';
import { addFollowUp } from '../temuan/findingFollowUp';
import { readDeadlineDays } from '../temuan/findingSettings';
import { readEntry } from '../temuan/libraryService';

function parsed<K extends RequestName>(name: K, input: InputOf<K>) {
  return contract[name].input.parse(input) as never;
}

/** The demo's services acting as one of the demo accounts (review and verification need a signed-in user). */
export function asDemoUser(ctx: ServiceContext, username: string): ServiceContext {
  const u = syncFirst(
    ctx.sqlite,
    qb.selectFrom('users').select(['id', 'username', 'full_name', 'role']).where('username', '=', username),
  );
  if (!u) throw new Error(`Pengguna contoh ${username} tidak ada`);
  const user: SessionUser = {
    id: u.id,
    username: u.username,
    fullName: u.full_name,
    role: u.role,
    mustChangePassword: false,
  };
  return { ...ctx, user, actor: `${u.full_name} (${u.username})` };
}

function libraryVersion(sqlite: BetterSqlite3.Database, code: string) {
  const row = syncFirst(sqlite, qb.selectFrom('finding_library').select('id').where('code', '=', code));
  if (!row) throw new Error(`Bank temuan ${code} tidak ada`);
  return readEntry(sqlite, row.id);
}

/**
 * Before the demo's first examination is finalised: a kasbon finding is made from the library (KAS-02)
 * with Rp750.000 to be returned; the Pemeriksa submits it for review and the Admin approves (the demo
 * office leaves review optional, so the other demo drafts can still be finalised by one person).
 */
export function seedDemoExamReview(ctx: ServiceContext, examId: number, examDate: string): FinaliseExtras {
  const entry = libraryVersion(ctx.sqlite, 'KAS-02');
  exam.addFinding(
    ctx,
    parsed('exam.addFinding', {
      id: examId,
      kondisi: fillKondisi(entry.kondisi, { date: examDate, amount: 75_000_000 }),
      kriteria: entry.kriteria,
      sebab: entry.sebab,
      akibat: entry.akibat,
      rekomendasi: entry.rekomendasi,
      amount: 75_000_000,
      recommendedAmount: 75_000_000,
      libraryVersionId: entry.versionId,
      pic: 'Bendahara UPK',
    }),
  );
  submitForReview(asDemoUser(ctx, 'pemeriksa'), { kind: 'pemeriksaan_kas', docId: examId, note: null });
  const admin = asDemoUser(ctx, 'admin');
  decideReview(admin, { kind: 'pemeriksaan_kas', docId: examId, decision: 'disetujui', note: null });
  return { review: reviewGate(admin, 'pemeriksaan_kas', examId), followUpDays: readDeadlineDays(ctx.sqlite) };
}

function addDaysIso(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** After finalising: the kasbon is returned in two deposits booked in the Buku Kas, then verified (S). */
export function seedDemoRecovery(
  ctx: ServiceContext,
  examId: number,
  examDate: string,
  lastDate: string,
): void {
  const finding = syncFirst(
    ctx.sqlite,
    qb.selectFrom('findings').select('id').where('exam_id', '=', examId).where('recommended_amount', '>', 0),
  );
  const kas = syncFirst(ctx.sqlite, qb.selectFrom('accounts').select('id').where('code', '=', '1.1.01.01'));
  const kasbon = syncFirst(
    ctx.sqlite,
    qb.selectFrom('accounts').select('id').where('code', '=', '1.1.05.01'),
  );
  if (!finding || !kas || !kasbon) return;
  const bendahara = asDemoUser(ctx, 'bendahara');
  const first = addDaysIso(examDate, 3);
  const second = addDaysIso(examDate, 9);
  if (second > lastDate) return;
  addDeposit(
    bendahara,
    parsed('finding.addDeposit', {
      id: finding.id,
      date: first,
      amount: 50_000_000,
      receiptNumber: 'STR-TL/01',
      accountId: kas.id,
      counterAccountId: kasbon.id,
      time: '09:00',
      note: 'Angsuran pertama pengembalian kasbon',
    }),
  );
  addDeposit(
    bendahara,
    parsed('finding.addDeposit', {
      id: finding.id,
      date: second,
      amount: 25_000_000,
      receiptNumber: 'STR-TL/02',
      accountId: kas.id,
      counterAccountId: kasbon.id,
      time: '09:00',
      note: 'Pelunasan kasbon',
    }),
  );
  addFollowUp(
    asDemoUser(ctx, 'pemeriksa'),
    parsed('finding.addFollowUp', {
      id: finding.id,
      date: second,
      status: 'selesai',
      note: 'Kasbon dikembalikan penuh; kedua setoran dicocokkan dengan Buku Kas.',
    }),
  );
}
