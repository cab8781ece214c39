import type { ParsedInputOf } from '../../shared/contract';
import { formatWaktu } from '../../shared/format/date';
import { groupingOf, type ImportMapping, type ImportPreview } from '../../shared/ledger/importTypes';
import type { ImportResult } from '../../shared/ledger/journalImport';
import { AppError } from '../core/appError';
import { nowIso, type ServiceContext } from '../core/context';
import { officeToday } from '../core/today';
import { planImport } from './import/plan';
import { previewParts, withPlan } from './import/preview';
import { readWorkbook } from './import/readWorkbook';
import { commitPlan } from './importCommit';

const MAPPING_KEY = 'import.mapping';

export async function importPreview(
  ctx: ServiceContext,
  input: ParsedInputOf<'journal.importPreview'>,
): Promise<ImportPreview> {
  const workbook = await readWorkbook(input.fileName, Buffer.from(input.base64, 'base64'));
  const parts = previewParts(workbook, input.mapping, input.sheet);
  if (!parts.scan || !parts.mapping) return parts.preview;
  const plan = planImport(ctx.sqlite, ctx.db, parts.scan, parts.mapping, officeToday(ctx.sqlite, ctx.now()));
  return withPlan(parts, plan);
}

/**
 * Parses the file again and runs the same checks as the preview (never trusts it): any row error
 * refuses the whole file; warnings and a file imported before need `confirmed`; entries identical
 * to live ones are skipped unless `includeDuplicates`. Then one transaction writes the batch.
 */
export async function importCommit(
  ctx: ServiceContext,
  input: ParsedInputOf<'journal.importCommit'>,
): Promise<ImportResult> {
  const workbook = await readWorkbook(input.fileName, Buffer.from(input.base64, 'base64'));
  const parts = previewParts(workbook, input.mapping);
  const scan = parts.scan;
  if (!scan) throw new AppError('VALIDATION', 'Pemetaan kolom belum lengkap.');
  const plan = planImport(ctx.sqlite, ctx.db, scan, input.mapping, officeToday(ctx.sqlite, ctx.now()));
  if (plan.counterIssue) {
    throw new AppError('VALIDATION', `Akun lawan: ${plan.counterIssue}.`, {
      'mapping.counterAccountCode': plan.counterIssue,
    });
  }
  const errors = [...scan.errors, ...plan.errors].sort((a, b) => a.rowNumber - b.rowNumber);
  if (errors.length > 0) {
    const first = errors[0];
    throw new AppError(
      'VALIDATION',
      `${errors.length.toLocaleString('id-ID')} masalah pada file; tidak ada yang diimpor. ${
        first ? `Baris ${first.rowNumber}, ${first.column}: ${first.message}.` : ''
      }`,
    );
  }
  if (!input.confirmed && (plan.earlierBatch || plan.warnings.length > 0)) {
    const parts: string[] = [];
    const earlier = plan.earlierBatch;
    if (earlier) {
      parts.push(
        `Isi file ini sudah pernah diimpor pada ${formatWaktu(earlier.createdAt)} oleh ${earlier.createdBy} (${earlier.fileName}, ${earlier.entries.toLocaleString('id-ID')} jurnal).`,
      );
    }
    if (plan.warnings.length > 0) {
      const w = plan.warnings[0];
      parts.push(
        `${plan.warnings.length.toLocaleString('id-ID')} peringatan${w ? `, mis. baris ${w.rowNumber}: ${w.message}` : ''}.`,
      );
    }
    throw new AppError('NEEDS_CONFIRMATION', `${parts.join(' ')} Tetap impor?`);
  }
  const result = commitPlan(ctx.sqlite, plan, {
    fileName: input.fileName,
    grouping: groupingOf(input.mapping),
    includeDuplicates: input.includeDuplicates,
    actor: ctx.actor,
    now: nowIso(ctx),
  });
  ctx.sqlite
    .prepare(
      `INSERT INTO app_settings (key, value, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    )
    .run(MAPPING_KEY, JSON.stringify(input.mapping), nowIso(ctx));
  return result;
}

export function rememberedMapping(ctx: ServiceContext): ImportMapping | null {
  const raw = ctx.sqlite.prepare('SELECT value FROM app_settings WHERE key = ?').pluck().get(MAPPING_KEY) as
    | string
    | undefined;
  return raw ? (JSON.parse(raw) as ImportMapping) : null;
}
