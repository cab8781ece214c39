import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../main/demo/demoUsers';
import type { Envelope, InputOf, RequestName, ResultOf } from '../../shared/contract';
import { RESOLVE } from '../fixtures/validInputs';
import { expectErr, expectOk, openTestApp, refusedUnchanged, type TestApp } from './helpers';
import { flat, pdfText } from './pdfText';

const opened: TestApp[] = [];
afterEach(async () => {
  for (const t of opened.splice(0)) await t.cleanup();
});

type Caller = <K extends RequestName>(name: K, input: InputOf<K>) => Promise<Envelope<ResultOf<K>>>;

async function signedIn(t: TestApp, username: string, password = DEMO_PASSWORD): Promise<Caller> {
  const tab = `http:tab-${username}-0000000000`;
  expectOk(await t.app.dispatch('auth.login', { username, password }, tab));
  return async (name, input) => (await t.app.dispatch(name, input, tab)) as never;
}

const account = (t: TestApp, code: string) =>
  t.sqlite.prepare('SELECT id FROM accounts WHERE code = ?').pluck().get(code) as number;

async function openDemo(): Promise<TestApp> {
  const t = await openTestApp({ demo: true });
  opened.push(t);
  return t;
}

/** The demo's draft examination (id 2) with two findings made from the library, finalised. */
async function examWithFindings(t: TestApp) {
  const pemeriksa = await signedIn(t, 'pemeriksa');
  const kas01 = expectOk(await t.call('library.list', {})).find((e) => e.code === 'KAS-01');
  if (!kas01) throw new Error('KAS-01 missing');
  expect(kas01).toMatchObject({
    version: 1,
    title: 'Ketekoran kas / selisih kurang kas fisik tidak terjelaskan',
  });
  for (const f of [
    { pic: 'Bendahara UPK', recommendedAmount: 1_000_000_00 },
    { pic: 'Ahmad Fauzi', recommendedAmount: 200_000_00 },
  ]) {
    expectOk(
      await pemeriksa('exam.addFinding', {
        id: 2,
        kondisi: 'Kas kurang Rp1.000.000 tanpa penjelasan',
        kriteria: kas01.kriteria,
        rekomendasi: kas01.rekomendasi,
        amount: f.recommendedAmount,
        libraryVersionId: kas01.versionId,
        ...f,
      }),
    );
  }
  const finalise = RESOLVE['exam.finalise'];
  if (!finalise) throw new Error('no resolver');
  await finalise(t);
  const exam = expectOk(await pemeriksa('exam.finalise', { id: 2 }));
  const ids = t.sqlite
    .prepare('SELECT id FROM findings WHERE exam_id = 2 ORDER BY number')
    .pluck()
    .all() as number[];
  return { exam, ids, pemeriksa };
}

