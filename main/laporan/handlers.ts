import type { Handlers } from '../core/dispatch';
import { arusKas } from './arusKas';
import { calk, setPolicies } from './calk';
import { exportStatement } from './exportService';
import { labaRugi } from './labaRugi';
import { loadMappings, setMapping } from './mappingService';
import { neraca } from './neraca';
import { neracaSaldo } from './neracaSaldo';
import { perubahanEkuitas } from './perubahanEkuitas';
import { closeYear, reopenYear } from './tutupBuku';
import { closingPdf, listClosings, verifyClosing } from './tutupBukuRead';

type LaporanRequest = Extract<keyof Handlers, `laporan.${string}` | `tutupBuku.${string}`>;

/** The Laporan area's requests (spread into main/handlers.ts). */
export const laporanHandlers: Pick<Handlers, LaporanRequest> = {
  'laporan.mapping': (_input, ctx) => loadMappings(ctx),
  'laporan.setMapping': (input, ctx) => setMapping(ctx, input),
  'laporan.neraca': (input, ctx) => neraca(ctx, input),
  'laporan.labaRugi': (input, ctx) => labaRugi(ctx, input),
  'laporan.arusKas': (input, ctx) => arusKas(ctx, input),
  'laporan.perubahanEkuitas': (input, ctx) => perubahanEkuitas(ctx, input),
  'laporan.neracaSaldo': (input, ctx) => neracaSaldo(ctx, input),
  'laporan.calk': (input, ctx) => calk(ctx, input),
  'laporan.export': (input, ctx) => exportStatement(ctx, input),
  'laporan.setPolicies': (input, ctx) => setPolicies(ctx, input),
  'tutupBuku.list': (_input, ctx) => listClosings(ctx),
  'tutupBuku.close': (input, ctx) => closeYear(ctx, input),
  'tutupBuku.reopen': (input, ctx) => reopenYear(ctx, input),
  'tutupBuku.verify': (input, ctx) => verifyClosing(ctx, input),
  'tutupBuku.pdf': (input, ctx) => closingPdf(ctx, input),
};
