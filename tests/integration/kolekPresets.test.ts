import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { formatTanggal } from '../../shared/format/date';
import { formatAngka } from '../../shared/format/money';
import type { ExportedFile } from '../../shared/ledger/books';
import { seriesMonthEnds } from '../../shared/pinjaman/kolekSeries';
import { CLASS_PRESETS } from '../../shared/pinjaman/kolektibilitas';
import { expectOk, openTestApp, type TestApp } from './helpers';
import { flat, pdfText } from './pdfText';

const NOW = () => new Date('2026-11-28T03:00:00Z');
const DATE = '2026-11-27';
const opened: TestApp[] = [];
async function open(): Promise<TestApp> {
  const t = await openTestApp({ demo: true, now: NOW });
  opened.push(t);
  return t;
}
afterEach(async () => {
  for (const t of opened.splice(0)) {
    const errors = [...t.errors];
    await t.cleanup();
    expect(errors).toEqual([]);
  }
});
const whole = (sen: number) => formatAngka(sen, { decimals: sen % 100 === 0 ? 'never' : 'always' });

function pdfOf(t: TestApp, file: ExportedFile, name: string): string {
  const pdfPath = path.join(t.dir, file.fileName);
  fs.writeFileSync(pdfPath, Buffer.from(file.base64, 'base64'));
  fs.mkdirSync('/tmp/pinjaman-png', { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, path.join('/tmp/pinjaman-png', name)]);
  return flat(pdfText(pdfPath));
}

describe('class table presets', () => {
  it('are stored by the migration exactly as the presets the code carries, with provenance', async () => {
    const t = await open();
    const { tables, currentId } = expectOk(await t.call('classTable.list', {}));
    for (const name of ['SIDBM (v1)', 'SIDBM (v2)', 'SIDBM Next', '5 kelas hari (SIUPK/LKM)']) {
      const stored = tables.find((x) => x.name === name);
      const preset = CLASS_PRESETS.find((x) => x.name === name);
      expect(
        stored && { name: stored.name, basis: stored.basis, classes: stored.classes, source: stored.source },
      ).toEqual(preset);
    }
    expect(tables.find((x) => x.id === currentId)?.name).toBe('5 kelas menurut hari tunggakan');
  });

  it('classifies under a chosen table without changing the office setting', async () => {
    const t = await open();
    const { tables, currentId } = expectOk(await t.call('classTable.list', {}));
    const v1 = tables.find((x) => x.name === 'SIDBM (v1)');
    if (!v1) throw new Error('preset');
    const p = expectOk(await t.call('loan.portfolio', { date: DATE, classTableId: v1.id }));
    expect(p.table.name).toBe('SIDBM (v1)');
    expect(p.byClass.map((c) => c.name)).toEqual(['Lancar', 'Diragukan', 'Macet']);
    for (const r of p.rows) {
      const expected = r.classValue <= 3 ? 'L' : r.classValue <= 5 ? 'D' : 'M';
      expect([r.number, r.classCode]).toEqual([r.number, expected]);
    }
    expect(expectOk(await t.call('classTable.list', {})).currentId).toBe(currentId);
    const refused = await t.call('loan.portfolio', { date: DATE, classTableId: 99_999 });
    expect(refused.ok).toBe(false);
  });
});

