import { Select } from '@mantine/core';
import type { LibraryEntry } from '../../shared/temuan/library';
import { useApi } from '../api/useApi';

/** Choose an active entry of the bank temuan; the caller fills its texts into the finding form. */
export function LibraryPicker({ onPick }: { onPick: (entry: LibraryEntry | null) => void }) {
  const { data } = useApi('library.list', {});
  const entries = data ?? [];
  return (
    <Select
      label="Mulai dari bank temuan"
      description="Kondisi, kriteria, sebab, akibat dan rekomendasi baku diisikan; sesuaikan faktanya."
      placeholder="Pilih kode temuan (boleh dikosongkan)"
      searchable
      clearable
      data={entries.map((e) => ({ value: String(e.id), label: `${e.code} · ${e.title}` }))}
      onChange={(v) => onPick(entries.find((e) => String(e.id) === v) ?? null)}
    />
  );
}
