import { formatTanggal } from '../format/date';
import type { Sen } from '../format/money';
import type { LoanStatus } from './arrears';
import { mulDivRound } from './intMath';

/** One kolektibilitas class: a closed range of days past due or instalments in arrears (max null = and above). */
export interface KolekClass {
  code: string;
  name: string;
  min: number;
  max: number | null;
  /** Required provision (cadangan penghapusan) in basis points of the saldo. */
  provisionBp: number;
  /** Counts as non-performing (NPL). */
  npl: boolean;
}

export const CLASS_BASES = ['hari', 'angsuran', 'sidbm', 'sidbm_next'] as const;
export type ClassBasis = (typeof CLASS_BASES)[number];
export const CLASS_BASIS_LABELS: Record<ClassBasis, string> = {
  hari: 'hari tunggakan (sejak angsuran tertua yang belum lunas)',
  angsuran: 'jumlah angsuran pokok yang tertunggak (dibulatkan ke atas)',
  sidbm:
    'hitungan SIDBM: tunggakan pokok ÷ angsuran pokok + (bulan sejak pencairan − angsuran ke), dibulatkan; produk mingguan dihitung dalam minggu',
  sidbm_next: 'angsuran tertunggak: tunggakan pokok ÷ angsuran pokok, dibulatkan',
};
/** The unit of a class bound, for legends and column heads. */
export const CLASS_BASIS_UNITS: Record<ClassBasis, string> = {
  hari: 'hari',
  angsuran: 'angsuran',
  sidbm: 'angsuran',
  sidbm_next: 'angsuran',
};

/** Where a preset comes from: printed with its legend. */
export interface ClassTableSource {
  source: string;
  version: string;
  /** ISO date the rule was read from its source. */
  date: string;
  note?: string;
}

export interface ClassTableDef {
  name: string;
  basis: ClassBasis;
  classes: KolekClass[];
  source?: ClassTableSource;
}

const SIDBM_READ = '2026-12-04';
const sidbmClasses = (lancarMax: number, diragukanMax: number, lancarBp: number): KolekClass[] => [
  { code: 'L', name: 'Lancar', min: 0, max: lancarMax, provisionBp: lancarBp, npl: false },
  { code: 'D', name: 'Diragukan', min: lancarMax + 1, max: diragukanMax, provisionBp: 5000, npl: true },
  { code: 'M', name: 'Macet', min: diragukanMax + 1, max: null, provisionBp: 10_000, npl: true },
];

/**
 * The presets an office can pick: the two "App default" tables of DOMAIN §6.4 and the rules read from
 * SIDBM and its sibling apps. Migration 010 stores the last four as class tables; a test keeps both equal.
 */
export const CLASS_PRESETS: ClassTableDef[] = [
  {
    name: '5 kelas menurut hari tunggakan',
    basis: 'hari',
    classes: [
      { code: '1', name: 'Lancar', min: 0, max: 0, provisionBp: 0, npl: false },
      { code: '2', name: 'Dalam Perhatian Khusus', min: 1, max: 90, provisionBp: 500, npl: false },
      { code: '3', name: 'Kurang Lancar', min: 91, max: 180, provisionBp: 1500, npl: true },
      { code: '4', name: 'Diragukan', min: 181, max: 270, provisionBp: 5000, npl: true },
      { code: '5', name: 'Macet', min: 271, max: null, provisionBp: 10_000, npl: true },
    ],
  },
  {
    name: '3 kelas menurut angsuran tertunggak',
    basis: 'angsuran',
    classes: [
      { code: 'L', name: 'Lancar', min: 0, max: 3, provisionBp: 0, npl: false },
      { code: 'D', name: 'Diragukan', min: 4, max: 5, provisionBp: 5000, npl: true },
      { code: 'M', name: 'Macet', min: 6, max: null, provisionBp: 10_000, npl: true },
    ],
  },
  {
    name: 'SIDBM (v1)',
    basis: 'sidbm',
    classes: sidbmClasses(3, 5, 0),
    source: {
      source: 'Aplikasi SIDBM, Daftar Kolektibilitas Rekap Kelompok',
      version: 'varian 1',
      date: SIDBM_READ,
    },
  },
  {
    name: 'SIDBM (v2)',
    basis: 'sidbm',
    classes: sidbmClasses(6, 12, 0),
    source: {
      source: 'Aplikasi SIDBM, Daftar Kolektibilitas Rekap Kelompok',
      version: 'varian 2',
      date: SIDBM_READ,
    },
  },
  {
    name: 'SIDBM Next',
    basis: 'sidbm_next',
    classes: sidbmClasses(3, 5, 50),
    source: { source: 'Aplikasi SIDBM versi tulis ulang (SIDBM Next)', version: 'Next', date: SIDBM_READ },
  },
  {
    name: '5 kelas hari (SIUPK/LKM)',
    basis: 'hari',
    classes: [
      { code: '1', name: 'Lancar', min: 0, max: 9, provisionBp: 0, npl: false },
      { code: '2', name: 'Dalam Perhatian Khusus', min: 10, max: 89, provisionBp: 500, npl: false },
      { code: '3', name: 'Kurang Lancar', min: 90, max: 119, provisionBp: 1500, npl: true },
      { code: '4', name: 'Diragukan', min: 120, max: 179, provisionBp: 5000, npl: true },
      { code: '5', name: 'Macet', min: 180, max: null, provisionBp: 10_000, npl: true },
    ],
    source: {
      source: 'Aplikasi SIUPK dan LKM, laporan kolektibilitas pinjaman',
      version: '5 kelas hari',
      date: SIDBM_READ,
      note: 'Hari dihitung sejak angsuran tertua yang belum lunas; SIUPK/LKM menghitungnya sejak angsuran terakhir yang jatuh tempo.',
    },
  },
];

