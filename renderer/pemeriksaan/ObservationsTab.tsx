import { Stack, Text } from '@mantine/core';
import type { Examination } from '../../shared/pemeriksaan/pemeriksaan';
import { ObservationRow } from './ObservationRow';

export function ObservationsTab({ exam, readOnly }: { exam: Examination; readOnly: boolean }) {
  const open = exam.observations.filter((o) => o.answer === null).length;
  return (
    <Stack gap="xs" maw={1100}>
      <Text size="sm" c="dimmed">
        {readOnly
          ? 'Hasil pengamatan saat pemeriksaan.'
          : open > 0
            ? `Jawab setiap butir. ${open} butir belum dijawab.`
            : 'Semua butir sudah dijawab.'}
      </Text>
      {exam.observations.map((o, i) => (
        <ObservationRow key={o.itemId} examId={exam.id} item={o} index={i + 1} readOnly={readOnly} />
      ))}
    </Stack>
  );
}
