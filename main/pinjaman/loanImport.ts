import type BetterSqlite3 from 'better-sqlite3';
import type { ParsedInputOf } from '../../shared/contract';
import { formatRupiah } from '../../shared/format/money';
import {
  LOAN_IMPORT_REQUIRED,
  LOAN_IMPORT_SHEETS,
  type LoanImportError,
  type LoanImportPreview,
} from '../../shared/pinjaman/loanImport';
import { buildSchedule, type Instalment } from '../../shared/pinjaman/schedule';
import type { LoanTerms } from '../../shared/pinjaman/terms';
import { AppError } from '../core/appError';
import { nowIso, type ServiceContext } from '../core/context';
import { officeToday } from '../core/today';
import { readWorkbook } from '../ledger/import/readWorkbook';
import { type FoundLoanSheet, type ParsedLoanRegister, parseLoanRegister } from './loanImportParse';

const key = (a: string, b: string) => `${a.toLowerCase()}|${b.toLowerCase()}`;
const letter = (i: number | null) =>
  i === null
    ? null
    : i < 26
      ? String.fromCharCode(65 + i)
      : `${String.fromCharCode(64 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}`;

interface Plan {
  parsed: ParsedLoanRegister;
  desaIds: Map<string, number>;
  existingKelompok: Map<string, number>;
  products: Map<string, { id: number; terms: LoanTerms }>;
  schedules: Map<string, Instalment[]>;
  errors: LoanImportError[];
  found: Record<string, FoundLoanSheet | null>;
}

