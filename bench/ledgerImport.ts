import fs from 'node:fs';
import type { ServiceContext } from '../main/core/context';
import { importCommit } from '../main/ledger/importService';
import { report } from './harness';

function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The Excel cash book to import: `rows` lines with id-ID dates and amounts (written by the generator). */
export function writeImportCsv(file: string, rows: number): void {
  const lines = ['Tanggal;No. Bukti;Uraian;Debet;Kredit'];
  for (let i = 0; i < rows; i++) {
    const [y, m, d] = addDays('2026-01-01', Math.floor(i / 300)).split('-');
    const rp = (1000 * (1 + (i % 977))).toLocaleString('id-ID');
    lines.push(
      i % 3 !== 0
        ? `${d}/${m}/${y};IMP-${i};Transaksi impor ${i};${rp};`
        : `${d}/${m}/${y};IMP-${i};Transaksi impor ${i};;${rp},-`,
    );
  }
  fs.writeFileSync(file, lines.join('\r\n'), 'utf8');
}

/**
 * Imports the CSV through the service the screen uses — read, parse, validate, write, checkpoints —
 * and, for comparison, inserts the same rows with raw prepared statements inside a transaction that
 * is rolled back.
 */
export async function benchImport(ctx: ServiceContext, file: string, rows: number): Promise<void> {
  const bytes = fs.readFileSync(file);
  const base64 = bytes.toString('base64');
  const mapping = {
    sheet: null,
    headerRow: 1,
    columns: { date: 0, bukti: 1, description: 2, amountMode: 'debit_kredit' as const, debit: 3, credit: 4 },
    defaultAccountCode: '1.1.01.01',
    counterAccountCode: '4.2.02',
  };
  const parsed = Array.from({ length: rows }, (_, i) => ({
    date: addDays('2026-01-01', Math.floor(i / 300)),
    bukti: `IMP-${i}`,
    description: `Transaksi impor ${i}`,
    amount: (i % 3 !== 0 ? 1 : -1) * 1000 * (1 + (i % 977)) * 100,
  }));
  const { sqlite } = ctx;
  const kas = sqlite.prepare("SELECT id FROM accounts WHERE code = '1.1.01.01'").pluck().get() as number;
  const counter = sqlite.prepare("SELECT id FROM accounts WHERE code = '4.2.02'").pluck().get() as number;
  const insertEntry = sqlite.prepare(
    `INSERT INTO journal_entries (entry_date, entry_time, bukti, description, kind, created_by, created_at)
     VALUES (?, '00:00', ?, ?, 'impor', 'bench', 'x')`,
  );
  const insertLine = sqlite.prepare(
    "INSERT INTO journal_lines (entry_id, account_id, debit, credit, entry_date, entry_time) VALUES (?, ?, ?, ?, ?, '00:00')",
  );
  const rollback = new Error('rollback');
  const rawStart = performance.now();
  try {
    sqlite.transaction(() => {
      for (const r of parsed) {
        const id = insertEntry.run(r.date, r.bukti, r.description).lastInsertRowid;
        const abs = Math.abs(r.amount);
        insertLine.run(id, kas, r.amount > 0 ? abs : 0, r.amount > 0 ? 0 : abs, r.date);
        insertLine.run(id, counter, r.amount > 0 ? 0 : abs, r.amount > 0 ? abs : 0, r.date);
      }
      throw rollback;
    })();
  } catch (e) {
    if (e !== rollback) throw e;
  }
  const rawMs = performance.now() - rawStart;

  const importStart = performance.now();
  const result = await importCommit(ctx, {
    fileName: 'buku-kas.csv',
    base64,
    mapping,
    confirmed: true,
    includeDuplicates: false,
  });
  const importMs = performance.now() - importStart;
  if (result.entries !== rows) throw new Error(`imported ${result.entries} of ${rows}`);

  const importRate = rows / (importMs / 1000);
  const rawRate = rows / (rawMs / 1000);
  report('ledger.import.rows_per_s', importRate, 'rows/s');
  report('ledger.raw_insert.rows_per_s', rawRate, 'rows/s');
  report('ledger.import_vs_raw.ratio', importRate / rawRate, 'ratio');
}
