import {
  IMPORT_PREVIEW_MAX_ERRORS,
  IMPORT_PREVIEW_PROBLEM_ROWS,
  IMPORT_PREVIEW_SAMPLE_ENTRIES,
  IMPORT_PREVIEW_SAMPLE_ROWS,
  type ImportAccountTotal,
  type ImportMapping,
  type ImportPreview,
  importMappingRuleIssues,
  importMappingSchema,
} from '../../../shared/ledger/importTypes';
import { cellAt, findSheet, guessMapping, isBlank, type Scan, scanSheet, titlesOf } from './applyMapping';
import type { ImportPlan } from './plan';
import type { CellText, Workbook, WorkbookSheet } from './readWorkbook';

function mappingIssues(mapping: ImportMapping): Record<string, string> {
  const result = importMappingSchema.safeParse(mapping);
  const issues: Record<string, string> = {};
  if (result.success) return issues;
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    if (!(path in issues)) issues[path] = issue.message;
  }
  // zod skips the cross-field rules while a single field is invalid; the form wants them all.
  for (const issue of importMappingRuleIssues(mapping)) {
    if (!(issue.path in issues)) issues[issue.path] = issue.message;
  }
  return issues;
}

function rowTexts(row: CellText[] | undefined, width: number): string[] {
  const texts: string[] = [];
  for (let j = 0; j < width; j++) texts.push(cellAt(row, j).text);
  return texts;
}

export interface PreviewParts {
  preview: ImportPreview;
  /** null while there is no mapping. */
  scan: Scan | null;
  mapping: ImportMapping | null;
  sheet: WorkbookSheet;
  width: number;
}

/**
 * What the file holds under a mapping, before the journal is consulted. With `mapping` null the
 * mapping is guessed (in `sheet`, or the first sheet where a guess works) and returned in
 * `preview.mapping` so the form can start from it.
 */
export function previewParts(
  workbook: Workbook,
  mapping: ImportMapping | null,
  sheet: string | null = null,
): PreviewParts {
  const used = mapping ?? guessMapping(workbook, sheet);
  const target = findSheet(workbook, used ? used.sheet : sheet);
  const rows = target.rows;

  let headerIndex: number;
  if (used) headerIndex = Math.max(0, Math.floor(used.headerRow) - 1);
  else {
    headerIndex = rows.findIndex((r) => r?.some((cell) => !isBlank(cell)));
    if (headerIndex < 0) headerIndex = 0;
  }

  const sampleRows: CellText[][] = [];
  const sampleRowNumbers: number[] = [];
  for (let i = headerIndex + 1; i < rows.length && sampleRows.length < IMPORT_PREVIEW_SAMPLE_ROWS; i++) {
    const r = rows[i];
    if (r === undefined || r.every(isBlank)) continue;
    sampleRows.push(r);
    sampleRowNumbers.push(i + 1);
  }
  const header = rows[headerIndex];
  const width = Math.max(header?.length ?? 0, ...sampleRows.map((r) => r.length));
  const headers = rowTexts(header, width);
  // Two-row titles: fill blanks under a merged title from the row above when that row is a title row.
  const above = headerIndex > 0 ? rows[headerIndex - 1] : undefined;
  if (used && above && titlesOf(above).size >= 2) {
    headers.forEach((text, j) => {
      if (text === '') headers[j] = cellAt(above, j).text;
    });
  }

  const scan = used ? scanSheet(target, used) : null;
  let totalDebit = 0;
  let totalCredit = 0;
  for (const r of scan?.rows ?? []) {
    if (r.amount > 0) totalDebit += r.amount;
    else totalCredit -= r.amount;
  }
  const errors = scan?.errors ?? [];
  const preview: ImportPreview = {
    sheets: workbook.sheets.map((s) => s.name),
    sheet: target.name,
    mapping: used,
    mappingIssues: used ? mappingIssues(used) : {},
    notice: used
      ? null
      : 'Judul kolom tidak dikenali. Pilih sendiri baris judul dan kolom tanggal, uraian serta jumlah.',
    headers,
    sampleRows: sampleRows.map((r) => rowTexts(r, width)),
    sampleRowNumbers,
    totalRows: scan?.totalRows ?? 0,
    validRows: scan?.rows.length ?? 0,
    errors: errors.slice(0, IMPORT_PREVIEW_MAX_ERRORS),
    errorCount: errors.length,
    totalDebit,
    totalCredit,
    entryCount: 0,
    warnings: [],
    warningCount: 0,
    duplicateEntries: 0,
    duplicates: [],
    earlierBatch: null,
    fileHash: '',
    sampleEntries: [],
    accountTotals: [],
    problemRows: [],
  };
  return { preview, scan, mapping: used, sheet: target, width };
}

