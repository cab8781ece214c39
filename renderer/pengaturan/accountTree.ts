import { type Account, MONEY_GROUP_CODES, OPENING_EQUITY_CODE } from '../../shared/ledger/accounts';

export { OPENING_EQUITY_CODE };
export const KAS_GROUP_CODE = MONEY_GROUP_CODES.kas;
export const BANK_GROUP_CODE = MONEY_GROUP_CODES.bank;

/** Number of segments below the top: `1` → 0, `1.1.01` → 2. */
export function codeDepth(code: string): number {
  return code.split('.').length - 1;
}

/**
 * The next free code directly below `parent` (`1.1.01` → `1.1.01.03`), looking at every account,
 * inactive ones included, since a code stays taken. Segments keep the width of their siblings;
 * without siblings they are two digits (one below a top-level code, as in `1.1`).
 */
export function nextChildCode(parent: string, accounts: readonly Account[]): string {
  const prefix = `${parent}.`;
  const siblings = accounts
    .map((a) => a.code)
    .filter((c) => c.startsWith(prefix) && !c.slice(prefix.length).includes('.'))
    .map((c) => c.slice(prefix.length));
  const width = siblings[0]?.length ?? (codeDepth(parent) === 0 ? 1 : 2);
  const taken = new Set(accounts.map((a) => a.code));
  let n = siblings.reduce((max, s) => Math.max(max, Number(s) || 0), 0) + 1;
  while (taken.has(`${prefix}${String(n).padStart(width, '0')}`)) n += 1;
  return `${prefix}${String(n).padStart(width, '0')}`;
}

/** Ids of accounts that have sub-accounts (inactive children count: main refuses lines on them too). */
export function groupIds(accounts: readonly Account[]): Set<number> {
  const ids = new Set<number>();
  for (const a of accounts) if (a.parentId !== null) ids.add(a.parentId);
  return ids;
}

/** The account and everything below it, so an account is never moved under itself. */
export function descendantIds(id: number, accounts: readonly Account[]): Set<number> {
  const out = new Set<number>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const a of accounts) {
      if (a.parentId !== null && out.has(a.parentId) && !out.has(a.id)) {
        out.add(a.id);
        grew = true;
      }
    }
  }
  return out;
}

export function accountOption(a: Account): { value: string; label: string } {
  return { value: String(a.id), label: `${a.code} — ${a.name}` };
}
