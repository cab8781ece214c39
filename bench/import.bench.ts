import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createApp } from '../main/app';
import { sealAuditLog } from '../main/audit/auditChain';
import { checkpoints } from '../main/ledger/checkpoints';
import { importCommit, importPreview } from '../main/ledger/importService';
import type { ImportMapping } from '../shared/ledger/importTypes';
import { report, tempDir } from './harness';

/**
 * `npm run bench -- import`: a grouped journal of 100,000 lines (40,000 vouchers of two and three
 * lines) into a generated office of IMPORT_OFFICE_LINES journal lines. The preview and the commit
 * run in a fresh child process, whose maxRSS is the import's peak memory. The raw limit inserts the
 * same lines with plain better-sqlite3 into minimal STRICT tables (primary keys only, no triggers)
 * with the app's pragmas, in one transaction.
 */

const OFFICE_LINES = Number(process.env.IMPORT_OFFICE_LINES ?? 1_000_000);
const VOUCHERS = 40_000;
const quiet = { error: () => {} };

const MAPPING: ImportMapping = {
  grouping: 'bukti',
  sheet: null,
  headerRow: 1,
  columns: { date: 0, bukti: 1, description: 2, account: 3, amountMode: 'debit_kredit', debit: 4, credit: 5 },
  defaultAccountCode: null,
  counterAccountCode: '',
};

function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

interface Line {
  date: string;
  bukti: string;
  description: string;
  code: string;
  debit: number;
  credit: number;
}

/** Even vouchers: kas against jasa (2 lines); odd: two expenses paid from kas (3 lines). */
function voucherLines(): Line[] {
  const lines: Line[] = [];
  for (let v = 0; v < VOUCHERS; v++) {
    const date = addDays('2024-01-01', Math.floor(v / 100));
    const bukti = `IMP-${v}`;
    const rp = 1000 * (1 + (v % 977));
    if (v % 2 === 0) {
      const description = `Angsuran jasa ${v}`;
      lines.push({ date, bukti, description, code: '1.1.01.01', debit: rp, credit: 0 });
      lines.push({ date, bukti, description, code: '4.1.01', debit: 0, credit: rp });
    } else {
      const description = `Operasional ${v}`;
      lines.push({ date, bukti, description, code: '5.1.01', debit: rp, credit: 0 });
      lines.push({ date, bukti, description, code: '5.1.02', debit: 500, credit: 0 });
      lines.push({ date, bukti, description, code: '1.1.01.01', debit: 0, credit: rp + 500 });
    }
  }
  return lines;
}

function writeCsv(file: string, lines: Line[]): void {
  const rupiah = (n: number) => (n === 0 ? '' : n.toLocaleString('id-ID'));
  const out = ['Tanggal;No Bukti;Uraian;Kode Akun;Debet;Kredit'];
  for (const l of lines) {
    const [y, m, d] = l.date.split('-');
    out.push(`${d}/${m}/${y};${l.bukti};${l.description};${l.code};${rupiah(l.debit)};${rupiah(l.credit)}`);
  }
  fs.writeFileSync(file, out.join('\r\n'), 'utf8');
}

/** The office: two-line entries over 20 years, kas against 30 other accounts, audit trail sealed. */
async function generate(dbPath: string): Promise<void> {
  const app = await createApp({ dbPath, log: quiet, actor: 'bench' });
  const { sqlite } = app.context;
  const now = new Date().toISOString();
  const kas = sqlite.prepare("SELECT id FROM accounts WHERE code = '1.1.01.01'").pluck().get() as number;
  const others = sqlite
    .prepare(
      `SELECT id FROM accounts a WHERE money_kind IS NULL
       AND NOT EXISTS (SELECT 1 FROM accounts c WHERE c.parent_id = a.id) ORDER BY code LIMIT 30`,
    )
    .pluck()
    .all() as number[];
  const insertEntry = sqlite.prepare(
    `INSERT INTO journal_entries (id, entry_date, entry_time, bukti, description, kind, created_by, created_at)
     VALUES (?, ?, '10:00', ?, ?, 'umum', 'bench', ?)`,
  );
  const insertLine = sqlite.prepare(
    `INSERT INTO journal_lines (entry_id, account_id, debit, credit, entry_date, entry_time)
     VALUES (?, ?, ?, ?, ?, '10:00')`,
  );
  const entries = Math.floor(OFFICE_LINES / 2);
  const days = 20 * 365;
  for (let start = 0; start < entries; start += 50_000) {
    sqlite.transaction(() => {
      for (let i = start; i < Math.min(entries, start + 50_000); i++) {
        const id = i + 1;
        const date = addDays('2004-01-01', Math.floor((i * days) / entries));
        const amount = (1 + (i % 5000)) * 100_000;
        const other = others[i % others.length] as number;
        insertEntry.run(id, date, `B-${id}`, `Transaksi ${id}`, now);
        insertLine.run(id, kas, i % 2 ? amount : 0, i % 2 ? 0 : amount, date);
        insertLine.run(id, other, i % 2 ? 0 : amount, i % 2 ? amount : 0, date);
      }
    })();
  }
  const cp = checkpoints(sqlite);
  sqlite.transaction(() => {
    for (const id of [kas, ...others]) cp.rebuildFrom(id, '0000-01-01');
  })();
  sealAuditLog(sqlite);
  await app.close();
}

