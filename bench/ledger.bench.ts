import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createApp } from '../main/app';
import { sealAuditLog } from '../main/audit/auditChain';
import { balanceAt, bookPage } from '../main/ledger/booksService';
import { checkpoints } from '../main/ledger/checkpoints';
import { percentile, report, tempDir, trackPeakRss } from './harness';

import { benchImport, writeImportCsv } from './ledgerImport';

const quiet = { error: () => {} };
const LINES = Number(process.env.LEDGER_LINES ?? 1_000_000);
const YEARS = 20;
const IMPORT_ROWS = 100_000;

function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/**
 * A 20-year UPK: LINES journal lines in two-line entries, one side always the kas account (half
 * the lines), the other over 40 accounts (bank accounts and income/expense accounts).
 */
async function generate(dbPath: string): Promise<{ kas: number; firstDay: string; lastDay: string }> {
  const app = await createApp({ dbPath, log: quiet, actor: 'bench' });
  const { sqlite } = app.context;
  const now = new Date().toISOString();
  const insertAccount = sqlite.prepare(
    `INSERT INTO accounts (code, name, type, normal_side, parent_id, money_kind, bank_name, bank_account_number,
       bank_holder, bank_type, created_at, updated_at)
     VALUES (?, ?, 'aset', 'D', (SELECT id FROM accounts WHERE code = '1.1.01.02'), 'bank', 'Bank', ?, 'UPK', 'giro', ?, ?)`,
  );
  const others: number[] = [];
  sqlite.transaction(() => {
    for (let i = 1; i <= 10; i++) {
      const code = `1.1.01.02.${String(i).padStart(2, '0')}`;
      others.push(Number(insertAccount.run(code, `Bank ${i}`, `000${i}`, now, now).lastInsertRowid));
    }
  })();
  const leaves = sqlite
    .prepare(
      `SELECT id FROM accounts a WHERE money_kind IS NULL
       AND NOT EXISTS (SELECT 1 FROM accounts c WHERE c.parent_id = a.id) ORDER BY code LIMIT 30`,
    )
    .pluck()
    .all() as number[];
  others.push(...leaves);
  const kas = sqlite.prepare("SELECT id FROM accounts WHERE code = '1.1.01.01'").pluck().get() as number;

  const entries = Math.floor(LINES / 2);
  const firstDay = '2006-01-01';
  const days = YEARS * 365;
  const insertEntry = sqlite.prepare(
    `INSERT INTO journal_entries (id, entry_date, entry_time, bukti, description, kind, created_by, created_at)
     VALUES (?, ?, ?, ?, ?, 'umum', 'bench', ?)`,
  );
  const insertLine = sqlite.prepare(
    'INSERT INTO journal_lines (entry_id, account_id, debit, credit, entry_date, entry_time) VALUES (?, ?, ?, ?, ?, ?)',
  );
  let seed = 42;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const batch = 50_000;
  for (let start = 0; start < entries; start += batch) {
    sqlite.transaction(() => {
      for (let i = start; i < Math.min(entries, start + batch); i++) {
        const date = addDays(firstDay, Math.floor((i * days) / entries));
        const time = `${String(8 + Math.floor(rnd() * 9)).padStart(2, '0')}:${String(Math.floor(rnd() * 60)).padStart(2, '0')}`;
        const id = i + 1;
        insertEntry.run(id, date, time, `B-${id}`, `Transaksi ${id} kelompok ${id % 97}`, now);
        const amount = (1 + Math.floor(rnd() * 5000)) * 1000 * 100;
        const other = others[i % others.length] as number;
        const kasIn = rnd() < 0.52;
        insertLine.run(id, kas, kasIn ? amount : 0, kasIn ? 0 : amount, date, time);
        insertLine.run(id, other, kasIn ? 0 : amount, kasIn ? amount : 0, date, time);
      }
    })();
  }
  const cp = checkpoints(sqlite);
  sqlite.transaction(() => {
    for (const id of [kas, ...others]) cp.rebuildFrom(id, '0000-01-01');
  })();
  // The generated rows went around the dispatch: seal their audit trail here, as the app would have
  // after each write, so opening measures opening and not a one-off seal of 1.5 M rows.
  sealAuditLog(sqlite);
  sqlite.pragma('optimize');
  await app.close();
  return { kas, firstDay, lastDay: addDays(firstDay, days - 1) };
}

