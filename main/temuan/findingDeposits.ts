import type BetterSqlite3 from 'better-sqlite3';
import { roleMay } from '../../shared/auth/access';
import type { ParsedInputOf } from '../../shared/contract';
import { formatRupiah } from '../../shared/format/money';
import type { Deposit, DepositCandidate, TrackedFinding } from '../../shared/temuan/temuan';
import { AppError, conflict } from '../core/appError';
import { nowIso, type ServiceContext } from '../core/context';
import { officeToday } from '../core/today';
import { qb as q, syncAll, syncFirst, syncRun } from '../db/sync';
import { quickEntry } from '../ledger/journalService';
import { getFinding, isOpen } from './findingService';

export function depositsOf(sqlite: BetterSqlite3.Database, findingId: number): Deposit[] {
  const rows = syncAll(
    sqlite,
    q
      .selectFrom('finding_deposits as d')
      .innerJoin('accounts as a', 'a.id', 'd.account_id')
      .innerJoin('journal_entries as j', 'j.id', 'd.journal_entry_id')
      .select([
        'd.id',
        'd.deposit_date',
        'd.amount',
        'd.receipt_number',
        'd.account_id',
        'a.name as account_name',
        'd.journal_entry_id',
        'j.bukti',
        'd.note',
        'd.created_by',
        'd.created_at',
      ])
      .where('d.finding_id', '=', findingId)
      .orderBy('d.deposit_date')
      .orderBy('d.id'),
  );
  return rows.map((r) => ({
    id: r.id,
    date: r.deposit_date,
    amount: r.amount,
    receiptNumber: r.receipt_number,
    accountId: r.account_id,
    accountName: r.account_name,
    journalEntryId: r.journal_entry_id,
    journalBukti: r.bukti,
    note: r.note,
    createdBy: r.created_by,
    createdAt: r.created_at,
  }));
}

/** Debit lines on `accountId` of live entries no deposit uses yet, from the finding's date on. */
function candidatesQuery(accountId: number, from: string) {
  return q
    .selectFrom('journal_lines as l')
    .innerJoin('journal_entries as j', 'j.id', 'l.entry_id')
    .select(['j.id', 'j.entry_date', 'j.bukti', 'j.description'])
    .select((eb) => eb.fn.sum<number>('l.debit').as('amount'))
    .where('l.account_id', '=', accountId)
    .where('l.debit', '>', 0)
    .where('j.voided', '=', 0)
    .where('j.entry_date', '>=', from)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb.selectFrom('finding_deposits as d').select('d.id').whereRef('d.journal_entry_id', '=', 'j.id'),
        ),
      ),
    )
    .groupBy('j.id');
}

export function depositCandidates(
  ctx: ServiceContext,
  input: ParsedInputOf<'finding.depositCandidates'>,
): DepositCandidate[] {
  const finding = getFinding(ctx, { id: input.id });
  const rows = syncAll(
    ctx.sqlite,
    candidatesQuery(input.accountId, finding.sourceDate)
      .orderBy('j.entry_date', 'desc')
      .orderBy('j.id', 'desc')
      .limit(50),
  );
  return rows.map((r) => ({
    entryId: r.id,
    date: r.entry_date,
    bukti: r.bukti,
    description: r.description,
    amount: r.amount,
  }));
}

function assertDepositable(
  ctx: ServiceContext,
  finding: TrackedFinding,
  input: ParsedInputOf<'finding.addDeposit'>,
) {
  if (!finding.sourceFinal) {
    throw conflict('Setoran dicatat setelah dokumen sumber temuan ini final.');
  }
  if (!isOpen(finding.status)) throw conflict('Temuan ini sudah ditutup; setoran tidak dapat ditambahkan.');
  if (finding.recommendedAmount === 0) {
    throw conflict('Temuan ini tidak memiliki nilai rekomendasi yang harus dikembalikan atau disetor.');
  }
  if (input.amount > finding.remaining) {
    throw new AppError(
      'VALIDATION',
      `Setoran ${formatRupiah(input.amount)} melebihi sisa yang harus disetor (${formatRupiah(finding.remaining)}).`,
      { amount: `Paling banyak ${formatRupiah(finding.remaining)}` },
    );
  }
  if (input.date < finding.sourceDate || input.date > officeToday(ctx.sqlite, ctx.now())) {
    throw new AppError('VALIDATION', 'Tanggal setor harus antara tanggal dokumen temuan dan hari ini.', {
      date: 'Tanggal tidak sah',
    });
  }
  const account = syncFirst(
    ctx.sqlite,
    q.selectFrom('accounts').select(['money_kind', 'active']).where('id', '=', input.accountId),
  );
  if (!account?.money_kind || account.active !== 1) {
    throw new AppError('VALIDATION', 'Pilih kas atau rekening bank lembaga yang menerima setoran.', {
      accountId: 'Bukan kas/rekening bank yang aktif',
    });
  }
}

