import type BetterSqlite3 from 'better-sqlite3';
import type { ParsedInputOf } from '../../shared/contract';
import type {
  Denomination,
  ExamHistoryPoint,
  Examination,
  ExamSummary,
} from '../../shared/pemeriksaan/pemeriksaan';
import { EXPLANATION_LABELS, EXPLANATION_SIGN, RECON_RULES } from '../../shared/pemeriksaan/pemeriksaan';
import { AppError, conflict } from '../core/appError';
import { nowIso, type ServiceContext } from '../core/context';
import { qb, syncFirst, syncRun } from '../db/sync';
import { assertUsableVersion } from '../temuan/libraryService';
import { computeExam, type ExamRow, examRow, partyOn } from './examCompute';
import { frozenExam } from './examFinalise';

/** The examination as it stands: computed live while draft, from its frozen snapshot once final. */
export function readExam(sqlite: BetterSqlite3.Database, id: number): Examination {
  const row = examRow(sqlite, id);
  return row.status === 'draft' ? computeExam(sqlite, row) : frozenExam(row);
}

function draftRow(sqlite: BetterSqlite3.Database, id: number): ExamRow {
  const row = examRow(sqlite, id);
  if (row.status !== 'draft') {
    throw conflict(
      `Pemeriksaan ${row.number ?? ''} sudah final dan tidak dapat diubah lagi.`.replace('  ', ' '),
    );
  }
  return row;
}

type Header = ParsedInputOf<'exam.create'>;

/** Everyone must hold a post on the date, and nobody examines themselves. */
function checkParties(sqlite: BetterSqlite3.Database, h: Header): void {
  partyOn(sqlite, h.examinedOfficerId, h.date, 'examinedOfficerId');
  h.examinerOfficerIds.forEach((id, i) => {
    partyOn(sqlite, id, h.date, `examinerOfficerIds.${i}`);
  });
  h.acknowledgerOfficerIds.forEach((id, i) => {
    partyOn(sqlite, id, h.date, `acknowledgerOfficerIds.${i}`);
  });
  if (h.examinerOfficerIds.includes(h.examinedOfficerId)) {
    throw new AppError('VALIDATION', 'Pemeriksa tidak boleh sekaligus pihak yang diperiksa.', {
      examinerOfficerIds: 'Pihak yang diperiksa tidak boleh menjadi pemeriksa',
    });
  }
  if (new Set(h.examinerOfficerIds).size !== h.examinerOfficerIds.length) {
    throw new AppError('VALIDATION', 'Ada pemeriksa yang dipilih dua kali.', {
      examinerOfficerIds: 'Pemeriksa ganda',
    });
  }
}

function writeParties(sqlite: BetterSqlite3.Database, examId: number, h: Header): void {
  sqlite.prepare('DELETE FROM exam_parties WHERE exam_id = ?').run(examId);
  const insert = sqlite.prepare(
    'INSERT INTO exam_parties (exam_id, role, officer_id, sort) VALUES (?, ?, ?, ?)',
  );
  h.examinerOfficerIds.forEach((id, i) => {
    insert.run(examId, 'pemeriksa', id, i);
  });
  [...new Set(h.acknowledgerOfficerIds)].forEach((id, i) => {
    insert.run(examId, 'mengetahui', id, i);
  });
}

export function listExams(ctx: ServiceContext): ExamSummary[] {
  return (
    ctx.sqlite
      .prepare(
        `SELECT e.id, e.number, e.type, e.exam_date, e.exam_time, e.place, e.status, o.full_name
         FROM examinations e JOIN officers o ON o.id = e.examined_officer_id
         ORDER BY e.exam_date DESC, e.exam_time DESC, e.id DESC`,
      )
      .all() as {
      id: number;
      number: string | null;
      type: ExamSummary['type'];
      exam_date: string;
      exam_time: string;
      place: string;
      status: ExamSummary['status'];
      full_name: string;
    }[]
  ).map((r) => ({
    id: r.id,
    number: r.number,
    type: r.type,
    date: r.exam_date,
    time: r.exam_time,
    place: r.place,
    status: r.status,
    examinedName: r.full_name,
  }));
}

