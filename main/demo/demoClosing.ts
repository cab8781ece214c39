import type { Kysely } from 'kysely';
import { contract } from '../../shared/contract';
import type { ServiceContext } from '../core/context';
import type { DB } from '../db/schema';
import { buildLabaRugi } from '../laporan/labaRugi';
import { loadChart } from '../laporan/statementBase';
import { closeYear } from '../laporan/tutupBuku';

/**
 * The demo's first calendar year of books closed with a MAD allocation (decided on 31 January of
 * the next year), run inside the demo's transaction before the cash examinations lock the books.
 * Nothing to close when that year has no pendapatan or beban (a demo made in January).
 */
export async function seedDemoClosing(
  ctx: ServiceContext,
  trx: Kysely<DB>,
  ledgerEnd: string,
): Promise<void> {
  const tctx: ServiceContext = { ...ctx, db: trx };
  const year = Number(ledgerEnd.slice(0, 4)) - 1;
  const code = async (c: string) =>
    (await trx.selectFrom('accounts').select('id').where('code', '=', c).executeTakeFirstOrThrow()).id;
  const chart = await loadChart(tctx);
  const lr = await buildLabaRugi(
    tctx,
    chart,
    { from: `${year}-01-01`, to: `${year}-12-31` },
    null,
    `${year}-01-01`,
  );
  if (lr.blocks[0]?.sections.every((s) => s.rows.length === 0)) return;
  const surplus = lr.blocks[0]?.total?.amount ?? 0;
  const allocations =
    surplus > 0
      ? [
          { label: 'Penambahan modal (surplus ditahan)', accountId: await code('3.1.02'), percent: '50' },
          { label: 'Bagian desa / masyarakat', accountId: await code('2.1.02'), percent: '30' },
          { label: 'Dana sosial', accountId: await code('2.1.01'), percent: '10' },
          { label: 'Insentif pengurus', accountId: await code('2.1.01'), percent: '10' },
        ]
      : [];
  const input = contract['tutupBuku.close'].input.parse({
    year,
    madDate: `${year + 1}-01-31`,
    madReference: `Berita Acara MAD Pertanggungjawaban No. 01/MAD/I/${year + 1}`,
    allocations,
  });
  await closeYear(tctx, input);
}
