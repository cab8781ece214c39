import type BetterSqlite3 from 'better-sqlite3';
import type { ParsedInputOf } from '../../shared/contract';
import { formatTanggal } from '../../shared/format/date';
import { OPENING_EQUITY_CODE } from '../../shared/ledger/accounts';
import type { EntryKind, JournalEntry, PostResult, QuickKind } from '../../shared/ledger/journal';
import { AppError, conflict, notFound } from '../core/appError';
import { nowIso, type ServiceContext } from '../core/context';
import { assertBuktiFree, type EntryDraft, type LineDraft, validateDraft, writer } from './journalWriter';
import { assertUnlocked, isLocked, lockState, stamp } from './locks';

interface EntryRow {
  id: number;
  entry_date: string;
  entry_time: string;
  bukti: string;
  description: string;
  desa_id: number | null;
  kind: EntryKind;
  voided: number;
  void_reason: string | null;
  reverses_entry_id: number | null;
  created_by: string;
  created_at: string;
  updated_by: string | null;
  updated_at: string | null;
  voided_by: string | null;
  voided_at: string | null;
}

export function readEntry(sqlite: BetterSqlite3.Database, id: number): JournalEntry {
  const row = sqlite.prepare('SELECT * FROM journal_entries WHERE id = ?').get(id) as EntryRow | undefined;
  if (!row) throw notFound('Jurnal');
  const lines = sqlite
    .prepare(
      `SELECT l.account_id, a.code, a.name, l.debit, l.credit FROM journal_lines l
       JOIN accounts a ON a.id = l.account_id WHERE l.entry_id = ? ORDER BY l.id`,
    )
    .all(id) as { account_id: number; code: string; name: string; debit: number; credit: number }[];
  const reversedBy = sqlite
    .prepare('SELECT id FROM journal_entries WHERE reverses_entry_id = ? AND voided = 0 ORDER BY id LIMIT 1')
    .pluck()
    .get(id) as number | undefined;
  return {
    id: row.id,
    date: row.entry_date,
    time: row.entry_time,
    bukti: row.bukti,
    description: row.description,
    desaId: row.desa_id,
    kind: row.kind,
    lines: lines.map((l) => ({
      accountId: l.account_id,
      accountCode: l.code,
      accountName: l.name,
      debit: l.debit,
      credit: l.credit,
    })),
    voided: row.voided === 1,
    voidReason: row.void_reason,
    reversesEntryId: row.reverses_entry_id,
    reversedByEntryId: reversedBy ?? null,
    locked: isLocked(lockState(sqlite), row.entry_date, row.entry_time),
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
    voidedBy: row.voided_by,
    voidedAt: row.voided_at,
  };
}

function postDraft(ctx: ServiceContext, draft: EntryDraft, allowDuplicateBukti: boolean): PostResult {
  const { sqlite } = ctx;
  assertUnlocked(sqlite, draft.date, draft.time);
  validateDraft(sqlite, draft);
  assertBuktiFree(sqlite, draft.bukti, allowDuplicateBukti);
  const id = sqlite.transaction(() => writer(sqlite).insert(draft, ctx.actor, nowIso(ctx)))();
  return { entry: readEntry(sqlite, id) };
}

const nonZero = (lines: LineDraft[]) => lines.filter((l) => l.debit > 0 || l.credit > 0);

export function getEntry(ctx: ServiceContext, input: { id: number }): JournalEntry {
  return readEntry(ctx.sqlite, input.id);
}

export function postEntry(ctx: ServiceContext, input: ParsedInputOf<'journal.post'>): PostResult {
  const { allowDuplicateBukti, lines, ...header } = input;
  return postDraft(ctx, { ...header, kind: 'umum', lines: nonZero(lines) }, allowDuplicateBukti);
}

interface MoneyAccount {
  id: number;
  money_kind: 'kas' | 'bank' | null;
  name: string;
}

function moneyKindOf(sqlite: BetterSqlite3.Database, id: number): MoneyAccount | undefined {
  return sqlite.prepare('SELECT id, money_kind, name FROM accounts WHERE id = ?').get(id) as
    | MoneyAccount
    | undefined;
}

/** The source/destination kinds each quick form allows (null = any non-cash account). */
const QUICK_RULES: Record<
  QuickKind,
  { money: 'kas' | 'bank' | 'any'; other: 'kas' | 'bank' | 'any' | 'nonmoney' }
> = {
  penerimaan_kas: { money: 'any', other: 'nonmoney' },
  pengeluaran_kas: { money: 'any', other: 'nonmoney' },
  setor_bank: { money: 'kas', other: 'bank' },
  tarik_bank: { money: 'bank', other: 'kas' },
  pindah_buku: { money: 'any', other: 'any' },
};

