import type { ParsedInputOf } from '../../shared/contract';
import { formatTanggal } from '../../shared/format/date';
import type { ClosingAllocation, ClosingSnapshot, YearClosing } from '../../shared/laporan/tutupBuku';
import { AppError, conflict, notFound } from '../core/appError';
import { nowIso, type ServiceContext } from '../core/context';
import { nextDocumentNumber } from '../core/documentNumber';
import { canonicalJson, sha256 } from '../core/snapshot';
import { officeToday } from '../core/today';
import { type LineDraft, validateDraft, writer } from '../ledger/journalWriter';
import { insertLock } from '../ledger/lockDigest';
import { assertUnlocked, lockState, stamp } from '../ledger/locks';
import { buildArusKas } from './arusKas';
import { journalSpan, totalsAtEndOf } from './balances';
import { buildLabaRugi } from './labaRugi';
import { buildNeraca } from './neraca';
import { neracaSaldo } from './neracaSaldo';
import { buildPerubahanEkuitas } from './perubahanEkuitas';
import { type Chart, loadChart, netFrom, rp, surplusOf } from './statementBase';
import { getClosing } from './tutupBukuRead';

const YEAR_END_TIME = '23:59';

/** The year's statements as frozen by a closing (also recomputed by the verification). */
export async function yearStatements(ctx: ServiceContext, chart: Chart, year: number, booksStart: string) {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const prev = { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
  return {
    neraca: await buildNeraca(ctx, chart, to, prev.to, booksStart),
    labaRugi: await buildLabaRugi(ctx, chart, { from, to }, prev, booksStart),
    arusKas: await buildArusKas(ctx, chart, { from, to }, prev, booksStart),
    perubahanEkuitas: await buildPerubahanEkuitas(ctx, chart, { from, to }, prev, booksStart),
    trialBalance: await neracaSaldo(ctx, { from, to, compare: 'tidak' }),
  };
}

/** Splits the surplus by basis points in whole sen; the rounding remainder goes to the last line. */
function split(surplus: number, bps: number[]): number[] {
  const total = BigInt(surplus);
  const amounts = bps.map((bp) => Number((total * BigInt(bp)) / 10_000n));
  const rest = surplus - amounts.reduce((s, a) => s + a, 0);
  if (amounts.length > 0) amounts[amounts.length - 1] = (amounts.at(-1) ?? 0) + rest;
  return amounts;
}

async function assertClosable(ctx: ServiceContext, chart: Chart, year: number, madDate: string) {
  const yearEnd = `${year}-12-31`;
  const span = await journalSpan(ctx);
  if (!span || span.first > yearEnd)
    throw new AppError('VALIDATION', `Tidak ada jurnal pada tahun buku ${year} atau sebelumnya.`, {
      year: 'Tidak ada jurnal',
    });
  const today = officeToday(ctx.sqlite, ctx.now());
  if (yearEnd >= today)
    throw new AppError('VALIDATION', `Tahun buku ${year} belum berakhir.`, {
      year: 'Tahun buku belum berakhir',
    });
  const closed = await ctx.db
    .selectFrom('year_closings')
    .select('number')
    .where('year', '=', year)
    .where('status', '=', 'tutup')
    .executeTakeFirst();
  if (closed)
    throw conflict(`Tahun buku ${year} sudah ditutup (nomor ${closed.number}).`, { year: 'Sudah ditutup' });
  const earlier = surplusOf(chart, netFrom(await totalsAtEndOf(ctx, `${year - 1}-12-31`)));
  if (earlier !== 0)
    throw conflict(
      `Pendapatan dan beban sebelum ${year} belum ditutup (${rp(earlier)}): tutup buku tahun ${year - 1} lebih dulu.`,
      {
        year: 'Tahun sebelumnya belum ditutup',
      },
    );
  const atEnd = netFrom(await totalsAtEndOf(ctx, yearEnd));
  const suspense = chart.mappings.filter((m) => m.line === 'penampung' && atEnd(m.accountId) !== 0);
  if (suspense.length > 0)
    throw conflict(
      `Akun penampung belum nol per ${formatTanggal(yearEnd)}: ${suspense
        .map((m) => `${m.code} ${m.name} ${rp(Math.abs(atEnd(m.accountId)))}`)
        .join(', ')}. Pindahkan saldonya ke akun yang benar sebelum tutup buku.`,
      { year: 'Akun penampung belum nol' },
    );
  if (madDate <= yearEnd || madDate > today)
    throw new AppError(
      'VALIDATION',
      `Tanggal keputusan MAD harus sesudah ${formatTanggal(yearEnd)} dan tidak sesudah hari ini.`,
      { madDate: 'Tanggal di luar rentang' },
    );
  assertUnlocked(ctx.sqlite, madDate, '08:00', 'madDate');
  return { span, today, atEnd };
}

/**
 * Tutup buku: pendapatan and beban closed to the surplus account on 31 December, the MAD's
 * allocation posted on its decision date, the year locked and its statements frozen (canonical
 * snapshot, SHA-256, number) — checks first, then one transaction.
 */
export async function closeYear(
  ctx: ServiceContext,
  input: ParsedInputOf<'tutupBuku.close'>,
): Promise<YearClosing> {
  const chart = await loadChart(ctx);
  const { year } = input;
  const yearEnd = `${year}-12-31`;
  const { span, today, atEnd } = await assertClosable(ctx, chart, year, input.madDate);
  const statements = await yearStatements(ctx, chart, year, span.first);
  const surplus = statements.labaRugi.blocks[0]?.total?.amount ?? 0;

  const surplusAccount = chart.mappings.find(
    (m) => m.line === 'surplus_belum_dialokasikan' && !m.isGroup && m.active,
  );
  if (!surplusAccount)
    throw conflict(
      'Belum ada akun untuk baris "Surplus Belum Dialokasikan"; petakan satu akun ekuitas di Pengaturan › Akun.',
    );
  const totalBp = input.allocations.reduce((s, a) => s + a.percent, 0);
  if (surplus <= 0 && input.allocations.length > 0)
    throw new AppError(
      'VALIDATION',
      `Tidak ada surplus untuk dialokasikan (hasil tahun ${year}: ${rp(surplus)}).`,
      {
        allocations: 'Kosongkan alokasi',
      },
    );
  if (surplus > 0 && totalBp !== 10_000)
    throw new AppError(
      'VALIDATION',
      `Jumlah persentase alokasi ${(totalBp / 100).toLocaleString('id-ID')}%; harus tepat 100%.`,
      { allocations: 'Jumlah persentase harus 100%' },
    );
  const amounts = split(
    surplus,
    input.allocations.map((a) => a.percent),
  );
  const allocations: ClosingAllocation[] = input.allocations.map((a, i) => {
    const m = chart.byId.get(a.accountId);
    if (!m || m.isGroup || !m.active || (m.type !== 'ekuitas' && m.type !== 'kewajiban'))
      throw new AppError(
        'VALIDATION',
        'Akun alokasi harus akun ekuitas atau kewajiban yang aktif dan bukan akun induk.',
        {
          [`allocations.${i}.accountId`]: 'Pilih akun ekuitas atau kewajiban',
        },
      );
    return {
      label: a.label,
      accountId: a.accountId,
      accountLabel: `${m.code} ${m.name}`,
      basisPoints: a.percent,
      amount: amounts[i] ?? 0,
    };
  });

  const closingLines: LineDraft[] = [];
  for (const m of chart.mappings) {
    if (m.type !== 'pendapatan' && m.type !== 'beban') continue;
    const net = atEnd(m.accountId);
    if (net > 0) closingLines.push({ accountId: m.accountId, debit: 0, credit: net });
    if (net < 0) closingLines.push({ accountId: m.accountId, debit: -net, credit: 0 });
  }
  if (surplus > 0) closingLines.push({ accountId: surplusAccount.accountId, debit: 0, credit: surplus });
  if (surplus < 0) closingLines.push({ accountId: surplusAccount.accountId, debit: -surplus, credit: 0 });

  const number = nextDocumentNumber(
    ctx.sqlite,
    {
      settingKey: 'laporan.tutupBukuPattern',
      defaultPattern: '{no}/TB/UPK/{bulan}/{tahun}',
      countSql: 'SELECT COUNT(*) FROM year_closings WHERE substr(closed_at, 1, 4) = ?',
    },
    today,
  );
  const snapshot: ClosingSnapshot = {
    year,
    number,
    madDate: input.madDate,
    madReference: input.madReference,
    surplus,
    allocations,
    statements: {
      neraca: statements.neraca,
      labaRugi: statements.labaRugi,
      arusKas: statements.arusKas,
      perubahanEkuitas: statements.perubahanEkuitas,
    },
    trialBalance: statements.trialBalance,
  };
  const text = canonicalJson(snapshot);
  const now = nowIso(ctx);
  const write = writer(ctx.sqlite);
  const id = ctx.sqlite.transaction(() => {
    const closingEntry =
      closingLines.length >= 2
        ? write.insert(
            {
              date: yearEnd,
              time: YEAR_END_TIME,
              bukti: `TB-${year}`,
              description: `Jurnal penutup tahun buku ${year}`,
              desaId: null,
              kind: 'umum',
              lines: closingLines,
            },
            ctx.actor,
            now,
          )
        : null;
    if (closingEntry === null)
      throw conflict(`Tahun buku ${year} tidak memiliki pendapatan atau beban untuk ditutup.`);
    // After the closing entry: the lock's digest covers the year as it is closed.
    const lockId = insertLock(
      ctx.sqlite,
      stamp(yearEnd, YEAR_END_TIME),
      `Tutup buku tahun ${year}`,
      ctx.actor,
      now,
    );
    let allocationEntry: number | null = null;
    if (allocations.length > 0) {
      const draft = {
        date: input.madDate,
        time: '08:00',
        bukti: `MAD-${year}`,
        description: `Alokasi surplus tahun ${year} menurut keputusan MAD ${input.madReference}`,
        desaId: null,
        kind: 'umum' as const,
        lines: [
          { accountId: surplusAccount.accountId, debit: surplus, credit: 0 },
          ...allocations.map((a) => ({ accountId: a.accountId, debit: 0, credit: a.amount })),
        ].filter((l) => l.debit > 0 || l.credit > 0),
      };
      validateDraft(ctx.sqlite, draft);
      allocationEntry = write.insert(draft, ctx.actor, now);
    }
    const closingId = Number(
      ctx.sqlite
        .prepare(
          `INSERT INTO year_closings (year, number, closing_entry_id, allocation_entry_id, mad_date, mad_reference, surplus,
             lock_id, snapshot, snapshot_hash, closed_by, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          year,
          number,
          closingEntry,
          allocationEntry,
          input.madDate,
          input.madReference,
          surplus,
          lockId,
          text,
          sha256(text),
          ctx.actor,
          now,
        ).lastInsertRowid,
    );
    const insertAllocation = ctx.sqlite.prepare(
      'INSERT INTO year_closing_allocations (closing_id, sort, label, account_id, basis_points, amount) VALUES (?, ?, ?, ?, ?, ?)',
    );
    allocations.forEach((a, i) => {
      insertAllocation.run(closingId, i + 1, a.label, a.accountId, a.basisPoints, a.amount);
    });
    return closingId;
  })();
  return getClosing(ctx, id);
}

/** Admin only (access table): lifts the year's lock, voids its closing and allocation entries, keeps the record. */
export async function reopenYear(
  ctx: ServiceContext,
  input: ParsedInputOf<'tutupBuku.reopen'>,
): Promise<YearClosing> {
  const row = await ctx.db
    .selectFrom('year_closings')
    .selectAll()
    .where('id', '=', input.id)
    .executeTakeFirst();
  if (!row) throw notFound('Tutup buku');
  if (row.status !== 'tutup') throw conflict(`Tahun buku ${row.year} sudah dibuka kembali.`);
  const later = await ctx.db
    .selectFrom('year_closings')
    .select('year')
    .where('year', '>', row.year)
    .where('status', '=', 'tutup')
    .executeTakeFirst();
  if (later) throw conflict(`Buka kembali tahun buku ${later.year} lebih dulu.`);
  const now = nowIso(ctx);
  const write = writer(ctx.sqlite);
  ctx.sqlite.transaction(() => {
    ctx.sqlite
      .prepare('UPDATE ledger_locks SET lifted_at = ?, lifted_by = ?, lift_reason = ? WHERE id = ?')
      .run(now, ctx.actor, input.reason, row.lock_id);
    const state = lockState(ctx.sqlite);
    if (
      state.lockedUntil &&
      stamp(state.lockedUntil.date, state.lockedUntil.time) >= stamp(`${row.year}-12-31`, YEAR_END_TIME)
    )
      throw conflict(
        `Periode sampai ${formatTanggal(state.lockedUntil.date)} masih dikunci (${state.reason ?? 'kunci lain'}); tahun buku ${row.year} tidak dapat dibuka kembali.`,
      );
    const reason = `Tutup buku ${row.year} dibuka kembali: ${input.reason}`;
    write.void(row.closing_entry_id, reason, ctx.actor, now);
    if (row.allocation_entry_id !== null) write.void(row.allocation_entry_id, reason, ctx.actor, now);
    ctx.sqlite
      .prepare(
        "UPDATE year_closings SET status = 'dibuka', reopened_by = ?, reopened_at = ?, reopen_reason = ? WHERE id = ?",
      )
      .run(ctx.actor, now, input.reason, row.id);
  })();
  return getClosing(ctx, row.id);
}