describe('recovery from nilai rekomendasi to S', () => {
  it('two deposits linked to journal entries, bad deposits refused, closed by a second user', async () => {
    const t = await openDemo();
    const { exam, ids } = await examWithFindings(t);
    expect(exam.status).toBe('final');
    const [mainId, picId] = ids.slice(-2) as [number, number];
    const bendahara = await signedIn(t, 'bendahara');
    const admin = await signedIn(t, 'admin');
    const kas = account(t, '1.1.01.01');
    const kasbon = account(t, '1.1.05.01');
    const bank = t.sqlite
      .prepare("SELECT id FROM accounts WHERE money_kind = 'bank' ORDER BY code")
      .pluck()
      .get() as number;

    let f = expectOk(await bendahara('finding.get', { id: mainId }));
    expect(f).toMatchObject({
      status: 'terbuka',
      recommendedAmount: 1_000_000_00,
      deposited: 0,
      remaining: 1_000_000_00,
      library: { code: 'KAS-01', version: 1 },
      // The exam is dated on the demo's last ledger day; the office's 60-day rule counts from it.
      deadline: new Date(Date.parse(`${exam.date}T00:00:00Z`) + 60 * 86_400_000).toISOString().slice(0, 10),
    });

    // The first deposit is booked in the Buku Kas, then picked from the book.
    const posted = expectOk(
      await bendahara('journal.quick', {
        kind: 'penerimaan_kas',
        date: '2025-01-15',
        time: '07:00',
        bukti: 'BKM-TL-01',
        description: 'Pengembalian kekurangan kas (1)',
        moneyAccountId: kas,
        otherAccountId: kasbon,
        amount: 600_000_00,
      }),
    ).entry;
    const onBank = expectOk(
      await bendahara('journal.quick', {
        kind: 'penerimaan_kas',
        date: '2025-01-15',
        time: '07:05',
        bukti: 'BKM-TL-02',
        description: 'Setoran lain ke bank',
        moneyAccountId: bank,
        otherAccountId: kasbon,
        amount: 400_000_00,
      }),
    ).entry;
    const candidates = expectOk(await bendahara('finding.depositCandidates', { id: mainId, accountId: kas }));
    expect(candidates.map((c) => [c.bukti, c.amount])).toContainEqual(['BKM-TL-01', 600_000_00]);
    const deposit = { id: mainId, date: '2025-01-15', receiptNumber: 'STS-01', accountId: kas };
    // An entry that booked the money on another account, and a deposit larger than the sisa: refused.
    const other = await refusedUnchanged(
      t,
      () => bendahara('finding.addDeposit', { ...deposit, amount: 400_000_00, journalEntryId: onBank.id }),
      'VALIDATION',
    );
    expect(other.message).toMatch(/tidak mendebit kas\/rekening penerima/);
    const tooMuch = await refusedUnchanged(
      t,
      () => bendahara('finding.addDeposit', { ...deposit, amount: 1_000_000_01, journalEntryId: posted.id }),
      'VALIDATION',
    );
    expect(tooMuch.message).toBe('Setoran Rp1.000.000,01 melebihi sisa yang harus disetor (Rp1.000.000).');
    f = expectOk(
      await bendahara('finding.addDeposit', { ...deposit, amount: 600_000_00, journalEntryId: posted.id }),
    );
    expect(f).toMatchObject({ status: 'dalam_proses', deposited: 600_000_00, remaining: 400_000_00 });
    // The same entry cannot book a second deposit.
    await refusedUnchanged(
      t,
      () =>
        bendahara('finding.addDeposit', {
          ...deposit,
          id: picId,
          amount: 100_000_00,
          journalEntryId: posted.id,
        }),
      'CONFLICT',
    );
    // Closing while money is still owed: refused.
    await refusedUnchanged(
      t,
      () =>
        admin('finding.addFollowUp', { id: mainId, date: '2025-01-15', status: 'selesai', note: 'Lunas?' }),
      'CONFLICT',
    );

    // The second deposit is posted from the follow-up form.
    f = expectOk(
      await bendahara('finding.addDeposit', {
        ...deposit,
        receiptNumber: 'STS-02',
        amount: 400_000_00,
        counterAccountId: kasbon,
        time: '07:30',
      }),
    );
    expect(f).toMatchObject({ deposited: 1_000_000_00, remaining: 0 });
    expect(f.deposits.map((d) => [d.receiptNumber, d.amount, d.journalBukti])).toEqual([
      ['STS-01', 600_000_00, 'BKM-TL-01'],
      ['STS-02', 400_000_00, 'STS-02'],
    ]);
    const booked = expectOk(await bendahara('journal.get', { id: f.deposits[1]?.journalEntryId ?? 0 }));
    expect(booked.lines.map((l) => [l.accountId, l.debit, l.credit])).toEqual([
      [kas, 400_000_00, 0],
      [kasbon, 0, 400_000_00],
    ]);
    // A deposit's journal entry cannot be voided behind the finding's back.
    await refusedUnchanged(
      t,
      () => bendahara('journal.void', { id: posted.id, reason: 'Salah' }),
      'CONFLICT',
    );

    // Verification: the Bendahara may not close; the Pemeriksa (not PIC, not audited) may.
    const close = {
      id: mainId,
      date: '2025-01-15',
      status: 'selesai' as const,
      note: 'Kekurangan kas disetor penuh',
    };
    await refusedUnchanged(t, () => bendahara('finding.addFollowUp', close), 'FORBIDDEN');
    const pemeriksa = await signedIn(t, 'pemeriksa');
    f = expectOk(await pemeriksa('finding.addFollowUp', close));
    expect(f.status).toBe('selesai');
    expect(f.daysLeft).toBeNull();
    expect(f.followUps.at(-1)).toMatchObject({ status: 'selesai', verifiedBy: 'Ahmad Fauzi' });
  });
});

