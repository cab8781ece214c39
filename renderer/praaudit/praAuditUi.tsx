import { Badge, Group, Progress, Text } from '@mantine/core';
import type { Answer, PraAuditStatus, Tally } from '../../shared/praaudit/praaudit';
import { WHOLE_LABEL } from '../temuan/findingUi';

export const AUDIT_STATUS_BADGE: Record<PraAuditStatus, { label: string; color: string }> = {
  draft: { label: 'Draf', color: 'gray' },
  final: { label: 'Final', color: 'teal' },
};

export const ANSWER_COLORS: Record<Answer, string> = {
  ada_sesuai: 'teal',
  ada_tidak_lengkap: 'orange',
  tidak_ada: 'red',
  tidak_relevan: 'gray',
  belum_diperiksa: 'gray',
};

/** Keys 1–4 answer the focused item. */
export const ANSWER_KEYS: Record<string, Answer> = {
  '1': 'ada_sesuai',
  '2': 'ada_tidak_lengkap',
  '3': 'tidak_ada',
  '4': 'tidak_relevan',
};

export function TallyLine({ tally, label }: { tally: Tally; label?: string }) {
  const percent = tally.total === 0 ? 0 : Math.round((100 * tally.examined) / tally.total);
  return (
    <Group gap="xs" wrap="nowrap" role="group" aria-label={label ?? 'Kemajuan'}>
      <Progress
        value={percent}
        w={90}
        size="sm"
        color={percent === 100 ? 'teal' : 'blue'}
        aria-label="Persentase diperiksa"
      />
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {tally.examined}/{tally.total} diperiksa
      </Text>
      <Badge variant="light" color={scoreColor(tally.score)} size="sm" tt="none" styles={WHOLE_LABEL}>
        Skor {tally.score === null ? '–' : `${tally.score}%`}
      </Badge>
    </Group>
  );
}

export function StatusBadge({ status, size }: { status: PraAuditStatus; size?: 'sm' | 'lg' }) {
  const badge = AUDIT_STATUS_BADGE[status];
  return (
    <Badge color={badge.color} variant="light" size={size} tt="none" styles={WHOLE_LABEL}>
      {badge.label}
    </Badge>
  );
}

export function scoreColor(score: number | null): string {
  if (score === null) return 'gray';
  return score >= 85 ? 'teal' : score >= 65 ? 'yellow' : 'red';
}
