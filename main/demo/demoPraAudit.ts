import { contract, type InputOf, type RequestName } from '../../shared/contract';
import type { OfficeProfile } from '../../shared/office/profile';
import type { PraAudit } from '../../shared/praaudit/praaudit';
import type { ServiceContext } from '../core/context';
import { createKegiatan } from '../kegiatan/kegiatanService';
import { finaliseAuditWith } from '../praaudit/auditFinalise';
import { createFindings, saveFinding } from '../praaudit/auditFindings';
import { answerItem, createAudit, setConclusion } from '../praaudit/auditService';
import { addFollowUp } from '../temuan/findingFollowUp';
import { asDemoUser } from './demoTemuan';

/** Demo inputs go through the same schemas as the UI's. */
function parsed<K extends RequestName>(name: K, input: InputOf<K>) {
  return contract[name].input.parse(input) as never;
}

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const TEAM = [
  { name: 'Ahmad Fauzi', jabatan: 'Pendamping Lokal' },
  { name: 'Ade Rukmana', jabatan: 'Ketua TPK Desa Cibodas' },
  { name: 'Yuyun Yuningsih', jabatan: 'Sekretaris TPK Desa Cibodas' },
];

const KEGIATAN: { desa: string; input: Omit<InputOf<'kegiatan.create'>, 'desaId' | 'year'> }[] = [
  {
    desa: 'Sukamaju',
    input: {
      name: 'Rabat beton jalan Dusun II',
      type: 'sarana_prasarana',
      blmAmount: 185_000_000_00,
      location: 'Dusun II RT 03/RW 02',
      status: 'selesai',
    },
  },
  {
    desa: 'Cibodas',
    input: {
      name: 'Pembangunan MCK umum',
      type: 'sarana_prasarana',
      blmAmount: 120_000_000_00,
      location: 'Kampung Babakan',
      status: 'pelaksanaan',
    },
  },
  {
    desa: 'Mekarsari',
    input: {
      name: 'SPP Kelompok Melati',
      type: 'spp_uep',
      blmAmount: 75_000_000_00,
      location: null,
      status: 'selesai',
    },
  },
  {
    desa: 'Sindangjaya',
    input: {
      name: 'Pengadaan alat Posyandu',
      type: 'kesehatan',
      blmAmount: 35_000_000_00,
      location: 'Posyandu Mawar',
      status: 'pelaksanaan',
    },
  },
];

/** Answers that are not "ada & sesuai" in the finished audit (the rest are). */
const FIRST_ANSWERS: Record<
  string,
  { answer: InputOf<'praAudit.answer'>['answer']; note?: string; amount?: number }
> = {
  B5: { answer: 'tidak_relevan', note: 'TPK tidak memakai rekening bank' },
  C3: {
    answer: 'tidak_ada',
    note: '3 nota pembelian semen tanpa tanda tangan penerima',
    amount: 4_750_000_00,
  },
  E2: {
    answer: 'ada_tidak_lengkap',
    note: 'Terpasang 212 m² dari 220 m² yang dibayar',
    amount: 2_100_000_00,
  },
  G1: { answer: 'tidak_ada', note: 'Foto 0% tidak dibuat' },
  H1: { answer: 'tidak_relevan' },
  H2: { answer: 'tidak_relevan' },
};

const RESPONSES = [
  { tanggapan: 'TPK akan meminta tanda tangan toko bangunan', pic: 'Bendahara TPK', due: 30 },
  { tanggapan: 'Kekurangan volume akan ditambah bersama pemeliharaan', pic: 'Ketua TPK', due: 90 },
  {
    tanggapan: 'Diganti dengan BA keterangan kondisi awal, diketahui Kepala Desa',
    pic: 'Sekretaris TPK',
    due: 14,
  },
];

function answerAll(
  ctx: ServiceContext,
  audit: PraAudit,
  pick: (code: string) => (typeof FIRST_ANSWERS)[string] | null,
) {
  for (const item of audit.sections.flatMap((s) => s.items)) {
    const a = pick(item.code);
    if (!a) continue;
    answerItem(
      ctx,
      parsed('praAudit.answer', {
        id: audit.id,
        itemId: item.itemId,
        answer: a.answer,
        note: a.note ?? null,
        amount: a.amount ?? 0,
      }),
    );
  }
}

