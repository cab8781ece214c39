import type BetterSqlite3 from 'better-sqlite3';
import type { IntegrityFinding } from '../../shared/audit/audit';
import { formatTanggal } from '../../shared/format/date';
import { formatRupiah } from '../../shared/format/money';
import { journalDigest, type LockRow } from '../ledger/lockDigest';

interface TrailRow {
  id: number;
  at: string;
  actor: string;
  row_id: string | null;
  action: string;
  before_json: string | null;
  after_json: string | null;
}

function parseObject(json: string | null): Record<string, unknown> | null {
  if (json === null) return null;
  try {
    const v = JSON.parse(json) as unknown;
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function lockName(lock: Pick<LockRow, 'id' | 'locked_until' | 'reason'>): string {
  const [date = '', time = ''] = lock.locked_until.split(' ');
  return `Kunci periode sampai ${formatTanggal(date)} pukul ${time} (${lock.reason})`;
}

const stampOf = (row: Record<string, unknown> | null): string | null =>
  row && typeof row.entry_date === 'string' && typeof row.entry_time === 'string'
    ? `${row.entry_date} ${row.entry_time}`
    : null;

const MONEY_FIELDS = new Set(['debit', 'credit']);
const FIELD_LABELS: Record<string, string> = {
  debit: 'debit',
  credit: 'kredit',
  entry_date: 'tanggal',
  entry_time: 'jam',
  description: 'uraian',
  account_id: 'akun',
  voided: 'dibatalkan',
  bukti: 'bukti',
  entry_id: 'jurnal',
};

function describeChange(
  sqlite: BetterSqlite3.Database,
  table: 'journal_lines' | 'journal_entries',
  r: TrailRow,
): string {
  const before = parseObject(r.before_json);
  const after = parseObject(r.after_json);
  const row = after ?? before ?? {};
  let what: string;
  if (table === 'journal_lines') {
    const account = sqlite.prepare('SELECT code, name FROM accounts WHERE id = ?').get(row.account_id) as
      | { code: string; name: string }
      | undefined;
    what = `Baris jurnal #${r.row_id} (jurnal #${String(row.entry_id)}, ${account ? `${account.code} ${account.name}` : `akun #${String(row.account_id)}`})`;
  } else {
    what = `Jurnal #${r.row_id} (bukti ${String(row.bukti ?? '-')})`;
  }
  const show = (field: string, v: unknown) =>
    MONEY_FIELDS.has(field) && typeof v === 'number' ? formatRupiah(v) : v === null ? 'kosong' : String(v);
  const changes =
    r.action === 'update' && before && after
      ? Object.keys(after)
          .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
          .map((k) => `${FIELD_LABELS[k] ?? k} ${show(k, before[k])} → ${show(k, after[k])}`)
      : [r.action === 'delete' ? 'dihapus' : 'ditambahkan'];
  return `${what}: ${changes.join(', ')} — oleh "${r.actor}" (jejak #${r.id}, ${r.at})`;
}

/** Changes the trail recorded, after a lock was made, to journal rows stamped inside its stretch. */
function changesInside(sqlite: BetterSqlite3.Database, lock: LockRow, from: string | null): string[] {
  const out: string[] = [];
  const madeAt = (sqlite
    .prepare(`SELECT min(id) FROM audit_log WHERE table_name = 'ledger_locks' AND row_id = ?`)
    .pluck()
    .get(String(lock.id)) ?? 0) as number;
  for (const table of ['journal_lines', 'journal_entries'] as const) {
    const rows = sqlite
      .prepare(
        `SELECT id, at, actor, row_id, action, before_json, after_json FROM audit_log
         WHERE table_name = ? AND id > ? ORDER BY id`,
      )
      .all(table, madeAt) as TrailRow[];
    for (const r of rows) {
      const inside = [stampOf(parseObject(r.before_json)), stampOf(parseObject(r.after_json))].some(
        (s) => s !== null && (from === null || s > from) && s <= lock.locked_until,
      );
      if (inside) out.push(describeChange(sqlite, table, r));
      if (out.length >= 20) return out;
    }
  }
  return out;
}

/** The lock's row as its own audit trail recorded it last (insert, or the digest backfill). */
function recordedLock(sqlite: BetterSqlite3.Database, id: number): Record<string, unknown> | null {
  const row = sqlite
    .prepare(
      `SELECT after_json FROM audit_log WHERE table_name = 'ledger_locks' AND row_id = ? AND action != 'delete'
       ORDER BY id DESC LIMIT 1`,
    )
    .pluck()
    .get(String(id)) as string | undefined;
  return row === undefined ? null : parseObject(row);
}

/** Locks the trail saw being made: id → locked_until and reason as recorded. */
function locksMade(sqlite: BetterSqlite3.Database): Map<number, { until: string; reason: string }> {
  const rows = sqlite
    .prepare(
      `SELECT row_id, after_json FROM audit_log WHERE table_name = 'ledger_locks' AND action = 'insert' ORDER BY id`,
    )
    .all() as { row_id: string; after_json: string | null }[];
  return new Map(
    rows.map((r) => {
      const after = parseObject(r.after_json) ?? {};
      return [
        Number(r.row_id),
        { until: String(after.locked_until ?? ''), reason: String(after.reason ?? '') },
      ];
    }),
  );
}

/**
 * Every lock still exists, still says what it said when made, and its journal is unchanged. With
 * `upTo`, only the locks whose stretch begins before that stamp.
 */
export function lockFindings(sqlite: BetterSqlite3.Database, upTo: string | null = null): IntegrityFinding[] {
  const findings: IntegrityFinding[] = [];
  const made = locksMade(sqlite);
  const locks = sqlite
    .prepare('SELECT id, locked_until, reason, created_at, digest, lifted_at FROM ledger_locks ORDER BY id')
    .all() as (LockRow & { lifted_at: string | null })[];
  const existing = new Set(locks.map((l) => l.id));
  // A stretch begins at the latest earlier lock, counting locks deleted since (as the trail saw them).
  const earlier = [...made].map(([id, m]) => ({ id, until: m.until }));
  for (const l of locks) if (!made.has(l.id)) earlier.push({ id: l.id, until: l.locked_until });
  const startOf = (lock: LockRow): string | null =>
    earlier
      .filter((e) => e.id < lock.id)
      .reduce<string | null>((max, e) => (max === null || e.until > max ? e.until : max), null);
  for (const lock of locks) {
    const from = startOf(lock);
    if (upTo !== null && from !== null && from >= upTo) continue;
    const name = lockName(lock);
    const recorded = recordedLock(sqlite, lock.id);
    if (!recorded) {
      findings.push({ area: 'kunci', message: `${name}: tidak tercatat di jejak audit.` });
    } else if (recorded.locked_until !== lock.locked_until || recorded.digest !== lock.digest) {
      findings.push({
        area: 'kunci',
        message: `${name}: batas atau sidik kunci berbeda dengan yang tercatat saat dikunci (sampai ${String(recorded.locked_until)}).`,
      });
    }
    // A lifted lock (a reopened year) no longer freezes its stretch.
    if (lock.digest === null || lock.lifted_at !== null) continue;
    if (journalDigest(sqlite, from, lock.locked_until) !== lock.digest) {
      const named = changesInside(sqlite, lock, from);
      findings.push({
        area: 'jurnal',
        message:
          `${name}: jurnal periode yang terkunci telah berubah sejak dikunci. ` +
          (named.length > 0
            ? `Perubahan yang tercatat: ${named.join('; ')}.`
            : 'Perubahannya tidak tercatat di jejak audit (pemicu jejak audit dilepas saat itu).'),
      });
    }
  }
  for (const [id, m] of made) {
    if (existing.has(id) || (upTo !== null && m.until > upTo)) continue;
    findings.push({
      area: 'kunci',
      message: `${lockName({ id, locked_until: m.until, reason: m.reason })}: telah dihapus di luar aplikasi — periode itu kini dapat diubah.`,
    });
  }
  return findings;
}

/** Every entry's lines balance (debit = credit). */
export function balanceFindings(sqlite: BetterSqlite3.Database): IntegrityFinding[] {
  const rows = sqlite
    .prepare(
      `SELECT e.id, e.entry_date AS date, e.bukti, SUM(l.debit) AS debit, SUM(l.credit) AS credit
       FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id
       GROUP BY l.entry_id HAVING SUM(l.debit) != SUM(l.credit) ORDER BY l.entry_id LIMIT 50`,
    )
    .all() as { id: number; date: string; bukti: string; debit: number; credit: number }[];
  return rows.map((r) => ({
    area: 'jurnal',
    message: `Jurnal #${r.id} (${formatTanggal(r.date)}, bukti ${r.bukti}) tidak seimbang: debit ${formatRupiah(r.debit)}, kredit ${formatRupiah(r.credit)}.`,
  }));
}

interface Daily {
  account_id: number;
  day: string;
  debit: number;
  credit: number;
  lines: number;
}

/** The daily checkpoints agree with the journal lines they summarise. */
export function checkpointFindings(sqlite: BetterSqlite3.Database): IntegrityFinding[] {
  const expected = new Map<string, Daily>();
  const running = new Map<number, Daily>();
  const days = sqlite
    .prepare(
      `SELECT account_id, entry_date AS day, SUM(debit) AS debit, SUM(credit) AS credit, COUNT(*) AS lines
       FROM journal_lines WHERE voided = 0 GROUP BY account_id, entry_date ORDER BY account_id, entry_date`,
    )
    .iterate() as Iterable<Daily>;
  for (const d of days) {
    const prev = running.get(d.account_id);
    const cum: Daily = {
      ...d,
      debit: (prev?.debit ?? 0) + d.debit,
      credit: (prev?.credit ?? 0) + d.credit,
      lines: (prev?.lines ?? 0) + d.lines,
    };
    running.set(d.account_id, cum);
    expected.set(`${d.account_id}|${d.day}`, cum);
  }
  const names = new Map(
    (
      sqlite.prepare('SELECT id, code, name FROM accounts').all() as {
        id: number;
        code: string;
        name: string;
      }[]
    ).map((a) => [a.id, `${a.code} ${a.name}`]),
  );
  // Per account: the first day that disagrees (later days follow from it) and how many do.
  const bad = new Map<number, { day: string; text: string; days: number }>();
  const add = (accountId: number, day: string, text: string) => {
    const known = bad.get(accountId);
    if (!known) bad.set(accountId, { day, text, days: 1 });
    else {
      known.days++;
      if (day < known.day) Object.assign(known, { day, text });
    }
  };
  const stored = sqlite
    .prepare(
      `SELECT account_id, day, cum_debit AS debit, cum_credit AS credit, cum_lines AS lines FROM account_daily
       ORDER BY account_id, day`,
    )
    .iterate() as Iterable<Daily>;
  for (const s of stored) {
    const key = `${s.account_id}|${s.day}`;
    const e = expected.get(key);
    expected.delete(key);
    if (!e) {
      add(s.account_id, s.day, 'tersimpan, padahal tidak ada baris jurnal hari itu');
    } else if (e.debit !== s.debit || e.credit !== s.credit || e.lines !== s.lines) {
      add(
        s.account_id,
        s.day,
        `tersimpan ${formatRupiah(s.debit - s.credit)} (${s.lines} baris), menurut baris jurnal ${formatRupiah(e.debit - e.credit)} (${e.lines} baris)`,
      );
    }
  }
  for (const e of expected.values())
    add(e.account_id, e.day, 'tidak tersimpan, padahal ada baris jurnal hari itu');
  const findings: IntegrityFinding[] = [];
  for (const [accountId, b] of bad) {
    findings.push({
      area: 'saldo',
      message: `Saldo harian akun ${names.get(accountId) ?? `#${accountId}`} tidak cocok dengan baris jurnal sejak ${formatTanggal(b.day)}: ${b.text}${b.days > 1 ? `; ${b.days} hari terdampak` : ''}.`,
    });
  }
  return findings;
}