/** The file's rows alone (no journal): what the unit tests of the reader use. */
export function previewImport(
  workbook: Workbook,
  mapping: ImportMapping | null,
  sheet: string | null = null,
): ImportPreview {
  return previewParts(workbook, mapping, sheet).preview;
}

/** Adds what the journal says about the rows: every problem of every row, entries and totals. */
export function withPlan(parts: PreviewParts, plan: ImportPlan): ImportPreview {
  const { preview, scan, sheet } = parts;
  if (!scan) return preview;
  const errors = [...scan.errors, ...plan.errors].sort((a, b) => a.rowNumber - b.rowNumber);
  const mappingIssues = { ...preview.mappingIssues };
  if (plan.counterIssue && !mappingIssues.counterAccountCode) {
    mappingIssues.counterAccountCode = plan.counterIssue;
  }

  const name = (code: string) => plan.accounts.get(code)?.name ?? '';
  const totals = new Map<string, ImportAccountTotal>();
  let totalDebit = 0;
  let totalCredit = 0;
  let validRows = 0;
  plan.entries.forEach((entry, i) => {
    if (plan.duplicate[i]) return;
    validRows += entry.rowNumbers.length;
    for (const l of entry.lines) {
      const t = totals.get(l.accountCode) ?? {
        code: l.accountCode,
        name: name(l.accountCode),
        debit: 0,
        credit: 0,
      };
      t.debit += l.debit;
      t.credit += l.credit;
      totals.set(l.accountCode, t);
    }
  });
  for (const r of scan.rows) {
    if (plan.badRows.has(r.rowNumber)) continue;
    if (r.amount > 0) totalDebit += r.amount;
    else totalCredit -= r.amount;
  }

  const flagged = new Set<number>([
    ...errors.map((e) => e.rowNumber),
    ...plan.warnings.map((e) => e.rowNumber),
    ...plan.duplicates.map((e) => e.rowNumber),
  ]);
  const problemRows = [...flagged]
    .sort((a, b) => a - b)
    .slice(0, IMPORT_PREVIEW_PROBLEM_ROWS)
    .map((rowNumber) => ({ rowNumber, cells: rowTexts(sheet.rows[rowNumber - 1], parts.width) }));

  return {
    ...preview,
    mappingIssues,
    validRows,
    errors: errors.slice(0, IMPORT_PREVIEW_MAX_ERRORS),
    errorCount: errors.length,
    totalDebit,
    totalCredit,
    entryCount: plan.entries.length,
    warnings: plan.warnings.slice(0, IMPORT_PREVIEW_MAX_ERRORS),
    warningCount: plan.warnings.length,
    duplicateEntries: plan.duplicate.filter(Boolean).length,
    duplicates: plan.duplicates.slice(0, IMPORT_PREVIEW_MAX_ERRORS),
    earlierBatch: plan.earlierBatch,
    fileHash: plan.fileHash,
    sampleEntries: plan.entries.slice(0, IMPORT_PREVIEW_SAMPLE_ENTRIES).map((e, i) => ({
      rowNumbers: e.rowNumbers,
      date: e.date,
      time: e.time,
      bukti: e.bukti,
      description: e.description,
      duplicate: plan.duplicate[i] ?? false,
      lines: e.lines.map((l) => ({
        code: l.accountCode,
        name: name(l.accountCode),
        debit: l.debit,
        credit: l.credit,
      })),
    })),
    accountTotals: [...totals.values()].sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true })),
    problemRows,
  };
}