/**
 * Kegiatan in four desa; a finished pra-audit of the Sukamaju road (three shortcomings with the TPK's
 * answers, one followed up, one closed, one overdue) and its re-check still running.
 */
export function seedDemoPraAudit(ctx: ServiceContext, today: string, office: OfficeProfile): void {
  const { sqlite } = ctx;
  const firstDate = addDays(today, -75);
  const year = Number(firstDate.slice(0, 4));
  const kegiatanIds = KEGIATAN.map(({ desa, input }) => {
    const desaId = sqlite.prepare('SELECT id FROM desa WHERE name = ?').pluck().get(desa) as number;
    const tpkMemberIds = sqlite
      .prepare('SELECT id FROM tpk_members WHERE desa_id = ?')
      .pluck()
      .all(desaId) as number[];
    return createKegiatan(ctx, parsed('kegiatan.create', { ...input, desaId, year, tpkMemberIds })).id;
  });
  const roadId = kegiatanIds[0] as number;
  const header = (auditDate: string) => ({
    auditDate,
    periodFrom: `${year}-01-01`,
    periodTo: auditDate,
    place: 'Kantor Desa Sukamaju',
    team: TEAM,
    ketuaTpk: 'Iwan Setiawan',
    fkName: 'Nenden Fitriani, S.Sos.',
  });

  let first = createAudit(
    ctx,
    parsed('praAudit.create', { kegiatanId: roadId, versionId: 1, ...header(firstDate) }),
  );
  answerAll(ctx, first, (code) => FIRST_ANSWERS[code] ?? { answer: 'ada_sesuai' });
  first = createFindings(ctx, { id: first.id });
  first.findings.forEach((f, i) => {
    const r = RESPONSES[i % RESPONSES.length] as (typeof RESPONSES)[number];
    saveFinding(
      ctx,
      parsed('praAudit.saveFinding', {
        id: first.id,
        findingId: f.id,
        kondisi: f.kondisi,
        kriteria: f.kriteria,
        rekomendasi: f.rekomendasi,
        amount: f.amount,
        recommendedAmount: f.amount,
        severity: f.severity ?? 'sedang',
        tanggapan: r.tanggapan,
        pic: r.pic,
        dueDate: addDays(firstDate, r.due),
      }),
    );
  });
  setConclusion(
    ctx,
    parsed('praAudit.setConclusion', {
      id: first.id,
      conclusion:
        'Administrasi TPK pada umumnya tertib. Tiga catatan kekurangan harus ditindaklanjuti sebelum Musyawarah Desa Pertanggungjawaban.',
    }),
  );
  const final = finaliseAuditWith(sqlite, first.id, office, ctx.actor, ctx.now());
  const [f1, , f3] = final.findings as [PraAudit['findings'][number], unknown, PraAudit['findings'][number]];
  addFollowUp(
    ctx,
    parsed('finding.addFollowUp', {
      id: f1.id,
      date: addDays(firstDate, 20),
      status: 'dalam_proses',
      note: 'Dua dari tiga nota sudah ditandatangani toko bangunan.',
    }),
  );
  addFollowUp(
    asDemoUser(ctx, 'pemeriksa'),
    parsed('finding.addFollowUp', {
      id: f3.id,
      date: addDays(firstDate, 10),
      status: 'selesai',
      note: 'BA keterangan kondisi awal dibuat dan diketahui Kepala Desa.',
    }),
  );

  // The re-check, half done: the receipts are now in order, the volume still short.
  const recheck = createAudit(
    ctx,
    parsed('praAudit.create', { kegiatanId: roadId, versionId: 1, ...header(addDays(today, -3)) }),
  );
  answerAll(ctx, recheck, (code) =>
    code === 'E2'
      ? { answer: 'ada_tidak_lengkap', note: 'Masih kurang 8 m²', amount: 2_100_000_00 }
      : code.startsWith('A') || code.startsWith('B') || code.startsWith('C')
        ? { answer: FIRST_ANSWERS[code]?.answer === 'tidak_relevan' ? 'tidak_relevan' : 'ada_sesuai' }
        : null,
  );
  createFindings(ctx, { id: recheck.id });
}
