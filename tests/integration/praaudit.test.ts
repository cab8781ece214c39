import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../main/db/connection';
import { MIGRATIONS } from '../../main/db/migrations';
import { DEMO_PASSWORD } from '../../main/demo/demoUsers';
import { tally } from '../../main/praaudit/auditRead';
import type { Envelope } from '../../shared/contract';
import type { PraAudit } from '../../shared/praaudit/praaudit';
import type { TrackedFinding } from '../../shared/temuan/temuan';
import { expectErr, expectOk, makeTempDir, openTestApp, refusedUnchanged, type TestApp } from './helpers';
import { flat, pdfText } from './pdfText';

const PNG_1X1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const TEAM = [{ name: 'Nenden Fitriani, S.Sos.', jabatan: 'Fasilitator Kecamatan' }];

const opened: TestApp[] = [];
async function open(demo = true): Promise<TestApp> {
  const t = await openTestApp({ demo });
  opened.push(t);
  return t;
}
afterEach(async () => {
  for (const t of opened.splice(0)) await t.cleanup();
});

const items = (a: PraAudit) => a.sections.flatMap((s) => s.items);
const item = (a: PraAudit, code: string) => {
  const found = items(a).find((i) => i.code === code);
  if (!found) throw new Error(`no item ${code}`);
  return found;
};

async function newAudit(t: TestApp, kegiatanName = 'Pembangunan MCK umum', versionId = 1): Promise<PraAudit> {
  const kegiatan = expectOk(await t.call('kegiatan.list', {})).find((k) => k.name === kegiatanName);
  if (!kegiatan) throw new Error('no kegiatan');
  return expectOk(
    await t.call('praAudit.create', {
      kegiatanId: kegiatan.id,
      versionId,
      auditDate: '2025-01-10',
      place: 'Kantor Desa Cibodas',
      team: TEAM,
      ketuaTpk: 'Ade Rukmana',
      // Not the team's FK: one person signs a document once.
      fkName: 'Drs. Budi Santoso',
    }),
  );
}

async function answerAll(
  t: TestApp,
  a: PraAudit,
  answer: 'ada_sesuai' | 'tidak_relevan' = 'ada_sesuai',
): Promise<PraAudit> {
  let current = a;
  for (const i of items(a).filter((x) => x.answer === 'belum_diperiksa')) {
    current = expectOk(await t.call('praAudit.answer', { id: a.id, itemId: i.itemId, answer, note: null }));
  }
  return current;
}

