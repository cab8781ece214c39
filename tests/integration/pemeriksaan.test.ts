import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppErrorData, Envelope, InputOf } from '../../shared/contract';
import type { Examination } from '../../shared/pemeriksaan/pemeriksaan';
import { expectErr, expectOk, openTestApp, snapshot, type TestApp } from './helpers';

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
const rp = (n: number) => n * 100;

async function refusedUnchanged(
  run: () => Promise<Envelope<unknown>>,
  errCode: 'CONFLICT' | 'VALIDATION',
): Promise<AppErrorData> {
  const before = snapshot(t.sqlite);
  const e = expectErr(await run(), errCode);
  expect(snapshot(t.sqlite)).toEqual(before);
  return e;
}

async function officer(
  fullName: string,
  position: InputOf<'officers.create'>['position'],
  nip: string | null = null,
) {
  return expectOk(
    await t.call('officers.create', {
      fullName,
      nip,
      phone: null,
      position,
      startDate: '2024-01-01',
      endDate: null,
      decreeNumber: null,
    }),
  ).id;
}

/** DOMAIN.md §4.4 and §5: July 2025 books, counted on Kamis 31 Juli 2025 at 10.00 WIB. */
async function workedExample() {
  const kas = code('1.1.01.01');
  const bank = expectOk(
    await t.call('accounts.createMoney', {
      kind: 'bank',
      code: '1.1.01.02.01',
      name: 'Bank BRI Operasional',
      bank: {
        bankName: 'BRI',
        accountNumber: '0123-01-000456-30-1',
        holder: 'UPK Sukamaju',
        bankType: 'giro',
      },
    }),
  ).id;
  expectOk(
    await t.call('journal.openingBalances', {
      date: '2025-06-30',
      equityAccountId: code('3.1.09'),
      items: [
        { accountId: kas, amount: rp(12_450_000) },
        { accountId: bank, amount: rp(245_310_000) },
      ],
    }),
  );
  const quick = (kind: 'penerimaan_kas' | 'pengeluaran_kas', date: string, amount: number, bukti: string) =>
    t.call('journal.quick', {
      date,
      time: '09:00',
      bukti,
      description: 'Transaksi Juli',
      kind,
      moneyAccountId: kas,
      otherAccountId: code(kind === 'penerimaan_kas' ? '4.1.01' : '5.1.08'),
      amount,
    });
  expectOk(await quick('penerimaan_kas', '2025-07-10', rp(30_000_000), 'BKM-1'));
  expectOk(await quick('penerimaan_kas', '2025-07-31', rp(18_725_500), 'BKM-2'));
  expectOk(await quick('pengeluaran_kas', '2025-07-20', rp(53_180_000), 'BKK-1'));
  // After the count: must not be in the examined balance.
  expectOk(await quick('penerimaan_kas', '2025-07-31', rp(1_000_000), 'BKM-3').then((r) => r));
  t.sqlite.prepare("UPDATE journal_entries SET entry_time = '10:30' WHERE bukti = 'BKM-3'").run();
  t.sqlite
    .prepare(
      "UPDATE journal_lines SET entry_time = '10:30' WHERE entry_id = (SELECT id FROM journal_entries WHERE bukti = 'BKM-3')",
    )
    .run();
  const bendahara = await officer('Siti Nurhayati, S.Ak.', 'bendahara_upk');
  const fk = await officer('Drs. Agus Setiawan, M.Si.', 'fk', '197204151998031006');
  const ketua = await officer('H. Asep Saepudin, S.E.', 'ketua_upk');
  return { kas, bank, bendahara, fk, ketua };
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
    await refusedUnchanged(() => t.call('exam.finalise', { id: exam.id }), 'VALIDATION');
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
      () => t.call('exam.setCounts', { id: exam.id, accountId: kas, counts: [] }),
      'CONFLICT',
    );
    await refusedUnchanged(
      () => t.call('exam.setConclusion', { id: exam.id, conclusion: 'x', unexplainedAcknowledged: true }),
      'CONFLICT',
    );
    await refusedUnchanged(() => t.call('exam.finalise', { id: exam.id }), 'CONFLICT');
    await refusedUnchanged(
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
      () => t.call('exam.attachSigned', { id: exam.id, mimeType: 'application/pdf', base64: png }),
      'VALIDATION',
    );
    const signed = expectOk(
      await t.call('exam.attachSigned', { id: exam.id, mimeType: 'image/png', base64: png }),
    );
    expect(signed.status).toBe('ditandatangani');
    expect(signed.number).toBe(final.number);
    await refusedUnchanged(
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
    expect(tampered.message).toMatch(/Jurnal .* berubah/);
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
      () => t.call('exam.setSchedule', { intervalMonths: 0, pattern: 'x' }),
      'VALIDATION',
    );
  });
});