describe('who may verify, review and close', () => {
  it('refuses the PIC, the audited person and the roles that may not verify', async () => {
    const t = await openDemo();
    const { ids } = await examWithFindings(t);
    const picId = ids.at(-1) as number;
    const tdtd = {
      id: picId,
      date: '2025-01-15',
      status: 'tidak_dapat_ditindaklanjuti' as const,
      note: 'Pindah tugas',
    };
    // The PIC of the finding is the Pemeriksa himself.
    const pemeriksa = await signedIn(t, 'pemeriksa');
    const pic = await refusedUnchanged(t, () => pemeriksa('finding.addFollowUp', tdtd), 'FORBIDDEN');
    expect(pic.message).toMatch(/Penanggung jawab/);
    // A Pemeriksa account linked to the examined Bendahara.
    const admin = await signedIn(t, 'admin');
    const siti = t.sqlite
      .prepare("SELECT id FROM officers WHERE full_name = 'Siti Nurhayati, S.Ak.'")
      .pluck()
      .get() as number;
    const created = expectOk(
      await admin('user.create', {
        username: 'siti',
        fullName: 'Siti N.',
        role: 'pemeriksa',
        password: 'sandi-awal-1',
      }),
    );
    expectOk(
      await admin('user.update', { id: created.id, fullName: 'Siti N.', role: 'pemeriksa', officerId: siti }),
    );
    t.sqlite.prepare('UPDATE users SET must_change_password = 0 WHERE id = ?').run(created.id);
    const audited = await signedIn(t, 'siti', 'sandi-awal-1');
    const self = await refusedUnchanged(t, () => audited('finding.addFollowUp', tdtd), 'FORBIDDEN');
    expect(self.message).toMatch(/diperiksa/);
    // Pembaca: refused by the role table; Bendahara: refused as verifier.
    const pembaca = await signedIn(t, 'pembaca');
    await refusedUnchanged(t, () => pembaca('finding.addFollowUp', tdtd), 'FORBIDDEN');
    const bendahara = await signedIn(t, 'bendahara');
    await refusedUnchanged(t, () => bendahara('finding.addFollowUp', tdtd), 'FORBIDDEN');
    expect(expectOk(await admin('finding.addFollowUp', tdtd)).status).toBe('tidak_dapat_ditindaklanjuti');
  });

  it('finalises only after review by a second user of a reviewer role', async () => {
    const t = await openDemo();
    const admin = await signedIn(t, 'admin');
    const pemeriksa = await signedIn(t, 'pemeriksa');
    const bendahara = await signedIn(t, 'bendahara');
    const doc = { kind: 'pra_audit' as const, docId: 2 };
    const prepare = RESOLVE['praAudit.finalise'];
    if (!prepare) throw new Error('no resolver');
    await prepare(t);
    expectOk(await admin('review.setSettings', { required: true, roles: ['admin'] }));
    await refusedUnchanged(t, () => pemeriksa('praAudit.finalise', { id: 2 }), 'CONFLICT');
    await refusedUnchanged(t, () => bendahara('review.submit', doc), 'FORBIDDEN');
    expect(expectOk(await pemeriksa('review.submit', doc)).state).toBe('diajukan');
    // Pemeriksa is not a reviewer role here; Bendahara never; no note for "perlu revisi".
    await refusedUnchanged(
      t,
      () => pemeriksa('review.decide', { ...doc, decision: 'disetujui' }),
      'FORBIDDEN',
    );
    await refusedUnchanged(
      t,
      () => bendahara('review.decide', { ...doc, decision: 'disetujui' }),
      'FORBIDDEN',
    );
    await refusedUnchanged(
      t,
      () => admin('review.decide', { ...doc, decision: 'perlu_revisi' }),
      'VALIDATION',
    );
    expect(
      expectOk(
        await admin('review.decide', { ...doc, decision: 'perlu_revisi', note: 'Foto 50% dilampirkan' }),
      ).state,
    ).toBe('perlu_revisi');
    await refusedUnchanged(t, () => pemeriksa('praAudit.finalise', { id: 2 }), 'CONFLICT');
    expectOk(await pemeriksa('review.submit', doc));
    // Self-review: the admin may review, but not what the admin submitted.
    expectOk(await admin('review.setSettings', { required: true, roles: ['admin', 'pemeriksa'] }));
    const adminDoc = { kind: 'pemeriksaan_kas' as const, docId: 2 };
    expectOk(await admin('review.submit', adminDoc));
    const selfReview = await refusedUnchanged(
      t,
      () => admin('review.decide', { ...adminDoc, decision: 'disetujui' }),
      'FORBIDDEN',
    );
    expect(selfReview.message).toMatch(/pengguna lain/);
    expect(expectOk(await admin('review.decide', { ...doc, decision: 'disetujui' })).state).toBe('disetujui');
    const final = expectOk(await pemeriksa('praAudit.finalise', { id: 2 }));
    expect(final.status).toBe('final');
    const file = expectOk(await pemeriksa('praAudit.pdf', { id: 2, document: 'laporan' }));
    const pdf = path.join(t.dir, 'laporan.pdf');
    fs.writeFileSync(pdf, Buffer.from(file.base64, 'base64'));
    const text = flat(pdfText(pdf));
    // On every page's footer, next to the paraf boxes of both.
    expect(text).toMatch(
      /Disusun oleh Ahmad Fauzi \(15\/01\/2025\) · direviu oleh Admin Kantor Contoh \(15\/01\/2025\)/,
    );
    expect(text).toMatch(/Paraf Penyusun Paraf Reviewer/);
    expectErr(await admin('review.submit', doc), 'CONFLICT');
  });
});

