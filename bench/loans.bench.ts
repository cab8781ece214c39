import fs from 'node:fs';
import path from 'node:path';
import { createApp } from '../main/app';
import { portfolioAt } from '../main/pinjaman/portfolio';
import { buildSchedule } from '../shared/pinjaman/schedule';
import type { LoanTerms } from '../shared/pinjaman/terms';
import { medianMs, report, tempDir } from './harness';

const LOANS = 5000;
const PAYMENTS = 300_000;
const AS_OF = '2026-06-30';

/** 5,000 weekly loans over three years with 300,000 repayments (some late, some stopped), in one transaction. */
function seed(sqlite: import('better-sqlite3').Database): void {
  const now = new Date().toISOString();
  const terms: LoanTerms = {
    rateBp: 150,
    jasaBasis: 'flat_per_bulan',
    tenor: 78,
    frequency: 'mingguan',
    rounding: 'rp100',
    dendaPerLateInstalment: 0,
  };
  sqlite.transaction(() => {
    sqlite.prepare("INSERT INTO desa (name, created_at, updated_at) VALUES ('Bench', ?, ?)").run(now, now);
    const kelompok = sqlite.prepare(
      "INSERT INTO kelompok (desa_id, name, jenis, created_at, updated_at) VALUES (1, ?, 'spp', ?, ?)",
    );
    const loan = sqlite.prepare(
      `INSERT INTO loans (number, kelompok_id, product_id, status, amount, terms, proposed_on, disbursed_on, migrated, created_by, created_at, updated_at)
       VALUES (?, ?, 1, 'aktif', ?, ?, ?, ?, 1, 'bench', ?, ?)`,
    );
    const plan = sqlite.prepare(
      'INSERT INTO loan_schedule (loan_id, no, due_date, pokok, jasa) VALUES (?, ?, ?, ?, ?)',
    );
    const pay = sqlite.prepare(
      "INSERT INTO repayments (loan_id, paid_on, pokok, jasa, denda, created_by, created_at) VALUES (?, ?, ?, ?, 0, 'bench', ?)",
    );
    let payments = 0;
    for (let i = 0; i < LOANS; i++) {
      if (i % 10 === 0) kelompok.run(`Kelompok ${i / 10}`, now, now);
      const day = new Date(Date.UTC(2024, 0, 1) + ((i * 131) % 900) * 86_400_000).toISOString().slice(0, 10);
      const amount = (5 + (i % 40)) * 1_000_000_00;
      const id = Number(
        loan.run(`B-${i}`, Math.floor(i / 10) + 1, amount, JSON.stringify(terms), day, day, now, now)
          .lastInsertRowid,
      );
      const schedule = buildSchedule(terms, amount, day);
      for (const s of schedule) plan.run(id, s.no, s.dueDate, s.pokok, s.jasa);
      const stopAt = i % 7 === 0 ? 20 + (i % 30) : schedule.length;
      for (const s of schedule.slice(0, stopAt)) {
        if (payments >= PAYMENTS) break;
        pay.run(id, s.dueDate, s.pokok, s.jasa, now);
        payments++;
      }
    }
  })();
}

async function main(): Promise<void> {
  const dir = tempDir('loans');
  const dbPath = path.join(dir, 'loans.sqlite');
  const app = await createApp({ dbPath, log: { error: () => {} } });
  seed(app.context.sqlite);
  const counts = app.context.sqlite
    .prepare('SELECT (SELECT COUNT(*) FROM loans) AS loans, (SELECT COUNT(*) FROM repayments) AS payments')
    .get() as { loans: number; payments: number };
  report('loans.seeded_loans.count', counts.loans, 'loans');
  report('loans.seeded_repayments.count', counts.payments, 'repayments');
  const one = portfolioAt(app.context.sqlite, AS_OF);
  report('loans.portfolio_rows.count', one.rows.length, 'loans');
  report(
    'loans.kolektibilitas_5000.ms',
    await medianMs(5, () => portfolioAt(app.context.sqlite, AS_OF)),
    'ms',
  );
  report(
    'loans.kolektibilitas_5000_dispatch.ms',
    await medianMs(3, () => app.systemDispatch('loan.portfolio', { date: AS_OF })),
    'ms',
  );
  report('loans.rss.mb', process.memoryUsage().rss / 1024 / 1024, 'MB');
  await app.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

void main();
