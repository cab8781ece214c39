import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Statement } from '../../shared/laporan/statements';
import { expectErr, expectOk, openTestApp, refusedUnchanged, type TestApp, tickingClock } from './helpers';
import { flat, pdfText } from './pdfText';

// A small hand-made journal; every expected figure below is worked out by hand (rupiah × 100 = sen).
const RP = 100;

let t: TestApp;
const ids: Record<string, number> = {};

async function post(
  date: string,
  bukti: string,
  lines: Array<[code: string, debit: number, credit: number]>,
) {
  expectOk(
    await t.call('journal.post', {
      date,
      time: '09:00',
      bukti,
      description: `Uji ${bukti}`,
      lines: lines.map(([code, debit, credit]) => ({
        accountId: ids[code] ?? Number.NaN,
        debit: debit * RP,
        credit: credit * RP,
      })),
    }),
  );
}

async function loadIds() {
  for (const a of expectOk(await t.call('accounts.list', { includeInactive: true }))) ids[a.code] = a.id;
}

/** The Neraca/Laba Rugi line amounts in rupiah, keyed by line key. */
function lines(s: Statement): Record<string, [number, number | null]> {
  const out: Record<string, [number, number | null]> = {};
  for (const b of s.blocks)
    for (const sec of b.sections)
      for (const r of sec.rows) out[r.key] = [r.amount / RP, r.compare === null ? null : r.compare / RP];
  return out;
}

beforeEach(async () => {
  t = await openTestApp({ now: tickingClock('2026-03-15T03:00:00.000Z') });
  await loadIds();
  expectOk(
    await t.call('accounts.createMoney', {
      kind: 'bank',
      code: '1.1.01.02.01',
      name: 'Bank BRI',
      bank: { bankName: 'BRI', accountNumber: '0123', holder: 'UPK', bankType: 'giro' },
    }),
  );
  await loadIds();
  const kas = '1.1.01.01';
  const bank = '1.1.01.02.01';
  await post('2025-01-02', 'E1', [
    [kas, 10_000_000, 0],
    ['3.1.01', 0, 10_000_000],
  ]);
  await post('2025-01-05', 'E2', [
    [bank, 6_000_000, 0],
    [kas, 0, 6_000_000],
  ]); // transfer
  await post('2025-02-01', 'E3', [
    ['1.1.03.01', 5_000_000, 0],
    [bank, 0, 5_000_000],
  ]);
  await post('2025-03-01', 'E4', [
    [kas, 1_500_000, 0],
    ['1.1.03.01', 0, 1_000_000],
    ['4.1.01', 0, 500_000],
  ]);
  await post('2025-04-01', 'E5', [
    ['5.1.02', 200_000, 0],
    [kas, 0, 200_000],
  ]);
  await post('2025-06-30', 'E6', [
    ['5.1.07', 100_000, 0],
    ['1.1.04.01', 0, 100_000],
  ]); // contra
  await post('2025-07-01', 'E7', [
    ['1.2.01', 1_200_000, 0],
    [kas, 0, 1_200_000],
  ]);
  await post('2025-12-31', 'E8', [
    [bank, 50_000, 0],
    ['4.2.01', 0, 50_000],
  ]);
  await post('2026-01-10', 'E9', [
    [kas, 300_000, 0],
    ['4.1.02', 0, 300_000],
  ]);
  await post('2026-02-01', 'E10', [
    [kas, 1_000_000, 0],
    [bank, 0, 1_000_000],
  ]); // transfer
});

afterEach(async () => {
  await t.cleanup();
});

