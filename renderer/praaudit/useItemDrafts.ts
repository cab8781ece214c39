import { useReducer, useRef } from 'react';
import { formatAngka } from '../../shared/format/money';
import type { Answer, AuditItem, PraAudit } from '../../shared/praaudit/praaudit';
import type { Severity } from '../../shared/temuan/temuan';
import { sendForm } from '../common/forms';

/** What the row shows and sends: the answer, note, amount as typed, and severity. */
export interface ItemValues {
  answer: Answer;
  note: string;
  amount: string;
  severity: Severity;
}

export const amountText = (sen: number) => (sen ? formatAngka(sen) : '');

/**
 * What has been typed or chosen per item, ahead of what main has answered. praAudit.answer always
 * sends the whole item, so a note saved on blur and an answer key pressed right after (before the
 * reload) must both carry the typed note; and typed text must survive every reload.
 */
export function useItemDrafts(audit: PraAudit) {
  const drafts = useRef(new Map<number, Partial<ItemValues>>());
  const [, rerender] = useReducer((n: number) => n + 1, 0);

  const valuesOf = (item: AuditItem): ItemValues => ({
    answer: item.answer,
    note: item.note ?? '',
    amount: amountText(item.amount),
    severity: item.severity,
    ...drafts.current.get(item.itemId),
  });
  /** Changes what the row shows, without saving (typing). */
  const edit = (item: AuditItem, changes: Partial<ItemValues>) => {
    drafts.current.set(item.itemId, { ...drafts.current.get(item.itemId), ...changes });
    rerender();
  };
  /** Saves the item with the changes; a refused answer goes back to what main holds. */
  const save = async (item: AuditItem, changes: Partial<ItemValues> = {}) => {
    const before = valuesOf(item);
    edit(item, changes);
    const v = valuesOf(item);
    const saved = await sendForm(null, 'praAudit.answer', {
      id: audit.id,
      itemId: item.itemId,
      answer: v.answer,
      note: v.note,
      amount: v.amount.trim() === '' ? 0 : v.amount,
      severity: v.severity,
    });
    if (!saved) {
      if (changes.answer) edit(item, { answer: before.answer });
      return null;
    }
    // Show the note and amount as main stored them (trimmed, 1.000), unless typed on meanwhile.
    const fresh = saved.sections.flatMap((s) => s.items).find((i) => i.itemId === item.itemId);
    const draft = drafts.current.get(item.itemId);
    if (fresh && draft) {
      if (draft.note === v.note) draft.note = fresh.note ?? '';
      if (draft.amount === v.amount) draft.amount = amountText(fresh.amount);
      rerender();
    }
    return saved;
  };
  /** Whether the note or amount shown differ from what main holds (worth saving on blur). */
  const unsaved = (item: AuditItem) => {
    const v = valuesOf(item);
    return v.note !== (item.note ?? '') || v.amount !== amountText(item.amount);
  };
  return { valuesOf, edit, save, unsaved };
}
