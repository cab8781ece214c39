import { contract, type InputOf, type RequestName } from '../../shared/contract';
import { akhirBulan } from '../../shared/format/date';
import type { Sen } from '../../shared/format/money';
import { buildSchedule } from '../../shared/pinjaman/schedule';
import type { LoanTerms } from '../../shared/pinjaman/terms';
import type { ServiceContext } from '../core/context';
import { validateDraft, writer } from '../ledger/journalWriter';
import { disburseLoan, repayLoan, writeOffLoan } from '../pinjaman/loanPosting';
import { approveLoan, proposeLoan, verifyLoan } from '../pinjaman/loanService';

const RP = 100;
const BEHAVIOURS = [
  'lancar',
  'lancar',
  'macet',
  'telat',
  'ragu',
  'dpk',
  'lancar',
  'kurang',
  'ragu',
  'lancar',
] as const;
type Behaviour = (typeof BEHAVIOURS)[number] | 'hapus';

function parsed<K extends RequestName>(name: K, input: InputOf<K>) {
  return contract[name].input.parse(input) as never;
}

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Whether instalment k (due on `due`) is paid, and when. Even positions are taken-over loans (long ago:
 * macet, diragukan), odd ones new (lancar … kurang lancar).
 */
function paidOn(behaviour: Behaviour, due: string, k: number, cutoff: string): string | null {
  const date = behaviour === 'telat' ? addDays(due, 20) : due;
  if (date > cutoff) return null;
  if (behaviour === 'dpk' && due > addDays(cutoff, -45)) return null;
  if (behaviour === 'kurang' && due > addDays(cutoff, -130)) return null;
  if (behaviour === 'ragu' && due > addDays(cutoff, -215)) return null;
  if ((behaviour === 'macet' || behaviour === 'hapus') && k > 2) return null;
  return date;
}

/** The day the demo's loan register opens in the books: a year before the ledger's last month ends. */
export function demoOpeningDay(ledgerEnd: string): string {
  const next = addDays(ledgerEnd, 1);
  return addDays(`${Number(next.slice(0, 4)) - 1}-${next.slice(5, 7)}-01`, -1);
}

/**
 * One loan per demo group, in every kolektibilitas class: half taken over from the old register
 * (disbursed before the books begin; their earlier repayments are history without journal entries and
 * their saldo opens the books), half disbursed within the books. Everything after the books begin goes
 * through the loan services (rekening dana bergulir BJB), so the journal and the register agree.
 */