/** Parses and checks every row against the database and the rest of the file; writes nothing. */
function plan(
  sqlite: BetterSqlite3.Database,
  parsed: ParsedLoanRegister,
  found: Plan['found'],
  errors: LoanImportError[],
  today: string,
): Plan {
  const sheetName = (k: string) => found[k]?.sheet.name ?? k;
  const err = (k: string, row: number, message: string) => errors.push({ sheet: sheetName(k), row, message });
  const desaIds = new Map(
    (sqlite.prepare('SELECT lower(name) AS n, id FROM desa').all() as { n: string; id: number }[]).map(
      (d) => [d.n, d.id],
    ),
  );
  const existingKelompok = new Map(
    (
      sqlite
        .prepare(
          'SELECT lower(d.name) AS d, lower(k.name) AS k, k.id FROM kelompok k JOIN desa d ON d.id = k.desa_id',
        )
        .all() as { d: string; k: string; id: number }[]
    ).map((r) => [`${r.d}|${r.k}`, r.id]),
  );
  // Matched by code or by name, either case.
  const products = new Map<string, { id: number; code: string; terms: LoanTerms }>();
  for (const p of sqlite
    .prepare('SELECT code, name, id, terms FROM loan_products WHERE active = 1')
    .all() as {
    code: string;
    name: string;
    id: number;
    terms: string;
  }[]) {
    const product = { id: p.id, code: p.code, terms: JSON.parse(p.terms) as LoanTerms };
    products.set(p.name.toUpperCase(), product);
    products.set(p.code.toUpperCase(), product);
  }
  // A missing required column is named once, and the row checks that need it are skipped.
  const missing = new Set<string>();
  for (const k of ['kelompok', 'pinjaman', 'angsuran'] as const) {
    const f = found[k];
    if (!f) continue;
    for (const field of LOAN_IMPORT_REQUIRED[k]) {
      if (f.columns[field] !== null && f.columns[field] !== undefined) continue;
      missing.add(`${k}.${field}`);
      const label: string = (LOAN_IMPORT_SHEETS[k].fields as Record<string, string>)[field] ?? field;
      errors.push({
        sheet: f.sheet.name,
        row: 0,
        message: `Kolom ${label} tidak ada di lembar ${f.sheet.name}`,
      });
    }
  }
  const has = (k: string, field: string) => !missing.has(`${k}.${field}`);
  if (!found.pinjaman)
    errors.push({
      sheet: LOAN_IMPORT_SHEETS.pinjaman.label,
      row: 0,
      message:
        'Lembar pinjaman tidak ditemukan (judul kolom: No. pinjaman, Desa, Kelompok, Produk, Alokasi, Tanggal cair).',
    });
  const newKelompok = new Set<string>();
  for (const k of parsed.kelompok) {
    if (has('kelompok', 'desa') && (!k.desa || !desaIds.has(k.desa.toLowerCase())))
      err('kelompok', k.row, `Desa "${k.desa}" tidak terdaftar; tambahkan dulu di Pengaturan › Desa`);
    if (!k.name && has('kelompok', 'name')) err('kelompok', k.row, 'Nama kelompok wajib diisi');
    if (!['spp', 'uep', 'lainnya'].includes(k.jenis))
      err('kelompok', k.row, `Jenis "${k.jenis}" harus SPP, UEP atau lainnya`);
    if (!existingKelompok.has(key(k.desa, k.name))) newKelompok.add(key(k.desa, k.name));
  }
  const numbers = new Set(sqlite.prepare('SELECT lower(number) FROM loans').pluck().all() as string[]);
  const schedules = new Map<string, Instalment[]>();
  const amounts = new Map<string, { amount: number; disbursedOn: string }>();
  // Loans the file holds but that cannot be imported: their repayments say so.
  const refused = new Map<string, number>();
  for (const l of parsed.loans) {
    const before = errors.length;
    if (!l.number) err('pinjaman', l.row, 'No. pinjaman wajib diisi');
    else if (numbers.has(l.number.toLowerCase()))
      err('pinjaman', l.row, `No. pinjaman ${l.number} sudah ada (di database atau dua kali di file)`);
    numbers.add(l.number.toLowerCase());
    const k = key(l.desa, l.kelompok);
    if (
      has('pinjaman', 'desa') &&
      has('pinjaman', 'kelompok') &&
      !existingKelompok.has(k) &&
      !newKelompok.has(k)
    )
      err(
        'pinjaman',
        l.row,
        `Kelompok "${l.kelompok}" di desa "${l.desa}" tidak ada di database maupun lembar kelompok`,
      );
    const product = products.get(l.product);
    if (!product && has('pinjaman', 'product'))
      err(
        'pinjaman',
        l.row,
        `Produk "${l.product}" tidak dikenal; pakai kode atau nama produk, mis. SPP atau UEP`,
      );
    if (l.amount <= 0 && has('pinjaman', 'amount')) err('pinjaman', l.row, 'Alokasi harus lebih dari nol');
    if (l.disbursedOn > today) err('pinjaman', l.row, 'Tanggal cair tidak boleh di masa depan');
    const schedule =
      product && l.amount > 0 && l.disbursedOn ? buildSchedule(product.terms, l.amount, l.disbursedOn) : null;
    if (product) {
      const t = product.terms;
      if (l.tenor !== null && l.tenor !== t.tenor)
        err(
          'pinjaman',
          l.row,
          `Jangka waktu di file ${l.tenor} angsuran, produk ${product.code} ${t.tenor} angsuran`,
        );
      if (l.frequency !== null && l.frequency !== t.frequency)
        err(
          'pinjaman',
          l.row,
          `Sistem angsuran di file ${l.frequency}, produk ${product.code} ${t.frequency}`,
        );
      const regular = schedule?.find((i) => i.pokok > 0)?.pokok ?? null;
      if (l.instalment !== null && regular !== null && l.instalment !== regular)
        err(
          'pinjaman',
          l.row,
          `Angsuran pokok di file ${formatRupiah(l.instalment)}, menurut produk ${product.code} ${formatRupiah(regular)}`,
        );
    }
    if (errors.length > before) refused.set(l.number.toLowerCase(), l.row);
    else if (schedule) {
      schedules.set(l.number.toLowerCase(), schedule);
      amounts.set(l.number.toLowerCase(), { amount: l.amount, disbursedOn: l.disbursedOn });
    }
  }
  const paid = new Map<string, { pokok: number; jasa: number }>();
  for (const p of parsed.payments) {
    const loan = amounts.get(p.number.toLowerCase());
    const refusedRow = refused.get(p.number.toLowerCase());
    if (refusedRow !== undefined) {
      err(
        'angsuran',
        p.row,
        `Pinjaman ${p.number} ditolak (lembar pinjaman baris ${refusedRow}), angsurannya ikut tidak diimpor`,
      );
      continue;
    }
    if (!loan) {
      if (has('angsuran', 'number'))
        err('angsuran', p.row, `No. pinjaman "${p.number}" tidak ada di lembar pinjaman`);
      continue;
    }
    if (p.pokok + p.jasa + p.denda === 0)
      err('angsuran', p.row, 'Isi sedikitnya satu jumlah: pokok, jasa atau denda');
    if (p.date && p.date < loan.disbursedOn) err('angsuran', p.row, 'Tanggal angsuran sebelum tanggal cair');
    if (p.date > today) err('angsuran', p.row, 'Tanggal angsuran tidak boleh di masa depan');
    const sum = paid.get(p.number.toLowerCase()) ?? { pokok: 0, jasa: 0 };
    sum.pokok += p.pokok;
    sum.jasa += p.jasa;
    paid.set(p.number.toLowerCase(), sum);
    if (sum.pokok > loan.amount)
      err('angsuran', p.row, `Jumlah pokok dibayar melebihi alokasi ${formatRupiah(loan.amount)}`);
  }
  return { parsed, desaIds, existingKelompok, products, schedules, errors, found };
}

async function read(ctx: ServiceContext, input: ParsedInputOf<'loanImport.preview'>): Promise<Plan> {
  const workbook = await readWorkbook(input.fileName, Buffer.from(input.base64, 'base64'));
  const errors: LoanImportError[] = [];
  const { parsed, found } = parseLoanRegister(workbook, errors);
  return plan(ctx.sqlite, parsed, found, errors, officeToday(ctx.sqlite, ctx.now()));
}

