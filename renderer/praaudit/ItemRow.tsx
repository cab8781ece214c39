import {
  ActionIcon,
  Badge,
  Box,
  FileButton,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPaperclip, IconX } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_MIME_TYPES } from '../../shared/attachments/attachments';
import { formatRupiah } from '../../shared/format/money';
import {
  ANSWER_LABELS,
  ANSWER_SHORT,
  ANSWERS,
  type Answer,
  type AuditItem,
} from '../../shared/praaudit/praaudit';
import { SEVERITIES, SEVERITY_LABELS, type Severity } from '../../shared/temuan/temuan';
import { readAsBase64 } from '../bukukas/impor/readFile';
import { ConfirmButton } from '../common/ConfirmButton';
import { sendForm } from '../common/forms';
import { AmountField } from '../pemeriksaan/AmountField';
import { AttachmentButton } from '../temuan/AttachmentButton';
import { ANSWER_COLORS } from './praAuditUi';

const ANSWER_OPTIONS = ANSWERS.map((a) => ({ value: a, label: ANSWER_SHORT[a] }));
const SEVERITY_OPTIONS = SEVERITIES.map((s) => ({ value: s, label: SEVERITY_LABELS[s] }));

interface Props {
  auditId: number;
  item: AuditItem;
  readOnly: boolean;
  active: boolean;
  onActivate: () => void;
  onAnswer: (answer: Answer) => Promise<void>;
  registerNoteFocus: (focus: () => void) => void;
  onLeaveNote: () => void;
}

/** One checklist item: answer, note, amount, severity and evidence files. */
export function ItemRow({
  auditId,
  item,
  readOnly,
  active,
  onActivate,
  onAnswer,
  registerNoteFocus,
  onLeaveNote,
}: Props) {
  const [note, setNote] = useState(item.note ?? '');
  const [amount, setAmount] = useState(item.amount ? formatRupiah(item.amount).replace(/^Rp/, '') : '');
  const noteRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => setNote(item.note ?? ''), [item.note]);
  registerNoteFocus(() => noteRef.current?.focus());

  const save = (changes: { note?: string; amount?: string; severity?: Severity }) =>
    sendForm(null, 'praAudit.answer', {
      id: auditId,
      itemId: item.itemId,
      answer: item.answer,
      note: changes.note ?? item.note,
      amount: changes.amount ?? item.amount,
      severity: changes.severity ?? item.severity,
    });
  const saveNote = async () => {
    if (note !== (item.note ?? '')) await save({ note });
  };
  const upload = async (file: File | null) => {
    if (!file) return;
    const mimeType = ATTACHMENT_MIME_TYPES.find((m) => m === file.type);
    if (!mimeType || file.size > ATTACHMENT_MAX_BYTES) {
      notifications.show({
        color: 'red',
        title: 'Berkas ditolak',
        message: `${file.name}: hanya PNG, JPEG atau PDF sampai 10 MB.`,
      });
      return;
    }
    const base64 = await readAsBase64(file, () => undefined);
    await sendForm(
      null,
      'praAudit.attachEvidence',
      { id: auditId, itemId: item.itemId, file: { fileName: file.name, mimeType, base64 } },
      'Bukti dilampirkan.',
    );
  };

  return (
    <Box
      id={`butir-${item.code}`}
      p={6}
      onClick={onActivate}
      data-active={active || undefined}
      aria-label={`Butir ${item.code}`}
      style={{
        borderRadius: 6,
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
            <Group gap="xs">
              <Badge color={ANSWER_COLORS[item.answer]} variant="light">
                {ANSWER_LABELS[item.answer]}
              </Badge>
              {item.note && <Text size="sm">{item.note}</Text>}
              {item.amount > 0 && <Text size="sm">{formatRupiah(item.amount)}</Text>}
            </Group>
          ) : (
            <Group gap="xs" align="flex-start" wrap="wrap">
              <SegmentedControl
                size="xs"
                aria-label={`Jawaban ${item.code}`}
                data={ANSWER_OPTIONS}
                value={item.answer}
                color={ANSWER_COLORS[item.answer]}
                onChange={(v) => void onAnswer(v as Answer)}
              />
              <Textarea
                ref={noteRef}
                size="xs"
                autosize
                minRows={1}
                placeholder="Catatan"
                aria-label={`Catatan ${item.code}`}
                style={{ flex: 1, minWidth: 220 }}
                value={note}
                onFocus={onActivate}
                onChange={(e) => setNote(e.currentTarget.value)}
                onBlur={() => void saveNote()}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' && !e.shiftKey) {
                    e.preventDefault();
                    onLeaveNote();
                  } else if (e.key === 'Escape') {
                    setNote(item.note ?? '');
                    onLeaveNote();
                  }
                }}
              />
              <AmountField
                size="xs"
                w={150}
                placeholder="Selisih Rp"
                aria-label={`Jumlah selisih ${item.code}`}
                value={amount}
                onChange={(e) => setAmount(e.currentTarget.value)}
                onBlur={() => {
                  const before = item.amount ? formatRupiah(item.amount).replace(/^Rp/, '') : '';
                  if (amount !== before) void save({ amount: amount.trim() === '' ? '0' : amount });
                }}
              />
              <Select
                size="xs"
                w={100}
                aria-label={`Tingkat ${item.code}`}
                data={SEVERITY_OPTIONS}
                value={item.severity}
                allowDeselect={false}
                onChange={(v) => v && void save({ severity: v as Severity })}
              />
              <FileButton onChange={(f) => void upload(f)} accept={ATTACHMENT_MIME_TYPES.join(',')}>
                {(props) => (
                  <ActionIcon
                    {...props}
                    variant="default"
                    size="md"
                    aria-label={`Lampirkan bukti ${item.code}`}
                    title="Lampirkan foto/pindaian"
                  >
                    <IconPaperclip size={16} />
                  </ActionIcon>
                )}
              </FileButton>
            </Group>
          )}
          {(item.evidence.length > 0 || item.findingNumber !== null) && (
            <Group gap={4}>
              {item.findingNumber !== null && (
                <Badge size="sm" color="orange" variant="outline">
                  Catatan No. {item.findingNumber}
                </Badge>
              )}
              {item.evidence.map((f) => (
                <Group key={f.id} gap={0}>
                  <AttachmentButton file={f} />
                  {!readOnly && (
                    <ConfirmButton
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      aria-label={`Lepaskan ${f.fileName}`}
                      title="Lepaskan bukti?"
                      message={`${f.fileName} dilepas dari butir ${item.code}. Berkasnya tetap tersimpan di database.`}
                      confirmLabel="Lepaskan"
                      onConfirm={() =>
                        sendForm(
                          null,
                          'praAudit.removeEvidence',
                          { id: auditId, evidenceId: f.id },
                          'Bukti dilepas.',
                        )
                      }
                    >
                      <IconX size={12} />
                    </ConfirmButton>
                  )}
                </Group>
              ))}
            </Group>
          )}
        </Stack>
      </Group>
    </Box>
  );
}
