import { Badge, Box, Group, SegmentedControl, Select, Stack, Text, Textarea } from '@mantine/core';
import type { Ref } from 'react';
import { formatRupiah } from '../../shared/format/money';
import {
  ANSWER_LABELS,
  ANSWER_SHORT,
  ANSWERS,
  type Answer,
  type AuditItem,
} from '../../shared/praaudit/praaudit';
import { SEVERITIES, SEVERITY_LABELS, type Severity } from '../../shared/temuan/temuan';
import { AmountField } from '../pemeriksaan/AmountField';
import { AttachEvidenceButton, EvidenceList } from './ItemEvidence';
import { ANSWER_COLORS } from './praAuditUi';
import type { ItemValues } from './useItemDrafts';

const ANSWER_OPTIONS = ANSWERS.map((a) => ({
  value: a,
  label: <span title={ANSWER_LABELS[a]}>{ANSWER_SHORT[a]}</span>,
}));
const SEVERITY_OPTIONS = SEVERITIES.map((s) => ({ value: s, label: SEVERITY_LABELS[s] }));

interface Props {
  auditId: number;
  item: AuditItem;
  /** What to show: main's values with what has been typed on top. */
  values: ItemValues;
  readOnly: boolean;
  active: boolean;
  onActivate: () => void;
  onAnswer: (answer: Answer) => void;
  /** Typing: changes what is shown only. */
  onEdit: (changes: Partial<ItemValues>) => void;
  /** Saves the item (with the changes, or what was typed when it differs from main). */
  onSave: (changes?: Partial<ItemValues>) => void;
  noteRef: Ref<HTMLTextAreaElement>;
  onLeaveNote: () => void;
}

function ReadOnlyAnswer({ item }: { item: AuditItem }) {
  return (
    <Group gap="xs">
      <Badge color={ANSWER_COLORS[item.answer]} variant="light" tt="none">
        {ANSWER_LABELS[item.answer]}
      </Badge>
      {item.note && <Text size="sm">{item.note}</Text>}
      {item.amount > 0 && <Text size="sm">{formatRupiah(item.amount)}</Text>}
      {item.answer !== 'ada_sesuai' && item.answer !== 'tidak_relevan' && (
        <Text size="xs" c="dimmed">
          Tingkat {SEVERITY_LABELS[item.severity].toLowerCase()}
        </Text>
      )}
    </Group>
  );
}

/** One checklist item: answer, note, amount, severity and evidence files. */
export function ItemRow({
  auditId,
  item,
  values,
  readOnly,
  active,
  onActivate,
  onAnswer,
  onEdit,
  onSave,
  noteRef,
  onLeaveNote,
}: Props) {
  return (
    <Box
      id={`butir-${item.code}`}
      p={6}
      onClick={onActivate}
      data-active={active || undefined}
      aria-label={`Butir ${item.code}`}
      aria-current={active || undefined}
      style={{
        borderRadius: 6,
        scrollMarginTop: 140,
        scrollMarginBottom: 24,
        borderLeft: `4px solid var(--mantine-color-${active ? 'blue-6' : 'gray-2'})`,
        background: active ? 'var(--mantine-color-blue-0)' : undefined,
      }}
    >
      <Group align="flex-start" wrap="nowrap" gap="sm">
        <Text fw={700} w={34} size="sm">
          {item.code}
        </Text>
        <Stack gap={4} style={{ flex: 1 }}>
          <Text size="sm">{item.text}</Text>
          {item.help && (
            <Text size="xs" c="dimmed">
              {item.help}
            </Text>
          )}
          {readOnly ? (
            <ReadOnlyAnswer item={item} />
          ) : (
            <Group gap="xs" align="flex-start" wrap="wrap">
              <SegmentedControl
                size="xs"
                aria-label={`Jawaban ${item.code}`}
                data={ANSWER_OPTIONS}
                value={values.answer}
                color={ANSWER_COLORS[values.answer]}
                onChange={(v) => onAnswer(v as Answer)}
              />
              <Textarea
                ref={noteRef}
                size="xs"
                autosize
                minRows={1}
                placeholder="Catatan"
                aria-label={`Catatan ${item.code}`}
                style={{ flex: 1, minWidth: 220 }}
                value={values.note}
                onFocus={onActivate}
                onChange={(e) => onEdit({ note: e.currentTarget.value })}
                onBlur={() => onSave()}
                onKeyDown={(e) => {
                  // Enter or Esc leave the note, which saves it on blur; Shift+Enter starts a new line.
                  if ((e.key === 'Enter' && !e.shiftKey) || e.key === 'Escape') {
                    e.preventDefault();
                    onLeaveNote();
                  }
                }}
              />
              <AmountField
                size="xs"
                w={150}
                placeholder="Selisih Rp"
                aria-label={`Jumlah selisih ${item.code}`}
                value={values.amount}
                onFocus={onActivate}
                onChange={(e) => onEdit({ amount: e.currentTarget.value })}
                onBlur={() => onSave()}
              />
              <Select
                size="xs"
                w={100}
                aria-label={`Tingkat ${item.code}`}
                data={SEVERITY_OPTIONS}
                value={values.severity}
                allowDeselect={false}
                onChange={(v) => v && onSave({ severity: v as Severity })}
              />
              <AttachEvidenceButton auditId={auditId} item={item} />
            </Group>
          )}
          {(item.evidence.length > 0 || item.findingNumber !== null) && (
            <Group gap={4}>
              {item.findingNumber !== null && (
                <Badge size="sm" color="orange" variant="outline" tt="none">
                  Catatan No. {item.findingNumber}
                </Badge>
              )}
              <EvidenceList auditId={auditId} item={item} readOnly={readOnly} />
            </Group>
          )}
        </Stack>
      </Group>
    </Box>
  );
}
