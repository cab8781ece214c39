import { afterEach, describe, expect, it } from 'vitest';
import { expectErr, expectOk, openTestApp, refusedUnchanged, type TestApp } from './helpers';

const RP = 100;
const NOW = () => new Date('2026-11-28T03:00:00Z');
const opened: TestApp[] = [];
async function open(): Promise<TestApp> {
  const t = await openTestApp({ demo: true, now: NOW });
  opened.push(t);
  return t;
}
afterEach(async () => {
  for (const t of opened.splice(0)) await t.cleanup();
});

/** The journal's receivable (both loan products) equals the register's saldo, at any date. */
async function expectAgreement(t: TestApp, date: string): Promise<void> {
  const p = expectOk(await t.call('loan.portfolio', { date }));
  expect(p.receivableInBooks, `piutang di jurnal vs register pada ${date}`).toBe(p.totals.saldo);
}

describe('the demo portfolio', () => {
  it('has loans in every class and the journal agrees with the register', async () => {
    const t = await open();
    const p = expectOk(await t.call('loan.portfolio', { date: '2026-11-27' }));
    expect(p.table.name).toMatch(/5 kelas/);
    expect(p.rows.length).toBeGreaterThan(15);
    for (const c of p.byClass) expect(c.count, c.name).toBeGreaterThan(0);
    expect(p.receivableInBooks).toBe(p.totals.saldo);
    for (const date of ['2025-12-31', '2026-06-30', '2026-10-31']) await expectAgreement(t, date);
    // The bulk portfolio gives each loan the same position as the loan on its own.
    for (const row of p.rows) {
      const one = expectOk(await t.call('loan.get', { id: row.loanId, asOf: '2026-11-27' }));
      expect([one.position?.saldoPokok, one.position?.daysPastDue, one.kolek?.code], row.number).toEqual([
        row.saldo,
        row.daysPastDue,
        row.classCode,
      ]);
    }
    const statuses = new Set(expectOk(await t.call('loan.list', {})).map((l) => l.status));
    expect(statuses).toEqual(new Set(['aktif', 'lunas', 'dihapus']));
    // Entries the register posted cannot be changed from the journal.
    const entryId = t.sqlite
      .prepare('SELECT entry_id FROM repayments WHERE entry_id IS NOT NULL LIMIT 1')
      .pluck()
      .get() as number;
    const refused = await refusedUnchanged(
      t,
      () => t.call('journal.void', { id: entryId, reason: 'Coba' }),
      'CONFLICT',
    );
    expect(refused.message).toMatch(/register pinjaman/);
  });
});

