import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { formatAngka, formatRupiah } from '../../shared/format/money';
import type { ExportedFile } from '../../shared/ledger/books';
import { ratioText } from '../../shared/pinjaman/ratios';
import { expectOk, openTestApp, type TestApp } from './helpers';
import { expectEmbeddedRoboto, flat, pdfText } from './pdfText';

const NOW = () => new Date('2026-11-28T03:00:00Z');
const DATE = '2026-11-27';
const PNG_DIR = '/tmp/pinjaman-png';
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

/** Writes the PDF, renders its pages to PNG (for a human look) and returns the text and the page count. */
function savePdf(t: TestApp, file: ExportedFile, pngName: string): { text: string; pages: number } {
  expect(file.mime).toBe('application/pdf');
  const pdfPath = path.join(t.dir, file.fileName);
  fs.writeFileSync(pdfPath, Buffer.from(file.base64, 'base64'));
  fs.mkdirSync(PNG_DIR, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, path.join(PNG_DIR, pngName)]);
  expectEmbeddedRoboto(pdfPath);
  const text = pdfText(pdfPath);
  return { text, pages: text.split('\f').filter((p) => p.trim() !== '').length };
}

async function loadXlsx(file: ExportedFile): Promise<ExcelJS.Workbook> {
  expect(file.mime).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  return wb;
}

