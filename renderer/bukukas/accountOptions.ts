import { ACCOUNT_TYPE_LABELS, type Account, type AccountType } from '../../shared/ledger/accounts';

export interface Option {
  value: string;
  label: string;
}
export interface OptionGroup {
  group: string;
  items: Option[];
}

export function accountLabel(a: Pick<Account, 'code' | 'name'>): string {
  return `${a.code} — ${a.name}`;
}

function option(a: Account): Option {
  return { value: String(a.id), label: accountLabel(a) };
}

/** Ids of accounts that have sub-accounts (inactive ones count: main refuses lines on groups). */
function parentIds(accounts: readonly Account[]): Set<number> {
  const ids = new Set<number>();
  for (const a of accounts) if (a.parentId !== null) ids.add(a.parentId);
  return ids;
}

/** Active accounts that can take journal lines (no sub-accounts). */
export function postableAccounts(accounts: readonly Account[]): Account[] {
  const groups = parentIds(accounts);
  return accounts.filter((a) => a.active && !groups.has(a.id));
}

/** Active cash boxes and bank accounts, kas first. */
export function moneyAccounts(accounts: readonly Account[], kind?: 'kas' | 'bank'): Account[] {
  return accounts
    .filter((a) => a.active && a.money !== null && (kind === undefined || a.money.kind === kind))
    .sort((a, b) => (a.money?.kind === b.money?.kind ? 0 : a.money?.kind === 'kas' ? -1 : 1));
}

export function moneyOptions(accounts: readonly Account[], kind?: 'kas' | 'bank'): Option[] {
  return moneyAccounts(accounts, kind).map(option);
}

const TYPE_ORDER: AccountType[] = ['aset', 'kewajiban', 'ekuitas', 'pendapatan', 'beban'];

/**
 * Postable accounts grouped by type, the likeliest group first (`first`). Labels carry the code and
 * the name, so the searchable Select finds an account by either.
 */
export function groupedAccountOptions(
  accounts: readonly Account[],
  opts: { withMoney: boolean; first?: AccountType },
): OptionGroup[] {
  const postable = postableAccounts(accounts);
  const order = opts.first ? [opts.first, ...TYPE_ORDER.filter((t) => t !== opts.first)] : TYPE_ORDER;
  const groups: OptionGroup[] = [];
  if (opts.withMoney) {
    const money = postable.filter((a) => a.money !== null);
    if (money.length > 0) groups.push({ group: 'Kas dan bank', items: money.map(option) });
  }
  for (const type of order) {
    const items = postable.filter((a) => a.type === type && a.money === null).map(option);
    if (items.length > 0) groups.push({ group: ACCOUNT_TYPE_LABELS[type], items });
  }
  return groups;
}