describe('statements of a hand-made journal', () => {
  it('Neraca at year end balances, with the contra account as a deduction and the year surplus', async () => {
    const s = expectOk(await t.call('laporan.neraca', { date: '2025-12-31', compare: 'bulan_lalu' }));
    expect(s.compareLabel).toBe('30 November 2025');
    expect(lines(s)).toEqual({
      kas_bank: [5_150_000, 5_100_000],
      piutang_pinjaman: [4_000_000, 4_000_000],
      cadangan_piutang: [-100_000, -100_000],
      aset_tetap: [1_200_000, 1_200_000],
      modal: [10_000_000, 10_000_000],
      surplus_tahun_berjalan: [250_000, 200_000],
    });
    const cadangan = s.blocks[0]?.sections[0]?.rows.find((r) => r.key === 'cadangan_piutang');
    expect(cadangan?.accounts[0]?.contra).toBe(true);
    expect(s.blocks.map((b) => (b.total?.amount ?? 0) / RP)).toEqual([10_250_000, 10_250_000]);
    expect(s.difference).toBe(0);
  });

  it('Laba Rugi for the year and a month, with comparatives', async () => {
    const year = expectOk(
      await t.call('laporan.labaRugi', { from: '2025-01-01', to: '2025-12-31', compare: 'tidak' }),
    );
    expect(lines(year)).toEqual({
      pendapatan_operasional: [500_000, null],
      pendapatan_non_operasional: [50_000, null],
      beban_operasional: [200_000, null],
      beban_penyusutan_penyisihan: [100_000, null],
    });
    expect(year.blocks[0]?.total?.amount).toBe(250_000 * RP);
    const jan = expectOk(
      await t.call('laporan.labaRugi', { from: '2026-01-01', to: '2026-01-31', compare: 'tahun_lalu' }),
    );
    expect(jan.compareLabel).toBe('1 Januari 2025 s.d. 31 Januari 2025');
    expect(lines(jan)).toEqual({ pendapatan_operasional: [300_000, 0] });
  });

  it('Arus Kas leaves transfers out and reconciles to the change in kas + bank', async () => {
    const s = expectOk(
      await t.call('laporan.arusKas', { from: '2025-01-01', to: '2025-12-31', compare: 'tidak' }),
    );
    const rows: Record<string, number> = {};
    for (const sec of s.blocks[0]?.sections ?? [])
      for (const r of sec.rows) rows[`${sec.key}/${r.key}`] = r.amount / RP;
    expect(rows).toEqual({
      'operasi/inflow:piutang_pinjaman': 1_000_000,
      'operasi/inflow:pendapatan_operasional': 500_000,
      'operasi/inflow:pendapatan_non_operasional': 50_000,
      'operasi/outflow:piutang_pinjaman': -5_000_000,
      'operasi/outflow:beban_operasional': -200_000,
      'investasi/outflow:aset_tetap': -1_200_000,
      'pendanaan/inflow:modal': 10_000_000,
    });
    expect(s.blocks[0]?.sections.map((x) => x.total.amount / RP)).toEqual([
      -3_650_000, -1_200_000, 10_000_000,
    ]);
    expect(s.blocks[0]?.total?.amount).toBe(5_150_000 * RP);
    expect(s.totals.map((x) => x.amount / RP)).toEqual([0, 5_150_000]);
    expect(s.notes.filter((n) => n.tone === 'peringatan')).toEqual([]);
    // 2026: only the jasa receipt; the bank → kas transfer is no receipt.
    const y26 = expectOk(
      await t.call('laporan.arusKas', { from: '2026-01-01', to: '2026-02-28', compare: 'tidak' }),
    );
    expect(y26.blocks[0]?.total?.amount).toBe(300_000 * RP);
    expect(y26.totals.map((x) => x.amount / RP)).toEqual([5_150_000, 5_450_000]);
  });

  it('Neraca Saldo from the checkpoints: saldo awal, mutasi, saldo akhir; debit = kredit', async () => {
    const tb = expectOk(
      await t.call('laporan.neracaSaldo', { from: '2026-01-01', to: '2026-02-28', compare: 'tidak' }),
    );
    const byCode = Object.fromEntries(
      tb.rows.map((r) => [r.code, [r.opening, r.debit, r.credit, r.closing].map((x) => x / RP)]),
    );
    expect(byCode).toEqual({
      '1.1.01.01': [4_100_000, 1_300_000, 0, 5_400_000],
      '1.1.01.02.01': [1_050_000, 0, 1_000_000, 50_000],
      '1.1.03.01': [4_000_000, 0, 0, 4_000_000],
      '1.1.04.01': [-100_000, 0, 0, -100_000],
      '1.2.01': [1_200_000, 0, 0, 1_200_000],
      '3.1.01': [-10_000_000, 0, 0, -10_000_000],
      '4.1.01': [-500_000, 0, 0, -500_000],
      '4.1.02': [0, 0, 300_000, -300_000],
      '4.2.01': [-50_000, 0, 0, -50_000],
      '5.1.02': [200_000, 0, 0, 200_000],
      '5.1.07': [100_000, 0, 0, 100_000],
    });
    expect(tb.totals.closingDebit / RP).toBe(10_950_000);
    expect(tb.totals.closingCredit / RP).toBe(10_950_000);
    expect(tb.totals.debit).toBe(tb.totals.credit);
  });

  it('Perubahan Ekuitas ends at the Neraca ekuitas', async () => {
    const s = expectOk(
      await t.call('laporan.perubahanEkuitas', { from: '2025-01-01', to: '2025-12-31', compare: 'tidak' }),
    );
    const sections = s.blocks[0]?.sections ?? [];
    expect(sections.map((x) => [x.key, x.rows.map((r) => r.amount / RP), x.total.amount / RP])).toEqual([
      ['modal', [0, 10_000_000, 0], 10_000_000],
      ['surplus_berjalan', [0, 250_000, 0], 250_000],
    ]);
    expect(s.blocks[0]?.total?.amount).toBe(10_250_000 * RP);
  });

  it('names a non-zero suspense account as the cause of an unbalanced Neraca', async () => {
    const acc = expectOk(
      await t.call('accounts.create', {
        code: '1.1.09',
        name: 'Penampung Impor',
        type: 'aset',
        normalSide: 'D',
        parentId: ids['1.1'],
      }),
    );
    expectOk(
      await t.call('laporan.setMapping', { accountId: acc.id, line: 'penampung', cashClass: 'operasi' }),
    );
    await loadIds();
    await post('2026-02-10', 'IMP', [
      ['1.1.09', 75_000, 0],
      ['4.2.02', 0, 75_000],
    ]);
    const s = expectOk(await t.call('laporan.neraca', { date: '2026-02-28', compare: 'tahun_lalu' }));
    expect(s.difference).toBe(-75_000 * RP);
    expect(lines(s).surplus_belum_tutup_buku).toEqual([250_000, 0]);
    expect(lines(s).surplus_tahun_berjalan).toEqual([375_000, 0]);
    expect(s.notes.find((n) => n.tone === 'peringatan')?.text).toContain(
      '1.1.09 Penampung Impor bersaldo debit Rp75.000',
    );
  });

  it('refuses bad dates and mappings, writing nothing', async () => {
    expectErr(
      await t.call('laporan.labaRugi', { from: '2025-12-31', to: '2025-01-01', compare: 'tidak' }),
      'VALIDATION',
    );
    const future = expectErr(
      await t.call('laporan.neraca', { date: '2026-04-01', compare: 'tidak' }),
      'VALIDATION',
    );
    expect(future.message).toContain('belum terjadi');
    const before = expectErr(
      await t.call('laporan.neraca', { date: '2024-12-31', compare: 'tidak' }),
      'VALIDATION',
    );
    expect(before.message).toContain('sebelum awal pembukuan');
    const wrong = await refusedUnchanged(
      t,
      () =>
        t.call('laporan.setMapping', { accountId: ids['4.1.01'] ?? 0, line: 'modal', cashClass: 'operasi' }),
      'VALIDATION',
    );
    expect(wrong.message).toContain('tidak bisa masuk ke baris "Modal');
  });

  it('prints every statement as PDF and XLSX', async () => {
    for (const format of ['pdf', 'xlsx'] as const) {
      const files = [
        await t.call('laporan.export', { kind: 'neraca', date: '2025-12-31', compare: 'tahun_lalu', format }),
        await t.call('laporan.export', { kind: 'calk', date: '2025-12-31', compare: 'tahun_lalu', format }),
      ];
      for (const kind of ['laba_rugi', 'arus_kas', 'perubahan_ekuitas', 'neraca_saldo'] as const) {
        files.push(
          await t.call('laporan.export', {
            kind,
            from: '2025-01-01',
            to: '2025-12-31',
            compare: 'tahun_lalu',
            format,
          }),
        );
      }
      for (const f of files) {
        const file = expectOk(f);
        const bytes = Buffer.from(file.base64, 'base64');
        if (process.env.LAPORAN_DUMP)
          (await import('node:fs')).writeFileSync(`${process.env.LAPORAN_DUMP}/${file.fileName}`, bytes);
        expect(bytes.subarray(0, 4).toString()).toBe(format === 'pdf' ? '%PDF' : 'PK\u0003\u0004');
      }
    }
  });
});

