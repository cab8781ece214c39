import { contract, type InputOf, type RequestName } from '../../shared/contract';
import type { ServiceContext } from '../core/context';
import { createKelompok } from '../pinjaman/kelompokService';
import { disburseLoan, repayLoan } from '../pinjaman/loanPosting';
import { approveLoan, proposeLoan, verifyLoan } from '../pinjaman/loanService';
import { saveProduct } from '../pinjaman/productService';

const JT = 1_000_000 * 100;

function parsed<K extends RequestName>(name: K, input: InputOf<K>) {
  return contract[name].input.parse(input) as never;
}

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Three loans where the rule presets disagree (DOMAIN §6.4), all through the loan services:
 * - "Sekar Arum": six months, one instalment short, about half a year after maturity — SIDBM's month
 *   term makes it Macet while the instalment count keeps it Lancar;
 * - "Srikandi": 3,4 instalments behind — SIDBM rounds to 3 (Lancar), the instalment count to 4 (Diragukan);
 * - "Wijaya Kusuma": a weekly product, counted in weeks, four weeks behind.
 */
export function seedDemoSidbmCases(ctx: ServiceContext, openingDay: string, today: string): void {
  const { sqlite } = ctx;
  const cutoff = addDays(today, -1);
  const account = (code: string) =>
    sqlite.prepare('SELECT id FROM accounts WHERE code = ?').pluck().get(code) as number;
  const bjb = account('1.1.01.02.02');
  const spp = sqlite.prepare("SELECT id FROM loan_products WHERE code = 'SPP'").pluck().get() as
    | number
    | undefined;
  const desa = sqlite.prepare('SELECT id, name FROM desa ORDER BY id LIMIT 1').get() as
    | { id: number; name: string }
    | undefined;
  if (spp === undefined || desa === undefined) return;
  const product = (code: string, name: string, tenor: number, frequency: 'bulanan' | 'mingguan') =>
    saveProduct(
      ctx,
      parsed('loanProduct.save', {
        code,
        name,
        terms: {
          rateBp: 150,
          jasaBasis: 'flat_per_bulan',
          tenor,
          frequency,
          rounding: 'rp100',
          dendaPerLateInstalment: 0,
        },
        receivableAccountId: account('1.1.03.01'),
        jasaAccountId: account('4.1.01'),
        dendaAccountId: account('4.1.03'),
      }),
    ).find((p) => p.code === code);
  const weekly = product('SPP-M', 'SPP Mingguan', 26, 'mingguan');
  const short = product('SPP-6', 'SPP 6 bulan', 6, 'bulanan');
  if (!weekly || !short) return;
  const loanFor = (name: string, productId: number, amount: number, disbursedOn: string) => {
    const kelompok = createKelompok(
      ctx,
      parsed('kelompok.create', { desaId: desa.id, name, jenis: 'spp', address: `Desa ${desa.name}` }),
    );
    const proposedOn = addDays(disbursedOn, -21);
    const { id } = proposeLoan(
      ctx,
      parsed('loan.propose', {
        kelompokId: kelompok.id,
        productId,
        amount,
        purpose: 'Modal usaha',
        proposedOn,
      }),
    );
    verifyLoan(ctx, parsed('loan.verify', { id, date: addDays(proposedOn, 7) }));
    approveLoan(
      ctx,
      parsed('loan.approve', { id, date: addDays(proposedOn, 14), decisionNumber: 'BA MAD contoh' }),
    );
    const loan = disburseLoan(
      ctx,
      parsed('loan.disburse', {
        id,
        date: disbursedOn,
        time: '10:00',
        accountId: bjb,
        bukti: `BBK-CAIR-D${id}`,
      }),
    );
    return (nos: number[], pokokOf: (pokok: number) => number = (p) => p) => {
      for (const s of loan.schedule.filter((i) => nos.includes(i.no) && i.dueDate <= cutoff)) {
        repayLoan(
          ctx,
          parsed('loan.repay', {
            id,
            date: s.dueDate,
            time: '11:00',
            accountId: bjb,
            bukti: `BBM-ANG-D${id}-${s.no}`,
            pokok: pokokOf(s.pokok),
            jasa: s.jasa,
          }),
        );
      }
    };
  };
  // Six monthly instalments from just after the books begin; the last is never paid.
  const drift = loanFor('SPP Sekar Arum', short.id, 6 * JT, addDays(openingDay, 10));
  drift([1, 2, 3, 4, 5]);
  // Ten monthly instalments, four due by the cutoff; only 600.000 of the pokok paid: 3,4 behind.
  const month = Number(cutoff.slice(0, 4)) * 12 + Number(cutoff.slice(5, 7)) - 1 - 4;
  const fourMonthsBack = `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-01`;
  const kenanga = loanFor('SPP Srikandi', spp, 10 * JT, fourMonthsBack);
  kenanga([1], () => 600_000 * 100);
  // Weekly, 14 weeks ago; ten weeks paid.
  const wijaya = loanFor('SPP Wijaya Kusuma', weekly.id, 52 * 100_000 * 100, addDays(cutoff, -14 * 7));
  wijaya([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
}
