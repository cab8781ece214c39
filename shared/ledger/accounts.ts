import { z } from 'zod';
import { request } from '../contract/define';
import { choice, flag, id, requiredText } from '../contract/fields';

export const ACCOUNT_TYPES = ['aset', 'kewajiban', 'ekuitas', 'pendapatan', 'beban'] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];
export const ACCOUNT_TYPE_LABELS: Record<AccountType, string> = {
  aset: 'Aset',
  kewajiban: 'Kewajiban',
  ekuitas: 'Ekuitas',
  pendapatan: 'Pendapatan',
  beban: 'Beban',
};

/** D = saldo normal debit, K = kredit. */
export const NORMAL_SIDES = ['D', 'K'] as const;
export type NormalSide = (typeof NORMAL_SIDES)[number];

/** The opening-balance counter account used by the guided saldo awal (default chart). */
export const OPENING_EQUITY_CODE = '3.1.09';
/** Where new cash boxes and bank accounts are filed in the chart. */
export const MONEY_GROUP_CODES = { kas: '1.1.01', bank: '1.1.01.02' } as const;

export const MONEY_KINDS = ['kas', 'bank'] as const;
export type MoneyKind = (typeof MONEY_KINDS)[number];
export const BANK_ACCOUNT_TYPES = ['tabungan', 'giro', 'deposito'] as const;
export type BankAccountType = (typeof BANK_ACCOUNT_TYPES)[number];

export interface BankDetails {
  bankName: string;
  accountNumber: string;
  holder: string;
  bankType: BankAccountType;
}

export interface Account {
  id: number;
  code: string;
  name: string;
  type: AccountType;
  normalSide: NormalSide;
  parentId: number | null;
  active: boolean;
  /** Set when this account is a cash box or a bank account that has its own book. */
  money: { kind: MoneyKind; bank: BankDetails | null } | null;
}

const code = requiredText('Kode akun', 30).refine((s) => /^[0-9]+(\.[0-9]+)*$/.test(s), {
  error: 'Kode akun berupa angka bertitik, mis. 1.1.01.01',
});

const accountFields = {
  code,
  name: requiredText('Nama akun', 120),
  type: choice('Jenis akun', ACCOUNT_TYPES),
  normalSide: choice('Saldo normal', NORMAL_SIDES),
  parentId: id('Akun induk')
    .nullish()
    .transform((v) => v ?? null),
};

export const bankDetailsSchema = z.strictObject({
  bankName: requiredText('Nama bank', 80),
  accountNumber: requiredText('Nomor rekening', 40).refine((s) => /^[0-9][0-9 .-]*$/.test(s), {
    error: 'Nomor rekening berisi angka (boleh dengan titik, strip atau spasi)',
  }),
  holder: requiredText('Nama pemilik rekening', 120),
  bankType: choice('Jenis rekening', BANK_ACCOUNT_TYPES),
});

export const accountsRequests = {
  'accounts.list': request<Account[]>()(z.strictObject({ includeInactive: flag('Pilihan').default(false) }), {
    write: false,
  }),
  'accounts.create': request<Account>()(z.strictObject(accountFields), { write: true }),
  'accounts.update': request<Account>()(z.strictObject({ id: id('Akun'), ...accountFields }), {
    write: true,
  }),
  'accounts.setActive': request<Account>()(z.strictObject({ id: id('Akun'), active: flag('Status aktif') }), {
    write: true,
  }),
  /** A cash box or bank account: creates its account under the Kas or Bank group. */
  'accounts.createMoney': request<Account>()(
    z.strictObject({
      kind: choice('Jenis', MONEY_KINDS),
      code,
      name: requiredText('Nama', 120),
      bank: bankDetailsSchema.nullish().transform((v) => v ?? null),
    }),
    { write: true },
  ),
  'accounts.updateBank': request<Account>()(z.strictObject({ id: id('Akun'), bank: bankDetailsSchema }), {
    write: true,
  }),
};