export function seedDemoLoans(
  ctx: ServiceContext,
  kelompokIds: number[],
  ledgerEnd: string,
  today: string,
): void {
  const { sqlite } = ctx;
  const openingDay = demoOpeningDay(ledgerEnd);
  const cutoff = addDays(today, -1);
  const bjb = sqlite.prepare("SELECT id FROM accounts WHERE code = '1.1.01.02.02'").pluck().get() as number;
  const products = sqlite
    .prepare('SELECT id, code, terms, receivable_account_id FROM loan_products')
    .all() as {
    id: number;
    code: string;
    terms: string;
    receivable_account_id: number;
  }[];
  const opening = new Map<number, Sen>();
  const history = sqlite.prepare(
    `INSERT INTO repayments (loan_id, paid_on, pokok, jasa, denda, created_by, created_at) VALUES (?, ?, ?, ?, 0, ?, ?)`,
  );
  for (const [i, kelompokId] of kelompokIds.entries()) {
    const jenis = sqlite.prepare('SELECT jenis FROM kelompok WHERE id = ?').pluck().get(kelompokId) as string;
    const product = products.find((p) => p.code === (jenis === 'uep' ? 'UEP' : 'SPP')) ?? products[0];
    if (!product) return;
    const behaviour: Behaviour =
      i === kelompokIds.length - 1 ? 'hapus' : (BEHAVIOURS[i % BEHAVIOURS.length] as Behaviour);
    const amount = (5 + ((i * 7) % 30)) * 1_000_000 * RP;
    const migrated = i % 2 === 0;
    const disbursedOn = migrated
      ? `${addDays(openingDay, -30 * (2 + (i % 9))).slice(0, 8)}10`
      : `${addDays(openingDay, 30 * (1 + (i % 10))).slice(0, 8)}10`;
    const proposedOn = addDays(disbursedOn, -30);
    let loan = proposeLoan(
      ctx,
      parsed('loan.propose', {
        kelompokId,
        productId: product.id,
        amount,
        purpose: 'Modal usaha anggota',
        proposedOn,
      }),
    );
    const schedule = buildSchedule(JSON.parse(product.terms) as LoanTerms, amount, disbursedOn);
    if (migrated) {
      sqlite
        .prepare(
          `UPDATE loans SET status = 'aktif', migrated = 1, verified_on = ?, approved_on = ?, decision_number = ?, disbursed_on = ? WHERE id = ?`,
        )
        .run(
          addDays(proposedOn, 7),
          addDays(proposedOn, 14),
          `BA MAD ${disbursedOn.slice(0, 4)}`,
          disbursedOn,
          loan.id,
        );
      const plan = sqlite.prepare(
        'INSERT INTO loan_schedule (loan_id, no, due_date, pokok, jasa) VALUES (?, ?, ?, ?, ?)',
      );
      for (const s of schedule) plan.run(loan.id, s.no, s.dueDate, s.pokok, s.jasa);
    } else {
      verifyLoan(ctx, parsed('loan.verify', { id: loan.id, date: addDays(proposedOn, 7) }));
      approveLoan(
        ctx,
        parsed('loan.approve', {
          id: loan.id,
          date: addDays(proposedOn, 14),
          decisionNumber: `BA MAD ${disbursedOn.slice(0, 7)}`,
        }),
      );
      loan = disburseLoan(
        ctx,
        parsed('loan.disburse', {
          id: loan.id,
          date: disbursedOn,
          time: '10:00',
          accountId: bjb,
          bukti: `BBK-CAIR-${loan.number}`,
        }),
      );
    }
    let pokokBeforeBooks = 0;
    for (const s of schedule) {
      const date = paidOn(behaviour, s.dueDate, s.no, cutoff);
      if (!date) continue;
      if (date <= openingDay) {
        history.run(loan.id, date, s.pokok, s.jasa, ctx.actor, ctx.now().toISOString());
        pokokBeforeBooks += s.pokok;
      } else {
        repayLoan(
          ctx,
          parsed('loan.repay', {
            id: loan.id,
            date,
            time: '11:00',
            accountId: bjb,
            bukti: `BBM-ANG-${loan.number}-${s.no}`,
            pokok: s.pokok,
            jasa: s.jasa,
          }),
        );
      }
    }
    if (migrated) {
      const saldo = amount - pokokBeforeBooks;
      opening.set(product.receivable_account_id, (opening.get(product.receivable_account_id) ?? 0) + saldo);
      if (saldo === 0)
        sqlite
          .prepare("UPDATE loans SET status = 'lunas', closed_on = ? WHERE id = ?")
          .run(openingDay, loan.id);
    }
    if (behaviour === 'hapus') {
      writeOffLoan(
        ctx,
        parsed('loan.writeOff', {
          id: loan.id,
          date: akhirBulan(addDays(cutoff, -40)),
          time: '14:00',
          decisionNumber: 'BA MAD Penghapusan',
          bukti: `HAPUS-${loan.number}`,
        }),
      );
    }
  }
  // The saldo of the loans taken over opens the receivable accounts, against the opening equity.
  const equity = sqlite.prepare("SELECT id FROM accounts WHERE code = '3.1.09'").pluck().get() as number;
  const lines = [...opening].map(([accountId, saldo]) => ({ accountId, debit: saldo, credit: 0 }));
  const total = lines.reduce((s, l) => s + l.debit, 0);
  if (total === 0) return;
  const draft = {
    date: openingDay,
    time: '00:05',
    bukti: `SA-PINJ-${openingDay.slice(0, 4)}`,
    description: 'Saldo awal piutang pinjaman dari register lama',
    desaId: null,
    kind: 'saldo_awal' as const,
    lines: [...lines, { accountId: equity, debit: 0, credit: total }],
  };
  validateDraft(sqlite, draft);
  writer(sqlite).insert(draft, ctx.actor, ctx.now().toISOString());
}
