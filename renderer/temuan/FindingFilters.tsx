import { Button, Group, Select, Switch } from '@mantine/core';
import type { Desa } from '../../shared/desa/desa';
import {
  FINDING_SOURCE_LABELS,
  FINDING_SOURCES,
  FINDING_STATUS_LABELS,
  FINDING_STATUSES,
  type FindingSource,
  type FindingStatus,
} from '../../shared/temuan/temuan';

export interface Filters {
  source: FindingSource | null;
  desaId: number | null;
  status: FindingStatus | null;
  overdueOnly: boolean;
}

export const NO_FILTERS: Filters = { source: null, desaId: null, status: null, overdueOnly: false };

export function isFiltered(f: Filters): boolean {
  return f.source !== null || f.desaId !== null || f.status !== null || f.overdueOnly;
}

/** The request input: only the filters that are set. */
export function listInput(f: Filters) {
  return {
    ...(f.source ? { source: f.source } : {}),
    ...(f.desaId ? { desaId: f.desaId } : {}),
    ...(f.status ? { status: f.status } : {}),
    overdueOnly: f.overdueOnly,
  };
}

/** Sumber, desa, status and "hanya lewat batas waktu" above the tracker. */
export function FindingFilters({
  value,
  onChange,
  desa,
}: {
  value: Filters;
  onChange: (next: Filters) => void;
  desa: readonly Desa[];
}) {
  const set = (patch: Partial<Filters>) => onChange({ ...value, ...patch });
  return (
    <Group align="flex-end" gap="sm" role="search" aria-label="Saring temuan">
      <Select
        label="Sumber"
        placeholder="Semua sumber"
        clearable
        w={200}
        data={FINDING_SOURCES.map((s) => ({ value: s, label: FINDING_SOURCE_LABELS[s] }))}
        value={value.source}
        onChange={(s) => set({ source: (s as FindingSource | null) ?? null })}
      />
      <Select
        label="Desa"
        placeholder="Semua desa"
        clearable
        searchable
        w={200}
        data={desa.map((d) => ({ value: String(d.id), label: d.name }))}
        value={value.desaId === null ? null : String(value.desaId)}
        onChange={(d) => set({ desaId: d ? Number(d) : null })}
      />
      <Select
        label="Status"
        placeholder="Semua status"
        clearable
        w={230}
        data={FINDING_STATUSES.map((s) => ({ value: s, label: FINDING_STATUS_LABELS[s] }))}
        value={value.status}
        onChange={(s) => set({ status: (s as FindingStatus | null) ?? null })}
      />
      <Switch
        label="Hanya lewat batas waktu"
        color="red"
        mb={8}
        checked={value.overdueOnly}
        onChange={(e) => set({ overdueOnly: e.currentTarget.checked })}
      />
      {isFiltered(value) && (
        <Button variant="subtle" size="compact-sm" mb={6} onClick={() => onChange(NO_FILTERS)}>
          Hapus saringan
        </Button>
      )}
    </Group>
  );
}
