import type { ParsedInputOf } from '../../shared/contract';
import {
  type Answer,
  COMPARISON_LABELS,
  type ComparisonOutcome,
  type ComparisonRow,
  FINDING_ANSWERS,
  type PraAuditComparison,
} from '../../shared/praaudit/praaudit';
import { AppError } from '../core/appError';
import type { ServiceContext } from '../core/context';
import { readAudit } from './auditRead';
import { listAudits } from './auditService';

const inOrder = (a: Answer | null) => a === 'ada_sesuai' || a === 'tidak_relevan';
const notInOrder = (a: Answer | null) => a !== null && FINDING_ANSWERS.includes(a);

export function outcome(before: Answer | null, after: Answer | null): ComparisonOutcome {
  if (notInOrder(before) && inOrder(after)) return 'membaik';
  if (notInOrder(before) && notInOrder(after)) return 'masih_terbuka';
  if (inOrder(before) && notInOrder(after)) return 'memburuk';
  if (inOrder(before) && inOrder(after)) return 'tetap_baik';
  return 'lainnya';
}

/** Two pra-audits of the same desa side by side, item by item code (versions may differ). */
export function compareAudits(
  ctx: ServiceContext,
  input: ParsedInputOf<'praAudit.compare'>,
): PraAuditComparison {
  if (input.beforeId === input.afterId) {
    throw new AppError('VALIDATION', 'Pilih dua pra-audit yang berbeda.', {
      afterId: 'Sama dengan yang pertama',
    });
  }
  let before = readAudit(ctx.sqlite, input.beforeId, ctx.now());
  let after = readAudit(ctx.sqlite, input.afterId, ctx.now());
  if (before.desaId !== after.desaId) {
    throw new AppError('VALIDATION', 'Hanya pra-audit TPK desa yang sama yang dapat dibandingkan.', {
      afterId: 'Desa berbeda',
    });
  }
  if (after.auditDate < before.auditDate) [before, after] = [after, before];
  const itemsOf = (a: typeof before) => a.sections.flatMap((s) => s.items);
  const beforeItems = new Map(itemsOf(before).map((i) => [i.code, i]));
  const afterItems = new Map(itemsOf(after).map((i) => [i.code, i]));
  const codes = [...afterItems.keys(), ...[...beforeItems.keys()].filter((c) => !afterItems.has(c))];
  const rows: ComparisonRow[] = codes.map((code) => {
    const b = beforeItems.get(code)?.answer ?? null;
    const a = afterItems.get(code)?.answer ?? null;
    const text = (afterItems.get(code) ?? beforeItems.get(code))?.text ?? '';
    return { code, text, before: b, after: a, outcome: outcome(b, a) };
  });
  const counts = Object.fromEntries(
    (Object.keys(COMPARISON_LABELS) as ComparisonOutcome[]).map((o) => [
      o,
      rows.filter((r) => r.outcome === o).length,
    ]),
  ) as Record<ComparisonOutcome, number>;
  const summaries = listAudits(ctx, { desaId: before.desaId });
  const summaryOf = (id: number) => summaries.find((s) => s.id === id) as (typeof summaries)[number];
  return { before: summaryOf(before.id), after: summaryOf(after.id), rows, counts };
}