describe('scoring', () => {
  it('weighs sesuai 2, belum lengkap 1, tidak ada 0 over relevant examined items', () => {
    expect(
      tally([
        'ada_sesuai',
        'ada_sesuai',
        'ada_tidak_lengkap',
        'tidak_ada',
        'tidak_relevan',
        'belum_diperiksa',
      ]),
    ).toEqual({
      total: 6,
      examined: 5,
      sesuai: 2,
      tidakLengkap: 1,
      tidakAda: 1,
      tidakRelevan: 1,
      score: 63, // (2·2 + 1) / (2·4) = 62.5 %
    });
    expect(tally(['tidak_relevan', 'belum_diperiksa']).score).toBeNull();
    expect(tally([]).score).toBeNull();
  });

  it('gives per-section and overall progress, and only the items that apply to the kegiatan type', async () => {
    const t = await open();
    const sarpras = await newAudit(t);
    expect(sarpras.sections.map((s) => s.code)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I']);
    expect(sarpras.tally).toMatchObject({ total: 45, examined: 0, score: null });
    const spp = await newAudit(t, 'SPP Kelompok Melati');
    expect(spp.sections.map((s) => s.code)).toEqual(['A', 'B', 'C', 'G', 'H', 'I', 'J']);
    expect(items(spp).map((i) => i.code)).not.toContain('A3');
    let a = expectOk(
      await t.call('praAudit.answer', {
        id: sarpras.id,
        itemId: item(sarpras, 'A1').itemId,
        answer: 'ada_sesuai',
        note: null,
      }),
    );
    a = expectOk(
      await t.call('praAudit.answer', {
        id: a.id,
        itemId: item(a, 'A2').itemId,
        answer: 'tidak_ada',
        note: 'Tidak ditemukan',
        amount: 'Rp 1.500.000',
      }),
    );
    const sectionA = a.sections[0];
    expect(sectionA?.tally).toMatchObject({ total: 6, examined: 2, sesuai: 1, tidakAda: 1, score: 50 });
    expect(item(a, 'A2')).toMatchObject({
      answer: 'tidak_ada',
      note: 'Tidak ditemukan',
      amount: 150_000_000,
    });
    expect(a.tally).toMatchObject({ examined: 2, score: 50 });
  });
});

describe('template versioning', () => {
  it('an edited template leaves finished and running audits untouched', async () => {
    const t = await open();
    const finished = expectOk(await t.call('praAudit.list', {})).find((a) => a.status === 'final');
    if (!finished) throw new Error('demo has no final pra-audit');
    const before = expectOk(await t.call('praAudit.get', { id: finished.id }));
    const hashBefore = t.sqlite
      .prepare('SELECT snapshot_hash FROM pra_audits WHERE id = ?')
      .pluck()
      .get(finished.id);

    // Published v1 cannot change, through the app or behind its back.
    const c3 = item(before, 'C3');
    await refusedUnchanged(
      t,
      () =>
        t.call('template.saveItem', {
          versionId: 1,
          sectionId: 1,
          itemId: c3.itemId,
          code: 'C3',
          text: 'Diubah',
          defaultSeverity: 'ringan',
        }),
      'CONFLICT',
    );
    expect(() =>
      t.sqlite.prepare("UPDATE checklist_items SET text = 'x' WHERE id = ?").run(c3.itemId),
    ).toThrow(/sudah terbit/);

    const v2 = expectOk(await t.call('template.newVersion', { templateId: 1 }));
    expect(v2).toMatchObject({ version: 2, status: 'draft', itemCount: 47 });
    expectErr(await t.call('template.newVersion', { templateId: 1 }), 'CONFLICT');
    const sectionC = v2.sections.find((s) => s.code === 'C');
    const v2c3 = sectionC?.items.find((i) => i.code === 'C3');
    if (!sectionC || !v2c3) throw new Error('copy lost C3');
    expectOk(
      await t.call('template.saveItem', {
        versionId: v2.id,
        sectionId: sectionC.id,
        itemId: v2c3.id,
        code: 'C3',
        text: 'Setiap pengeluaran didukung bukti asli (kuitansi/nota/faktur)',
        defaultSeverity: 'berat',
      }),
    );
    expectOk(
      await t.call('template.saveItem', {
        versionId: v2.id,
        sectionId: sectionC.id,
        code: 'C9',
        text: 'Buku pembantu kas kecil ada',
        defaultSeverity: 'ringan',
        appliesTo: ['sarana_prasarana'],
      }),
    );
    const published = expectOk(await t.call('template.publish', { versionId: v2.id }));
    expect(published).toMatchObject({ status: 'terbit', itemCount: 48 });

    const after = expectOk(await t.call('praAudit.get', { id: finished.id }));
    expect(item(after, 'C3').text).toBe(c3.text);
    expect(items(after).map((i) => i.code)).not.toContain('C9');
    expect(
      t.sqlite.prepare('SELECT snapshot_hash FROM pra_audits WHERE id = ?').pluck().get(finished.id),
    ).toBe(hashBefore);
    const running = expectOk(await t.call('praAudit.list', {})).find((a) => a.status === 'draft');
    const runningAudit = expectOk(await t.call('praAudit.get', { id: running?.id ?? 0 }));
    expect(item(runningAudit, 'C3').text).toBe(c3.text);

    const onV2 = await newAudit(t, 'Pembangunan MCK umum', published.id);
    expect(item(onV2, 'C3').text).toMatch(/faktur/);
    expect(item(onV2, 'C9').severity).toBe('ringan');
    const templates = expectOk(await t.call('template.list', {}));
    expect(templates[0]?.versions.map((v) => [v.version, v.usedBy])).toEqual([
      [2, 1],
      [1, 2],
    ]);
  });

  it('copies a version into a new template and refuses audits on drafts', async () => {
    const t = await open();
    const copy = expectOk(await t.call('template.copy', { versionId: 1, name: 'Checklist Kabupaten' }));
    expect(copy).toMatchObject({
      version: 1,
      status: 'draft',
      itemCount: 47,
      templateName: 'Checklist Kabupaten',
    });
    expectErr(await t.call('template.copy', { versionId: 1, name: 'checklist kabupaten' }), 'CONFLICT');
    const kegiatan = expectOk(await t.call('kegiatan.list', {}))[0];
    await refusedUnchanged(
      t,
      () =>
        t.call('praAudit.create', {
          kegiatanId: kegiatan?.id ?? 0,
          versionId: copy.id,
          auditDate: '2025-01-10',
          place: 'Desa',
          team: TEAM,
        }),
      'VALIDATION',
    );
  });
});

describe('the finding lifecycle', () => {
  it('goes from an item not in order to a numbered catatan, a tanggapan, finalisation and a closed follow-up', async () => {
    const t = await open();
    let a = await newAudit(t);
    a = expectOk(
      await t.call('praAudit.answer', {
        id: a.id,
        itemId: item(a, 'C3').itemId,
        answer: 'tidak_ada',
        note: 'Nota semen hilang',
        amount: 3_000_000_00,
      }),
    );
    a = expectOk(
      await t.call('praAudit.answer', {
        id: a.id,
        itemId: item(a, 'E2').itemId,
        answer: 'ada_tidak_lengkap',
        note: null,
        severity: 'berat',
      }),
    );
    a = expectOk(
      await t.call('praAudit.attachEvidence', {
        id: a.id,
        itemId: item(a, 'C3').itemId,
        file: { fileName: 'foto.png', mimeType: 'image/png', base64: PNG_1X1 },
      }),
    );
    expect(item(a, 'C3').evidence).toHaveLength(1);

    // Unanswered items, items without a catatan and no conclusion block finalisation; nothing is written.
    const err = await refusedUnchanged(t, () => t.call('praAudit.finalise', { id: a.id }), 'VALIDATION');
    expect(err.message).toMatch(/43 butir belum diperiksa/);
    expect(err.message).toMatch(/C3, E2 belum dibuatkan catatan kekurangan/);

    a = expectOk(await t.call('praAudit.createFindings', { id: a.id }));
    expect(a.findings.map((f) => [f.number, f.checklistItemCode, f.severity, f.amount])).toEqual([
      [1, 'C3', 'berat', 3_000_000_00],
      [2, 'E2', 'berat', 0],
    ]);
    // Written as an auditor writes: the facts in the kondisi, the rule (not the checklist sentence) as kriteria.
    expect(a.findings[0]).toMatchObject({
      kondisi:
        'Pada pra-audit tanggal 10 Januari 2025, TPK tidak dapat menunjukkan bukti untuk butir C3 ' +
        '(setiap pengeluaran didukung kuitansi/nota asli, bertanggal, ditandatangani penerima). ' +
        'Catatan pemeriksa: Nota semen hilang. Nilai yang terkait sebesar Rp3.000.000.',
      kriteria:
        'Petunjuk Teknis Operasional (PTO) kegiatan: setiap pengeluaran didukung bukti asli yang bertanggal, ' +
        'mencantumkan identitas penyedia dan ditandatangani penerima; kuitansi bernilai lebih dari Rp5.000.000 ' +
        'dibubuhi meterai Rp10.000 (UU Nomor 10 Tahun 2020 tentang Bea Meterai); satu bukti hanya dipakai ' +
        'untuk satu pembayaran.',
      library: { code: 'TPK-05', version: 1 },
    });
    expect(a.findings[1]).toMatchObject({
      kondisi:
        'Pada pra-audit tanggal 10 Januari 2025, bukti untuk butir E2 (volume material diterima = dibayar = ' +
        'terpasang (± sisa yang dicatat)) ada tetapi belum lengkap atau perlu diperbaiki.',
      rekomendasi: 'TPK menambah volume pekerjaan sesuai RAB atau mengembalikan kelebihan pembayaran.',
      library: { code: 'TPK-09', version: 1 },
    });
    for (const f of a.findings) expect(f.kriteria).not.toContain('Checklist pra-audit butir');
    expect(item(a, 'C3').findingNumber).toBe(1);
    expectErr(await t.call('praAudit.createFindings', { id: a.id }), 'VALIDATION');
    // An item with a catatan cannot quietly become "sesuai".
    await refusedUnchanged(
      t,
      () =>
        t.call('praAudit.answer', {
          id: a.id,
          itemId: item(a, 'C3').itemId,
          answer: 'ada_sesuai',
          note: null,
        }),
      'CONFLICT',
    );

    // A free catatan, then removed: numbering closes up.
    a = expectOk(
      await t.call('praAudit.saveFinding', {
        id: a.id,
        kondisi: 'Papan nama TPK tidak ada',
        rekomendasi: 'Pasang papan nama',
        severity: 'ringan',
      }),
    );
    expect(a.findings.map((f) => f.number)).toEqual([1, 2, 3]);
    a = expectOk(await t.call('praAudit.removeFinding', { id: a.id, findingId: a.findings[0]?.id ?? 0 }));
    expect(a.findings.map((f) => [f.number, f.checklistItemCode])).toEqual([
      [1, 'E2'],
      [2, null],
    ]);
    a = expectOk(await t.call('praAudit.createFindings', { id: a.id }));
    expect(a.findings.map((f) => [f.number, f.checklistItemCode])).toEqual([
      [1, 'E2'],
      [2, null],
      [3, 'C3'],
    ]);

    for (const f of a.findings) {
      a = expectOk(
        await t.call('praAudit.saveFinding', {
          id: a.id,
          findingId: f.id,
          kondisi: f.kondisi,
          kriteria: f.kriteria,
          rekomendasi: f.rekomendasi,
          amount: f.amount,
          severity: f.severity ?? 'sedang',
          tanggapan: `Tanggapan TPK ${f.number}`,
          pic: 'Ketua TPK',
          dueDate: '2025-01-12',
        }),
      );
    }
    expectErr(
      await t.call('praAudit.saveFinding', {
        id: a.id,
        kondisi: 'x',
        rekomendasi: 'y',
        severity: 'ringan',
        dueDate: '2024-12-31',
      }),
      'VALIDATION',
    );
    a = await answerAll(t, a);
    a = expectOk(
      await t.call('praAudit.setConclusion', { id: a.id, conclusion: 'Perlu perbaikan dokumen.' }),
    );
    expect(a.missing).toEqual([]);
    const final = expectOk(await t.call('praAudit.finalise', { id: a.id }));
    expect(final.number).toBe('001/LHPA/UPK/I/2025');
    expect(final.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(final.findings.map((f) => f.tanggapan)).toEqual([
      'Tanggapan TPK 1',
      'Tanggapan TPK 2',
      'Tanggapan TPK 3',
    ]);

    // Final: every edit refused, nothing written.
    await refusedUnchanged(
      t,
      () =>
        t.call('praAudit.answer', {
          id: a.id,
          itemId: item(a, 'A1').itemId,
          answer: 'tidak_ada',
          note: null,
        }),
      'CONFLICT',
    );
    await refusedUnchanged(
      t,
      () =>
        t.call('praAudit.saveFinding', {
          id: a.id,
          findingId: final.findings[0]?.id ?? 0,
          kondisi: 'x',
          rekomendasi: 'y',
          severity: 'ringan',
        }),
      'CONFLICT',
    );
    await refusedUnchanged(t, () => t.call('praAudit.finalise', { id: a.id }), 'CONFLICT');
    expect(() =>
      t.sqlite.prepare("UPDATE pra_audit_answers SET note = 'diam-diam' WHERE audit_id = ?").run(a.id),
    ).toThrow(/sudah final/);
    expect(() =>
      t.sqlite.prepare("UPDATE findings SET kondisi = 'diam-diam' WHERE pra_audit_id = ?").run(a.id),
    ).toThrow(/sudah final/);

    // Follow-up: the clock of the test app is 2025-01-15, so batas waktu 2025-01-12 is overdue.
    const first = final.findings[0];
    if (!first) throw new Error('no finding');
    expect(first).toMatchObject({
      status: 'terbuka',
      overdue: true,
      sourceFinal: true,
      sourceNumber: final.number,
    });
    await refusedUnchanged(
      t,
      () =>
        t.call('finding.addFollowUp', { id: first.id, date: '2025-01-14', status: 'selesai', note: 'Sudah' }),
      // Closing needs a signed-in Pemeriksa/Admin; the in-process system is nobody.
      'FORBIDDEN',
    );
    await refusedUnchanged(
      t,
      () =>
        t.call('finding.addFollowUp', {
          id: first.id,
          date: '2025-01-09',
          status: 'dalam_proses',
          note: 'Terlalu awal',
        }),
      'VALIDATION',
    );
    await refusedUnchanged(
      t,
      () =>
        t.call('finding.addFollowUp', {
          id: first.id,
          date: '2025-01-14',
          status: 'selesai',
          note: 'Bukan gambar',
          evidence: [
            {
              fileName: 'x.png',
              mimeType: 'image/png',
              base64: Buffer.from('GIF89a not a png').toString('base64'),
            },
          ],
        }),
      'VALIDATION',
    );
    let f = expectOk(
      await t.call('finding.addFollowUp', {
        id: first.id,
        date: '2025-01-13',
        status: 'dalam_proses',
        note: 'Volume sedang ditambah',
      }),
    );
    expect(f).toMatchObject({ status: 'dalam_proses', overdue: true });
    const examiner = 'http:tab-pemeriksa-000000';
    expectOk(
      await t.app.dispatch('auth.login', { username: 'pemeriksa', password: DEMO_PASSWORD }, examiner),
    );
    f = expectOk(
      (await t.app.dispatch(
        'finding.addFollowUp',
        {
          id: first.id,
          date: '2025-01-14',
          status: 'selesai',
          note: 'Volume ditambah 8 m²',
          evidence: [{ fileName: 'bukti.png', mimeType: 'image/png', base64: PNG_1X1 }],
        },
        examiner,
      )) as Envelope<TrackedFinding>,
    );
    expect(f).toMatchObject({ status: 'selesai', overdue: false });
    expect(f.followUps.map((u) => [u.status, u.verifiedBy, u.evidence.length])).toEqual([
      ['dalam_proses', null, 0],
      ['selesai', 'Ahmad Fauzi', 1],
    ]);
    const file = expectOk(await t.call('attachment.get', { id: f.followUps[1]?.evidence[0]?.id ?? 0 }));
    expect(file).toMatchObject({ fileName: 'bukti.png', mime: 'image/png', base64: PNG_1X1 });
    await refusedUnchanged(
      t,
      () =>
        t.call('finding.addFollowUp', {
          id: first.id,
          date: '2025-01-14',
          status: 'terbuka',
          note: 'Buka lagi',
        }),
      'CONFLICT',
    );
    expect(() => t.sqlite.prepare('DELETE FROM finding_followups').run()).toThrow(/tidak boleh dihapus/);
  });

  it('refuses follow-up on findings of a draft and bad answers and files', async () => {
    const t = await open();
    const running = expectOk(await t.call('praAudit.list', {})).find((a) => a.status === 'draft');
    const draft = expectOk(await t.call('praAudit.get', { id: running?.id ?? 0 }));
    const draftFinding = draft.findings[0];
    expect(draftFinding?.sourceFinal).toBe(false);
    await refusedUnchanged(
      t,
      () =>
        t.call('finding.addFollowUp', {
          id: draftFinding?.id ?? 0,
          date: '2025-01-14',
          status: 'dalam_proses',
          note: 'x',
        }),
      'CONFLICT',
    );
    const itemId = item(draft, 'A1').itemId;
    await refusedUnchanged(
      t,
      () => t.callRaw('praAudit.answer', { id: draft.id, itemId, answer: 'mungkin', note: null }),
      'VALIDATION',
    );
    await refusedUnchanged(
      t,
      () => t.callRaw('praAudit.answer', { id: draft.id, itemId: 999_999, answer: 'ada_sesuai', note: null }),
      'VALIDATION',
    );
    const tooBig = 'A'.repeat(Math.ceil((10 * 1024 * 1024 * 4) / 3) + 8);
    const error = await refusedUnchanged(
      t,
      () =>
        t.callRaw('praAudit.attachEvidence', {
          id: draft.id,
          itemId,
          file: { fileName: 'besar.png', mimeType: 'image/png', base64: tooBig },
        }),
      'VALIDATION',
    );
    expect(error.message).toMatch(/10 MB/);
    await refusedUnchanged(
      t,
      () =>
        t.callRaw('praAudit.attachEvidence', {
          id: draft.id,
          itemId,
          file: { fileName: 'a.exe', mimeType: 'application/x-msdownload', base64: PNG_1X1 },
        }),
      'VALIDATION',
    );
    await refusedUnchanged(
      t,
      () =>
        t.call('praAudit.attachEvidence', {
          id: draft.id,
          itemId,
          file: { fileName: 'a.pdf', mimeType: 'application/pdf', base64: PNG_1X1 },
        }),
      'VALIDATION',
    );
  });
});

describe('the tracker', () => {
  it('lists findings of both sources with overdue and age, and counts open ones by age', async () => {
    const t = await openTestApp({ demo: true, now: () => new Date('2026-11-28T03:00:00Z') });
    opened.push(t);
    const all = expectOk(await t.call('finding.list', {}));
    expect(new Set(all.map((f) => f.source))).toEqual(new Set(['pemeriksaan_kas', 'pra_audit']));
    const praFinal = all.filter((f) => f.source === 'pra_audit' && f.sourceFinal);
    expect(praFinal.map((f) => [f.number, f.status, f.overdue])).toEqual([
      [1, 'dalam_proses', true],
      [2, 'terbuka', false],
      [3, 'selesai', false],
    ]);
    expect(praFinal[0]?.ageDays).toBe(75);
    const overdue = expectOk(await t.call('finding.list', { overdueOnly: true }));
    expect(overdue.every((f) => f.overdue)).toBe(true);
    expect(overdue.map((f) => f.id)).toContain(praFinal[0]?.id);
    const sukamaju = t.sqlite.prepare("SELECT id FROM desa WHERE name = 'Sukamaju'").pluck().get() as number;
    expect(
      expectOk(await t.call('finding.list', { desaId: sukamaju })).every((f) => f.desaName === 'Sukamaju'),
    ).toBe(true);
    const overview = expectOk(await t.call('finding.overview', {}));
    const openFinal = all.filter(
      (f) => f.sourceFinal && (f.status === 'terbuka' || f.status === 'dalam_proses'),
    );
    expect(overview.open).toBe(openFinal.length);
    expect(overview.overdue).toBe(openFinal.filter((f) => f.overdue).length);
    expect(overview.byAge.reduce((s, b) => s + b.count, 0)).toBe(overview.open);
    expect(overview.byAge.find((b) => b.label === '31–90 hari')?.count).toBeGreaterThanOrEqual(2);
  });

  it('compares two pra-audits of one TPK item by item', async () => {
    const t = await open();
    const [recheck, first] = expectOk(await t.call('praAudit.list', {}));
    const cmp = expectOk(
      await t.call('praAudit.compare', { beforeId: recheck?.id ?? 0, afterId: first?.id ?? 0 }),
    );
    expect(cmp.before.status).toBe('final');
    const row = (code: string) => cmp.rows.find((r) => r.code === code);
    expect(row('C3')).toMatchObject({ before: 'tidak_ada', after: 'ada_sesuai', outcome: 'membaik' });
    expect(row('E2')).toMatchObject({
      before: 'ada_tidak_lengkap',
      after: 'ada_tidak_lengkap',
      outcome: 'masih_terbuka',
    });
    expect(row('G1')).toMatchObject({ before: 'tidak_ada', after: 'belum_diperiksa', outcome: 'lainnya' });
    expect(cmp.counts.membaik).toBe(1);
    expect(cmp.counts.masih_terbuka).toBe(1);
    const other = await newAudit(t);
    expectErr(
      await t.call('praAudit.compare', { beforeId: first?.id ?? 0, afterId: other.id }),
      'VALIDATION',
    );
  });
});

describe('printing and verifying', () => {
  it('prints the three documents of a final audit from its snapshot and refuses a draft', async () => {
    const t = await open();
    const [draft, final] = expectOk(await t.call('praAudit.list', {}));
    expectErr(await t.call('praAudit.pdf', { id: draft?.id ?? 0, document: 'laporan' }), 'CONFLICT');
    const audit = expectOk(await t.call('praAudit.get', { id: final?.id ?? 0 }));
    const texts: Record<string, string> = {};
    for (const document of ['laporan', 'tanggapan', 'checklist'] as const) {
      const file = expectOk(await t.call('praAudit.pdf', { id: audit.id, document }));
      const target = path.join(t.dir, file.fileName);
      fs.writeFileSync(target, Buffer.from(file.base64, 'base64'));
      if (process.env.PRA_AUDIT_PDF_OUT)
        fs.copyFileSync(target, path.join(process.env.PRA_AUDIT_PDF_OUT, file.fileName));
      texts[document] = flat(pdfText(target));
      expect(texts[document]).toContain(`Nomor ${audit.number}`);
      expect(texts[document]).toContain('Iwan Setiawan');
    }
    expect(texts.laporan).toContain('LAPORAN HASIL PRA-AUDIT');
    expect(texts.laporan).toContain('Rp185.000.000');
    expect(texts.laporan).toContain('Rp4.750.000');
    expect(texts.laporan).toContain('Endang Sudrajat');
    expect(texts.laporan).toContain('Nenden Fitriani, S.Sos.');
    expect(texts.tanggapan).toContain('TPK akan meminta');
    expect(texts.tanggapan).toContain('Bendahara TPK');
    expect(texts.checklist).toContain('3 nota pembelian semen');

    const ok = expectOk(await t.call('exam.verify', { number: audit.number ?? '', hash: audit.hash ?? '' }));
    expect(ok.genuine).toBe(true);
    t.sqlite.exec('DROP TRIGGER pra_audits_frozen');
    t.sqlite
      .prepare("UPDATE pra_audits SET snapshot = replace(snapshot, '4750000', '475000') WHERE id = ?")
      .run(audit.id);
    const tampered = expectOk(
      await t.call('exam.verify', { number: audit.number ?? '', hash: audit.hash ?? '' }),
    );
    expect(tampered).toMatchObject({ genuine: false });
    expect(tampered.message).toMatch(/diubah di luar aplikasi/);
  });
});

describe('migration 4', () => {
  it('keeps the cash examination findings of a version-3 database', async () => {
    const dir = makeTempDir();
    const dbPath = path.join(dir, 'v3.sqlite');
    const now = () => new Date('2025-01-15T01:00:00Z');
    const v3 = await openDatabase(dbPath, { appVersion: '0.3.0', migrations: MIGRATIONS.slice(0, 3), now });
    v3.sqlite.exec(`
      INSERT INTO officers (id, full_name, created_at, updated_at) VALUES (1, 'Bendahara', 'x', 'x');
      INSERT INTO examinations (id, type, exam_date, exam_time, place, examined_officer_id, created_by, created_at, updated_at)
        VALUES (1, 'rutin', '2024-12-31', '16:00', 'Kantor', 1, 'uji', 'x', 'x');
      INSERT INTO findings (source, exam_id, number, kondisi, rekomendasi, amount, pic, due_date, status, created_by, created_at)
        VALUES ('pemeriksaan_kas', 1, 1, 'Kasbon', 'Kembalikan', 250000000, 'Bendahara', '2025-01-31', 'dalam_proses', 'uji', 'x');`);
    await v3.close();
    const v4 = await openDatabase(dbPath, { appVersion: '0.4.0', now });
    try {
      expect(v4.migration).toMatchObject({ from: 3, to: MIGRATIONS.at(-1)?.version });
      expect(
        v4.sqlite
          .prepare(
            'SELECT source, exam_id, number, kondisi, amount, pic, due_date, status, severity FROM findings',
          )
          .all(),
      ).toEqual([
        {
          source: 'pemeriksaan_kas',
          exam_id: 1,
          number: 1,
          kondisi: 'Kasbon',
          amount: 250000000,
          pic: 'Bendahara',
          due_date: '2025-01-31',
          status: 'dalam_proses',
          severity: null,
        },
      ]);
      expect(
        v4.sqlite.prepare('SELECT COUNT(*) FROM checklist_items WHERE version_id = 1').pluck().get(),
      ).toBe(47);
      expect(v4.sqlite.pragma('foreign_key_check')).toEqual([]);
    } finally {
      await v4.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