export function quickEntry(ctx: ServiceContext, input: ParsedInputOf<'journal.quick'>): PostResult {
  const { kind, moneyAccountId, otherAccountId, amount, allowDuplicateBukti, ...header } = input;
  const money = moneyKindOf(ctx.sqlite, moneyAccountId);
  const other = moneyKindOf(ctx.sqlite, otherAccountId);
  const rule = QUICK_RULES[kind];
  const fields: Record<string, string> = {};
  if (!money?.money_kind || (rule.money !== 'any' && money.money_kind !== rule.money)) {
    fields.moneyAccountId =
      rule.money === 'bank'
        ? 'Pilih rekening bank'
        : rule.money === 'kas'
          ? 'Pilih kas tunai'
          : 'Pilih kas atau rekening bank';
  }
  if (!other) fields.otherAccountId = 'Akun tidak ditemukan';
  else if (rule.other === 'nonmoney' && other.money_kind) {
    fields.otherAccountId = 'Perpindahan antar kas/bank dicatat dengan Setor, Tarik atau Pindah buku';
  } else if ((rule.other === 'kas' || rule.other === 'bank') && other.money_kind !== rule.other) {
    fields.otherAccountId = rule.other === 'bank' ? 'Pilih rekening bank tujuan' : 'Pilih kas tujuan';
  } else if (rule.other === 'any' && !other.money_kind)
    fields.otherAccountId = 'Pilih kas atau rekening bank tujuan';
  if (moneyAccountId === otherAccountId) fields.otherAccountId = 'Rekening asal dan tujuan harus berbeda';
  if (Object.keys(fields).length > 0)
    throw new AppError('VALIDATION', Object.values(fields)[0] ?? 'Isian tidak sah', fields);

  const moneyIn = kind === 'penerimaan_kas';
  const lines: LineDraft[] = moneyIn
    ? [
        { accountId: moneyAccountId, debit: amount, credit: 0 },
        { accountId: otherAccountId, debit: 0, credit: amount },
      ]
    : [
        { accountId: otherAccountId, debit: amount, credit: 0 },
        { accountId: moneyAccountId, debit: 0, credit: amount },
      ];
  return postDraft(ctx, { ...header, kind, lines }, allowDuplicateBukti);
}

/** Entries the loan register posted are corrected there, so register and journal never disagree. */
function assertNotFromLoans(sqlite: BetterSqlite3.Database, entry: JournalEntry): void {
  const linked = sqlite
    .prepare(
      'SELECT 1 FROM repayments WHERE entry_id = ? UNION ALL SELECT 1 FROM loans WHERE disbursement_entry_id = ?',
    )
    .get(entry.id, entry.id);
  if (linked) {
    throw conflict(
      `Jurnal ${entry.bukti} dibuat dari register pinjaman; koreksi lewat menu Dana Bergulir (batalkan angsurannya).`,
    );
  }
  if (sqlite.prepare('SELECT 1 FROM finding_deposits WHERE journal_entry_id = ?').get(entry.id)) {
    throw conflict(
      `Jurnal ${entry.bukti} membukukan setoran tindak lanjut temuan dan tidak dapat diubah atau dibatalkan.`,
    );
  }
}

function assertChangeable(sqlite: BetterSqlite3.Database, entry: JournalEntry): void {
  assertNotFromLoans(sqlite, entry);
  if (entry.voided) throw conflict('Jurnal ini sudah dibatalkan dan tidak bisa diubah lagi.');
  if (entry.locked) {
    throw conflict(
      `Jurnal ${entry.bukti} (${formatTanggal(entry.date)}) berada di periode yang dikunci. Koreksi dengan jurnal pembalik.`,
    );
  }
  assertUnlocked(sqlite, entry.date, entry.time);
}

export function updateEntry(ctx: ServiceContext, input: ParsedInputOf<'journal.update'>): PostResult {
  const { sqlite } = ctx;
  const current = readEntry(sqlite, input.id);
  assertChangeable(sqlite, current);
  if (current.kind === 'pembalik') throw conflict('Jurnal pembalik tidak diubah; batalkan bila keliru.');
  const draft: EntryDraft = {
    date: input.date,
    time: input.time,
    bukti: input.bukti,
    description: input.description,
    desaId: input.desaId,
    kind: current.kind,
    lines: nonZero(input.lines),
  };
  assertUnlocked(sqlite, draft.date, draft.time);
  validateDraft(sqlite, draft);
  assertBuktiFree(sqlite, draft.bukti, input.allowDuplicateBukti, input.id);
  sqlite.transaction(() => {
    const now = nowIso(ctx);
    sqlite
      .prepare(
        'INSERT INTO journal_revisions (entry_id, snapshot, reason, changed_by, changed_at) VALUES (?, ?, ?, ?, ?)',
      )
      .run(input.id, JSON.stringify(current), input.reason, ctx.actor, now);
    writer(sqlite).replaceLines(input.id, draft, ctx.actor, now);
  })();
  return { entry: readEntry(sqlite, input.id) };
}

