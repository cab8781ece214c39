import type BetterSqlite3 from 'better-sqlite3';
import type { ParsedInputOf } from '../../shared/contract';
import type { LibraryEntry, LibraryVersion } from '../../shared/temuan/library';
import { AppError, conflict, notFound } from '../core/appError';
import { nowIso, type ServiceContext } from '../core/context';
import { qb, syncAll, syncFirst, syncRun } from '../db/sync';

function itemCodes(json: string): string[] {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter((c): c is string => typeof c === 'string') : [];
}

/** Each entry with its newest version. */
function currentQuery() {
  return qb
    .selectFrom('finding_library as e')
    .innerJoin('finding_library_versions as v', 'v.entry_id', 'e.id')
    .select([
      'e.id',
      'e.code',
      'e.category',
      'e.active',
      'v.id as version_id',
      'v.version',
      'v.title',
      'v.kondisi',
      'v.kriteria',
      'v.sebab',
      'v.akibat',
      'v.rekomendasi',
      'v.item_codes',
      'v.created_by',
      'v.created_at',
    ])
    .select((eb) =>
      eb
        .selectFrom('findings as f')
        .innerJoin('finding_library_versions as fv', 'fv.id', 'f.library_version_id')
        .select((e2) => e2.fn.countAll<number>().as('n'))
        .whereRef('fv.entry_id', '=', 'e.id')
        .as('used_by'),
    )
    .where((eb) =>
      eb(
        'v.version',
        '=',
        eb
          .selectFrom('finding_library_versions as m')
          .select((e2) => e2.fn.max('m.version').as('mx'))
          .whereRef('m.entry_id', '=', 'e.id'),
      ),
    );
}

function toEntry(r: ReturnType<typeof rowsOf>[number]): LibraryEntry {
  return {
    id: r.id,
    code: r.code,
    category: r.category,
    active: r.active === 1,
    versionId: r.version_id,
    version: r.version,
    title: r.title,
    kondisi: r.kondisi,
    kriteria: r.kriteria,
    sebab: r.sebab,
    akibat: r.akibat,
    rekomendasi: r.rekomendasi,
    itemCodes: itemCodes(r.item_codes),
    updatedBy: r.created_by,
    updatedAt: r.created_at,
    usedBy: r.used_by ?? 0,
  };
}

function rowsOf(sqlite: BetterSqlite3.Database, filter: { id?: number; activeOnly?: boolean }) {
  let query = currentQuery();
  if (filter.id !== undefined) query = query.where('e.id', '=', filter.id);
  if (filter.activeOnly) query = query.where('e.active', '=', 1);
  return syncAll(sqlite, query.orderBy('e.code'));
}

export function readEntry(sqlite: BetterSqlite3.Database, id: number): LibraryEntry {
  const row = rowsOf(sqlite, { id })[0];
  if (!row) throw notFound('Entri bank temuan');
  return toEntry(row);
}

export function listLibrary(ctx: ServiceContext, input: ParsedInputOf<'library.list'>): LibraryEntry[] {
  return rowsOf(ctx.sqlite, { activeOnly: !input.includeInactive }).map(toEntry);
}

/** The active entry whose checklist codes include `itemCode`, for drafting pra-audit findings. */
export function entryForItem(sqlite: BetterSqlite3.Database, itemCode: string): LibraryEntry | null {
  return (
    rowsOf(sqlite, { activeOnly: true })
      .map(toEntry)
      .find((e) => e.itemCodes.includes(itemCode)) ?? null
  );
}

export function libraryHistory(ctx: ServiceContext, input: { id: number }): LibraryVersion[] {
  readEntry(ctx.sqlite, input.id);
  const rows = syncAll(
    ctx.sqlite,
    qb
      .selectFrom('finding_library_versions')
      .selectAll()
      .where('entry_id', '=', input.id)
      .orderBy('version', 'desc'),
  );
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    title: r.title,
    kondisi: r.kondisi,
    kriteria: r.kriteria,
    sebab: r.sebab,
    akibat: r.akibat,
    rekomendasi: r.rekomendasi,
    itemCodes: itemCodes(r.item_codes),
    createdBy: r.created_by,
    createdAt: r.created_at,
  }));
}

/** A new entry (version 1) or a new version of an entry; an unchanged save adds nothing. */
export function saveLibraryEntry(ctx: ServiceContext, input: ParsedInputOf<'library.save'>): LibraryEntry {
  const { sqlite } = ctx;
  const now = nowIso(ctx);
  const sameCode = syncFirst(
    sqlite,
    qb.selectFrom('finding_library').select('id').where('code', '=', input.code),
  );
  if (sameCode && sameCode.id !== input.id) {
    throw new AppError('CONFLICT', `Kode ${input.code} sudah dipakai entri lain.`, { code: 'Sudah dipakai' });
  }
  const version = {
    title: input.title,
    kondisi: input.kondisi,
    kriteria: input.kriteria,
    sebab: input.sebab,
    akibat: input.akibat,
    rekomendasi: input.rekomendasi,
    item_codes: JSON.stringify([...new Set(input.itemCodes)]),
  };
  const id = sqlite.transaction(() => {
    if (input.id === undefined) {
      const entryId = syncRun(
        sqlite,
        qb.insertInto('finding_library').values({
          code: input.code,
          category: input.category,
          active: 1,
          created_at: now,
          updated_at: now,
        }),
      ).id;
      syncRun(
        sqlite,
        qb.insertInto('finding_library_versions').values({
          entry_id: entryId,
          version: 1,
          ...version,
          created_by: ctx.actor,
          created_at: now,
        }),
      );
      return entryId;
    }
    const current = readEntry(sqlite, input.id);
    syncRun(
      sqlite,
      qb
        .updateTable('finding_library')
        .set({ code: input.code, category: input.category, updated_at: now })
        .where('id', '=', input.id),
    );
    const unchanged =
      current.title === version.title &&
      current.kondisi === version.kondisi &&
      current.kriteria === version.kriteria &&
      current.sebab === version.sebab &&
      current.akibat === version.akibat &&
      current.rekomendasi === version.rekomendasi &&
      JSON.stringify(current.itemCodes) === version.item_codes;
    if (!unchanged) {
      syncRun(
        sqlite,
        qb.insertInto('finding_library_versions').values({
          entry_id: input.id,
          version: current.version + 1,
          ...version,
          created_by: ctx.actor,
          created_at: now,
        }),
      );
    }
    return input.id;
  })();
  return readEntry(sqlite, id);
}

export function setLibraryActive(
  ctx: ServiceContext,
  input: ParsedInputOf<'library.setActive'>,
): LibraryEntry {
  const changed = syncRun(
    ctx.sqlite,
    qb
      .updateTable('finding_library')
      .set({ active: input.active ? 1 : 0, updated_at: nowIso(ctx) })
      .where('id', '=', input.id),
  ).changes;
  if (changed === 0) throw notFound('Entri bank temuan');
  return readEntry(ctx.sqlite, input.id);
}

/** The version a new finding refers to: must exist and belong to an active entry. */
export function assertUsableVersion(sqlite: BetterSqlite3.Database, versionId: number): void {
  const row = syncFirst(
    sqlite,
    qb
      .selectFrom('finding_library_versions as v')
      .innerJoin('finding_library as e', 'e.id', 'v.entry_id')
      .select('e.active')
      .where('v.id', '=', versionId),
  );
  if (!row)
    throw new AppError('VALIDATION', 'Entri bank temuan tidak ditemukan.', { libraryVersionId: 'Tidak ada' });
  if (row.active !== 1) throw conflict('Entri bank temuan ini sudah dinonaktifkan.');
}
