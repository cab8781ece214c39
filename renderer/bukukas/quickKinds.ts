import type { Account } from '../../shared/ledger/accounts';
import { ENTRY_KIND_LABELS, QUICK_KINDS, type QuickKind } from '../../shared/ledger/journal';
import {
  groupedAccountOptions,
  moneyAccounts,
  moneyOptions,
  type Option,
  type OptionGroup,
} from './accountOptions';

export const QUICK_KIND_OPTIONS = QUICK_KINDS.map((k) => ({ value: k, label: ENTRY_KIND_LABELS[k] }));

interface KindText {
  moneyLabel: string;
  /** Shown when the money account was left empty. */
  moneyMissing: string;
  otherLabel: string;
  otherPlaceholder: string;
  otherMissing: string;
}

/** Field labels per kind: for setor/tarik/pindah buku the money account is the source. */
export const QUICK_KIND_TEXT: Record<QuickKind, KindText> = {
  penerimaan_kas: {
    moneyLabel: 'Rekening kas/bank',
    moneyMissing: 'Pilih kas atau rekening bank penerima',
    otherMissing: 'Pilih akun lawan',
    otherLabel: 'Akun lawan',
    otherPlaceholder: 'Cari kode atau nama akun',
  },
  pengeluaran_kas: {
    moneyLabel: 'Rekening kas/bank',
    moneyMissing: 'Pilih kas atau rekening bank pembayar',
    otherMissing: 'Pilih akun lawan',
    otherLabel: 'Akun lawan',
    otherPlaceholder: 'Cari kode atau nama akun',
  },
  setor_bank: {
    moneyLabel: 'Dari kas',
    moneyMissing: 'Pilih kas asal setoran',
    otherLabel: 'Ke rekening bank',
    otherPlaceholder: 'Pilih rekening bank',
    otherMissing: 'Pilih rekening bank tujuan',
  },
  tarik_bank: {
    moneyLabel: 'Dari rekening bank',
    moneyMissing: 'Pilih rekening bank asal',
    otherLabel: 'Ke kas',
    otherPlaceholder: 'Pilih kas',
    otherMissing: 'Pilih kas tujuan',
  },
  pindah_buku: {
    moneyLabel: 'Dari rekening',
    moneyMissing: 'Pilih kas atau rekening asal',
    otherLabel: 'Ke rekening',
    otherPlaceholder: 'Pilih rekening tujuan',
    otherMissing: 'Pilih kas atau rekening tujuan',
  },
};

/** The money accounts a kind may start from (as main's rules: setor from kas, tarik from bank). */
export function sourceAccounts(kind: QuickKind, accounts: readonly Account[]): Account[] {
  if (kind === 'setor_bank') return moneyAccounts(accounts, 'kas');
  if (kind === 'tarik_bank') return moneyAccounts(accounts, 'bank');
  return moneyAccounts(accounts);
}

export function sourceOptions(kind: QuickKind, accounts: readonly Account[]): Option[] {
  if (kind === 'setor_bank') return moneyOptions(accounts, 'kas');
  if (kind === 'tarik_bank') return moneyOptions(accounts, 'bank');
  return moneyOptions(accounts);
}

/** The counter account (penerimaan/pengeluaran) or the destination (setor/tarik/pindah buku). */
export function otherOptions(
  kind: QuickKind,
  accounts: readonly Account[],
  sourceId: string | null,
): (Option | OptionGroup)[] {
  if (kind === 'penerimaan_kas')
    return groupedAccountOptions(accounts, { withMoney: false, first: 'pendapatan' });
  if (kind === 'pengeluaran_kas')
    return groupedAccountOptions(accounts, { withMoney: false, first: 'beban' });
  if (kind === 'setor_bank') return moneyOptions(accounts, 'bank');
  if (kind === 'tarik_bank') return moneyOptions(accounts, 'kas');
  return moneyOptions(accounts).filter((o) => o.value !== sourceId);
}

export function optionValues(options: readonly (Option | OptionGroup)[]): Set<string> {
  const out = new Set<string>();
  for (const o of options) {
    if ('group' in o) for (const i of o.items) out.add(i.value);
    else out.add(o.value);
  }
  return out;
}
