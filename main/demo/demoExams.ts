import type BetterSqlite3 from 'better-sqlite3';
import { akhirBulan } from '../../shared/format/date';
import type { OfficeProfile } from '../../shared/office/profile';
import type { ServiceContext } from '../core/context';
import { checkpoints, net } from '../ledger/checkpoints';
import { finaliseWith } from '../pemeriksaan/examFinalise';
import * as exam from '../pemeriksaan/examService';
import { seedDemoExamReview, seedDemoRecovery } from './demoTemuan';

function officerId(sqlite: BetterSqlite3.Database, name: string): number {
  return sqlite.prepare('SELECT id FROM officers WHERE full_name = ?').pluck().get(name) as number;
}

/** Notes and coins that make up `sen`, largest first (a plausible cash box). */
function breakDown(sqlite: BetterSqlite3.Database, sen: number): { denominationId: number; count: number }[] {
  const denoms = sqlite
    .prepare('SELECT id, value FROM denominations WHERE active = 1 ORDER BY value DESC, kind DESC')
    .all() as { id: number; value: number }[];
  let rest = sen;
  return denoms.map((d) => {
    const count = Math.floor(rest / d.value);
    rest -= count * d.value;
    return { denominationId: d.id, count };
  });
}

/**
 * One finalised examination at the end of the month before the books end (cash and banks agree),
 * and a draft at the end of the books' last month: cash counted Rp25.000 short, the banks still
 * waiting for their statements.
 */
export function seedDemoExams(
  ctx: ServiceContext,
  ledgerEnd: string,
  office: OfficeProfile,
  now: string,
): void {
  const { sqlite } = ctx;
  const parties = {
    examinedOfficerId: officerId(sqlite, 'Siti Nurhayati, S.Ak.'),
    examinerOfficerIds: [officerId(sqlite, 'Nenden Fitriani, S.Sos.'), officerId(sqlite, 'Ujang Suryana')],
    acknowledgerOfficerIds: [officerId(sqlite, 'H. Asep Saepudin, S.E.')],
  };
  const kas = sqlite.prepare("SELECT id FROM accounts WHERE code = '1.1.01.01'").pluck().get() as number;
  const banks = sqlite
    .prepare("SELECT id FROM accounts WHERE money_kind = 'bank' ORDER BY code")
    .pluck()
    .all() as number[];
  const cp = checkpoints(sqlite);
  const place = `Kantor ${office.name}`;

  // Last day of the month before the books' last month.
  const earlierEnd = akhirBulan(
    new Date(Date.UTC(Number(ledgerEnd.slice(0, 4)), Number(ledgerEnd.slice(5, 7)) - 2, 1))
      .toISOString()
      .slice(0, 10),
  );
  const first = exam.createExam(ctx, {
    type: 'rutin',
    date: earlierEnd,
    time: '16:00',
    place,
    basis: 'Jadwal pemeriksaan kas bulanan BP-UPK',
    ...parties,
  });
  exam.setCounts(ctx, {
    id: first.id,
    accountId: kas,
    counts: breakDown(sqlite, net(cp.totalsAt(kas, earlierEnd, '16:00', true))),
  });
  for (const bank of banks) {
    exam.setStatement(ctx, {
      id: first.id,
      accountId: bank,
      balance: net(cp.totalsAt(bank, earlierEnd, '16:00', true)),
      date: earlierEnd,
      source: 'rekening_koran',
    });
  }
  for (const o of first.observations) {
    exam.setObservation(ctx, { id: first.id, itemId: o.itemId, answer: 'ya', note: null });
  }
  exam.addFinding(ctx, {
    id: first.id,
    kondisi: 'Bukti pengeluaran transport belum ditandatangani penerima',
    kriteria: 'SOP keuangan UPK: setiap pengeluaran didukung bukti sah',
    rekomendasi: 'Lengkapi tanda tangan penerima pada bukti pengeluaran',
    amount: 0,
    pic: 'Bendahara UPK',
    dueDate: ledgerEnd,
    sebab: null,
    akibat: null,
    recommendedAmount: 0,
  });
  exam.setConclusion(ctx, {
    id: first.id,
    conclusion: 'Kas dan saldo bank sesuai dengan pembukuan.',
    unexplainedAcknowledged: false,
  });
  const extras = seedDemoExamReview(ctx, first.id, earlierEnd);
  finaliseWith(sqlite, first.id, office, ctx.actor, now, extras);
  seedDemoRecovery(ctx, first.id, earlierEnd, ledgerEnd);

  const draft = exam.createExam(ctx, {
    type: 'mendadak',
    date: ledgerEnd,
    time: '10:00',
    place,
    basis: null,
    ...parties,
  });
  const book = net(cp.totalsAt(kas, ledgerEnd, '10:00', true));
  exam.setCounts(ctx, {
    id: draft.id,
    accountId: kas,
    counts: breakDown(sqlite, Math.max(0, book - 2_500_000)),
  });
  exam.addNonCash(ctx, {
    id: draft.id,
    accountId: kas,
    kind: 'kasbon',
    description: 'Bon sementara staf untuk fotokopi laporan',
    amount: 2_500_000,
  });
}
