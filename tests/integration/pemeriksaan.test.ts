import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Examination } from '../../shared/pemeriksaan/pemeriksaan';
import { callThrough, rp, workedExampleBooks } from '../fixtures/workedExample';
import { expectOk, openTestApp, refusedUnchanged, type TestApp } from './helpers';

let t: TestApp;

beforeEach(async () => {
  t = await openTestApp();
});

afterEach(async () => {
  const errors = [...t.errors];
  await t.cleanup();
  expect(errors).toEqual([]);
});

const code = (c: string) =>
  t.sqlite.prepare('SELECT id FROM accounts WHERE code = ?').pluck().get(c) as number;

/** DOMAIN.md §4.4 and §5, plus one receipt booked at 10.30 — after the count at 10.00. */
async function workedExample() {
  const ids = await workedExampleBooks(callThrough(t.app.dispatch), code);
  expectOk(
    await t.call('journal.quick', {
      date: '2025-07-31',
      time: '10:30',
      bukti: 'BKM-3',
      description: 'Diterima sesudah penghitungan',
      kind: 'penerimaan_kas',
      moneyAccountId: ids.kas,
      otherAccountId: code('4.1.01'),
      amount: rp(1_000_000),
    }),
  );
  return ids;
}

describe('pemeriksaan kas — worked example', () => {
  it('counts, explains, reconciles, finalises with a number and hash, locks the journal, verifies', async () => {
    const { kas, bank, bendahara, fk, ketua } = await workedExample();
    let exam: Examination = expectOk(
      await t.call('exam.create', {
        type: 'rutin',
        date: '2025-07-31',
        time: '10:00',
        place: 'Kantor UPK Kecamatan Sukamaju',
        basis: 'Surat Tugas No. 05/ST/VII/2025',
        examinedOfficerId: bendahara,
        examinerOfficerIds: [fk],
        acknowledgerOfficerIds: [ketua],
      }),
    );
    const cash = exam.cash.find((c) => c.accountId === kas);
    expect(cash?.book).toEqual({
      periodStart: '2025-07-01',
      opening: rp(12_450_000),
      receipts: rp(48_725_500),
      payments: rp(53_180_000),
      balance: rp(7_995_500),
      lastBukti: 'BKM-2',
    });
    expect(exam.missing.length).toBeGreaterThan(0);

    const denoms = expectOk(await t.call('exam.denominations', {}));
    const d = (kind: 'kertas' | 'logam', value: number) =>
      denoms.find((x) => x.kind === kind && x.value === rp(value))?.id as number;
    const counts = [
      [d('kertas', 100_000), 52],
      [d('kertas', 50_000), 30],
      [d('kertas', 20_000), 27],
      [d('kertas', 10_000), 38],
      [d('kertas', 5_000), 29],
      [d('kertas', 2_000), 41],
      [d('kertas', 1_000), 57],
      [d('logam', 1_000), 18],
      [d('logam', 500), 35],
      [d('logam', 200), 22],
      [d('logam', 100), 16],
    ].map(([denominationId, count]) => ({
      denominationId: denominationId as number,
      count: count as number,
    }));
    exam = expectOk(await t.call('exam.setCounts', { id: exam.id, accountId: kas, counts }));
    let c = exam.cash[0];
    expect([c?.totalKertas, c?.totalLogam, c?.physical, c?.difference, c?.status]).toEqual([
      rp(7_904_000),
      rp(41_500),
      rp(7_945_500),
      -rp(50_000),
      'kurang',
    ]);

    await refusedUnchanged(
      t,
      () =>
        t.call('exam.addExplanation', {
          id: exam.id,
          accountId: kas,
          code: 'BELUM_BUKU_KELUAR',
          description: 'x',
          amount: { direction: 'tambah', amount: rp(50_000) },
        }),
      'VALIDATION',
    );
    exam = expectOk(
      await t.call('exam.addExplanation', {
        id: exam.id,
        accountId: kas,
        code: 'BELUM_BUKU_KELUAR',
        description: 'Kuitansi ATK 31-07-2025 belum dibukukan',
        amount: { direction: 'kurang', amount: '50.000' },
      }),
    );
    c = exam.cash[0];
    expect([c?.explained, c?.unexplained]).toEqual([-rp(50_000), 0]);
    exam = expectOk(
      await t.call('exam.addNonCash', {
        id: exam.id,
        accountId: kas,
        kind: 'meterai',
        description: 'Meterai 10.000 × 5',
        amount: rp(50_000),
      }),
    );
    expect(exam.cash[0]?.physical).toBe(rp(7_945_500));

    await refusedUnchanged(
      t,
      () =>
        t.call('exam.setStatement', {
          id: exam.id,
          accountId: bank,
          balance: rp(1),
          date: '2025-08-01',
          source: 'rekening_koran',
        }),
      'VALIDATION',
    );
    exam = expectOk(
      await t.call('exam.setStatement', {
        id: exam.id,
        accountId: bank,
        balance: '246.012.350',
        date: '2025-07-31',
        source: 'rekening_koran',
      }),
    );
    for (const [reconCode, direction, amount] of [
      ['SETORAN_DALAM_PERJALANAN', 'tambah', 2_597_150],
      ['PENARIKAN_BELUM_DIDEBET', 'kurang', 2_500_000],
      ['BUNGA_JASA_GIRO', 'tambah', 1_015_000],
      ['PAJAK_BUNGA', 'kurang', 203_000],
      ['BIAYA_ADM_BANK', 'kurang', 12_500],
    ] as const) {
      exam = expectOk(
        await t.call('exam.addReconItem', {
          id: exam.id,
          accountId: bank,
          code: reconCode,
          description: reconCode,
          amount: { direction, amount: rp(amount) },
        }),
      );
    }
    const suggestions = expectOk(await t.call('exam.suggestedEntries', { id: exam.id }));
    expect(
      suggestions.map((s) => [
        s.code,
        s.date,
        s.time,
        s.lines.map((l) => [l.accountCode, l.debit, l.credit]),
      ]),
    ).toEqual([
      [
        'BUNGA_JASA_GIRO',
        '2025-07-31',
        '10:01',
        [
          ['1.1.01.02.01', rp(1_015_000), 0],
          ['4.2.01', 0, rp(1_015_000)],
        ],
      ],
      [
        'PAJAK_BUNGA',
        '2025-07-31',
        '10:01',
        [
          ['5.1.05', rp(203_000), 0],
          ['1.1.01.02.01', 0, rp(203_000)],
        ],
      ],
      [
        'BIAYA_ADM_BANK',
        '2025-07-31',
        '10:01',
        [
          ['5.1.04', rp(12_500), 0],
          ['1.1.01.02.01', 0, rp(12_500)],
        ],
      ],
    ]);
    const b = exam.banks[0];
    expect([b?.bookBalance, b?.adjustedBank, b?.adjustedBook, b?.reconciled]).toEqual([
      rp(245_310_000),
      rp(246_109_500),
      rp(246_109_500),
      true,
    ]);

    for (const o of exam.observations) {
      exam = expectOk(
        await t.call('exam.setObservation', { id: exam.id, itemId: o.itemId, answer: 'ya', note: null }),
      );
    }
    exam = expectOk(
      await t.call('exam.addFinding', {
        id: exam.id,
        kondisi: 'Transaksi ATK Rp50.000 belum dibukukan pada hari yang sama',
        rekomendasi: 'Bukukan setiap transaksi pada hari terjadinya',
        pic: 'Bendahara UPK',
        dueDate: '2025-08-07',
      }),
    );
    await refusedUnchanged(t, () => t.call('exam.finalise', { id: exam.id }), 'VALIDATION');
    exam = expectOk(
      await t.call('exam.setConclusion', {
        id: exam.id,
        conclusion: 'Kas dan bank sesuai dengan pembukuan setelah penyesuaian.',
        unexplainedAcknowledged: false,
      }),
    );
    expect(exam.missing).toEqual([]);

    const final = expectOk(await t.call('exam.finalise', { id: exam.id }));
    expect(final.number).toBe('001/BA-PK/UPK/VII/2025');
    expect(final.status).toBe('final');
    expect(final.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(final.examiners[0]).toMatchObject({
      name: 'Drs. Agus Setiawan, M.Si.',
      nip: '197204151998031006',
      position: 'Fasilitator Kecamatan (FK)',
    });

    // Frozen: every change refused, the journal locked up to 10.00.
    await refusedUnchanged(
      t,
      () => t.call('exam.setCounts', { id: exam.id, accountId: kas, counts: [] }),
      'CONFLICT',
    );
    await refusedUnchanged(
      t,
      () => t.call('exam.setConclusion', { id: exam.id, conclusion: 'x', unexplainedAcknowledged: true }),
      'CONFLICT',
    );
    await refusedUnchanged(t, () => t.call('exam.finalise', { id: exam.id }), 'CONFLICT');
    await refusedUnchanged(
      t,
      () =>
        t.call('journal.quick', {
          date: '2025-07-31',
          time: '09:59',
          bukti: 'L-1',
          description: 'x',
          kind: 'penerimaan_kas',
          moneyAccountId: kas,
          otherAccountId: code('4.1.01'),
          amount: 100,
        }),
      'CONFLICT',
    );
    expect(() => t.sqlite.prepare('DELETE FROM exam_counts').run()).toThrow(/final/);

    expect(
      expectOk(await t.call('exam.verify', { number: final.number ?? '', hash: final.hash ?? '' })),
    ).toMatchObject({ genuine: true });
    expect(
      expectOk(await t.call('exam.verify', { number: final.number ?? '', hash: 'ab'.repeat(32) })).genuine,
    ).toBe(false);
    expect(expectOk(await t.call('exam.get', { id: exam.id }))).toEqual(final);

    // The signed paper comes back as a scan: the examination becomes 'ditandatangani', once.
    const png =
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
    await refusedUnchanged(
      t,
      () => t.call('exam.attachSigned', { id: exam.id, mimeType: 'application/pdf', base64: png }),
      'VALIDATION',
    );
    const signed = expectOk(
      await t.call('exam.attachSigned', { id: exam.id, mimeType: 'image/png', base64: png }),
    );
    expect(signed.status).toBe('ditandatangani');
    expect(signed.number).toBe(final.number);
    await refusedUnchanged(
      t,
      () => t.call('exam.attachSigned', { id: exam.id, mimeType: 'image/png', base64: png }),
      'CONFLICT',
    );
    expect(expectOk(await t.call('exam.signedCopy', { id: exam.id })).base64).toBe(png);
    expect(
      expectOk(await t.call('exam.verify', { number: final.number ?? '', hash: final.hash ?? '' })).genuine,
    ).toBe(true);

    // Behind the app's back: a journal line before the instant changes → detected.
    t.sqlite
      .prepare(
        "UPDATE journal_lines SET debit = debit + 100 WHERE entry_id = (SELECT id FROM journal_entries WHERE bukti = 'BKM-1') AND debit > 0",
      )
      .run();
    const tampered = expectOk(
      await t.call('exam.verify', { number: final.number ?? '', hash: final.hash ?? '' }),
    );
    expect(tampered.genuine).toBe(false);
    expect(tampered.message).toMatch(/jurnal periode yang terkunci telah berubah/);
  });

  it('detects a snapshot altered in the database file', async () => {
    const { kas, bendahara, fk } = await workedExample();
    t.sqlite.prepare("UPDATE accounts SET active = 0 WHERE code = '1.1.01.02.01'").run();
    let exam = expectOk(
      await t.call('exam.create', {
        type: 'mendadak',
        date: '2025-07-31',
        time: '10:00',
        place: 'Kantor UPK',
        examinedOfficerId: bendahara,
        examinerOfficerIds: [fk],
      }),
    );
    const denoms = expectOk(await t.call('exam.denominations', {}));
    exam = expectOk(
      await t.call('exam.setCounts', {
        id: exam.id,
        accountId: kas,
        counts: [{ denominationId: denoms[0]?.id ?? 0, count: 1 }],
      }),
    );
    for (const o of exam.observations)
      exam = expectOk(
        await t.call('exam.setObservation', { id: exam.id, itemId: o.itemId, answer: 'na', note: null }),
      );
    exam = expectOk(
      await t.call('exam.setConclusion', {
        id: exam.id,
        conclusion: 'Kas kurang.',
        unexplainedAcknowledged: true,
      }),
    );
    const final = expectOk(await t.call('exam.finalise', { id: exam.id }));
    t.sqlite.exec('DROP TRIGGER examinations_frozen');
    t.sqlite
      .prepare("UPDATE examinations SET snapshot = replace(snapshot, 'Kas kurang.', 'Kas sesuai.')")
      .run();
    const result = expectOk(
      await t.call('exam.verify', { number: final.number ?? '', hash: final.hash ?? '' }),
    );
    expect(result).toEqual({ genuine: false, message: expect.stringMatching(/diubah di luar aplikasi/) });
  });

  it('refuses an examiner who is also the examined party, and someone without a post on the date', async () => {
    const { bendahara, fk } = await workedExample();
    const e = await refusedUnchanged(
      t,
      () =>
        t.call('exam.create', {
          type: 'rutin',
          date: '2025-07-31',
          time: '10:00',
          place: 'x',
          examinedOfficerId: bendahara,
          examinerOfficerIds: [bendahara],
        }),
      'VALIDATION',
    );
    expect(e.message).toMatch(/tidak boleh sekaligus/);
    await refusedUnchanged(
      t,
      () =>
        t.call('exam.create', {
          type: 'rutin',
          date: '2023-07-31',
          time: '10:00',
          place: 'x',
          examinedOfficerId: bendahara,
          examinerOfficerIds: [fk],
        }),
      'VALIDATION',
    );
  });
});

describe('schedule', () => {
  it('the next examination falls due a set number of months after the last final one', async () => {
    await t.cleanup();
    t = await openTestApp({ demo: true, now: () => new Date('2025-01-15T03:00:00Z') });
    // Demo: final examination on 30 November 2024, monthly → due 30 December 2024, overdue on 15 Jan.
    expect(expectOk(await t.call('exam.schedule', {}))).toEqual({
      intervalMonths: 1,
      lastFinalDate: '2024-11-30',
      nextDue: '2024-12-30',
      overdue: true,
      pattern: '{no}/BA-PK/UPK/{bulan}/{tahun}',
    });
    const history = expectOk(await t.call('exam.history', {}));
    expect(history.map((h) => [h.number, h.date, h.accountName, h.difference])).toEqual([
      ['001/BA-PK/UPK/XI/2024', '2024-11-30', 'Kas Tunai', 0],
    ]);
    const quarterly = expectOk(
      await t.call('exam.setSchedule', { intervalMonths: 3, pattern: '{no}/BA-KAS/{bulan}/{tahun}' }),
    );
    expect([quarterly.nextDue, quarterly.overdue]).toEqual(['2025-02-28', false]);
    await refusedUnchanged(
      t,
      () => t.call('exam.setSchedule', { intervalMonths: 0, pattern: 'x' }),
      'VALIDATION',
    );
  });
});

describe('addendum', () => {
  it('a final examination is corrected by a linked addendum, never edited', async () => {
    await t.cleanup();
    t = await openTestApp({ demo: true });
    const finalExam = expectOk(await t.call('exam.get', { id: 1 }));
    const before = expectOk(
      await t.call('exam.verify', { number: finalExam.number ?? '', hash: finalExam.hash ?? '' }),
    );
    expect(before.genuine).toBe(true);
    const addendum = expectOk(
      await t.call('exam.addendum', { id: 1, reason: 'Nomor rekening BJB salah tulis' }),
    );
    expect(addendum.status).toBe('draft');
    expect(addendum.addendumOf).toEqual({ id: 1, number: finalExam.number });
    expect(addendum.basis).toMatch(/Nomor rekening BJB salah tulis/);
    expect([addendum.date, addendum.time]).toEqual([finalExam.date, finalExam.time]);
    expect(addendum.examiners.map((p) => p.name)).toEqual(finalExam.examiners.map((p) => p.name));
    await refusedUnchanged(t, () => t.call('exam.addendum', { id: 1, reason: 'lagi' }), 'CONFLICT');
    await refusedUnchanged(t, () => t.call('exam.addendum', { id: 2, reason: 'draf' }), 'CONFLICT');
    expect(expectOk(await t.call('exam.get', { id: 1 }))).toEqual(finalExam);
  });

  it('the observation checklist is the office’s own: items added and switched off, old answers kept', async () => {
    const items = expectOk(
      await t.call('exam.addObservationItem', { text: 'Cap lembaga tersimpan di brankas' }),
    );
    expect(items.at(-1)).toMatchObject({ text: 'Cap lembaga tersimpan di brankas', active: true });
    await refusedUnchanged(
      t,
      () => t.call('exam.addObservationItem', { text: 'cap lembaga tersimpan di brankas' }),
      'CONFLICT',
    );
    const off = expectOk(await t.call('exam.setObservationItemActive', { id: 1, active: false }));
    expect(off.find((o) => o.id === 1)?.active).toBe(false);
  });
});