function previewOf(p: Plan): LoanImportPreview {
  const count = (k: 'kelompok' | 'pinjaman' | 'angsuran') =>
    ({ kelompok: p.parsed.kelompok, pinjaman: p.parsed.loans, angsuran: p.parsed.payments })[k].length;
  const amount = p.parsed.loans.reduce((s, l) => s + l.amount, 0);
  return {
    sheets: (['kelompok', 'pinjaman', 'angsuran'] as const).map((k) => ({
      key: k,
      sheet: p.found[k]?.sheet.name ?? null,
      headerRow: p.found[k]?.headerRow ?? null,
      columns: Object.fromEntries(
        Object.keys(LOAN_IMPORT_SHEETS[k].fields).map((f) => [f, letter(p.found[k]?.columns[f] ?? null)]),
      ),
      rows: count(k),
    })),
    errors: p.errors,
    totals: {
      kelompokNew: p.parsed.kelompok.filter((k) => !p.existingKelompok.has(key(k.desa, k.name))).length,
      loans: p.parsed.loans.length,
      payments: p.parsed.payments.length,
      amount,
      saldo: amount - p.parsed.payments.reduce((s, x) => s + x.pokok, 0),
    },
  };
}

export async function previewLoanImport(
  ctx: ServiceContext,
  input: ParsedInputOf<'loanImport.preview'>,
): Promise<LoanImportPreview> {
  return previewOf(await read(ctx, input));
}

/**
 * Writes the register in one transaction: new kelompok, loans as taken over (migrated, active, their
 * plan from the product), repayments as history without journal entries — the journal's piutang
 * balance is the office's own; the examination's loan section shows whether the two agree.
 */
export async function commitLoanImport(
  ctx: ServiceContext,
  input: ParsedInputOf<'loanImport.commit'>,
): Promise<LoanImportPreview> {
  const p = await read(ctx, input);
  const preview = previewOf(p);
  if (p.errors.length > 0) {
    const first = p.errors[0];
    throw new AppError(
      'VALIDATION',
      `Tidak ada yang diimpor: ${p.errors.length} baris bermasalah, mis. lembar ${first?.sheet} baris ${first?.row}: ${first?.message}.`,
    );
  }
  if (p.parsed.loans.length === 0) throw new AppError('VALIDATION', 'Tidak ada pinjaman untuk diimpor.');
  const { sqlite } = ctx;
  const now = nowIso(ctx);
  sqlite.transaction(() => {
    const kelompokIds = new Map(p.existingKelompok);
    const insertKelompok = sqlite.prepare(
      'INSERT INTO kelompok (desa_id, name, jenis, ketua, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    for (const k of p.parsed.kelompok) {
      if (kelompokIds.has(key(k.desa, k.name))) continue;
      const id = Number(
        insertKelompok.run(p.desaIds.get(k.desa.toLowerCase()), k.name, k.jenis, k.ketua, now, now)
          .lastInsertRowid,
      );
      kelompokIds.set(key(k.desa, k.name), id);
    }
    const insertLoan = sqlite.prepare(
      `INSERT INTO loans (number, kelompok_id, product_id, status, amount, terms, proposed_on, approved_on, decision_number, disbursed_on,
         migrated, created_by, created_at, updated_at) VALUES (?, ?, ?, 'aktif', ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)`,
    );
    const insertPlan = sqlite.prepare(
      'INSERT INTO loan_schedule (loan_id, no, due_date, pokok, jasa) VALUES (?, ?, ?, ?, ?)',
    );
    const insertPayment = sqlite.prepare(
      'INSERT INTO repayments (loan_id, paid_on, pokok, jasa, denda, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const loanIds = new Map<string, number>();
    for (const l of p.parsed.loans) {
      const product = p.products.get(l.product);
      if (!product) continue;
      const id = Number(
        insertLoan.run(
          l.number,
          kelompokIds.get(key(l.desa, l.kelompok)),
          product.id,
          l.amount,
          JSON.stringify(product.terms),
          l.disbursedOn,
          l.disbursedOn,
          l.decision,
          l.disbursedOn,
          ctx.actor,
          now,
          now,
        ).lastInsertRowid,
      );
      loanIds.set(l.number.toLowerCase(), id);
      for (const s of p.schedules.get(l.number.toLowerCase()) ?? [])
        insertPlan.run(id, s.no, s.dueDate, s.pokok, s.jasa);
    }
    for (const x of p.parsed.payments)
      insertPayment.run(
        loanIds.get(x.number.toLowerCase()),
        x.date,
        x.pokok,
        x.jasa,
        x.denda,
        ctx.actor,
        now,
      );
    // Loans the history shows fully repaid are closed on their last payment.
    sqlite
      .prepare(
        `UPDATE loans SET status = 'lunas', closed_on = (SELECT MAX(paid_on) FROM repayments r WHERE r.loan_id = loans.id)
         WHERE id IN (${[...loanIds.values()].join(',')})
           AND amount <= (SELECT COALESCE(SUM(pokok), 0) FROM repayments r WHERE r.loan_id = loans.id)
           AND (SELECT SUM(jasa) FROM loan_schedule s WHERE s.loan_id = loans.id) <= (SELECT COALESCE(SUM(jasa), 0) FROM repayments r WHERE r.loan_id = loans.id)`,
      )
      .run();
  })();
  return preview;
}
