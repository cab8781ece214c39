import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApp } from '../main/app';
import { sealAuditLog } from '../main/audit/auditChain';
import { labaRugi } from '../main/laporan/labaRugi';
import { neraca } from '../main/laporan/neraca';
import { neracaSaldo } from '../main/laporan/neracaSaldo';
import { checkpoints } from '../main/ledger/checkpoints';
import { percentile, report, tempDir } from './harness';

const quiet = { error: () => {} };
const LINES = Number(process.env.LEDGER_LINES ?? 1_000_000);
const YEARS = 20;
const RUNS = 40;
const FIRST_DAY = '2006-01-01';

function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/**
 * A 20-year office with ≥ 150 accounts: 120 accounts added under the default chart's groups (bank,
 * piutang, pendapatan, beban), LINES journal lines in two-line entries between kas and the others.
 */
async function generate(dbPath: string): Promise<number> {
  const app = await createApp({ dbPath, log: quiet, actor: 'bench' });
  const { sqlite } = app.context;
  const now = new Date().toISOString();
  const groups: Array<[string, string, 'D' | 'K']> = [
    ['1.1.03', 'aset', 'D'],
    ['2.1', 'kewajiban', 'K'],
    ['4.2', 'pendapatan', 'K'],
    ['5.1', 'beban', 'D'],
  ];
  const insert = sqlite.prepare(
    `INSERT INTO accounts (code, name, type, normal_side, parent_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, (SELECT id FROM accounts WHERE code = ?), ?, ?)`,
  );
  sqlite.transaction(() => {
    for (const [parent, type, side] of groups) {
      for (let i = 0; i < 30; i++)
        insert.run(`${parent}.${50 + i}`, `Akun ${parent} ${i}`, type, side, parent, now, now);
    }
  })();
  const others = sqlite
    .prepare(
      `SELECT id FROM accounts a WHERE code != '1.1.01.01'
       AND NOT EXISTS (SELECT 1 FROM accounts c WHERE c.parent_id = a.id) ORDER BY code`,
    )
    .pluck()
    .all() as number[];
  const kas = sqlite.prepare("SELECT id FROM accounts WHERE code = '1.1.01.01'").pluck().get() as number;
  const insertEntry = sqlite.prepare(
    `INSERT INTO journal_entries (id, entry_date, entry_time, bukti, description, kind, created_by, created_at)
     VALUES (?, ?, '09:00', ?, 'Transaksi', 'umum', 'bench', ?)`,
  );
  const insertLine = sqlite.prepare(
    'INSERT INTO journal_lines (entry_id, account_id, debit, credit, entry_date, entry_time) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const entries = Math.floor(LINES / 2);
  const days = YEARS * 365;
  for (let start = 0; start < entries; start += 50_000) {
    sqlite.transaction(() => {
      for (let i = start; i < Math.min(entries, start + 50_000); i++) {
        const date = addDays(FIRST_DAY, Math.floor((i * days) / entries));
        const amount = (1 + ((i * 7919) % 5000)) * 1000 * 100;
        const kasIn = i % 2 === 0;
        insertEntry.run(i + 1, date, `B-${i + 1}`, now);
        insertLine.run(i + 1, kas, kasIn ? amount : 0, kasIn ? 0 : amount, date, '09:00');
        insertLine.run(
          i + 1,
          others[i % others.length],
          kasIn ? 0 : amount,
          kasIn ? amount : 0,
          date,
          '09:00',
        );
      }
    })();
  }
  const cp = checkpoints(sqlite);
  sqlite.transaction(() => {
    for (const id of [kas, ...others]) cp.rebuildFrom(id, '0000-01-01');
  })();
  sealAuditLog(sqlite);
  sqlite.pragma('optimize');
  const accounts = sqlite.prepare('SELECT COUNT(*) FROM accounts').pluck().get() as number;
  await app.close();
  return accounts;
}

async function timed(fn: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times;
}

async function main(): Promise<void> {
  const dbPath = path.join(tempDir('statements'), 'statements.sqlite');
  const genStart = performance.now();
  const accounts = await generate(dbPath);
  report('statements.generate.s', (performance.now() - genStart) / 1000, 's');
  report('statements.accounts', accounts, 'accounts');
  report('statements.lines', LINES, 'lines');
  const app = await createApp({ dbPath, log: quiet, actor: 'bench' });
  const ctx = app.context;
  let seed = 7;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const randomDay = () => addDays(FIRST_DAY, 400 + Math.floor(rnd() * (YEARS * 365 - 400)));
  const randomYear = () => 2007 + Math.floor(rnd() * (YEARS - 1));
  const n = await timed(() => neraca(ctx, { date: randomDay(), compare: 'tahun_lalu' }));
  report('statements.neraca.p95_ms', percentile(n, 95), 'ms');
  const lr = await timed(() => {
    const y = randomYear();
    return labaRugi(ctx, { from: `${y}-01-01`, to: `${y}-12-31`, compare: 'tahun_lalu' });
  });
  report('statements.laba_rugi.p95_ms', percentile(lr, 95), 'ms');
  const ns = await timed(() => {
    const y = randomYear();
    return neracaSaldo(ctx, { from: `${y}-01-01`, to: `${y}-12-31`, compare: 'tidak' });
  });
  report('statements.neraca_saldo.p95_ms', percentile(ns, 95), 'ms');
  await app.close();
}

void main();