describe('a loan from proposal to paid off', () => {
  it('posts every step in the journal, keeps journal and register equal, classes by date', async () => {
    const t = await open();
    const kelompok = expectOk(await t.call('kelompok.list', {}))[0];
    if (!kelompok) throw new Error('no kelompok');
    const spp = expectOk(await t.call('loanProduct.list', {})).find((p) => p.code === 'SPP');
    if (!spp) throw new Error('no SPP product');
    const bank = t.sqlite
      .prepare("SELECT id FROM accounts WHERE code = '1.1.01.02.02'")
      .pluck()
      .get() as number;
    const kas = t.sqlite.prepare("SELECT id FROM accounts WHERE code = '1.1.01.01'").pluck().get() as number;
    const before = expectOk(await t.call('loan.portfolio', { date: '2026-11-27' }));

    let loan = expectOk(
      await t.call('loan.propose', {
        kelompokId: kelompok.id,
        productId: spp.id,
        amount: 'Rp 12.000.000',
        purpose: 'Warung',
        proposedOn: '2026-11-01',
      }),
    );
    expect(loan).toMatchObject({ status: 'usulan', amount: 12_000_000 * RP, position: null });
    await refusedUnchanged(
      t,
      () =>
        t.call('loan.disburse', {
          id: loan.id,
          date: '2026-11-20',
          time: '10:00',
          accountId: bank,
          bukti: 'BBK-UJI-1',
        }),
      'CONFLICT',
    );
    await refusedUnchanged(t, () => t.call('loan.verify', { id: loan.id, date: '2026-10-01' }), 'VALIDATION');
    loan = expectOk(await t.call('loan.verify', { id: loan.id, date: '2026-11-05' }));
    loan = expectOk(
      await t.call('loan.approve', { id: loan.id, date: '2026-11-10', decisionNumber: 'BA MAD 11/2026' }),
    );
    loan = expectOk(
      await t.call('loan.disburse', {
        id: loan.id,
        date: '2026-11-20',
        time: '10:00',
        accountId: bank,
        bukti: 'BBK-UJI-1',
      }),
    );
    expect(loan.status).toBe('aktif');
    expect(loan.schedule).toHaveLength(12);
    expect(loan.schedule[0]).toEqual({
      no: 1,
      dueDate: '2026-12-20',
      pokok: 1_000_000 * RP,
      jasa: 180_000 * RP,
    });
    await expectAgreement(t, '2026-11-27');
    const after = expectOk(await t.call('loan.portfolio', { date: '2026-11-27' }));
    expect(after.totals.saldo - before.totals.saldo).toBe(12_000_000 * RP);

    // Bad repayments change nothing.
    await refusedUnchanged(
      t,
      () =>
        t.call('loan.repay', {
          id: loan.id,
          date: '2026-11-19',
          time: '09:00',
          accountId: kas,
          bukti: 'BKM-UJI-0',
          pokok: 100,
          jasa: 0,
        }),
      'VALIDATION',
    );
    const over = await refusedUnchanged(
      t,
      () =>
        t.call('loan.repay', {
          id: loan.id,
          date: '2026-11-27',
          time: '09:00',
          accountId: kas,
          bukti: 'BKM-UJI-0',
          pokok: 12_000_001 * RP,
          jasa: 0,
        }),
      'VALIDATION',
    );
    expect(over.message).toMatch(/Sisa pokok hanya Rp12\.000\.000/);
    await refusedUnchanged(
      t,
      () =>
        t.call('loan.repay', {
          id: loan.id,
          date: '2026-11-27',
          time: '09:00',
          accountId: spp.jasaAccountId,
          bukti: 'BKM-UJI-0',
          pokok: 100,
          jasa: 0,
        }),
      'VALIDATION',
    );

    // Arrears and class at the right date: due 20 Dec, paid late on 25 Jan.
    const classOn = async (asOf: string) => expectOk(await t.call('loan.get', { id: loan.id, asOf }));
    expect((await classOn('2026-12-20')).kolek?.name).toBe('Lancar');
    expect((await classOn('2026-12-21')).kolek?.name).toBe('Dalam Perhatian Khusus');
    expect((await classOn('2026-12-21')).position).toMatchObject({
      daysPastDue: 1,
      tunggakanPokok: 1_000_000 * RP,
    });

    loan = expectOk(
      await t.call('loan.repay', {
        id: loan.id,
        date: '2026-11-27',
        time: '09:00',
        accountId: kas,
        bukti: 'BKM-UJI-1',
        pokok: 1_000_000 * RP,
        jasa: 180_000 * RP,
      }),
    );
    await expectAgreement(t, '2026-11-27');
    const entry = t.sqlite
      .prepare(
        'SELECT e.description, SUM(l.debit) AS d FROM journal_entries e JOIN journal_lines l ON l.entry_id = e.id WHERE e.bukti = ? GROUP BY e.id',
      )
      .get('BKM-UJI-1') as { description: string; d: number };
    expect(entry.d).toBe(1_180_000 * RP);
    // Paid ahead: December is covered, January is the next one due.
    expect((await classOn('2027-01-20')).kolek?.name).toBe('Lancar');
    expect((await classOn('2027-01-21')).position?.daysPastDue).toBe(1);

    // A mistaken repayment is voided with its journal entry.
    const wrong = expectOk(
      await t.call('loan.repay', {
        id: loan.id,
        date: '2026-11-27',
        time: '09:30',
        accountId: kas,
        bukti: 'BKM-UJI-2',
        pokok: 500_000 * RP,
        jasa: 0,
      }),
    );
    await expectAgreement(t, '2026-11-27');
    const last = wrong.repayments.at(-1);
    loan = expectOk(
      await t.call('loan.voidRepayment', { id: loan.id, repaymentId: last?.id ?? 0, reason: 'Salah input' }),
    );
    expect(loan.repayments.at(-1)?.voided).toBe(true);
    await expectAgreement(t, '2026-11-27');
    expectErr(
      await t.call('loan.voidRepayment', { id: loan.id, repaymentId: last?.id ?? 0, reason: 'Lagi' }),
      'CONFLICT',
    );

    // Paying the rest closes it.
    const owedPokok = 11_000_000 * RP;
    const owedJasa = 11 * 180_000 * RP;
    loan = expectOk(
      await t.call('loan.repay', {
        id: loan.id,
        date: '2026-11-27',
        time: '10:00',
        accountId: kas,
        bukti: 'BKM-UJI-3',
        pokok: owedPokok,
        jasa: owedJasa,
      }),
    );
    expect(loan.status).toBe('lunas');
    await expectAgreement(t, '2026-11-27');
    expect(() => t.sqlite.prepare('DELETE FROM loans WHERE id = ?').run(loan.id)).toThrow(
      /tidak boleh dihapus/,
    );
    expect(() => t.sqlite.prepare('DELETE FROM repayments WHERE loan_id = ?').run(loan.id)).toThrow(
      /tidak boleh dihapus/,
    );
  });

  it('writes off a bad loan against the provision and keeps the books equal', async () => {
    const t = await open();
    const bad = expectOk(await t.call('loan.list', {})).find(
      (l) => l.status === 'aktif' && l.kolek?.name === 'Macet',
    );
    if (!bad) throw new Error('no macet loan in the demo');
    const loan = expectOk(
      await t.call('loan.writeOff', {
        id: bad.id,
        date: '2026-11-27',
        time: '15:00',
        decisionNumber: 'BA MAD 12/2026',
        bukti: 'HAPUS-UJI',
      }),
    );
    expect(loan.status).toBe('dihapus');
    await expectAgreement(t, '2026-11-27');
    expectErr(
      await t.call('loan.repay', {
        id: bad.id,
        date: '2026-11-27',
        time: '16:00',
        accountId: 1,
        bukti: 'X',
        pokok: 100,
        jasa: 0,
      }),
      'CONFLICT',
    );
  });
});

