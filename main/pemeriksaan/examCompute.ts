import type BetterSqlite3 from 'better-sqlite3';
import { formatRupiah } from '../../shared/format/money';
import { type PositionCode, positionLabel } from '../../shared/officers/positions';
import type {
  BankPart,
  CashPart,
  Examination,
  ExamType,
  ExplanationCode,
  NonCashKind,
  Party,
  ReconCode,
  StatementSource,
} from '../../shared/pemeriksaan/pemeriksaan';
import { RECON_RULES } from '../../shared/pemeriksaan/pemeriksaan';
import { AppError, notFound } from '../core/appError';
import { signedTwice } from '../core/signatories';
import { checkpoints, net } from '../ledger/checkpoints';
import { examFindings } from './examFindings';
import { examLoanSection } from './examLoans';

export interface ExamRow {
  id: number;
  number: string | null;
  type: ExamType;
  exam_date: string;
  exam_time: string;
  place: string;
  basis: string | null;
  addendum_of: number | null;
  status: 'draft' | 'final' | 'ditandatangani';
  examined_officer_id: number;
  conclusion: string | null;
  unexplained_ack: number;
  snapshot: string | null;
  snapshot_hash: string | null;
  finalised_at: string | null;
  finalised_by: string | null;
}

export function examRow(sqlite: BetterSqlite3.Database, id: number): ExamRow {
  const row = sqlite.prepare('SELECT * FROM examinations WHERE id = ?').get(id) as ExamRow | undefined;
  if (!row) throw notFound('Pemeriksaan');
  return row;
}

/** The person and the post they held on the examination date. */
export function partyOn(
  sqlite: BetterSqlite3.Database,
  officerId: number,
  date: string,
  field: string,
): Party {
  const officer = sqlite.prepare('SELECT id, full_name, nip FROM officers WHERE id = ?').get(officerId) as
    | { id: number; full_name: string; nip: string | null }
    | undefined;
  if (!officer)
    throw new AppError('VALIDATION', 'Pejabat tidak ditemukan.', { [field]: 'Pejabat tidak ditemukan' });
  const term = sqlite
    .prepare(
      `SELECT position FROM officer_terms WHERE officer_id = ? AND start_date <= ? AND (end_date IS NULL OR end_date >= ?)
       ORDER BY start_date DESC LIMIT 1`,
    )
    .get(officerId, date, date) as { position: PositionCode } | undefined;
  if (!term) {
    throw new AppError(
      'VALIDATION',
      `${officer.full_name} tidak memegang jabatan pada tanggal pemeriksaan.`,
      {
        [field]: 'Tidak menjabat pada tanggal ini',
      },
    );
  }
  return { officerId, name: officer.full_name, nip: officer.nip, position: positionLabel(term.position) };
}

function monthStart(date: string): string {
  return `${date.slice(0, 8)}01`;
}

interface ItemRow {
  id: number;
  account_id: number;
  kind: 'nonCash' | 'explanation' | 'recon';
  code: string;
  description: string;
  amount: number;
}

