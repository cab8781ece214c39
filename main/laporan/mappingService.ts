import type { ParsedInputOf } from '../../shared/contract';
import {
  type AccountMapping,
  CASH_CLASSES,
  type CashClass,
  FALLBACK_LINE,
  GROUP_LABELS,
  GROUP_TYPES,
  groupSide,
  STATEMENT_LINE_KEYS,
  type StatementLineKey,
  statementLine,
} from '../../shared/laporan/mapping';
import { ACCOUNT_TYPE_LABELS } from '../../shared/ledger/accounts';
import { AppError, notFound } from '../core/appError';
import { nowIso, type ServiceContext } from '../core/context';
import { compareCodes } from '../ledger/accountsService';

function isLineKey(v: string): v is StatementLineKey {
  return (STATEMENT_LINE_KEYS as readonly string[]).includes(v);
}

function isCashClass(v: string): v is CashClass {
  return (CASH_CLASSES as readonly string[]).includes(v);
}

/**
 * Every account with the statement line it rolls up to: its own mapping, else the nearest mapped
 * parent's (so an account added under Piutang Pinjaman lands there), else its type's fallback line.
 */
export async function loadMappings(ctx: ServiceContext): Promise<AccountMapping[]> {
  const accounts = await ctx.db
    .selectFrom('accounts')
    .select(['id', 'code', 'name', 'type', 'normal_side', 'parent_id', 'active'])
    .execute();
  const own = new Map(
    (await ctx.db.selectFrom('account_statement_map').select(['account_id', 'line', 'cash_class']).execute())
      .filter((r) => isLineKey(r.line) && isCashClass(r.cash_class))
      .map((r) => [r.account_id, r]),
  );
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const parents = new Set(accounts.map((a) => a.parent_id).filter((p) => p !== null));
  const out: AccountMapping[] = accounts.map((a) => {
    let source: AccountMapping['source'] = 'bawaan';
    let found = own.get(a.id);
    if (found) source = 'sendiri';
    let cursor = a.parent_id;
    for (let guard = 0; !found && cursor !== null && guard < 32; guard++) {
      found = own.get(cursor);
      if (found) source = 'induk';
      cursor = byId.get(cursor)?.parent_id ?? null;
    }
    // A parent's line that does not fit this account's type (e.g. moved under another root) is ignored.
    const fits =
      found && isLineKey(found.line) && GROUP_TYPES[statementLine(found.line).group].includes(a.type);
    const line: StatementLineKey =
      fits && found && isLineKey(found.line) ? found.line : FALLBACK_LINE[a.type];
    if (!fits) source = 'bawaan';
    const cashClass: CashClass =
      fits && found && isCashClass(found.cash_class) ? found.cash_class : 'operasi';
    const group = statementLine(line).group;
    return {
      accountId: a.id,
      code: a.code,
      name: a.name,
      type: a.type,
      normalSide: a.normal_side,
      isGroup: parents.has(a.id),
      active: a.active === 1,
      line,
      cashClass,
      source,
      contra: group !== 'penampung' && a.normal_side !== groupSide(group),
    };
  });
  return out.sort((x, y) => compareCodes(x.code, y.code));
}

export async function setMapping(
  ctx: ServiceContext,
  input: ParsedInputOf<'laporan.setMapping'>,
): Promise<AccountMapping> {
  const account = await ctx.db
    .selectFrom('accounts')
    .select(['id', 'type', 'name'])
    .where('id', '=', input.accountId)
    .executeTakeFirst();
  if (!account) throw notFound('Akun');
  if (input.line === null) {
    await ctx.db.deleteFrom('account_statement_map').where('account_id', '=', input.accountId).execute();
  } else {
    const line = statementLine(input.line);
    if (!GROUP_TYPES[line.group].includes(account.type)) {
      throw new AppError(
        'VALIDATION',
        `Akun ${ACCOUNT_TYPE_LABELS[account.type].toLowerCase()} "${account.name}" tidak bisa masuk ke baris "${line.label}" (${GROUP_LABELS[line.group]}).`,
        { line: 'Baris ini tidak cocok dengan jenis akun' },
      );
    }
    await ctx.db
      .insertInto('account_statement_map')
      .values({
        account_id: input.accountId,
        line: input.line,
        cash_class: input.cashClass,
        updated_at: nowIso(ctx),
      })
      .onConflict((oc) =>
        oc.column('account_id').doUpdateSet({
          line: input.line ?? '',
          cash_class: input.cashClass,
          updated_at: nowIso(ctx),
        }),
      )
      .execute();
  }
  const all = await loadMappings(ctx);
  const mapped = all.find((m) => m.accountId === input.accountId);
  if (!mapped) throw notFound('Akun');
  return mapped;
}