/** The number a table's bounds are compared with, for one loan position. */
export function classValue(
  status: Pick<LoanStatus, 'daysPastDue' | 'instalmentsInArrears'> &
    Partial<Pick<LoanStatus, 'sidbmCount' | 'sidbmNextCount'>>,
  basis: ClassBasis,
): number {
  if (basis === 'hari') return status.daysPastDue;
  if (basis === 'angsuran') return status.instalmentsInArrears;
  if (basis === 'sidbm') return status.sidbmCount ?? status.instalmentsInArrears;
  return status.sidbmNextCount ?? status.instalmentsInArrears;
}

/** `≤ 3 angsuran`, `4–5 angsuran`, `≥ 180 hari`… the bounds of a class in words, from the table's data. */
export function classBoundsText(c: KolekClass, basis: ClassBasis): string {
  const unit = CLASS_BASIS_UNITS[basis];
  if (c.max === null) return `≥ ${c.min} ${unit}`;
  if (c.min === c.max) return `${c.min} ${unit}`;
  if (c.min === 0) return `≤ ${c.max} ${unit}`;
  return `${c.min}–${c.max} ${unit}`;
}

/** The printed legend of a table: one line per class, generated from the data the computation uses. */
export function classLegend(table: ClassTableDef): string[] {
  return table.classes.map(
    (c) =>
      `${c.name}: ${classBoundsText(c, table.basis)}, cadangan ${(c.provisionBp / 100).toLocaleString('id-ID', { maximumFractionDigits: 2 })}%${c.npl ? ', NPL' : ''}`,
  );
}

/** Indonesian messages for every flaw of a class table; empty when it is usable. */
export function validateClassTable(table: ClassTableDef): string[] {
  const errors: string[] = [];
  const classes = table.classes;
  // The basis is one per table, so classes cannot mix days and instalments; it must be a known one.
  if (!(CLASS_BASES as readonly string[]).includes(table.basis))
    errors.push('Dasar kelas harus "hari" atau "angsuran" (satu dasar untuk seluruh tabel).');
  if (classes.length < 2) errors.push('Tabel memerlukan sedikitnya dua kelas.');
  const codes = new Set(classes.map((c) => c.code));
  if (codes.size !== classes.length) errors.push('Kode kelas tidak boleh kembar.');
  classes.forEach((c, i) => {
    const label = `Kelas ${c.name || i + 1}`;
    if (!c.code.trim() || !c.name.trim()) errors.push(`Kelas ke-${i + 1}: kode dan nama wajib diisi.`);
    if (!Number.isInteger(c.min) || c.min < 0) errors.push(`${label}: batas bawah harus bilangan bulat ≥ 0.`);
    if (c.max !== null && (!Number.isInteger(c.max) || c.max < c.min)) {
      errors.push(`${label}: batas atas tidak boleh di bawah batas bawah.`);
    }
    if (!Number.isInteger(c.provisionBp) || c.provisionBp < 0 || c.provisionBp > 10_000) {
      errors.push(`${label}: cadangan harus antara 0% dan 100%.`);
    }
    if (i === 0 && c.min !== 0) errors.push(`${label}: kelas pertama harus mulai dari 0.`);
    const prev = classes[i - 1];
    if (prev) {
      if (prev.max === null)
        errors.push(`${label}: kelas sebelumnya tidak berbatas atas, jadi kelas ini tumpang tindih.`);
      else if (c.min <= prev.max)
        errors.push(`${label} tumpang tindih dengan kelas ${prev.name} (${c.min} ≤ ${prev.max}).`);
      else if (c.min > prev.max + 1)
        errors.push(
          `Ada celah antara kelas ${prev.name} dan ${c.name}: ${prev.max + 1}–${c.min - 1} tidak masuk kelas mana pun.`,
        );
    }
  });
  if (classes.length > 0 && classes.at(-1)?.max !== null)
    errors.push('Kelas terakhir harus tanpa batas atas (… ke atas).');
  return errors;
}

