import type { ParsedInputOf } from '../../shared/contract';
import type { IsoDate } from '../../shared/format/date';
import { compareDate } from '../../shared/laporan/periods';
import type { Calk, CalkNote, Statement } from '../../shared/laporan/statements';
import { nowIso, type ServiceContext } from '../core/context';
import { buildNeraca } from './neraca';
import { assertInBooks, loadChart } from './statementBase';

const POLICIES_KEY = 'laporan.calkPolicies';

export const DEFAULT_POLICIES = [
  'Laporan keuangan disusun dari jurnal dengan dasar akrual dan dalam mata uang rupiah.',
  'Kas dan bank dicatat sebesar saldo menurut buku kas dan buku bank yang direkonsiliasi dengan rekening koran.',
  'Piutang pinjaman SPP/UEP dicatat sebesar saldo pokok pinjaman; cadangan kerugian piutang dibentuk menurut kolektibilitas dan disajikan sebagai pengurang piutang.',
  'Inventaris dicatat sebesar harga perolehan dikurangi akumulasi penyusutan.',
  'Surplus tahun berjalan dialokasikan menurut keputusan Musyawarah Antar Desa (MAD).',
].join('\n');

export async function getPolicies(ctx: ServiceContext): Promise<string> {
  const row = await ctx.db
    .selectFrom('app_settings')
    .select('value')
    .where('key', '=', POLICIES_KEY)
    .executeTakeFirst();
  return row?.value ?? DEFAULT_POLICIES;
}

export async function setPolicies(
  ctx: ServiceContext,
  input: ParsedInputOf<'laporan.setPolicies'>,
): Promise<{ policies: string }> {
  const now = nowIso(ctx);
  await ctx.db
    .insertInto('app_settings')
    .values({ key: POLICIES_KEY, value: input.policies, updated_at: now })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: input.policies, updated_at: now }))
    .execute();
  return { policies: input.policies };
}

/** One note per Neraca line, numbered after the policies note, with its accounts and amounts. */
export function calkFrom(neracaStatement: Statement, policies: string): Calk {
  const notes: CalkNote[] = [];
  let number = 2;
  for (const block of neracaStatement.blocks) {
    for (const section of block.sections) {
      for (const row of section.rows) {
        notes.push({
          number: number++,
          title: row.label,
          amount: row.amount,
          compare: row.compare,
          accounts: row.accounts,
        });
      }
    }
  }
  return {
    date: neracaStatement.period.to,
    compareDate: neracaStatement.compare?.to ?? null,
    policies,
    notes,
  };
}

export async function buildCalk(ctx: ServiceContext, date: IsoDate, cmp: IsoDate | null, first: IsoDate) {
  const statement = await buildNeraca(ctx, await loadChart(ctx), date, cmp, first);
  return calkFrom(statement, await getPolicies(ctx));
}

export async function calk(ctx: ServiceContext, input: ParsedInputOf<'laporan.calk'>): Promise<Calk> {
  const first = await assertInBooks(ctx, input.date, 'date');
  return buildCalk(ctx, input.date, compareDate(input.date, input.compare), first);
}
