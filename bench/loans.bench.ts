import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createApp } from '../main/app';
import { dropAuditTriggers } from '../main/audit/auditTriggers';
import { checkpoints } from '../main/ledger/checkpoints';
import { kolekSeriesAt } from '../main/pinjaman/kolekSeries';
import { portfolioAt } from '../main/pinjaman/portfolio';
import { classTableById } from '../main/pinjaman/productService';
import { buildSchedule } from '../shared/pinjaman/schedule';
import type { LoanTerms } from '../shared/pinjaman/terms';
import { medianMs, tempDir } from './harness';

const LOANS = 5000;
const JOURNAL_LINES = 1_000_000;
const AS_OF = '2026-06-30';
const RP = 100;

/** One result line: metric, value, unit and the work behind it. */
function line(metric: string, value: number, unit: string, work: Record<string, unknown>): void {
  console.log(JSON.stringify({ metric, value: Math.round(value * 100) / 100, unit, ...work }));
}

function addDays(iso: string, n: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/**
 * 5,000 loans in 20 desa, monthly (10–24 months) and weekly (26–78 weeks), disbursed from 2023 to mid
 * 2026, with five repayment patterns (on time, late, partial, stopped, written off), each disbursement,
 * repayment and write-off posted in the journal, and other office entries up to 1,000,000 journal lines.
 */
async function generate(dbPath: string): Promise<void> {
  const app = await createApp({ dbPath, log: { error: () => {} }, actor: 'bench' });
  const { sqlite } = app.context;
  // Rows go around the services; the audit triggers (recreated at the next open) would double the file.
  dropAuditTriggers(sqlite);
  const now = new Date().toISOString();
  const acc = (code: string) =>
    sqlite.prepare('SELECT id FROM accounts WHERE code = ?').pluck().get(code) as number;
  const kas = acc('1.1.01.01');
  const piutang = acc('1.1.03.01');
  const jasa = acc('4.1.01');
  const cadangan = acc('1.1.04.01');
  const biaya = sqlite
    .prepare(
      "SELECT id FROM accounts WHERE type = 'beban' AND NOT EXISTS (SELECT 1 FROM accounts c WHERE c.parent_id = accounts.id) LIMIT 1",
    )
    .pluck()
    .get() as number;
  let seed = 7;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const entry = sqlite.prepare(
    `INSERT INTO journal_entries (entry_date, entry_time, bukti, description, kind, created_by, created_at)
     VALUES (?, '09:00', ?, ?, 'umum', 'bench', ?)`,
  );
  const jl = sqlite.prepare(
    "INSERT INTO journal_lines (entry_id, account_id, debit, credit, entry_date, entry_time) VALUES (?, ?, ?, ?, ?, '09:00')",
  );
  let lines = 0;
  const post = (date: string, bukti: string, parts: [number, number, number][]): number => {
    const id = Number(entry.run(date, bukti, bukti, now).lastInsertRowid);
    for (const [account, debit, credit] of parts) {
      if (debit === 0 && credit === 0) continue;
      jl.run(id, account, debit, credit, date);
      lines++;
    }
    return id;
  };
  sqlite.transaction(() => {
    const desa = sqlite.prepare('INSERT INTO desa (name, created_at, updated_at) VALUES (?, ?, ?)');
    for (let d = 1; d <= 20; d++) desa.run(`Desa ${String(d).padStart(2, '0')}`, now, now);
    const kelompok = sqlite.prepare(
      "INSERT INTO kelompok (desa_id, name, jenis, created_at, updated_at) VALUES (?, ?, 'spp', ?, ?)",
    );
    for (let k = 0; k < LOANS / 10; k++) kelompok.run((k % 20) + 1, `Kelompok ${k}`, now, now);
    const loan = sqlite.prepare(
      `INSERT INTO loans (number, kelompok_id, product_id, status, amount, terms, proposed_on, disbursed_on,
         disbursed_account_id, disbursement_entry_id, closed_on, close_note, created_by, created_at, updated_at)
       VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench', ?, ?)`,
    );
    const plan = sqlite.prepare(
      'INSERT INTO loan_schedule (loan_id, no, due_date, pokok, jasa) VALUES (?, ?, ?, ?, ?)',
    );
    const pay = sqlite.prepare(
      "INSERT INTO repayments (loan_id, paid_on, pokok, jasa, denda, account_id, entry_id, created_by, created_at) VALUES (?, ?, ?, ?, 0, ?, ?, 'bench', ?)",
    );
    for (let i = 0; i < LOANS; i++) {
      const weekly = rnd() < 0.3;
      const terms: LoanTerms = {
        rateBp: 150,
        jasaBasis: 'flat_per_bulan',
        tenor: weekly ? ([26, 52, 78][i % 3] ?? 52) : ([10, 12, 18, 24][i % 4] ?? 12),
        frequency: weekly ? 'mingguan' : 'bulanan',
        rounding: 'rp100',
        dendaPerLateInstalment: 0,
      };
      const day = addDays('2023-01-02', Math.floor(rnd() * 1270));
      const amount = (5 + Math.floor(rnd() * 46)) * 1_000_000 * RP;
      const schedule = buildSchedule(terms, amount, day);
      const pattern = rnd();
      const stopAt = pattern < 0.55 ? schedule.length : Math.floor(schedule.length * (0.2 + rnd() * 0.6));
      const late = pattern >= 0.55 && pattern < 0.7 ? 5 + Math.floor(rnd() * 55) : 0;
      const partial = pattern >= 0.7 && pattern < 0.8 ? 0.6 + rnd() * 0.3 : 1;
      const writeOff = pattern >= 0.93;
      const disbursement = post(day, `CAIR-${i}`, [
        [piutang, amount, 0],
        [kas, 0, amount],
      ]);
      const payments: { date: string; pokok: number; jasa: number }[] = [];
      schedule.forEach((s, n) => {
        if (n >= stopAt && partial === 1) return;
        if (n >= stopAt) return;
        const date = addDays(s.dueDate, late);
        if (date > AS_OF) return;
        payments.push({ date, pokok: Math.floor((s.pokok * partial) / RP) * RP, jasa: s.jasa });
      });
      const paidPokok = payments.reduce((t, p) => t + p.pokok, 0);
      const maturity = schedule.at(-1)?.dueDate ?? day;
      const writeOffOn = addDays(maturity, 180);
      let status = 'aktif';
      let closedOn: string | null = null;
      if (writeOff && writeOffOn <= AS_OF && paidPokok < amount) {
        status = 'dihapus';
        closedOn = writeOffOn;
      } else if (paidPokok >= amount) {
        status = 'lunas';
        closedOn = payments.at(-1)?.date ?? null;
      }
      const id = Number(
        loan.run(
          `B-${String(i).padStart(5, '0')}`,
          Math.floor(i / 10) + 1,
          status,
          amount,
          JSON.stringify(terms),
          day,
          day,
          kas,
          disbursement,
          closedOn,
          status === 'dihapus' ? 'Dihapus (bench)' : null,
          now,
          now,
        ).lastInsertRowid,
      );
      for (const s of schedule) plan.run(id, s.no, s.dueDate, s.pokok, s.jasa);
      for (const p of payments) {
        const e = post(p.date, `ANGS-${i}`, [
          [kas, p.pokok + p.jasa, 0],
          [piutang, 0, p.pokok],
          [jasa, 0, p.jasa],
        ]);
        pay.run(id, p.date, p.pokok, p.jasa, kas, e, now);
      }
      if (status === 'dihapus' && closedOn) {
        post(closedOn, `HAPUS-${i}`, [
          [cadangan, amount - paidPokok, 0],
          [piutang, 0, amount - paidPokok],
        ]);
      }
    }
  })();
  // The rest of the office's journal: daily operating entries up to 1,000,000 lines.
  const fill = JOURNAL_LINES - lines;
  for (let start = 0; start < fill; start += 100_000) {
    sqlite.transaction(() => {
      for (let n = start; n < Math.min(fill, start + 100_000) - 1; n += 2) {
        const date = addDays('2016-01-01', Math.floor((n / fill) * 3800));
        const amount = (1 + Math.floor(rnd() * 500)) * 1000 * RP;
        post(date, `OPS-${n}`, [
          [biaya, amount, 0],
          [kas, 0, amount],
        ]);
      }
    })();
  }
  const cp = checkpoints(sqlite);
  sqlite.transaction(() => {
    for (const a of [kas, piutang, jasa, cadangan, biaya]) cp.rebuildFrom(a, '0000-01-01');
  })();
  sqlite.pragma('optimize');
  await app.close();
}

/** Runs in a fresh process: what the report costs in time and memory, nothing else loaded. */
async function measure(dbPath: string): Promise<void> {
  const sqlite = new Database(dbPath, { readonly: true });
  const count = (sql: string) => sqlite.prepare(sql).pluck().get() as number;
  const work = {
    loans: count('SELECT COUNT(*) FROM loans'),
    repayments: count('SELECT COUNT(*) FROM repayments'),
    journalLines: count('SELECT COUNT(*) FROM journal_lines'),
    writtenOff: count("SELECT COUNT(*) FROM loans WHERE status = 'dihapus'"),
    asOf: AS_OF,
  };
  const ids = sqlite.prepare('SELECT id FROM class_tables ORDER BY id').pluck().all() as number[];
  // The first report of a process reads every instalment plan; later ones reuse them (scheduleCache.ts).
  const firstStart = performance.now();
  portfolioAt(sqlite, AS_OF);
  line('loans.kolektibilitas_5000_first.ms', performance.now() - firstStart, 'ms', {
    ...work,
    note: 'cold: plans read',
  });
  let worst = 0;
  for (const id of ids) {
    const table = classTableById(sqlite, id);
    const rows = portfolioAt(sqlite, AS_OF, undefined, table).rows.length;
    const ms = await medianMs(5, () => portfolioAt(sqlite, AS_OF, undefined, table));
    worst = Math.max(worst, ms);
    line(`loans.kolektibilitas_5000.${table.basis}_${id}.ms`, ms, 'ms', {
      ...work,
      preset: table.name,
      rows,
    });
  }
  line('loans.kolektibilitas_5000.ms', worst, 'ms', { ...work, note: 'slowest preset' });
  const v1 = ids.map((id) => classTableById(sqlite, id)).find((t) => t.basis === 'sidbm') ?? undefined;
  const seriesMs = await medianMs(3, () => kolekSeriesAt(sqlite, AS_OF, 24, v1));
  line('loans.series_24m.ms', seriesMs, 'ms', { ...work, preset: v1?.name, monthEnds: 24 });
  sqlite.close();
  // maxRSS is in kilobytes.
  line('loans.peak_rss.mb', process.resourceUsage().maxRSS / 1024, 'MB', { ...work, process: 'fresh child' });
}

async function main(): Promise<void> {
  const target = process.env.LOANS_MEASURE;
  if (target) return measure(target);
  // LOANS_DB=<file>: generate into that file once and keep it, so a rerun measures without regenerating.
  const kept = process.env.LOANS_DB;
  const dir = tempDir('loans');
  const dbPath = kept ?? path.join(dir, 'loans.sqlite');
  if (!kept || !fs.existsSync(kept)) {
    const start = performance.now();
    await generate(dbPath);
    line('loans.generate.s', (performance.now() - start) / 1000, 's', {});
  }
  const child = spawnSync(process.execPath, [__filename], {
    env: { ...process.env, LOANS_MEASURE: dbPath },
    stdio: 'inherit',
  });
  fs.rmSync(dir, { recursive: true, force: true });
  if (child.status !== 0) throw new Error('measurement failed');
}

void main();