/** In a fresh process: preview, then commit (with the seal of its audit trail) as the screen does. */
async function runImport(dbPath: string, csvPath: string): Promise<void> {
  const app = await createApp({ dbPath, log: quiet, actor: 'bench' });
  await app.backupsSettled();
  await app.integrity;
  const ctx = app.context;
  const file = { fileName: 'jurnal.csv', base64: fs.readFileSync(csvPath).toString('base64') };
  const previewStart = performance.now();
  const preview = await importPreview(ctx, { ...file, mapping: MAPPING, sheet: null });
  const previewMs = performance.now() - previewStart;
  if (preview.errorCount > 0 || preview.entryCount !== VOUCHERS) {
    throw new Error(`preview: ${preview.errorCount} errors, ${preview.entryCount} entries`);
  }
  const commitStart = performance.now();
  const result = await importCommit(ctx, {
    ...file,
    mapping: MAPPING,
    confirmed: true,
    includeDuplicates: false,
  });
  sealAuditLog(ctx.sqlite);
  const commitMs = performance.now() - commitStart;
  if (result.entries !== VOUCHERS) throw new Error(`imported ${result.entries} entries`);
  await app.close();
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  console.error(JSON.stringify({ previewMs, commitMs, maxRssMb }));
}

function rawLimitMs(dir: string, lines: Line[]): number {
  const db = new Database(path.join(dir, 'raw.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.exec(`CREATE TABLE entries (id INTEGER PRIMARY KEY, entry_date TEXT NOT NULL, entry_time TEXT NOT NULL,
      bukti TEXT NOT NULL, description TEXT NOT NULL) STRICT;
    CREATE TABLE lines (id INTEGER PRIMARY KEY, entry_id INTEGER NOT NULL, account_id INTEGER NOT NULL,
      debit INTEGER NOT NULL, credit INTEGER NOT NULL, entry_date TEXT NOT NULL, entry_time TEXT NOT NULL) STRICT;`);
  const insertEntry = db.prepare(
    "INSERT INTO entries (entry_date, entry_time, bukti, description) VALUES (?, '00:00', ?, ?)",
  );
  const insertLine = db.prepare(
    "INSERT INTO lines (entry_id, account_id, debit, credit, entry_date, entry_time) VALUES (?, ?, ?, ?, ?, '00:00')",
  );
  const account = new Map(['1.1.01.01', '4.1.01', '5.1.01', '5.1.02'].map((c, i) => [c, i + 1]));
  const start = performance.now();
  db.transaction(() => {
    let bukti = '';
    let entry = 0;
    for (const l of lines) {
      if (l.bukti !== bukti) {
        bukti = l.bukti;
        entry = Number(insertEntry.run(l.date, l.bukti, l.description).lastInsertRowid);
      }
      insertLine.run(entry, account.get(l.code), l.debit * 100, l.credit * 100, l.date);
    }
  })();
  const ms = performance.now() - start;
  db.close();
  return ms;
}

async function main(): Promise<void> {
  const [mode, dbPath, csvPath] = process.argv.slice(2);
  if (mode === '--generate' && dbPath) return generate(dbPath);
  if (mode === '--import' && dbPath && csvPath) return runImport(dbPath, csvPath);

  const dir = tempDir('import');
  const db = path.join(dir, 'office.sqlite');
  const csv = path.join(dir, 'jurnal.csv');
  const lines = voucherLines();
  writeCsv(csv, lines);
  const child = (args: string[]) => {
    const run = spawnSync(process.execPath, [__filename, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'inherit', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.status !== 0) throw new Error(`${args[0]} failed: ${run.stderr}`);
    return run.stderr.trim().split('\n').at(-1) ?? '';
  };
  child(['--generate', db]);
  const measured = JSON.parse(child(['--import', db, csv])) as {
    previewMs: number;
    commitMs: number;
    maxRssMb: number;
  };
  const raw = rawLimitMs(dir, lines);
  const commitRate = lines.length / (measured.commitMs / 1000);
  const rawRate = lines.length / (raw / 1000);
  console.log(
    JSON.stringify({ work: { officeLines: OFFICE_LINES, importLines: lines.length, vouchers: VOUCHERS } }),
  );
  report('import.preview_100k.ms', measured.previewMs, 'ms');
  report('import.commit.rows_per_s', commitRate, 'rows/s');
  report('import.raw_limit.rows_per_s', rawRate, 'rows/s');
  report('import.vs_raw.ratio', commitRate / rawRate, 'ratio');
  report('import.peak_rss.mb', measured.maxRssMb, 'MB');
  if (process.env.BENCH_KEEP !== '1') fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