describe('the bank temuan', () => {
  it('ships the default, refuses an empty kriteria, and versions edits while findings keep theirs', async () => {
    const t = await openDemo();
    const admin = await signedIn(t, 'admin');
    const pemeriksa = await signedIn(t, 'pemeriksa');
    const all = expectOk(await admin('library.list', {}));
    expect(all.map((e) => e.code)).toEqual(expect.arrayContaining(['KAS-01', 'BANK-01', 'PJK-01', 'TPK-05']));
    // The demo's kasbon finding was made from KAS-02 version 1.
    const kas02 = all.find((e) => e.code === 'KAS-02');
    expect(kas02).toMatchObject({ version: 1, usedBy: 1 });
    if (!kas02) return;
    const edit = {
      id: kas02.id,
      code: kas02.code,
      category: kas02.category,
      title: kas02.title,
      kondisi: kas02.kondisi,
      kriteria: '   ',
      sebab: kas02.sebab,
      akibat: kas02.akibat,
      rekomendasi: kas02.rekomendasi,
      itemCodes: [],
    };
    const empty = await refusedUnchanged(t, () => admin('library.save', edit), 'VALIDATION');
    expect(empty.fields?.kriteria).toBe('Kriteria wajib diisi');
    await refusedUnchanged(
      t,
      () => pemeriksa('library.save', { ...edit, kriteria: 'SOP baru' }),
      'FORBIDDEN',
    );
    const v2 = expectOk(await admin('library.save', { ...edit, kriteria: 'SOP Keuangan UPK 2025 pasal 7' }));
    expect(v2).toMatchObject({ version: 2, kriteria: 'SOP Keuangan UPK 2025 pasal 7' });
    expect(expectOk(await admin('library.history', { id: kas02.id })).map((v) => v.version)).toEqual([2, 1]);
    const demoFinding = expectOk(await admin('finding.list', { source: 'pemeriksaan_kas' })).find(
      (f) => f.library?.code === 'KAS-02',
    );
    expect(demoFinding?.library).toEqual({ code: 'KAS-02', version: 1 });
  });
});

