import type { ParsedInputOf } from '../../shared/contract';
import type { ImportMapping, ImportPreview } from '../../shared/ledger/importTypes';
import type { ImportResult } from '../../shared/ledger/journalImport';
import { AppError } from '../core/appError';
import { nowIso, type ServiceContext } from '../core/context';
import { parseRows, previewImport } from './import/applyMapping';
import { readWorkbook } from './import/readWorkbook';
import { commitImport } from './importCommit';

const MAPPING_KEY = 'import.mapping';

export async function importPreview(
  _ctx: ServiceContext,
  input: ParsedInputOf<'journal.importPreview'>,
): Promise<ImportPreview> {
  const workbook = await readWorkbook(input.fileName, Buffer.from(input.base64, 'base64'));
  return previewImport(workbook, input.mapping, input.sheet);
}

/** Parses the file again (never trusts a preview), refuses on any bad row, then writes all rows at once. */
export async function importCommit(
  ctx: ServiceContext,
  input: ParsedInputOf<'journal.importCommit'>,
): Promise<ImportResult> {
  const workbook = await readWorkbook(input.fileName, Buffer.from(input.base64, 'base64'));
  const { rows, errors } = parseRows(workbook, input.mapping);
  if (errors.length > 0) {
    const first = errors[0];
    throw new AppError(
      'VALIDATION',
      `${errors.length.toLocaleString('id-ID')} masalah pada file; tidak ada yang diimpor. ${
        first ? `Baris ${first.rowNumber}, ${first.column}: ${first.message}.` : ''
      }`,
    );
  }
  const result = commitImport(ctx.sqlite, rows, input.mapping.counterAccountCode, ctx.actor, nowIso(ctx));
  ctx.sqlite
    .prepare(
      `INSERT INTO app_settings (key, value, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    )
    .run(MAPPING_KEY, JSON.stringify(input.mapping), nowIso(ctx));
  let totalDebit = 0;
  let totalCredit = 0;
  for (const r of rows) {
    if (r.amount > 0) totalDebit += r.amount;
    else totalCredit -= r.amount;
  }
  return { ...result, totalDebit, totalCredit };
}

export function rememberedMapping(ctx: ServiceContext): ImportMapping | null {
  const raw = ctx.sqlite.prepare('SELECT value FROM app_settings WHERE key = ?').pluck().get(MAPPING_KEY) as
    | string
    | undefined;
  return raw ? (JSON.parse(raw) as ImportMapping) : null;
}