describe('penjadwalan ulang', () => {
  it('closes the loan and starts its remaining pokok as a new loan; register and journal stay equal', async () => {
    const t = await open();
    const late = expectOk(await t.call('loan.list', {})).find(
      (l) => l.status === 'aktif' && l.kolek?.name === 'Kurang Lancar',
    );
    if (!late) throw new Error('no kurang lancar loan in the demo');
    const old = expectOk(await t.call('loan.get', { id: late.id, asOf: '2026-11-27' }));
    const saldo = old.position?.saldoPokok ?? 0;
    expect(saldo).toBeGreaterThan(0);
    const entries = () => t.sqlite.prepare('SELECT count(*) FROM journal_entries').pluck().get();
    const entriesBefore = entries();
    // Before the last repayment: refused, nothing written.
    const lastPaid =
      old.repayments
        .map((r) => r.date)
        .sort()
        .at(-1) ??
      old.disbursedOn ??
      '';
    const early = new Date(Date.parse(`${lastPaid}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    await refusedUnchanged(
      t,
      () =>
        t.call('loan.reschedule', { id: old.id, date: early, decisionNumber: 'BA MAD 13/2026', tenor: 6 }),
      'VALIDATION',
    );
    const fresh = expectOk(
      await t.call('loan.reschedule', {
        id: old.id,
        date: '2026-11-27',
        decisionNumber: 'BA MAD 13/2026',
        tenor: 6,
      }),
    );
    expect(fresh).toMatchObject({ status: 'aktif', amount: saldo, disbursedOn: '2026-11-27' });
    expect(fresh.purpose).toBe(`Penjadwalan ulang ${old.number}`);
    expect(fresh.schedule).toHaveLength(6);
    expect(fresh.schedule.reduce((s, i) => s + i.pokok, 0)).toBe(saldo);
    expect(fresh.schedule[0]?.dueDate).toBe('2026-12-27');
    const closed = expectOk(await t.call('loan.get', { id: old.id }));
    expect(closed).toMatchObject({ status: 'dijadwal_ulang', closedOn: '2026-11-27' });
    expect(closed.closeNote).toContain(fresh.number);
    // No money moved: no journal entry, and the receivable still equals the register, before and after.
    expect(entries()).toBe(entriesBefore);
    for (const date of ['2026-11-26', '2026-11-27', '2026-12-31']) await expectAgreement(t, date);
    // The new loan starts current (Lancar); the old one no longer counts.
    const p = expectOk(await t.call('loan.portfolio', { date: '2026-11-27' }));
    expect(p.rows.find((r) => r.loanId === fresh.id)?.classCode).toBe(p.table.classes[0]?.code);
    expect(p.rows.some((r) => r.loanId === old.id)).toBe(false);
    expectErr(
      await t.call('loan.reschedule', { id: old.id, date: '2026-11-28', decisionNumber: 'X', tenor: 6 }),
      'CONFLICT',
    );
  });
});

describe('class tables', () => {
  it('saves an edited table as a new version and refuses gaps and overlaps', async () => {
    const t = await open();
    const { tables } = expectOk(await t.call('classTable.list', {}));
    const three = tables.find((x) => x.basis === 'angsuran');
    if (!three) throw new Error('no preset');
    const gap = three.classes.map((c) => (c.code === 'D' ? { ...c, min: 5 } : c));
    const error = await refusedUnchanged(
      t,
      () => t.call('classTable.save', { name: 'Celah', basis: 'angsuran', classes: gap }),
      'VALIDATION',
    );
    expect(error.message).toMatch(/celah/);
    const saved = expectOk(
      await t.call('classTable.save', {
        name: '3 kelas (SOP 2026)',
        basis: 'angsuran',
        classes: three.classes,
      }),
    );
    expect(saved.currentId).toBe(Math.max(...saved.tables.map((x) => x.id)));
    const p = expectOk(await t.call('loan.portfolio', { date: '2026-11-27' }));
    expect(p.table.name).toBe('3 kelas (SOP 2026)');
    expect(p.byClass.map((c) => c.name)).toEqual(['Lancar', 'Diragukan', 'Macet']);
    expect(() => t.sqlite.prepare("UPDATE class_tables SET name = 'x'").run()).toThrow(/tidak boleh diubah/);
    await refusedUnchanged(
      t,
      () =>
        t.callRaw('loanProduct.save', {
          code: 'X',
          name: 'Nol',
          receivableAccountId: 1,
          jasaAccountId: 1,
          dendaAccountId: 1,
          terms: {
            rateBp: 100,
            jasaBasis: 'flat_per_bulan',
            tenor: 0,
            frequency: 'bulanan',
            rounding: 'none',
          },
        }),
      'VALIDATION',
    );
  });
});

describe('the loan section of a cash examination', () => {
  it('compares the journal with the register and shows a receivable booked outside the register', async () => {
    const t = await open();
    const draft = expectOk(await t.call('exam.list', {})).find((e) => e.status === 'draft');
    if (!draft) throw new Error('no draft exam');
    let exam = expectOk(await t.call('exam.get', { id: draft.id }));
    expect(exam.loans?.difference).toBe(0);
    expect(exam.loans?.byClass.reduce((s, c) => s + c.count, 0)).toBe(exam.loans?.loanCount);
    const kas = t.sqlite.prepare("SELECT id FROM accounts WHERE code = '1.1.01.01'").pluck().get() as number;
    const piutang = t.sqlite
      .prepare("SELECT id FROM accounts WHERE code = '1.1.03.01'")
      .pluck()
      .get() as number;
    expectOk(
      await t.call('journal.post', {
        date: exam.date,
        time: '08:00',
        bukti: 'BKK-LUAR-1',
        description: 'Pinjaman diberikan tanpa register',
        desaId: null,
        lines: [
          { accountId: piutang, debit: 250_000 * RP, credit: 0 },
          { accountId: kas, debit: 0, credit: 250_000 * RP },
        ],
      }),
    );
    exam = expectOk(await t.call('exam.get', { id: draft.id }));
    expect(exam.loans?.difference).toBe(250_000 * RP);
  });
});