describe('tutup buku', () => {
  const allocations = () => [
    { label: 'Surplus ditahan', accountId: ids['3.1.02'] ?? 0, percent: '40' },
    { label: 'Bagian desa', accountId: ids['2.1.02'] ?? 0, percent: '30' },
    { label: 'Penambahan modal', accountId: ids['3.1.01'] ?? 0, percent: '20' },
    { label: 'Dana sosial', accountId: ids['2.1.01'] ?? 0, percent: '10' },
  ];
  const close = () =>
    t.call('tutupBuku.close', {
      year: 2025,
      madDate: '2026-01-20',
      madReference: 'BA MAD 01/2026',
      allocations: allocations(),
    });

  it('closes, freezes and verifies; an edit behind the app is named; reopen with reason; close again', async () => {
    const closing = expectOk(await close());
    expect(closing.surplus).toBe(250_000 * RP);
    expect(closing.allocations.map((a) => a.amount / RP)).toEqual([100_000, 75_000, 50_000, 25_000]);
    expect(closing.number).toMatch(/^001\/TB\/UPK\/III\/2026$/);

    // The year-end statements are the same as before closing; the next year starts from the allocation.
    const yearEnd = expectOk(await t.call('laporan.neraca', { date: '2025-12-31', compare: 'tidak' }));
    expect(lines(yearEnd).surplus_tahun_berjalan).toEqual([250_000, null]);
    const lr = expectOk(
      await t.call('laporan.labaRugi', { from: '2025-01-01', to: '2025-12-31', compare: 'tidak' }),
    );
    expect(lr.blocks[0]?.total?.amount).toBe(250_000 * RP);
    const feb = expectOk(await t.call('laporan.neraca', { date: '2026-02-28', compare: 'tidak' }));
    expect(lines(feb)).toEqual({
      kas_bank: [5_450_000, null],
      piutang_pinjaman: [4_000_000, null],
      cadangan_piutang: [-100_000, null],
      aset_tetap: [1_200_000, null],
      utang_lancar: [25_000, null],
      utang_surplus: [75_000, null],
      modal: [10_050_000, null],
      surplus_ditahan: [100_000, null],
      surplus_tahun_berjalan: [300_000, null],
    });
    expect(feb.difference).toBe(0);
    const tb = expectOk(
      await t.call('laporan.neracaSaldo', { from: '2026-01-01', to: '2026-02-28', compare: 'tidak' }),
    );
    expect(tb.rows.find((r) => r.code === '4.1.01')).toBeUndefined();

    // Locked: no entry in 2025 any more; closing twice refused; all without writing.
    await refusedUnchanged(
      t,
      () =>
        t.call('journal.post', {
          date: '2025-06-01',
          time: '10:00',
          bukti: 'X',
          description: 'Terlambat',
          lines: [
            { accountId: ids['5.1.02'] ?? 0, debit: 100, credit: 0 },
            { accountId: ids['1.1.01.01'] ?? 0, debit: 0, credit: 100 },
          ],
        }),
      'CONFLICT',
    );
    expect((await refusedUnchanged(t, close, 'CONFLICT')).message).toContain('sudah ditutup');
    expect(expectOk(await t.call('tutupBuku.verify', { id: closing.id })).genuine).toBe(true);

    // An edit behind the app's back (straight into SQLite) is named by the verification.
    const line = t.sqlite
      .prepare(
        "SELECT l.id FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id WHERE e.bukti = 'E5' AND l.debit > 0",
      )
      .pluck()
      .get() as number;
    t.sqlite.prepare('UPDATE journal_lines SET debit = debit + 5000000 WHERE id = ?').run(line);
    const tampered = expectOk(await t.call('tutupBuku.verify', { id: closing.id }));
    expect(tampered.genuine).toBe(false);
    expect(tampered.message).toContain(
      '5.1.02 Beban ATK dan Fotokopi (beku Rp200.000, jurnal sekarang Rp250.000)',
    );
    t.sqlite.prepare('UPDATE journal_lines SET debit = debit - 5000000 WHERE id = ?').run(line);

    // Reopen: a reason is required; then the frozen copy shows as superseded and 2025 takes entries again.
    expectErr(await t.call('tutupBuku.reopen', { id: closing.id, reason: ' ' }), 'VALIDATION');
    const reopened = expectOk(
      await t.call('tutupBuku.reopen', { id: closing.id, reason: 'Koreksi beban Desember' }),
    );
    expect(reopened.status).toBe('dibuka');
    const superseded = expectOk(await t.call('tutupBuku.verify', { id: closing.id }));
    expect(superseded.message).toContain('sudah digantikan');
    const pdf = expectOk(await t.call('tutupBuku.pdf', { id: closing.id, statement: 'neraca' }));
    const file = `${t.dir}/beku.pdf`;
    (await import('node:fs')).writeFileSync(file, Buffer.from(pdf.base64, 'base64'));
    expect(flat(pdfText(file))).toContain('DIGANTIKAN');
    expect(
      lines(expectOk(await t.call('laporan.neraca', { date: '2026-02-28', compare: 'tidak' })))
        .surplus_belum_tutup_buku,
    ).toEqual([250_000, null]);
    await post('2025-12-30', 'E11', [
      ['5.1.03', 50_000, 0],
      ['1.1.01.01', 0, 50_000],
    ]);

    // Allocation percentages must total 100 %; then the year closes again with a new number.
    const wrong = allocations().map((a, i) => (i === 0 ? { ...a, percent: '35' } : a));
    const refused = await refusedUnchanged(
      t,
      () =>
        t.call('tutupBuku.close', {
          year: 2025,
          madDate: '2026-01-20',
          madReference: 'BA MAD',
          allocations: wrong,
        }),
      'VALIDATION',
    );
    expect(refused.message).toContain('95%');
    const again = expectOk(await close());
    expect(again.surplus).toBe(200_000 * RP);
    expect(again.number).toBe('002/TB/UPK/III/2026');
    expect(expectOk(await t.call('tutupBuku.verify', { id: again.id })).genuine).toBe(true);
  });
});
