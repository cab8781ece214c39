import { z } from 'zod';
import { request } from '../contract/define';
import { choice, id, isoDate, requiredText } from '../contract/fields';
import type { IsoDate } from '../format/date';
import type { Sen } from '../format/money';
import type { ExportedFile } from '../ledger/books';
import type { Statement, TrialBalance } from './statements';

export interface ClosingAllocation {
  label: string;
  accountId: number;
  accountLabel: string;
  /** Hundredths of a percent: 10 000 = 100 %. */
  basisPoints: number;
  amount: Sen;
}

export interface YearClosing {
  id: number;
  year: number;
  number: string;
  status: 'tutup' | 'dibuka';
  surplus: Sen;
  madDate: IsoDate;
  madReference: string;
  allocations: ClosingAllocation[];
  closedBy: string;
  closedAt: string;
  reopenedBy: string | null;
  reopenedAt: string | null;
  reopenReason: string | null;
  hash: string;
}

/** What a closing freezes: the year's statements and, per account, the journal's sums (for verification). */
export interface ClosingSnapshot {
  year: number;
  number: string;
  madDate: IsoDate;
  madReference: string;
  surplus: Sen;
  allocations: ClosingAllocation[];
  statements: { neraca: Statement; labaRugi: Statement; arusKas: Statement; perubahanEkuitas: Statement };
  trialBalance: TrialBalance;
}

export const FROZEN_STATEMENTS = [
  'neraca',
  'laba_rugi',
  'arus_kas',
  'perubahan_ekuitas',
  'neraca_saldo',
] as const;

/** `25`, `25,5`, `12,25` (percent, at most two decimals) → basis points; anything else is refused. */
export function percentToBasisPoints(text: string): number | null {
  const m = /^\s*(\d{1,3})(?:[,.](\d{1,2}))?\s*%?\s*$/.exec(text);
  if (!m) return null;
  const bp = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return bp > 0 && bp <= 10_000 ? bp : null;
}

const allocation = z.strictObject({
  label: requiredText('Uraian alokasi', 120),
  accountId: id('Akun alokasi'),
  percent: z.union([z.string(), z.number()], { error: 'Persentase wajib diisi' }).transform((v, ctx) => {
    const bp = percentToBasisPoints(String(v));
    if (bp === null) {
      ctx.addIssue({
        code: 'custom',
        message: 'Persentase antara 0 dan 100, paling banyak dua angka desimal',
      });
      return z.NEVER;
    }
    return bp;
  }),
});

export const tutupBukuRequests = {
  'tutupBuku.list': request<YearClosing[]>()(z.strictObject({}), { write: false }),
  'tutupBuku.close': request<YearClosing>()(
    z.strictObject({
      year: z.number({ error: 'Tahun buku harus berupa angka' }).int().min(2000).max(2200),
      madDate: isoDate('Tanggal keputusan MAD'),
      madReference: requiredText('Nomor/keterangan keputusan MAD', 200),
      allocations: z.array(allocation).max(20, { error: 'Paling banyak 20 baris alokasi' }),
    }),
    { write: true },
  ),
  'tutupBuku.reopen': request<YearClosing>()(
    z.strictObject({ id: id('Tutup buku'), reason: requiredText('Alasan membuka kembali', 500) }),
    { write: true },
  ),
  'tutupBuku.verify': request<{ genuine: boolean; message: string }>()(
    z.strictObject({ id: id('Tutup buku') }),
    {
      write: false,
    },
  ),
  'tutupBuku.pdf': request<ExportedFile>()(
    z.strictObject({ id: id('Tutup buku'), statement: choice('Laporan', FROZEN_STATEMENTS) }),
    { write: false },
  ),
};
