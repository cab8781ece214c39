import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { IconShieldX } from '@tabler/icons-react';
import { INTEGRITY_AREA_LABELS, type IntegrityFinding, type IntegrityReport } from '../../shared/audit/audit';
import { formatWaktu } from '../../shared/format/date';
import { useApi } from '../api/useApi';
import { useCan } from '../auth/useCan';

/** The findings about the journal, locks, checkpoints, triggers and attachments, grouped by area. */
export function IntegrityFindingList({ findings }: { findings: IntegrityFinding[] }) {
  const areas = [...new Set(findings.map((f) => f.area))];
  return (
    <>
      {areas.map((area) => {
        const items = findings.filter((f) => f.area === area);
        return (
          <div key={area}>
            <Text size="sm" fw={600}>
              {INTEGRITY_AREA_LABELS[area]} ({items.length})
            </Text>
            <List size="sm">
              {items.map((f) => (
                <List.Item key={f.message} style={{ wordBreak: 'break-word' }}>
                  {f.message}
                </List.Item>
              ))}
            </List>
          </div>
        );
      })}
    </>
  );
}

function problemsOf(report: IntegrityReport): IntegrityFinding[] {
  return [
    ...report.chain.problems.map((p) => ({ area: 'dokumen' as const, message: p.message })),
    ...report.documents.flatMap((d) => d.problems.map((message) => ({ area: 'dokumen' as const, message }))),
    ...report.findings,
  ];
}

/** Beranda, for admins: what the newest integrity check (at open or on demand) found wrong. */
export function IntegrityAlert({ navigate }: { navigate: (path: string) => void }) {
  return useCan('integrity.latest') ? <LatestIntegrity navigate={navigate} /> : null;
}

function LatestIntegrity({ navigate }: { navigate: (path: string) => void }) {
  const { data } = useApi('integrity.latest', {});
  if (!data || data.ok) return null;
  const problems = problemsOf(data);
  return (
    <Alert
      color="red"
      icon={<IconShieldX />}
      title="Integritas data TIDAK baik: ada yang diubah di luar aplikasi"
      role="alert"
    >
      <Stack gap="xs">
        <IntegrityFindingList findings={problems} />
        <Text size="xs" c="dimmed">
          Diperiksa {formatWaktu(data.checkedAt)}. Pulihkan dari cadangan yang dibuat sebelum perubahan, dan
          laporkan kejadian ini.
        </Text>
        <div>
          <Button size="xs" variant="light" color="red" onClick={() => navigate('pengaturan/jejak-audit')}>
            Buka Jejak Audit
          </Button>
        </div>
      </Stack>
    </Alert>
  );
}