export function listDenominations(ctx: ServiceContext): Denomination[] {
  return (
    ctx.sqlite.prepare('SELECT * FROM denominations ORDER BY kind DESC, value DESC').all() as {
      id: number;
      kind: 'kertas' | 'logam';
      value: number;
      active: number;
    }[]
  ).map((d) => ({ id: d.id, kind: d.kind, value: d.value, active: d.active === 1 }));
}

export function createExam(ctx: ServiceContext, input: Header): Examination {
  const { sqlite } = ctx;
  checkParties(sqlite, input);
  const now = nowIso(ctx);
  const id = sqlite.transaction(() => {
    const examId = Number(
      sqlite
        .prepare(
          `INSERT INTO examinations (type, exam_date, exam_time, place, basis, examined_officer_id, created_by, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          input.type,
          input.date,
          input.time,
          input.place,
          input.basis,
          input.examinedOfficerId,
          ctx.actor,
          now,
          now,
        ).lastInsertRowid,
    );
    writeParties(sqlite, examId, input);
    return examId;
  })();
  return readExam(sqlite, id);
}

export function updateHeader(ctx: ServiceContext, input: ParsedInputOf<'exam.updateHeader'>): Examination {
  const { sqlite } = ctx;
  draftRow(sqlite, input.id);
  checkParties(sqlite, input);
  sqlite.transaction(() => {
    sqlite
      .prepare(
        `UPDATE examinations SET type = ?, exam_date = ?, exam_time = ?, place = ?, basis = ?, examined_officer_id = ?,
           updated_at = ? WHERE id = ?`,
      )
      .run(
        input.type,
        input.date,
        input.time,
        input.place,
        input.basis,
        input.examinedOfficerId,
        nowIso(ctx),
        input.id,
      );
    writeParties(sqlite, input.id, input);
  })();
  return readExam(sqlite, input.id);
}

function moneyAccount(sqlite: BetterSqlite3.Database, accountId: number, kind: 'kas' | 'bank'): void {
  const found = sqlite.prepare('SELECT money_kind FROM accounts WHERE id = ?').pluck().get(accountId);
  if (found !== kind) {
    throw new AppError('VALIDATION', kind === 'kas' ? 'Pilih akun kas tunai.' : 'Pilih rekening bank.', {
      accountId: kind === 'kas' ? 'Bukan akun kas' : 'Bukan rekening bank',
    });
  }
}

function touch(ctx: ServiceContext, examId: number): void {
  ctx.sqlite.prepare('UPDATE examinations SET updated_at = ? WHERE id = ?').run(nowIso(ctx), examId);
}

export function setCounts(ctx: ServiceContext, input: ParsedInputOf<'exam.setCounts'>): Examination {
  const { sqlite } = ctx;
  draftRow(sqlite, input.id);
  moneyAccount(sqlite, input.accountId, 'kas');
  const known = new Set(sqlite.prepare('SELECT id FROM denominations').pluck().all() as number[]);
  input.counts.forEach((c, i) => {
    if (!known.has(c.denominationId)) {
      throw new AppError('VALIDATION', 'Pecahan uang tidak dikenal.', {
        [`counts.${i}.denominationId`]: 'Pecahan tidak dikenal',
      });
    }
  });
  sqlite.transaction(() => {
    sqlite
      .prepare('DELETE FROM exam_counts WHERE exam_id = ? AND account_id = ?')
      .run(input.id, input.accountId);
    const insert = sqlite.prepare(
      'INSERT INTO exam_counts (exam_id, account_id, denomination_id, count) VALUES (?, ?, ?, ?)',
    );
    for (const c of input.counts) insert.run(input.id, input.accountId, c.denominationId, c.count);
    touch(ctx, input.id);
  })();
  return readExam(sqlite, input.id);
}

function addItem(
  ctx: ServiceContext,
  examId: number,
  accountId: number,
  kind: 'nonCash' | 'explanation' | 'recon',
  code: string,
  description: string,
  amount: number,
): Examination {
  ctx.sqlite.transaction(() => {
    ctx.sqlite
      .prepare(
        'INSERT INTO exam_items (exam_id, account_id, kind, code, description, amount) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(examId, accountId, kind, code, description, amount);
    touch(ctx, examId);
  })();
  return readExam(ctx.sqlite, examId);
}

export function addNonCash(ctx: ServiceContext, input: ParsedInputOf<'exam.addNonCash'>): Examination {
  draftRow(ctx.sqlite, input.id);
  moneyAccount(ctx.sqlite, input.accountId, 'kas');
  return addItem(ctx, input.id, input.accountId, 'nonCash', input.kind, input.description, input.amount);
}

export function addExplanation(
  ctx: ServiceContext,
  input: ParsedInputOf<'exam.addExplanation'>,
): Examination {
  draftRow(ctx.sqlite, input.id);
  moneyAccount(ctx.sqlite, input.accountId, 'kas');
  const sign = EXPLANATION_SIGN[input.code];
  if (sign !== 0 && Math.sign(input.amount) !== sign) {
    throw new AppError(
      'VALIDATION',
      `"${EXPLANATION_LABELS[input.code]}" ${sign < 0 ? 'menjelaskan kekurangan kas (arah: kurang)' : 'menjelaskan kelebihan kas (arah: tambah)'}.`,
      { amount: sign < 0 ? 'Pilih arah kurang' : 'Pilih arah tambah' },
    );
  }
  return addItem(ctx, input.id, input.accountId, 'explanation', input.code, input.description, input.amount);
}

export function setStatement(ctx: ServiceContext, input: ParsedInputOf<'exam.setStatement'>): Examination {
  const row = draftRow(ctx.sqlite, input.id);
  moneyAccount(ctx.sqlite, input.accountId, 'bank');
  if (input.date > row.exam_date) {
    throw new AppError('VALIDATION', 'Tanggal rekening koran tidak boleh sesudah tanggal pemeriksaan.', {
      date: 'Sesudah tanggal pemeriksaan',
    });
  }
  ctx.sqlite.transaction(() => {
    ctx.sqlite
      .prepare(
        `INSERT INTO exam_statements (exam_id, account_id, balance, statement_date, source) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (exam_id, account_id) DO UPDATE SET balance = excluded.balance,
           statement_date = excluded.statement_date, source = excluded.source`,
      )
      .run(input.id, input.accountId, input.balance, input.date, input.source);
    touch(ctx, input.id);
  })();
  return readExam(ctx.sqlite, input.id);
}

export function addReconItem(ctx: ServiceContext, input: ParsedInputOf<'exam.addReconItem'>): Examination {
  draftRow(ctx.sqlite, input.id);
  moneyAccount(ctx.sqlite, input.accountId, 'bank');
  const rule = RECON_RULES[input.code];
  if (rule.sign !== 0 && Math.sign(input.amount) !== rule.sign) {
    throw new AppError(
      'VALIDATION',
      `"${rule.label}" ${rule.sign > 0 ? 'menambah' : 'mengurangi'} saldo ${rule.side === 'bank' ? 'bank' : 'buku'}.`,
      {
        amount: rule.sign > 0 ? 'Pilih arah tambah' : 'Pilih arah kurang',
      },
    );
  }
  return addItem(ctx, input.id, input.accountId, 'recon', input.code, input.description, input.amount);
}

export function removeItem(ctx: ServiceContext, input: ParsedInputOf<'exam.removeItem'>): Examination {
  const { sqlite } = ctx;
  draftRow(sqlite, input.id);
  const result =
    input.kind === 'finding'
      ? sqlite.prepare('DELETE FROM findings WHERE id = ? AND exam_id = ?').run(input.itemId, input.id)
      : sqlite
          .prepare('DELETE FROM exam_items WHERE id = ? AND exam_id = ? AND kind = ?')
          .run(input.itemId, input.id, input.kind);
  if (result.changes === 0) throw new AppError('NOT_FOUND', 'Baris itu tidak ada pada pemeriksaan ini.');
  if (input.kind === 'finding') {
    // Keep the numbering of the findings without gaps.
    const ids = sqlite
      .prepare('SELECT id FROM findings WHERE exam_id = ? ORDER BY number')
      .pluck()
      .all(input.id) as number[];
    const renumber = sqlite.prepare('UPDATE findings SET number = ? WHERE id = ?');
    ids.forEach((fid, i) => {
      renumber.run(i + 1, fid);
    });
  }
  return readExam(sqlite, input.id);
}

export function setObservation(
  ctx: ServiceContext,
  input: ParsedInputOf<'exam.setObservation'>,
): Examination {
  const { sqlite } = ctx;
  draftRow(sqlite, input.id);
  if (!sqlite.prepare('SELECT 1 FROM observation_items WHERE id = ?').get(input.itemId)) {
    throw new AppError('NOT_FOUND', 'Butir pengamatan tidak ditemukan.');
  }
  sqlite
    .prepare(
      `INSERT INTO exam_observations (exam_id, item_id, answer, note) VALUES (?, ?, ?, ?)
       ON CONFLICT (exam_id, item_id) DO UPDATE SET answer = excluded.answer, note = excluded.note`,
    )
    .run(input.id, input.itemId, input.answer, input.note);
  return readExam(sqlite, input.id);
}

export function addFinding(ctx: ServiceContext, input: ParsedInputOf<'exam.addFinding'>): Examination {
  const { sqlite } = ctx;
  draftRow(sqlite, input.id);
  if (input.libraryVersionId !== undefined) assertUsableVersion(sqlite, input.libraryVersionId);
  const last = syncFirst(
    sqlite,
    qb
      .selectFrom('findings')
      .select((eb) => eb.fn.max('number').as('n'))
      .where('exam_id', '=', input.id),
  );
  syncRun(
    sqlite,
    qb.insertInto('findings').values({
      source: 'pemeriksaan_kas',
      exam_id: input.id,
      number: (last?.n ?? 0) + 1,
      kondisi: input.kondisi,
      kriteria: input.kriteria,
      sebab: input.sebab,
      akibat: input.akibat,
      rekomendasi: input.rekomendasi,
      amount: input.amount,
      recommended_amount: input.recommendedAmount,
      library_version_id: input.libraryVersionId ?? null,
      pic: input.pic,
      due_date: input.dueDate,
      created_by: ctx.actor,
      created_at: nowIso(ctx),
    }),
  );
  return readExam(sqlite, input.id);
}

export function setConclusion(ctx: ServiceContext, input: ParsedInputOf<'exam.setConclusion'>): Examination {
  draftRow(ctx.sqlite, input.id);
  ctx.sqlite
    .prepare('UPDATE examinations SET conclusion = ?, unexplained_ack = ?, updated_at = ? WHERE id = ?')
    .run(input.conclusion, input.unexplainedAcknowledged ? 1 : 0, nowIso(ctx), input.id);
  return readExam(ctx.sqlite, input.id);
}

export function setDenominationActive(
  ctx: ServiceContext,
  input: ParsedInputOf<'exam.setDenominationActive'>,
): Denomination[] {
  const changed = ctx.sqlite
    .prepare('UPDATE denominations SET active = ? WHERE id = ?')
    .run(input.active ? 1 : 0, input.id);
  if (changed.changes === 0) throw new AppError('NOT_FOUND', 'Pecahan uang tidak ditemukan.');
  return listDenominations(ctx);
}

/** Every cash account's result in every final examination, oldest first (from the frozen snapshots). */
export function examHistory(ctx: ServiceContext): ExamHistoryPoint[] {
  const rows = ctx.sqlite
    .prepare("SELECT * FROM examinations WHERE status != 'draft' ORDER BY exam_date, exam_time, id")
    .all() as ExamRow[];
  return rows.flatMap((row) => {
    const exam = frozenExam(row);
    return exam.cash.map((c) => ({
      examId: exam.id,
      number: exam.number ?? '',
      date: exam.date,
      accountId: c.accountId,
      accountName: c.accountName,
      book: c.book.balance,
      physical: c.physical,
      difference: c.difference,
      unexplained: c.unexplained,
    }));
  });
}
