import { Badge, Group } from '@mantine/core';
import {
  CLOSED_STATUSES,
  FINDING_STATUS_LABELS,
  type FindingStatus,
  type TrackedFinding,
} from '../../shared/temuan/temuan';

export const STATUS_COLORS: Record<FindingStatus, string> = {
  terbuka: 'orange',
  dalam_proses: 'blue',
  selesai: 'teal',
  tidak_dapat_ditindaklanjuti: 'gray',
};

export function isClosed(status: FindingStatus): boolean {
  return CLOSED_STATUSES.includes(status);
}

/** Where the finding came from: `pemeriksaan-kas/<id>` or `pra-audit/<id>` (no leading `#/`). */
export function sourcePath(f: Pick<TrackedFinding, 'source' | 'sourceId'>): string {
  return f.source === 'pemeriksaan_kas' ? `pemeriksaan-kas/${f.sourceId}` : `pra-audit/${f.sourceId}`;
}

/** The first words of a long text, for a table cell. */
export function shortText(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/** Badges in narrow table cells show their whole text instead of an ellipsis. */
export const WHOLE_LABEL = {
  root: { flexShrink: 0, maxWidth: 'none', minWidth: 'max-content' },
  label: { overflow: 'visible' },
} as const;

export function StatusBadge({ status }: { status: FindingStatus }) {
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" tt="none" styles={WHOLE_LABEL}>
      {FINDING_STATUS_LABELS[status]}
    </Badge>
  );
}

export function OverdueBadge() {
  return (
    <Badge color="red" variant="filled" tt="none" styles={WHOLE_LABEL}>
      Lewat batas waktu
    </Badge>
  );
}

/** The status, and a red "Lewat batas waktu" when the deadline has passed while still open. */
export function FindingBadges({ finding }: { finding: Pick<TrackedFinding, 'status' | 'overdue'> }) {
  return (
    <Group gap={4} wrap="nowrap">
      <StatusBadge status={finding.status} />
      {finding.overdue && <OverdueBadge />}
    </Group>
  );
}

/** `12 hari lagi`, `hari ini`, `terlambat 5 hari`; empty once closed. */
export function daysText(f: Pick<TrackedFinding, 'daysLeft'>): string {
  if (f.daysLeft === null) return '';
  if (f.daysLeft === 0) return 'hari ini';
  return f.daysLeft > 0 ? `${f.daysLeft} hari lagi` : `terlambat ${-f.daysLeft} hari`;
}
