import type { ImportMapping } from '../../shared/ledger/importTypes';
import type { ServiceContext } from '../core/context';
import { planImport } from '../ledger/import/plan';
import { previewParts } from '../ledger/import/preview';
import { readWorkbook } from '../ledger/import/readWorkbook';
import { commitPlan } from '../ledger/importCommit';

const MAPPING: ImportMapping = {
  grouping: 'bukti',
  sheet: null,
  headerRow: 1,
  columns: { date: 0, bukti: 1, description: 2, account: 3, amountMode: 'debit_kredit', debit: 4, credit: 5 },
  defaultAccountCode: null,
  counterAccountCode: '',
};

/**
 * One journal import for Riwayat impor: two adjusting vouchers of the current month (after every
 * lock of the demo, so it can be undone), brought in from an Excel journal saved as CSV.
 */
export async function seedDemoImport(ctx: ServiceContext, today: string): Promise<void> {
  const day = `${today.slice(8, 10)}/${today.slice(5, 7)}/${today.slice(0, 4)}`;
  const first = `01/${today.slice(5, 7)}/${today.slice(0, 4)}`;
  const csv = [
    'Tanggal;No Bukti;Uraian;Kode Akun;Debet;Kredit',
    `${first};MEM-01;Penyusutan inventaris bulan lalu;5.1.06;450.000;`,
    `${first};MEM-01;Penyusutan inventaris bulan lalu;1.2.02;;450.000`,
    `${day};MEM-02;Honor pengurus terutang dan titipan pajak;5.1.01;1.500.000;`,
    `${day};MEM-02;Honor pengurus terutang dan titipan pajak;2.1.03;;75.000`,
    `${day};MEM-02;Honor pengurus terutang dan titipan pajak;2.1.01;;1.425.000`,
  ].join('\n');
  const fileName = 'jurnal-memorial.csv';
  const parts = previewParts(await readWorkbook(fileName, Buffer.from(csv, 'utf8')), MAPPING);
  if (!parts.scan || parts.scan.errors.length > 0) throw new Error('Impor contoh tidak terbaca');
  const plan = planImport(ctx.sqlite, ctx.db, parts.scan, MAPPING, today);
  if (plan.errors.length > 0) throw new Error(`Impor contoh: ${plan.errors[0]?.message}`);
  commitPlan(ctx.sqlite, plan, {
    fileName,
    grouping: 'bukti',
    includeDuplicates: false,
    actor: ctx.actor,
    now: ctx.now().toISOString(),
  });
}