function assertEntryBooksDeposit(
  ctx: ServiceContext,
  entryId: number,
  input: ParsedInputOf<'finding.addDeposit'>,
) {
  const entry = syncFirst(
    ctx.sqlite,
    q.selectFrom('journal_entries').select(['bukti', 'voided']).where('id', '=', entryId),
  );
  if (!entry) throw new AppError('NOT_FOUND', 'Jurnal yang dipilih tidak ditemukan.');
  if (entry.voided === 1) throw conflict(`Jurnal ${entry.bukti} sudah dibatalkan.`);
  const linked = syncFirst(
    ctx.sqlite,
    q.selectFrom('finding_deposits').select('finding_id').where('journal_entry_id', '=', entryId),
  );
  if (linked) {
    throw conflict(`Jurnal ${entry.bukti} sudah dipakai sebagai bukti setoran temuan lain.`, {
      journalEntryId: 'Sudah dipakai',
    });
  }
  const debit = syncFirst(
    ctx.sqlite,
    q
      .selectFrom('journal_lines')
      .select((eb) => eb.fn.sum<number>('debit').as('total'))
      .where('entry_id', '=', entryId)
      .where('account_id', '=', input.accountId),
  );
  if (!debit?.total) {
    throw new AppError(
      'VALIDATION',
      `Jurnal ${entry.bukti} tidak mendebit kas/rekening penerima yang dipilih; pilih jurnal yang membukukan setoran ini.`,
      { journalEntryId: 'Jurnal akun lain' },
    );
  }
  if (debit.total !== input.amount) {
    throw new AppError(
      'VALIDATION',
      `Jurnal ${entry.bukti} membukukan ${formatRupiah(debit.total)}, bukan ${formatRupiah(input.amount)}.`,
      { amount: 'Tidak sama dengan jurnal' },
    );
  }
}

export function addDeposit(ctx: ServiceContext, input: ParsedInputOf<'finding.addDeposit'>): TrackedFinding {
  const { sqlite } = ctx;
  const finding = getFinding(ctx, { id: input.id });
  assertDepositable(ctx, finding, input);
  if (input.journalEntryId !== undefined) assertEntryBooksDeposit(ctx, input.journalEntryId, input);
  else if (ctx.user && !roleMay(ctx.user.role, 'journal.quick')) {
    throw new AppError(
      'FORBIDDEN',
      'Peran Anda tidak dapat membuat jurnal; pilih jurnal yang sudah dibukukan Bendahara.',
    );
  }
  const now = nowIso(ctx);
  sqlite.transaction(() => {
    const entryId =
      input.journalEntryId ??
      quickEntry(ctx, {
        kind: 'penerimaan_kas',
        date: input.date,
        time: input.time,
        bukti: input.receiptNumber,
        description: `Setoran tindak lanjut temuan No. ${finding.number} — ${finding.sourceLabel}`.slice(
          0,
          300,
        ),
        desaId: finding.desaId,
        allowDuplicateBukti: false,
        moneyAccountId: input.accountId,
        otherAccountId: input.counterAccountId ?? 0,
        amount: input.amount,
      }).entry.id;
    syncRun(
      sqlite,
      q.insertInto('finding_deposits').values({
        finding_id: input.id,
        deposit_date: input.date,
        amount: input.amount,
        receipt_number: input.receiptNumber,
        account_id: input.accountId,
        journal_entry_id: entryId,
        note: input.note,
        created_by: ctx.actor,
        created_at: now,
      }),
    );
    if (finding.status === 'terbuka') {
      // A deposit is a follow-up: the finding moves from BD to BS.
      syncRun(
        sqlite,
        q.insertInto('finding_followups').values({
          finding_id: input.id,
          followup_date: input.date,
          status: 'dalam_proses',
          note: `Setoran ${formatRupiah(input.amount)} (bukti ${input.receiptNumber}) dicatat.`,
          verified_by: null,
          verifier_user_id: null,
          created_by: ctx.actor,
          created_at: now,
        }),
      );
      syncRun(sqlite, q.updateTable('findings').set({ status: 'dalam_proses' }).where('id', '=', input.id));
    }
  })();
  return getFinding(ctx, { id: input.id });
}