describe('Laporan Kolektibilitas for one desa', () => {
  it('prints the office-wide journal figure beside the whole register and the desa register', async () => {
    const t = await open();
    const office = expectOk(await t.call('loan.portfolio', { date: DATE }));
    const desa = office.rows[0];
    if (!desa) throw new Error('demo has loans');
    const one = expectOk(await t.call('loan.portfolio', { date: DATE, desaId: desa.desaId }));
    // The journal figure is the office's, never the desa's register sum relabelled.
    expect(one.receivableInBooks).toBe(office.receivableInBooks);
    expect(one.office.saldo).toBe(office.totals.saldo);
    expect(one.totals.saldo).toBe(
      office.rows.filter((r) => r.desaId === desa.desaId).reduce((s, r) => s + r.saldo, 0),
    );
    expect(one.totals.saldo).toBeLessThan(one.office.saldo);
    const file = expectOk(
      await t.call('loan.report', {
        date: DATE,
        report: 'kolektibilitas',
        format: 'pdf',
        desaId: desa.desaId,
      }),
    );
    const all = pdfOf(t, file, 'kolek-desa');
    expect(all).toContain(
      `Piutang pinjaman menurut jurnal, seluruh kantor ${whole(office.receivableInBooks)}`,
    );
    expect(all).toContain(
      `Saldo pokok menurut register pinjaman, seluruh desa ${whole(office.totals.saldo)}`,
    );
    expect(all).toContain(
      `Saldo pokok menurut register pinjaman, Desa ${desa.desaName} ${whole(one.totals.saldo)}`,
    );
    const same = office.receivableInBooks === office.totals.saldo;
    expect(all).toContain(`Jurnal dibanding register seluruh desa: ${same ? 'Sama' : 'Berbeda'}`);
    // Aging and the per-loan list with the numbers that decided each class.
    expect(all).toContain('Umur tunggakan');
    expect(all).toContain('PAR30');
    expect(all).toContain('Rincian kolektibilitas per pinjaman');
    for (const r of one.rows) expect(all).toContain(r.number);
  });

  it('writes the per-loan list and the aging to XLSX under the chosen table', async () => {
    const t = await open();
    const { tables } = expectOk(await t.call('classTable.list', {}));
    const v2 = tables.find((x) => x.name === 'SIDBM (v2)');
    if (!v2) throw new Error('preset');
    const p = expectOk(await t.call('loan.portfolio', { date: DATE, classTableId: v2.id }));
    const file = expectOk(
      await t.call('loan.report', {
        date: DATE,
        report: 'kolektibilitas',
        format: 'xlsx',
        classTableId: v2.id,
      }),
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const ls = wb.getWorksheet('Per pinjaman');
    if (!ls) throw new Error('Per pinjaman sheet');
    const rows: unknown[][] = [];
    ls.eachRow((row) => {
      rows.push((row.values as unknown[]).slice(1));
    });
    const loans = rows.filter((r) => typeof r[0] === 'number');
    expect(loans.map((r) => [r[1], r[10], r[11]])).toEqual(
      p.rows.map((r) => [r.number, r.classValue, p.table.classes.find((c) => c.code === r.classCode)?.name]),
    );
    expect(wb.getWorksheet('Umur tunggakan')).toBeTruthy();
  });
});

describe('kolektibilitas over time', () => {
  it('takes the 24 month ends up to the date, the date itself when it is a month end', () => {
    const ends = seriesMonthEnds('2026-11-27', 24);
    expect(ends).toHaveLength(24);
    expect([ends[0], ends[1], ends[22], ends[23]]).toEqual([
      '2024-11-30',
      '2024-12-31',
      '2026-09-30',
      '2026-10-31',
    ]);
    expect(seriesMonthEnds('2024-02-29', 2)).toEqual(['2024-01-31', '2024-02-29']);
  });

  it('agrees at every month end with the portfolio computed on that date', async () => {
    const t = await open();
    const { tables } = expectOk(await t.call('classTable.list', {}));
    const v1 = tables.find((x) => x.name === 'SIDBM (v1)');
    if (!v1) throw new Error('preset');
    const series = expectOk(await t.call('loan.kolekSeries', { date: DATE, classTableId: v1.id }));
    expect(series.table.name).toBe('SIDBM (v1)');
    expect(series.points).toHaveLength(24);
    for (const point of series.points.slice(-6)) {
      const p = expectOk(await t.call('loan.portfolio', { date: point.date, classTableId: v1.id }));
      const par30 = p.rows.filter((r) => r.daysPastDue >= 30).reduce((s, r) => s + r.saldo, 0);
      const npl = p.byClass.filter((c) => c.code !== 'L').reduce((s, c) => s + c.saldo, 0);
      expect([point.date, point.saldo, point.par30, point.npl, point.byClass.map((c) => c.saldo)]).toEqual([
        point.date,
        p.totals.saldo,
        par30,
        npl,
        p.byClass.map((c) => c.saldo),
      ]);
    }
    const file = expectOk(
      await t.call('loan.report', {
        date: DATE,
        report: 'kolektibilitas',
        format: 'pdf',
        classTableId: v1.id,
      }),
    );
    const all = pdfOf(t, file, 'kolek-seri');
    expect(all).toContain('Kolektibilitas 24 bulan terakhir (seluruh kantor)');
    for (const point of series.points) expect(all).toContain(formatTanggal(point.date));
  });
});

describe('demo cases where the presets disagree (report date 27 Nov 2026)', () => {
  it('shows the post-maturity drift, the 3,4-instalment rounding and a weekly loan', async () => {
    const t = await open();
    const { tables } = expectOk(await t.call('classTable.list', {}));
    const idOf = (name: string) => tables.find((x) => x.name === name)?.id ?? 0;
    const classes = async (name: string) => {
      const p = expectOk(await t.call('loan.portfolio', { date: DATE, classTableId: idOf(name) }));
      const byName = new Map(p.table.classes.map((c) => [c.code, c.name]));
      return (kelompok: string) => {
        const row = p.rows.find((r) => r.kelompokName === kelompok);
        return row && [row.classValue, byName.get(row.classCode)];
      };
    };
    const v1 = await classes('SIDBM (v1)');
    const count = await classes('3 kelas menurut angsuran tertunggak');
    const days = await classes('5 kelas menurut hari tunggakan');
    // Six instalments from 10 Nov 2025, the last (10 May 2026) unpaid: 1 + (12 months − 6) = 7.
    expect(v1('SPP Sekar Arum')).toEqual([7, 'Macet']);
    expect(count('SPP Sekar Arum')).toEqual([1, 'Lancar']);
    expect(days('SPP Sekar Arum')).toEqual([201, 'Diragukan']);
    // 4.000.000 due by 1 Nov 2026, 600.000 paid: 3,4 instalments.
    expect(v1('SPP Srikandi')).toEqual([3, 'Lancar']);
    expect(count('SPP Srikandi')).toEqual([4, 'Diragukan']);
    // Weekly from 21 Aug 2026: 14 weeks, 14 due, 10 paid.
    expect(v1('SPP Wijaya Kusuma')).toEqual([4, 'Diragukan']);
    const p = expectOk(await t.call('loan.portfolio', { date: DATE, classTableId: idOf('SIDBM (v1)') }));
    expect(p.warnings.join(' ')).toContain('1 pinjaman mingguan');
  });
});
