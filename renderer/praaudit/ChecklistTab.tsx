import { Group, Paper, Stack, Title } from '@mantine/core';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import type { Answer, AuditItem, PraAudit } from '../../shared/praaudit/praaudit';
import { ItemRow } from './ItemRow';
import { KeyboardLegend } from './KeyboardLegend';
import { ANSWER_KEYS, TallyLine } from './praAuditUi';
import { useItemDrafts } from './useItemDrafts';

/** Keys typed into a text field are text; a focused answer radio still obeys the checklist keys. */
function typing(target: EventTarget): boolean {
  if (target instanceof HTMLInputElement) return target.type !== 'radio';
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/** Every item of the audit; keyboard first: ↑/↓ or j/k move, 1–4 answer, n or Enter writes a note. */
export function ChecklistTab({ audit, readOnly }: { audit: PraAudit; readOnly: boolean }) {
  const items = audit.sections.flatMap((s) => s.items);
  const drafts = useItemDrafts(audit);
  const [active, setActive] = useState(() =>
    Math.max(
      0,
      items.findIndex((i) => i.answer === 'belum_diperiksa'),
    ),
  );
  const container = useRef<HTMLDivElement>(null);
  const notes = useRef(new Map<number, HTMLTextAreaElement>());
  const focusChecklist = () => container.current?.focus({ preventScroll: true });
  // Keyboard first: the keys work as soon as the draft's checklist is shown.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the tab opens.
  useEffect(() => {
    if (!readOnly) focusChecklist();
  }, []);

  const move = (to: number) => {
    const next = Math.min(items.length - 1, Math.max(0, to));
    setActive(next);
    document.getElementById(`butir-${items[next]?.code}`)?.scrollIntoView({ block: 'nearest' });
  };
  /** Saves the answer and moves on at once to the next unexamined item (wrapping round), else the next one. */
  const answer = async (item: AuditItem, value: Answer) => {
    const at = items.indexOf(item);
    const open = (i: AuditItem) => i !== item && drafts.valuesOf(i).answer === 'belum_diperiksa';
    const after = items.findIndex((i, n) => n > at && open(i));
    const next = after >= 0 ? after : items.findIndex(open);
    move(next >= 0 ? next : at + 1);
    if (!(await drafts.save(item, { answer: value }))) move(at);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (readOnly || typing(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
    const item = items[active];
    if (!item) return;
    if (e.key === 'ArrowDown' || e.key === 'j') move(active + 1);
    else if (e.key === 'ArrowUp' || e.key === 'k') move(active - 1);
    else if (ANSWER_KEYS[e.key]) void answer(item, ANSWER_KEYS[e.key] as Answer);
    else if (e.key === 'n' || e.key === 'Enter') notes.current.get(item.itemId)?.focus();
    else return;
    e.preventDefault();
  };

  return (
    <Stack>
      {!readOnly && <KeyboardLegend code={items[active]?.code} tally={audit.tally} />}
      <div
        ref={container}
        role="application"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the keyboard-driven checklist must take focus.
        tabIndex={0}
        onKeyDown={onKeyDown}
        aria-label="Checklist pra-audit"
        style={{ outline: 'none' }}
      >
        <Stack>
          {audit.sections.map((section) => (
            <Paper key={section.code} withBorder p="sm">
              <Group justify="space-between" mb="xs">
                <Title order={2} size="h4">
                  {section.code}. {section.title}
                </Title>
                <TallyLine tally={section.tally} label={`Kemajuan bagian ${section.code}`} />
              </Group>
              <Stack gap={4}>
                {section.items.map((item) => {
                  const index = items.indexOf(item);
                  return (
                    <ItemRow
                      key={item.itemId}
                      auditId={audit.id}
                      item={item}
                      values={drafts.valuesOf(item)}
                      readOnly={readOnly}
                      active={!readOnly && index === active}
                      onActivate={() => setActive(index)}
                      onAnswer={(value) => {
                        focusChecklist();
                        void answer(item, value);
                      }}
                      onEdit={(changes) => drafts.edit(item, changes)}
                      onSave={(changes) => {
                        if (changes || drafts.unsaved(item)) void drafts.save(item, changes);
                      }}
                      noteRef={(el) => {
                        if (el) notes.current.set(item.itemId, el);
                        else notes.current.delete(item.itemId);
                      }}
                      onLeaveNote={focusChecklist}
                    />
                  );
                })}
              </Stack>
            </Paper>
          ))}
        </Stack>
      </div>
    </Stack>
  );
}
