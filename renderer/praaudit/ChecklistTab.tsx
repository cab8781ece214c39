import { Alert, Group, Kbd, Paper, Stack, Text, Title } from '@mantine/core';
import { type KeyboardEvent, useRef, useState } from 'react';
import type { Answer, AuditItem, PraAudit } from '../../shared/praaudit/praaudit';
import { sendForm } from '../common/forms';
import { ItemRow } from './ItemRow';
import { ANSWER_KEYS, TallyLine } from './praAuditUi';

function typing(target: EventTarget): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/** Every item of the audit; keyboard first: ↑/↓ or j/k move, 1–4 answer, n or Enter writes a note. */
export function ChecklistTab({ audit, readOnly }: { audit: PraAudit; readOnly: boolean }) {
  const items = audit.sections.flatMap((s) => s.items);
  const [active, setActive] = useState(() =>
    Math.max(
      0,
      items.findIndex((i) => i.answer === 'belum_diperiksa'),
    ),
  );
  const container = useRef<HTMLDivElement>(null);
  const noteFocus = useRef<(() => void) | null>(null);

  const move = (to: number) => {
    const next = Math.min(items.length - 1, Math.max(0, to));
    setActive(next);
    document.getElementById(`butir-${items[next]?.code}`)?.scrollIntoView({ block: 'nearest' });
  };
  const answer = async (item: AuditItem, value: Answer) => {
    const saved = await sendForm(null, 'praAudit.answer', {
      id: audit.id,
      itemId: item.itemId,
      answer: value,
      note: item.note,
      amount: item.amount,
      severity: item.severity,
    });
    if (!saved) return;
    const at = items.findIndex((i) => i.itemId === item.itemId);
    const after = saved.sections.flatMap((s) => s.items);
    const nextOpen = after.findIndex((i, n) => n > at && i.answer === 'belum_diperiksa');
    move(nextOpen >= 0 ? nextOpen : at + 1);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (readOnly || typing(e.target)) return;
    const item = items[active];
    if (!item) return;
    if (e.key === 'ArrowDown' || e.key === 'j') move(active + 1);
    else if (e.key === 'ArrowUp' || e.key === 'k') move(active - 1);
    else if (ANSWER_KEYS[e.key]) void answer(item, ANSWER_KEYS[e.key] as Answer);
    else if (e.key === 'n' || e.key === 'Enter') noteFocus.current?.();
    else return;
    e.preventDefault();
  };

  return (
    <Stack>
      {!readOnly && (
        <Alert color="blue" variant="light" p="xs">
          <Group gap="md">
            <Text size="sm">Papan ketik:</Text>
            <Text size="sm">
              <Kbd>↑</Kbd> <Kbd>↓</Kbd> (atau <Kbd>k</Kbd> <Kbd>j</Kbd>) pindah butir
            </Text>
            <Text size="sm">
              <Kbd>1</Kbd> sesuai · <Kbd>2</Kbd> belum lengkap · <Kbd>3</Kbd> tidak ada · <Kbd>4</Kbd> TR
            </Text>
            <Text size="sm">
              <Kbd>n</Kbd> catatan, <Kbd>Enter</Kbd> simpan, <Kbd>Esc</Kbd> kembali
            </Text>
          </Group>
        </Alert>
      )}
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
                <Title order={4}>
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
                      readOnly={readOnly}
                      active={index === active}
                      onActivate={() => setActive(index)}
                      onAnswer={(value) => answer(item, value)}
                      registerNoteFocus={(focus) => {
                        if (index === active) noteFocus.current = focus;
                      }}
                      onLeaveNote={() => container.current?.focus()}
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
