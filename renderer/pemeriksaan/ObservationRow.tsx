import { Group, Paper, SegmentedControl, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { ObservationAnswer } from '../../shared/pemeriksaan/pemeriksaan';
import { sendForm } from '../common/forms';

type Answer = 'ya' | 'tidak' | 'na';
const ANSWERS: { value: Answer; label: string }[] = [
  { value: 'ya', label: 'Ya' },
  { value: 'tidak', label: 'Tidak' },
  { value: 'na', label: 'Tidak berlaku' },
];
const ANSWER_COLOR: Record<Answer, string> = { ya: 'teal', tidak: 'red', na: 'gray' };

/** One checklist item: the answer is saved when picked, the note when the field is left. */
export function ObservationRow({
  examId,
  item,
  index,
  readOnly,
}: {
  examId: number;
  item: ObservationAnswer;
  index: number;
  readOnly: boolean;
}) {
  const [note, setNote] = useState(item.note ?? '');
  const save = (answer: Answer, text: string) =>
    sendForm(null, 'exam.setObservation', { id: examId, itemId: item.itemId, answer, note: text });
  return (
    <Paper withBorder p="xs" role="group" aria-label={item.text}>
      <Group wrap="nowrap" align="center">
        <Text size="sm" w={28} c="dimmed" ta="right">
          {index}.
        </Text>
        <Text size="sm" style={{ flex: 1 }}>
          {item.text}
        </Text>
        <SegmentedControl
          size="xs"
          data={ANSWERS}
          value={item.answer ?? ''}
          color={item.answer ? ANSWER_COLOR[item.answer] : undefined}
          readOnly={readOnly}
          onChange={(value) => void save(value as Answer, note)}
        />
        {readOnly ? (
          <Text size="sm" w={260} c="dimmed">
            {item.note ?? ''}
          </Text>
        ) : (
          <TextInput
            size="xs"
            w={260}
            placeholder={item.answer ? 'Catatan (bila perlu)' : 'Pilih jawaban dulu'}
            aria-label={`Catatan: ${item.text}`}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            onBlur={() => {
              if (item.answer && note !== (item.note ?? '')) void save(item.answer, note);
            }}
          />
        )}
      </Group>
    </Paper>
  );
}