export function voidEntry(ctx: ServiceContext, input: ParsedInputOf<'journal.void'>): JournalEntry {
  const { sqlite } = ctx;
  const current = readEntry(sqlite, input.id);
  assertChangeable(sqlite, current);
  sqlite.transaction(() => writer(sqlite).void(input.id, input.reason, ctx.actor, nowIso(ctx)))();
  return readEntry(sqlite, input.id);
}

export function reverseEntry(ctx: ServiceContext, input: ParsedInputOf<'journal.reverse'>): PostResult {
  const { sqlite } = ctx;
  const original = readEntry(sqlite, input.id);
  if (original.voided) throw conflict('Jurnal yang sudah dibatalkan tidak perlu dibalik.');
  if (original.reversedByEntryId !== null) throw conflict('Jurnal ini sudah pernah dibalik.');
  if (original.kind === 'pembalik') throw conflict('Jurnal pembalik tidak dibalik lagi.');
  assertNotFromLoans(sqlite, original);
  if (stamp(input.date, input.time) < stamp(original.date, original.time)) {
    throw new AppError('VALIDATION', 'Jurnal pembalik tidak boleh bertanggal sebelum jurnal aslinya.', {
      date: 'Tanggal sebelum jurnal asli',
    });
  }
  return postDraft(
    ctx,
    {
      date: input.date,
      time: input.time,
      bukti: input.bukti,
      description: `Pembalik ${original.bukti}: ${input.reason}`,
      desaId: original.desaId,
      kind: 'pembalik',
      reversesEntryId: original.id,
      lines: original.lines.map((l) => ({ accountId: l.accountId, debit: l.credit, credit: l.debit })),
    },
    true,
  );
}

export function postOpeningBalances(
  ctx: ServiceContext,
  input: ParsedInputOf<'journal.openingBalances'>,
): PostResult {
  const { sqlite } = ctx;
  const existing = sqlite
    .prepare("SELECT bukti, entry_date FROM journal_entries WHERE kind = 'saldo_awal' AND voided = 0 LIMIT 1")
    .get() as { bukti: string; entry_date: string } | undefined;
  if (existing) {
    throw conflict(
      `Saldo awal sudah dicatat (bukti ${existing.bukti}, ${formatTanggal(existing.entry_date)}). Batalkan jurnal itu dulu bila ingin menggantinya.`,
    );
  }
  const sides = new Map(
    (
      sqlite.prepare('SELECT id, normal_side FROM accounts').all() as { id: number; normal_side: 'D' | 'K' }[]
    ).map((a) => [a.id, a.normal_side]),
  );
  const lines: LineDraft[] = [];
  input.items.forEach((item, i) => {
    if (item.accountId === input.equityAccountId) {
      throw new AppError('VALIDATION', 'Akun ekuitas saldo awal tidak diisi sebagai saldo.', {
        [`items.${i}.accountId`]: 'Pilih akun lain',
      });
    }
    if (item.amount === 0) return;
    const side = sides.get(item.accountId);
    if (!side)
      throw new AppError('VALIDATION', 'Akun tidak ditemukan.', {
        [`items.${i}.accountId`]: 'Akun tidak ditemukan',
      });
    lines.push(
      side === 'D'
        ? { accountId: item.accountId, debit: item.amount, credit: 0 }
        : { accountId: item.accountId, debit: 0, credit: item.amount },
    );
  });
  if (lines.length === 0)
    throw new AppError('VALIDATION', 'Isi sedikitnya satu saldo yang tidak nol.', {
      items: 'Semua saldo nol',
    });
  const diff = lines.reduce((s, l) => s + l.debit - l.credit, 0);
  if (diff !== 0) {
    lines.push(
      diff > 0
        ? { accountId: input.equityAccountId, debit: 0, credit: diff }
        : { accountId: input.equityAccountId, debit: -diff, credit: 0 },
    );
  }
  return postDraft(
    ctx,
    {
      date: input.date,
      time: '00:00',
      bukti: input.bukti ?? `SA-${input.date.slice(0, 4)}`,
      description: `Saldo awal per ${formatTanggal(input.date)}`,
      desaId: null,
      kind: 'saldo_awal',
      lines,
    },
    false,
  );
}

export function openingEquityAccountId(sqlite: BetterSqlite3.Database): number | null {
  return (
    (sqlite.prepare('SELECT id FROM accounts WHERE code = ?').pluck().get(OPENING_EQUITY_CODE) as
      | number
      | undefined) ?? null
  );
}