function cellValues(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

const SIGNERS = ['H. Asep Saepudin, S.E.', 'Rina Marlina', 'Siti Nurhayati, S.Ak.'];
const whole = (sen: number) => formatAngka(sen, { decimals: sen % 100 === 0 ? 'never' : 'always' });

describe('Laporan Perkembangan Pinjaman', () => {
  it('prints every loan per desa with desa subtotals, the grand total and the UPK signers', async () => {
    const t = await open();
    const p = expectOk(await t.call('loan.portfolio', { date: DATE }));
    const file = expectOk(await t.call('loan.report', { date: DATE, report: 'lpp', format: 'pdf' }));
    expect(file.fileName).toBe(`LPP-${DATE}.pdf`);
    const { text } = savePdf(t, file, 'lpp');
    const all = flat(text);
    expect(all).toContain('LAPORAN PERKEMBANGAN PINJAMAN');
    expect(all).toContain('Per 27 November 2026');
    expect(all).toContain('Seluruh desa');
    for (const r of p.rows) expect(all, r.number).toContain(r.number);
    for (const desa of new Set(p.rows.map((r) => r.desaName))) {
      const rows = p.rows.filter((r) => r.desaName === desa);
      expect(all).toContain(`Jumlah Desa ${desa} (${rows.length} pinjaman)`);
      expect(all).toContain(whole(rows.reduce((s, r) => s + r.saldo, 0)));
    }
    expect(all).toContain(`JUMLAH SELURUHNYA (${p.rows.length} pinjaman)`);
    // Totals as the portfolio has them, in id-ID notation (the same digits formatRupiah prints).
    for (const sen of [p.totals.amount, p.totals.saldo, p.totals.tunggakanPokok, p.totals.tunggakanJasa]) {
      expect(formatRupiah(sen, { decimals: 'auto' })).toContain(whole(sen));
      expect(all).toContain(whole(sen));
    }
    for (const c of p.byClass) expect(all).toContain(c.name);
    for (const name of SIGNERS) expect(all).toContain(name);
    expect(all).toContain('Mengetahui,');
    expect(text).toMatch(/Halaman 1 dari \d+/);
  });

  it('narrows to one desa and writes the same rows to XLSX', async () => {
    const t = await open();
    const p = expectOk(await t.call('loan.portfolio', { date: DATE }));
    const desaId = p.rows[0]?.desaId ?? 0;
    const desaName = p.rows[0]?.desaName ?? '';
    const mine = p.rows.filter((r) => r.desaId === desaId);
    const pdf = expectOk(await t.call('loan.report', { date: DATE, report: 'lpp', format: 'pdf', desaId }));
    const text = flat(savePdf(t, pdf, 'lpp-desa').text);
    expect(text).toContain(`Desa ${desaName}`);
    for (const r of p.rows) {
      if (r.desaId !== desaId) expect(text).not.toContain(r.number);
    }
    const file = expectOk(await t.call('loan.report', { date: DATE, report: 'lpp', format: 'xlsx' }));
    expect(file.fileName).toBe(`LPP-${DATE}.xlsx`);
    const ws = (await loadXlsx(file)).getWorksheet('LPP');
    if (!ws) throw new Error('no LPP sheet');
    const rows = cellValues(ws);
    const loanRows = rows.filter((r) => typeof r[0] === 'number');
    expect(loanRows.map((r) => r[3])).toEqual(p.rows.map((r) => r.number));
    expect(loanRows.map((r) => r[5])).toEqual(p.rows.map((r) => r.saldo / 100));
    const grand = rows.find((r) => r[1] === 'JUMLAH SELURUHNYA');
    expect(grand?.slice(4, 6)).toEqual([p.totals.amount / 100, p.totals.saldo / 100]);
    const sub = rows.find((r) => r[1] === `Jumlah Desa ${desaName}`);
    expect(sub?.[5]).toBe(mine.reduce((s, r) => s + r.saldo, 0) / 100);
    expect(rows.flat()).toContain('Siti Nurhayati, S.Ak.');
  });
});

describe('Laporan Kolektibilitas dan Cadangan', () => {
  it('prints classes, provision required vs booked, the class table, NPL and the ratio sheet', async () => {
    const t = await open();
    const p = expectOk(await t.call('loan.portfolio', { date: DATE }));
    const ratios = expectOk(await t.call('loan.ratios', { date: DATE }));
    const file = expectOk(
      await t.call('loan.report', { date: DATE, report: 'kolektibilitas', format: 'pdf' }),
    );
    expect(file.fileName).toBe(`Kolektibilitas-${DATE}.pdf`);
    const { text } = savePdf(t, file, 'kolektibilitas');
    const all = flat(text);
    expect(all).toContain('LAPORAN KOLEKTIBILITAS DAN CADANGAN PENGHAPUSAN PINJAMAN');
    expect(all).toContain(p.table.name);
    expect(all).toContain('hari tunggakan (sejak angsuran tertua yang belum lunas)');
    expect(all).toContain('1–90 hari');
    expect(all).toContain('≥ 271 hari');
    for (const c of p.byClass) {
      expect(all).toContain(c.name);
      expect(all).toContain(whole(c.saldo));
    }
    expect(all).toContain(whole(p.totals.saldo));
    expect(all).toContain(whole(p.totals.provision));
    expect(all).toContain(whole(p.provisionBooked));
    const gap = p.totals.provision - p.provisionBooked;
    expect(all).toContain(gap >= 0 ? 'Kekurangan cadangan' : 'Kelebihan cadangan');
    expect(all).toContain(whole(Math.abs(gap)));
    for (const r of [ratios.rr, ratios.par, ratios.lar, ratios.npl]) {
      expect(all).toContain(r.name);
      expect(all).toContain(ratioText(r.valueBp));
    }
    expect(all).toContain(`NPL = ${ratioText(ratios.npl.valueBp)}`);
    expect(all).toContain('< 10% memuaskan');
    expect(all).toContain('≥ 90% memuaskan');
    expect(all).toContain('realisasi tiap pinjaman dibatasi');
    for (const name of SIGNERS) expect(all).toContain(name);
    expect(text).toMatch(/Halaman 1 dari \d+/);
    // F. The §6.5 health score of the whole office, with its total and verdict.
    expect(all).toContain('F. Penilaian kesehatan — Penilaian kesehatan 6 rasio (SIDBM)');
    for (const h of ratios.health.ratios) expect(all).toContain(`${h.score} / ${h.weight}`);
    expect(all).toContain(`Jumlah skor — ${ratios.health.label}`);
    expect(all).toContain(`${ratios.health.total.toLocaleString('id-ID')} / 100`);
  });

  it('scores the health preset from the register and the journal, as data', async () => {
    const t = await open();
    const p = expectOk(await t.call('loan.portfolio', { date: DATE }));
    const { health } = expectOk(await t.call('loan.ratios', { date: DATE }));
    const amount = (key: string) => health.inputs.find((i) => i.key === key)?.amount;
    expect(amount('saldoPiutang')).toBe(p.totals.saldo);
    expect(amount('tunggakanPokok')).toBe(p.totals.tunggakanPokok);
    expect(amount('cadanganKerugian')).toBe(p.provisionBooked);
    expect(amount('risikoKolektibilitas')).toBe(p.totals.provision);
    // Net assets straight from the journal lines, independently of the service's query.
    const assets = t.sqlite
      .prepare(
        `SELECT SUM(l.debit - l.credit) FROM journal_lines l JOIN accounts a ON a.id = l.account_id
         WHERE l.voided = 0 AND l.entry_date <= ? AND a.type = 'aset'`,
      )
      .pluck()
      .get(DATE);
    expect(amount('asetEkonomi')).toBe(assets);
    expect(amount('labaBerjalan')).toBe((amount('pendapatan') ?? 0) - (amount('beban') ?? 0));
    expect(amount('modalAwal')).toBeGreaterThan(0);
    expect(health.ratios.map((r) => r.weight)).toEqual([40, 20, 10, 10, 10, 10]);
    expect(health.total).toBe(health.ratios.reduce((s, r) => s + r.score, 0));
    // Ratio 1: tunggakan pokok ÷ saldo piutang, in basis points, half up.
    const first = health.ratios[0];
    expect(first?.valueBp).toBe(Math.round((p.totals.tunggakanPokok * 10_000) / p.totals.saldo));
    const verdict =
      health.total > 87.5
        ? 'sehat'
        : health.total > 62.5
          ? 'cukup_sehat'
          : health.total > 37.5
            ? 'kurang_sehat'
            : 'tidak_sehat';
    expect(health.verdict).toBe(verdict);
    // One desa's report leaves the office-wide score out.
    const desa = expectOk(
      await t.call('loan.report', { date: DATE, report: 'kolektibilitas', format: 'pdf', desaId: 1 }),
    );
    expect(flat(savePdf(t, desa, 'kolektibilitas-desa').text)).not.toContain('Penilaian kesehatan');
  });

  it('writes the class table, classes and ratios to XLSX', async () => {
    const t = await open();
    const p = expectOk(await t.call('loan.portfolio', { date: DATE }));
    const ratios = expectOk(await t.call('loan.ratios', { date: DATE }));
    const wb = await loadXlsx(
      expectOk(await t.call('loan.report', { date: DATE, report: 'kolektibilitas', format: 'xlsx' })),
    );
    const ws = wb.getWorksheet('Kolektibilitas');
    const rs = wb.getWorksheet('Rasio');
    if (!ws || !rs) throw new Error('sheets');
    const rows = cellValues(ws);
    for (const c of p.byClass) {
      expect(rows).toContainEqual([
        c.name,
        c.count,
        c.saldo / 100,
        p.totals.saldo ? c.saldo / p.totals.saldo : null,
        c.provisionBp / 10_000,
        c.provision / 100,
      ]);
    }
    expect(rows.find((r) => r[0] === 'Cadangan yang sudah dibukukan di jurnal, seluruh kantor')?.[5]).toBe(
      p.provisionBooked / 100,
    );
    const ratioRows = cellValues(rs).filter((r) => typeof r[4] === 'number');
    expect(ratioRows.map((r) => r[0])).toEqual([
      ratios.rr.name,
      ratios.par.name,
      ratios.lar.name,
      ratios.npl.name,
    ]);
    expect(ratioRows.map((r) => r[4])).toEqual(
      [ratios.rr, ratios.par, ratios.lar, ratios.npl].map((r) => (r.valueBp ?? 0) / 10_000),
    );
    const hs = wb.getWorksheet('Kesehatan');
    if (!hs) throw new Error('Kesehatan sheet');
    const scored = cellValues(hs).filter((r) => typeof r[0] === 'number');
    expect(scored.map((r) => [r[1], r[5], r[6]])).toEqual(
      ratios.health.ratios.map((r) => [r.name, r.score, r.weight]),
    );
    expect(cellValues(hs)).toContainEqual(
      expect.arrayContaining([`Jumlah skor — ${ratios.health.label}`, ratios.health.total]),
    );
  });

  it('computes ratios consistent with the portfolio', async () => {
    const t = await open();
    const p = expectOk(await t.call('loan.portfolio', { date: DATE }));
    const r = expectOk(await t.call('loan.ratios', { date: DATE }));
    expect(r.par.denominator).toBe(p.totals.saldo);
    expect(r.par.numerator).toBe(
      p.rows.filter((x) => x.instalmentsInArrears >= 3).reduce((s, x) => s + x.saldo, 0),
    );
    const nplCodes = new Set(p.table.classes.filter((c) => c.npl).map((c) => c.code));
    expect(r.npl.numerator).toBe(
      p.byClass.filter((c) => nplCodes.has(c.code)).reduce((s, c) => s + c.saldo, 0),
    );
    expect(r.lar.denominator).toBe(new Set(p.rows.map((x) => x.kelompokId)).size);
    for (const row of p.rows) expect(row.tunggakanPokok).toBe(Math.max(0, row.targetPokok - row.paidPokok));
    expect(r.rr.valueBp).not.toBeNull();
    expect(r.rr.valueBp ?? 0).toBeLessThanOrEqual(10_000);
  });
});

describe('Kartu angsuran', () => {
  it('prints the identity, the plan with paid and outstanding per instalment, and the repayments', async () => {
    const t = await open();
    const p = expectOk(await t.call('loan.portfolio', { date: DATE }));
    const behind = [...p.rows].sort((a, b) => b.instalmentsInArrears - a.instalmentsInArrears)[0];
    if (!behind) throw new Error('no loan');
    const loan = expectOk(await t.call('loan.get', { id: behind.loanId, asOf: DATE }));
    const file = expectOk(await t.call('loan.card', { id: loan.id, asOf: DATE }));
    expect(file.fileName).toMatch(/^Kartu-Angsuran-.*-2026-11-27\.pdf$/);
    const { text } = savePdf(t, file, 'kartu');
    const all = flat(text);
    expect(all).toContain('KARTU ANGSURAN PINJAMAN');
    expect(all).toContain(loan.number);
    expect(all).toContain(loan.kelompokName);
    expect(all).toContain(formatRupiah(loan.amount, { decimals: 'auto' }));
    expect(all).toContain('Menunggak');
    const live = loan.repayments.filter((r) => !r.voided && r.date <= DATE);
    expect(all).toContain(whole(live.reduce((s, r) => s + r.pokok, 0)));
    expect(all).toContain(whole(loan.position?.tunggakanPokok ?? -1));
    expect(all).toContain(whole(Math.max(0, loan.position?.saldoPokok ?? -1)));
    expect(all).toContain(loan.kolek?.name ?? 'none');
    expect(all).toContain('Siti Nurhayati, S.Ak.');
    expect(text).toMatch(/Halaman 1 dari \d+/);
    // Printed for today by default.
    const today = expectOk(await t.call('loan.card', { id: loan.id }));
    expect(today.fileName).toMatch(/-2026-11-28\.pdf$/);
  });
});