async function main(): Promise<void> {
  const target = process.env.LEDGER_GENERATE_INTO;
  if (target) {
    const info = await generate(target);
    writeImportCsv(`${target}.csv`, IMPORT_ROWS);
    console.error(JSON.stringify(info));
    return;
  }
  const dir = tempDir('ledger');
  const dbPath = path.join(dir, 'ledger.sqlite');
  // The 20-year office is generated in a child process: its garbage is not the app's memory.
  const genStart = performance.now();
  const child = spawnSync(process.execPath, [__filename], {
    env: { ...process.env, LEDGER_GENERATE_INTO: dbPath },
    encoding: 'utf8',
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  if (child.status !== 0) throw new Error(`generator failed: ${child.stderr}`);
  const { kas, firstDay, lastDay } = JSON.parse(child.stderr.trim().split('\n').at(-1) ?? '{}') as {
    kas: number;
    firstDay: string;
    lastDay: string;
  };
  report('ledger.generate.s', (performance.now() - genStart) / 1000, 's');
  const peak = trackPeakRss();

  // Opening: migration check plus the first screen's queries.
  const openStart = performance.now();
  const app = await createApp({ dbPath, log: quiet, actor: 'bench' });
  for (const [name, input] of [
    ['system.status', {}],
    ['office.getProfile', {}],
    ['desa.list', { includeInactive: false }],
    ['accounts.list', { includeInactive: false }],
    ['officers.onDate', { position: 'bendahara_upk', date: lastDay }],
  ] as const) {
    const r = await app.systemDispatch(name, input);
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  }
  report('ledger.open.ms', performance.now() - openStart, 'ms');
  // The start backup of the 20-year file runs in the background; the measurements below are of the
  // books and the import, so let it finish first (its time is reported on its own).
  const backupStart = performance.now();
  await app.backupsSettled();
  await app.integrity;
  report('ledger.start_backup_and_check.ms', performance.now() - backupStart, 'ms');

  const ctx = app.context;
  const spanDays = YEARS * 365;
  let seed = 7;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const randomDay = () => addDays(firstDay, Math.floor(rnd() * spanDays));
  const randomTime = () =>
    `${String(Math.floor(rnd() * 24)).padStart(2, '0')}:${String(Math.floor(rnd() * 60)).padStart(2, '0')}`;

  const balances: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const date = randomDay();
    const time = randomTime();
    const t0 = performance.now();
    balanceAt(ctx, { accountId: kas, date, time, moment: 'sesudah' });
    balances.push(performance.now() - t0);
  }
  report('ledger.balance_at_instant.p50_ms', percentile(balances, 50), 'ms');
  report('ledger.balance_at_instant.p95_ms', percentile(balances, 95), 'ms');

  const linePos = ctx.sqlite.prepare(
    `SELECT entry_date AS date, entry_time AS time, entry_id AS entryId, id AS lineId FROM journal_lines
     WHERE account_id = ? AND entry_date >= ? ORDER BY entry_date, entry_time, entry_id, id LIMIT 1`,
  );
  const pages: number[] = [];
  for (let i = 0; i < 300; i++) {
    const after = linePos.get(kas, randomDay()) as {
      date: string;
      time: string;
      entryId: number;
      lineId: number;
    };
    const t0 = performance.now();
    const page = bookPage(
      ctx.sqlite,
      { accountId: kas, bku: false, from: firstDay, to: lastDay, search: null },
      after,
      100,
    );
    pages.push(performance.now() - t0);
    if (page.rows.length === 0 && after) throw new Error('empty page');
  }
  report('ledger.page.p95_ms', percentile(pages, 95), 'ms');

  report('ledger.rss_before_import.mb', process.memoryUsage().rss / 1024 / 1024, 'MB');
  await benchImport(ctx, `${dbPath}.csv`, IMPORT_ROWS);
  await app.close();
  report('ledger.peak_rss.mb', peak() / 1024 / 1024, 'MB');
  if (process.env.BENCH_KEEP) console.error(`Database disimpan: ${dbPath}`);
  else fs.rmSync(dir, { recursive: true, force: true });
}

void main();