describe('Matriks Tindak Lanjut and Berita Acara Kesepakatan', () => {
  it('prints the figures of the cash examinations and the agreement with the examination', async () => {
    const t = await openDemo();
    const { ids } = await examWithFindings(t);
    const bendahara = await signedIn(t, 'bendahara');
    const kas = account(t, '1.1.01.01');
    expectOk(
      await bendahara('finding.addDeposit', {
        id: ids.at(-2) as number,
        date: '2025-01-15',
        time: '07:00',
        amount: 250_000_00,
        receiptNumber: 'STS-09',
        accountId: kas,
        counterAccountId: account(t, '1.1.05.01'),
      }),
    );
    // Cash examinations: the demo's kasbon Rp750.000 (returned in full) and this test's Rp1.000.000
    // (Rp250.000 returned) and Rp200.000 (nothing yet): 1.950.000 to recover, 1.000.000 returned.
    const recovery = expectOk(await bendahara('finding.recovery', {}));
    expect(recovery.bySource.find((l) => l.label === 'Pemeriksaan kas')).toMatchObject({
      findings: 4,
      recommended: 1_950_000_00,
      deposited: 1_000_000_00,
      remaining: 950_000_00,
      recoveryBp: 5128,
    });
    const pdfFile = expectOk(await bendahara('finding.matrix', { format: 'pdf', source: 'pemeriksaan_kas' }));
    const pdf = path.join(t.dir, 'matriks.pdf');
    fs.writeFileSync(pdf, Buffer.from(pdfFile.base64, 'base64'));
    const text = flat(pdfText(pdf));
    expect(text).toMatch(/MATRIKS TINDAK LANJUT TEMUAN/);
    expect(text).toMatch(/Jumlah 1\.950\.000 1\.000\.000 950\.000 51,28%/);
    expect(text).toMatch(/1\.000\.000 250\.000 750\.000 25%/);

    const xlsxFile = expectOk(
      await bendahara('finding.matrix', { format: 'xlsx', source: 'pemeriksaan_kas' }),
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsxFile.base64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Matriks');
    const total = ws?.getColumn(1).values.indexOf('Jumlah') ?? -1;
    expect(ws?.getRow(total).values).toEqual([
      undefined,
      'Jumlah',
      ...Array(6).fill(undefined),
      1_950_000,
      1_000_000,
      950_000,
      0.5128,
    ]);

    // The examination's print: the berita acara, then the agreement on its findings, signed alike.
    const ba = expectOk(await bendahara('exam.pdf', { id: 2 }));
    const baPath = path.join(t.dir, 'ba.pdf');
    fs.writeFileSync(baPath, Buffer.from(ba.base64, 'base64'));
    const baText = flat(pdfText(baPath));
    expect(baText).toMatch(/BERITA ACARA KESEPAKATAN TINDAK LANJUT/);
    expect(baText).toMatch(/paling lambat 60 hari/);
    expect(baText).toMatch(/termasuk menyetor\/mengembalikan uang sebesar Rp1\.200\.000/);
    expect(baText).toMatch(/tanpa reviu/);
  });
});