/** The class of a loan's status under a table (the table is assumed valid). */
export function classify(status: Parameters<typeof classValue>[0], table: ClassTableDef): KolekClass {
  return classifyValue(classValue(status, table.basis), table);
}

/** The class of a value; a value below the first bound (SIDBM's count can be negative) is the first class. */
export function classifyValue(value: number, table: ClassTableDef): KolekClass {
  if (value < (table.classes[0]?.min ?? 0)) return table.classes[0] as KolekClass;
  const found = table.classes.find((c) => value >= c.min && (c.max === null || value <= c.max));
  return found ?? (table.classes.at(-1) as KolekClass);
}

/** Provision (cadangan) in sen: saldo × provisionBp ÷ 10 000, exact, rounded half up to the sen; 0 for saldo ≤ 0. */
export function requiredProvision(saldo: Sen, kolek: KolekClass): Sen {
  return mulDivRound(Math.max(0, saldo), kolek.provisionBp, 10_000);
}

export interface ClassSummaryRow {
  code: string;
  name: string;
  npl: boolean;
  provisionBp: number;
  count: number;
  saldo: Sen;
  provision: Sen;
}

export interface ClassSummary {
  tableName: string;
  /** One row per class of the table, in table order (classes without loans included, with zeros). */
  rows: ClassSummaryRow[];
  total: { count: number; saldo: Sen; provision: Sen; nplSaldo: Sen };
}

/**
 * Count, saldo and provision per class for a set of loan positions (e.g. loanStatusAt results). The
 * provision of a class is the sum of its loans' provisions, each rounded on its own (so the per-loan
 * column of a report adds up to the class total). Loans with saldo ≤ 0 (paid off) are left out.
 */
export function summarizeByClass(
  positions: readonly (Pick<LoanStatus, 'saldoPokok'> & Parameters<typeof classValue>[0])[],
  table: ClassTableDef,
): ClassSummary {
  const rows: ClassSummaryRow[] = table.classes.map((c) => ({
    code: c.code,
    name: c.name,
    npl: c.npl,
    provisionBp: c.provisionBp,
    count: 0,
    saldo: 0,
    provision: 0,
  }));
  const index = new Map(table.classes.map((c, i) => [c, i]));
  const total = { count: 0, saldo: 0, provision: 0, nplSaldo: 0 };
  for (const p of positions) {
    if (p.saldoPokok <= 0) continue;
    const kolek = classify(p, table);
    const row = rows[index.get(kolek) ?? rows.length - 1] as ClassSummaryRow;
    const provision = requiredProvision(p.saldoPokok, kolek);
    row.count += 1;
    row.saldo += p.saldoPokok;
    row.provision += provision;
    total.count += 1;
    total.saldo += p.saldoPokok;
    total.provision += provision;
    if (kolek.npl) total.nplSaldo += p.saldoPokok;
  }
  return { tableName: table.name, rows, total };
}

/** `3,40`: tunggakan pokok ÷ wajib pokok to two decimals (exact, half up); `–` without a regular instalment. */
export function arrearsRatioText(p: { tunggakanPokok: Sen; regularPokok: Sen }): string {
  if (p.regularPokok <= 0) return '–';
  return (mulDivRound(p.tunggakanPokok, 100, p.regularPokok) / 100).toLocaleString('id-ID', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
}

/** `+4`, `0`, `−1`: SIDBM's month (week) term, months since disbursement − angsuran ke. */
export function periodTermText(p: { elapsedPeriods: number; dueInstalments: number }): string {
  const d = p.elapsedPeriods - p.dueInstalments;
  return d > 0 ? `+${d}` : d < 0 ? `−${-d}` : '0';
}

/** The provenance of a table in one line, or null for an office's own table. */
export function classTableSourceText(table: ClassTableDef): string | null {
  const s = table.source;
  if (!s) return null;
  return `Sumber: ${s.source}, ${s.version} (aturan dibaca ${formatTanggal(s.date)}).${s.note ? ` ${s.note}` : ''}`;
}
