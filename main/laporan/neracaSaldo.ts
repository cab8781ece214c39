import type { ParsedInputOf } from '../../shared/contract';
import { addDays } from '../../shared/laporan/periods';
import type { TrialBalance, TrialBalanceRow } from '../../shared/laporan/statements';
import type { ServiceContext } from '../core/context';
import { totalsAtEndOf, totalsBeforeClosingAt, ZERO_CUM } from './balances';
import { assertInBooks, loadChart, rp } from './statementBase';

/**
 * Neraca Saldo: per account saldo awal, mutasi debit and kredit, saldo akhir — two checkpoint reads
 * per account (the running totals before the period and at its end), never a sum over the lines.
 */
export async function neracaSaldo(
  ctx: ServiceContext,
  input: ParsedInputOf<'laporan.neracaSaldo'>,
): Promise<TrialBalance> {
  await assertInBooks(ctx, input.to);
  const chart = await loadChart(ctx);
  const start = await totalsAtEndOf(ctx, addDays(input.from, -1));
  // Closing entries dated on the last day are left out: the Neraca Saldo before closing.
  const end = await totalsBeforeClosingAt(ctx, input.to);
  const rows: TrialBalanceRow[] = [];
  for (const m of chart.mappings) {
    const s = start.get(m.accountId) ?? ZERO_CUM;
    const e = end.get(m.accountId) ?? ZERO_CUM;
    if (e.debit === 0 && e.credit === 0) continue;
    const debit = e.debit - s.debit;
    const credit = e.credit - s.credit;
    const opening = s.debit - s.credit;
    const closing = e.debit - e.credit;
    if (opening === 0 && closing === 0 && debit === 0 && credit === 0) continue;
    rows.push({ accountId: m.accountId, code: m.code, name: m.name, opening, debit, credit, closing });
  }
  const pos = (n: number) => Math.max(n, 0);
  const neg = (n: number) => Math.max(-n, 0);
  const totals = {
    openingDebit: rows.reduce((t, r) => t + pos(r.opening), 0),
    openingCredit: rows.reduce((t, r) => t + neg(r.opening), 0),
    debit: rows.reduce((t, r) => t + r.debit, 0),
    credit: rows.reduce((t, r) => t + r.credit, 0),
    closingDebit: rows.reduce((t, r) => t + pos(r.closing), 0),
    closingCredit: rows.reduce((t, r) => t + neg(r.closing), 0),
  };
  const notes: TrialBalance['notes'] = [];
  if (totals.closingDebit !== totals.closingCredit)
    notes.push({
      tone: 'peringatan',
      text: `Saldo debit dan kredit tidak sama: selisih ${rp(totals.closingDebit - totals.closingCredit)}.`,
    });
  return { period: { from: input.from, to: input.to }, rows, totals, notes };
}
