import type { ParsedInputOf } from '../../shared/contract';
import { type Account, MONEY_GROUP_CODES } from '../../shared/ledger/accounts';
import { AppError, conflict, notFound } from '../core/appError';
import { nowIso, type ServiceContext } from '../core/context';
import type { AccountsTable } from '../db/schema';

type AccountRow = Omit<AccountsTable, 'id'> & { id: number };

export function toAccount(r: AccountRow): Account {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    type: r.type,
    normalSide: r.normal_side,
    parentId: r.parent_id,
    active: r.active === 1,
    money: r.money_kind
      ? {
          kind: r.money_kind,
          bank:
            r.money_kind === 'bank' && r.bank_name && r.bank_account_number && r.bank_holder && r.bank_type
              ? {
                  bankName: r.bank_name,
                  accountNumber: r.bank_account_number,
                  holder: r.bank_holder,
                  bankType: r.bank_type,
                }
              : null,
        }
      : null,
  };
}

/** Code order: 1, 1.1, 1.1.01, 1.1.01.01, 1.2 … (numeric per segment, so 1.10 follows 1.9). */
export function compareCodes(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

export async function listAccounts(
  ctx: ServiceContext,
  input: { includeInactive: boolean },
): Promise<Account[]> {
  let q = ctx.db.selectFrom('accounts').selectAll();
  if (!input.includeInactive) q = q.where('active', '=', 1);
  const rows = await q.execute();
  return rows.map(toAccount).sort((a, b) => compareCodes(a.code, b.code));
}

export async function getAccount(ctx: ServiceContext, id: number): Promise<Account> {
  const row = await ctx.db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Akun');
  return toAccount(row);
}

async function assertCodeFree(ctx: ServiceContext, code: string, ignoreId?: number): Promise<void> {
  let q = ctx.db.selectFrom('accounts').select(['id', 'name']).where('code', '=', code);
  if (ignoreId !== undefined) q = q.where('id', '!=', ignoreId);
  const other = await q.executeTakeFirst();
  if (other)
    throw conflict(`Kode ${code} sudah dipakai oleh akun "${other.name}".`, {
      code: 'Kode akun sudah dipakai',
    });
}

async function assertParent(ctx: ServiceContext, parentId: number | null, selfId?: number): Promise<void> {
  if (parentId === null) return;
  if (parentId === selfId)
    throw new AppError('VALIDATION', 'Akun tidak bisa menjadi induk dirinya sendiri.', {
      parentId: 'Pilih akun induk yang lain',
    });
  const parent = await ctx.db
    .selectFrom('accounts')
    .select(['id', 'parent_id'])
    .where('id', '=', parentId)
    .executeTakeFirst();
  if (!parent) throw notFound('Akun induk');
  // Walk up: the new parent may not sit below this account.
  let cursor: number | null = parent.parent_id;
  while (cursor !== null && selfId !== undefined) {
    if (cursor === selfId)
      throw new AppError('VALIDATION', 'Akun induk tidak boleh berada di bawah akun ini.', {
        parentId: 'Susunan akun melingkar',
      });
    const next = await ctx.db
      .selectFrom('accounts')
      .select('parent_id')
      .where('id', '=', cursor)
      .executeTakeFirst();
    cursor = next?.parent_id ?? null;
  }
  const lines = ctx.sqlite.prepare('SELECT 1 FROM journal_lines WHERE account_id = ? LIMIT 1').get(parentId);
  if (lines)
    throw conflict('Akun induk ini sudah dipakai di jurnal; pilih akun induk lain.', {
      parentId: 'Akun sudah berisi jurnal',
    });
}

export async function createAccount(
  ctx: ServiceContext,
  input: ParsedInputOf<'accounts.create'>,
): Promise<Account> {
  await assertCodeFree(ctx, input.code);
  await assertParent(ctx, input.parentId);
  const now = nowIso(ctx);
  const row = await ctx.db
    .insertInto('accounts')
    .values({
      code: input.code,
      name: input.name,
      type: input.type,
      normal_side: input.normalSide,
      parent_id: input.parentId,
      active: 1,
      money_kind: null,
      bank_name: null,
      bank_account_number: null,
      bank_holder: null,
      bank_type: null,
      created_at: now,
      updated_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toAccount(row);
}

export async function updateAccount(
  ctx: ServiceContext,
  input: ParsedInputOf<'accounts.update'>,
): Promise<Account> {
  const current = await getAccount(ctx, input.id);
  await assertCodeFree(ctx, input.code, input.id);
  await assertParent(ctx, input.parentId, input.id);
  if (current.money && input.normalSide !== 'D') {
    throw new AppError('VALIDATION', 'Rekening kas/bank bersaldo normal debit.', {
      normalSide: 'Kas dan bank bersaldo normal debit',
    });
  }
  await ctx.db
    .updateTable('accounts')
    .set({
      code: input.code,
      name: input.name,
      type: input.type,
      normal_side: input.normalSide,
      parent_id: input.parentId,
      updated_at: nowIso(ctx),
    })
    .where('id', '=', input.id)
    .execute();
  return getAccount(ctx, input.id);
}

export async function setAccountActive(
  ctx: ServiceContext,
  input: ParsedInputOf<'accounts.setActive'>,
): Promise<Account> {
  await getAccount(ctx, input.id);
  await ctx.db
    .updateTable('accounts')
    .set({ active: input.active ? 1 : 0, updated_at: nowIso(ctx) })
    .where('id', '=', input.id)
    .execute();
  return getAccount(ctx, input.id);
}

/**
 * The group a new cash box or bank account goes under: the default chart's group when it is a group
 * (not itself a money account with lines, as in an office's own chart where that code is a bank);
 * otherwise the group holding the office's existing money accounts of that kind, then of any kind.
 */
async function moneyGroupId(ctx: ServiceContext, kind: 'kas' | 'bank'): Promise<number | null> {
  const byCode = await ctx.db
    .selectFrom('accounts')
    .select(['id', 'parent_id', 'money_kind'])
    .where('code', '=', MONEY_GROUP_CODES[kind])
    .executeTakeFirst();
  if (byCode) {
    const posted = await ctx.db
      .selectFrom('journal_lines')
      .select('id')
      .where('account_id', '=', byCode.id)
      .limit(1)
      .executeTakeFirst();
    if (byCode.money_kind === null && !posted) return byCode.id;
    return byCode.parent_id;
  }
  for (const sameKind of [true, false]) {
    let q = ctx.db
      .selectFrom('accounts')
      .select('parent_id')
      .where('money_kind', 'is not', null)
      .where('parent_id', 'is not', null);
    if (sameKind) q = q.where('money_kind', '=', kind);
    const sibling = await q.orderBy('id').limit(1).executeTakeFirst();
    if (sibling) return sibling.parent_id;
  }
  return null;
}

/** A cash box or a bank account: a leaf account under the Kas dan Bank group, with its book. */
export async function createMoneyAccount(
  ctx: ServiceContext,
  input: ParsedInputOf<'accounts.createMoney'>,
): Promise<Account> {
  if (input.kind === 'bank' && !input.bank) {
    throw new AppError('VALIDATION', 'Lengkapi data rekening bank.', {
      'bank.bankName': 'Nama bank wajib diisi',
    });
  }
  await assertCodeFree(ctx, input.code);
  const group = { id: await moneyGroupId(ctx, input.kind) };
  const now = nowIso(ctx);
  const bank = input.kind === 'bank' ? input.bank : null;
  const row = await ctx.db
    .insertInto('accounts')
    .values({
      code: input.code,
      name: input.name,
      type: 'aset',
      normal_side: 'D',
      parent_id: group?.id ?? null,
      active: 1,
      money_kind: input.kind,
      bank_name: bank?.bankName ?? null,
      bank_account_number: bank?.accountNumber ?? null,
      bank_holder: bank?.holder ?? null,
      bank_type: bank?.bankType ?? null,
      created_at: now,
      updated_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toAccount(row);
}

export async function updateBankDetails(
  ctx: ServiceContext,
  input: ParsedInputOf<'accounts.updateBank'>,
): Promise<Account> {
  const current = await getAccount(ctx, input.id);
  if (current.money?.kind !== 'bank') throw new AppError('VALIDATION', 'Akun ini bukan rekening bank.');
  await ctx.db
    .updateTable('accounts')
    .set({
      bank_name: input.bank.bankName,
      bank_account_number: input.bank.accountNumber,
      bank_holder: input.bank.holder,
      bank_type: input.bank.bankType,
      updated_at: nowIso(ctx),
    })
    .where('id', '=', input.id)
    .execute();
  return getAccount(ctx, input.id);
}

/** Human label of a book's account: "Kas Tunai (1.1.01.01)" or "Bank BRI 0123… a.n. …". */
export function accountLabel(a: Account): string {
  const bank = a.money?.bank;
  if (bank) return `${a.name} — ${bank.bankName} ${bank.accountNumber} a.n. ${bank.holder} (${a.code})`;
  return `${a.name} (${a.code})`;
}
