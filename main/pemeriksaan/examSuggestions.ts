import type { ReconCode, SuggestedEntry } from '../../shared/pemeriksaan/pemeriksaan';
import { RECON_RULES } from '../../shared/pemeriksaan/pemeriksaan';
import type { ServiceContext } from '../core/context';
import { readExam } from './examService';

/** The counter account of each book-side item that has an obvious one (DOMAIN §5). */
const COUNTER: Partial<Record<ReconCode, string>> = {
  BUNGA_JASA_GIRO: '4.2.01',
  BIAYA_ADM_BANK: '5.1.04',
  PAJAK_BUNGA: '5.1.05',
};

function nextMinute(date: string, time: string): { date: string; time: string } {
  const [h = 0, m = 0] = time.split(':').map(Number);
  const minutes = h * 60 + m + 1;
  if (minutes >= 24 * 60) {
    const d = new Date(`${date}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1);
    return { date: d.toISOString().slice(0, 10), time: '00:00' };
  }
  return {
    date,
    time: `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`,
  };
}

/**
 * Draft entries for the book-side items of the bank reconciliation, dated one minute after the
 * examination instant so they never change the examined balances. Items without an obvious counter
 * account (transfers to identify, corrections) are left to the general journal.
 */
export function suggestedEntries(ctx: ServiceContext, input: { id: number }): SuggestedEntry[] {
  const { sqlite } = ctx;
  const exam = readExam(sqlite, input.id);
  const at = nextMinute(exam.date, exam.time);
  const account = (code: string) =>
    sqlite.prepare('SELECT id, code, name FROM accounts WHERE code = ? AND active = 1').get(code) as
      | { id: number; code: string; name: string }
      | undefined;
  const byId = (id: number) =>
    sqlite.prepare('SELECT id, code, name FROM accounts WHERE id = ?').get(id) as {
      id: number;
      code: string;
      name: string;
    };
  return exam.banks.flatMap((bank) =>
    bank.items.flatMap((item) => {
      const rule = RECON_RULES[item.code];
      const counterCode = COUNTER[item.code];
      const counter = counterCode ? account(counterCode) : undefined;
      if (rule.side !== 'buku' || !counter) return [];
      const amount = Math.abs(item.amount);
      const bankAccount = byId(bank.accountId);
      const line = (a: { id: number; code: string; name: string }, debit: number, credit: number) => ({
        accountId: a.id,
        accountCode: a.code,
        accountName: a.name,
        debit,
        credit,
      });
      const lines =
        item.amount > 0
          ? [line(bankAccount, amount, 0), line(counter, 0, amount)]
          : [line(counter, amount, 0), line(bankAccount, 0, amount)];
      return [
        { itemId: item.id, code: item.code, ...at, description: `${rule.label}: ${item.description}`, lines },
      ];
    }),
  );
}