/** The live examination of a draft: every number computed from the journal and the counts. */
export function computeExam(sqlite: BetterSqlite3.Database, row: ExamRow): Examination {
  const { exam_date: date, exam_time: time } = row;
  const cp = checkpoints(sqlite);
  const parties = sqlite
    .prepare('SELECT role, officer_id FROM exam_parties WHERE exam_id = ? ORDER BY role, sort')
    .all(row.id) as { role: 'pemeriksa' | 'mengetahui'; officer_id: number }[];
  const party = (id: number) => partyOn(sqlite, id, date, 'examinerOfficerIds');
  const items = sqlite
    .prepare('SELECT * FROM exam_items WHERE exam_id = ? ORDER BY id')
    .all(row.id) as ItemRow[];
  const accounts = sqlite
    .prepare(
      `SELECT id, code, name, money_kind, bank_name, bank_account_number, bank_holder FROM accounts
       WHERE money_kind IS NOT NULL AND (active = 1 OR id IN (SELECT account_id FROM exam_items WHERE exam_id = ?)
         OR id IN (SELECT account_id FROM exam_counts WHERE exam_id = ?))
       ORDER BY code`,
    )
    .all(row.id, row.id) as {
    id: number;
    code: string;
    name: string;
    money_kind: 'kas' | 'bank';
    bank_name: string | null;
    bank_account_number: string | null;
    bank_holder: string | null;
  }[];
  const denominations = sqlite.prepare(
    `SELECT d.id, d.kind, d.value, d.active, c.count FROM denominations d
       LEFT JOIN exam_counts c ON c.denomination_id = d.id AND c.exam_id = ? AND c.account_id = ?
       ORDER BY d.kind DESC, d.value DESC`,
  );
  const lastBukti = sqlite.prepare(
    `SELECT e.bukti FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id
     WHERE l.account_id = ? AND l.voided = 0 AND (l.entry_date < ? OR (l.entry_date = ? AND l.entry_time <= ?))
     ORDER BY l.entry_date DESC, l.entry_time DESC, l.entry_id DESC LIMIT 1`,
  );
  const counted = sqlite.prepare('SELECT 1 FROM exam_counts WHERE exam_id = ? AND account_id = ? LIMIT 1');
  const statement = sqlite.prepare('SELECT * FROM exam_statements WHERE exam_id = ? AND account_id = ?');

  const cash: CashPart[] = [];
  const banks: BankPart[] = [];
  for (const a of accounts) {
    const at = cp.totalsAt(a.id, date, time, true);
    const mine = items.filter((i) => i.account_id === a.id);
    if (a.money_kind === 'kas') {
      const start = cp.totalsAt(a.id, monthStart(date), '00:00', false);
      const counts = (
        denominations.all(row.id, a.id) as {
          id: number;
          kind: 'kertas' | 'logam';
          value: number;
          active: number;
          count: number | null;
        }[]
      )
        .filter((d) => d.active === 1 || (d.count ?? 0) > 0)
        .map((d) => ({
          denominationId: d.id,
          kind: d.kind,
          value: d.value,
          count: d.count ?? 0,
          subtotal: d.value * (d.count ?? 0),
        }));
      const totalKertas = counts.filter((c) => c.kind === 'kertas').reduce((s, c) => s + c.subtotal, 0);
      const totalLogam = counts.filter((c) => c.kind === 'logam').reduce((s, c) => s + c.subtotal, 0);
      const balance = net(at);
      const physical = totalKertas + totalLogam;
      const difference = physical - balance;
      const explanations = mine
        .filter((i) => i.kind === 'explanation')
        .map((i) => ({
          id: i.id,
          code: i.code as ExplanationCode,
          description: i.description,
          amount: i.amount,
        }));
      const explained = explanations.reduce((s, e) => s + e.amount, 0);
      cash.push({
        accountId: a.id,
        accountName: a.name,
        accountCode: a.code,
        book: {
          periodStart: monthStart(date),
          opening: net(start),
          receipts: at.debit - start.debit,
          payments: at.credit - start.credit,
          balance,
          lastBukti: (lastBukti.pluck().get(a.id, date, date, time) as string | undefined) ?? null,
        },
        counts,
        totalKertas,
        totalLogam,
        physical,
        nonCash: mine
          .filter((i) => i.kind === 'nonCash')
          .map((i) => ({
            id: i.id,
            kind: i.code as NonCashKind,
            description: i.description,
            amount: i.amount,
          })),
        difference,
        status: difference === 0 ? 'sesuai' : difference > 0 ? 'lebih' : 'kurang',
        explanations,
        explained,
        unexplained: difference - explained,
        counted: counted.get(row.id, a.id) !== undefined,
      });
    } else {
      const st = statement.get(row.id, a.id) as
        | { balance: number; statement_date: string; source: StatementSource }
        | undefined;
      const recon = mine
        .filter((i) => i.kind === 'recon')
        .map((i) => ({ id: i.id, code: i.code as ReconCode, description: i.description, amount: i.amount }));
      const sideSum = (side: 'bank' | 'buku') =>
        recon.filter((r) => RECON_RULES[r.code].side === side).reduce((s, r) => s + r.amount, 0);
      const bookBalance = net(at);
      const adjustedBank = st ? st.balance + sideSum('bank') : null;
      const adjustedBook = bookBalance + sideSum('buku');
      banks.push({
        accountId: a.id,
        accountName: a.name,
        bankLabel: [a.bank_name, a.bank_account_number].filter(Boolean).join(' '),
        bookBalance,
        statement: st ? { balance: st.balance, date: st.statement_date, source: st.source } : null,
        items: recon,
        adjustedBank,
        adjustedBook,
        reconciled: adjustedBank !== null && adjustedBank === adjustedBook,
      });
    }
  }

  const observations = (
    sqlite
      .prepare(
        `SELECT i.id, i.text, o.answer, o.note FROM observation_items i
         LEFT JOIN exam_observations o ON o.item_id = i.id AND o.exam_id = ?
         WHERE i.active = 1 OR o.answer IS NOT NULL ORDER BY i.sort, i.id`,
      )
      .all(row.id) as {
      id: number;
      text: string;
      answer: 'ya' | 'tidak' | 'na' | null;
      note: string | null;
    }[]
  ).map((o) => ({ itemId: o.id, text: o.text, answer: o.answer, note: o.note }));
  const findings = examFindings(sqlite, row.id);

  const missing: string[] = [];
  for (const c of cash) {
    if (!c.counted) missing.push(`${c.accountName}: uang fisik belum dihitung`);
    if (c.unexplained !== 0 && row.unexplained_ack !== 1) {
      missing.push(
        `${c.accountName}: selisih ${formatRupiah(Math.abs(c.unexplained))} belum dijelaskan atau belum dinyatakan diakui`,
      );
    }
  }
  for (const b of banks) {
    if (!b.statement) missing.push(`${b.accountName}: saldo rekening koran belum diisi`);
    else if (!b.reconciled) {
      missing.push(
        `${b.accountName}: rekonsiliasi belum seimbang (selisih ${formatRupiah(Math.abs((b.adjustedBank ?? 0) - b.adjustedBook))})`,
      );
    }
  }
  const unanswered = observations.filter((o) => o.answer === null).length;
  if (unanswered > 0) missing.push(`${unanswered} butir pengamatan belum dijawab`);
  if (!row.conclusion) missing.push('Kesimpulan belum diisi');
  const examined = partyOn(sqlite, row.examined_officer_id, date, 'examinedOfficerId');
  const examiners = parties.filter((p) => p.role === 'pemeriksa').map((p) => party(p.officer_id));
  const acknowledgers = parties.filter((p) => p.role === 'mengetahui').map((p) => party(p.officer_id));
  missing.push(
    ...signedTwice(
      [examined, ...examiners, ...acknowledgers].map((p) => ({ key: `o${p.officerId}`, name: p.name })),
    ),
  );

  return {
    id: row.id,
    number: row.number,
    type: row.type,
    date,
    time,
    zone: ((sqlite.prepare('SELECT time_zone FROM office_profile WHERE id = 1').pluck().get() as
      | string
      | undefined) ?? 'WIB') as Examination['zone'],
    place: row.place,
    basis: row.basis,
    addendumOf: row.addendum_of
      ? {
          id: row.addendum_of,
          number:
            (sqlite.prepare('SELECT number FROM examinations WHERE id = ?').pluck().get(row.addendum_of) as
              | string
              | null) ?? '',
        }
      : null,
    status: row.status,
    examined,
    examiners,
    acknowledgers,
    cash,
    banks,
    observations,
    findings,
    loans: examLoanSection(sqlite, date),
    conclusion: row.conclusion,
    unexplainedAcknowledged: row.unexplained_ack === 1,
    totals: {
      bookCashAndBank:
        cash.reduce((s, c) => s + c.book.balance, 0) + banks.reduce((s, b) => s + b.bookBalance, 0),
      examinedCashAndBank:
        cash.reduce((s, c) => s + c.physical, 0) +
        banks.reduce((s, b) => s + (b.adjustedBank ?? b.statement?.balance ?? 0), 0),
    },
    missing,
    hash: row.snapshot_hash,
    finalisedAt: row.finalised_at,
    finalisedBy: row.finalised_by,
  };
}
