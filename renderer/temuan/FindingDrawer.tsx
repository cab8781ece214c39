import { Alert, Anchor, Badge, Drawer, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { formatTanggal } from '../../shared/format/date';
import { formatRupiah } from '../../shared/format/money';
import { SEVERITY_LABELS, type TrackedFinding } from '../../shared/temuan/temuan';
import { useApi } from '../api/useApi';
import { Can } from '../auth/Can';
import { DepositSection } from './DepositSection';
import { FollowUpHistory } from './FollowUpHistory';
import { FollowUpSection } from './FollowUpSection';
import { daysText, FindingBadges, sourcePath } from './findingUi';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w={170} style={{ verticalAlign: 'top' }}>
        {label}
      </Table.Th>
      <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{children ?? '—'}</Table.Td>
    </Table.Tr>
  );
}

function FindingFacts({ f }: { f: TrackedFinding }) {
  return (
    <Table withTableBorder verticalSpacing={6} aria-label="Rincian temuan">
      <Table.Tbody>
        <Fact label="Desa">{f.desaName}</Fact>
        {f.checklistItemCode && <Fact label="Butir checklist">{f.checklistItemCode}</Fact>}
        <Fact label="Kondisi">{f.kondisi}</Fact>
        <Fact label="Kriteria">{f.kriteria}</Fact>
        <Fact label="Sebab">{f.sebab}</Fact>
        <Fact label="Akibat">{f.akibat}</Fact>
        <Fact label="Nilai">{formatRupiah(f.amount, { zero: 'dash' })}</Fact>
        <Fact label="Rekomendasi">{f.rekomendasi}</Fact>
        <Fact label="Tanggapan">{f.tanggapan}</Fact>
        <Fact label="Penanggung jawab">{f.pic}</Fact>
        {f.library && (
          <Fact label="Bank temuan">
            {f.library.code} (versi {f.library.version})
          </Fact>
        )}
        <Fact label="Batas waktu">
          <Text span size="sm" c={f.overdue ? 'red.8' : undefined} fw={f.overdue ? 600 : undefined}>
            {formatTanggal(f.deadline)}
            {f.daysLeft !== null && ` (${daysText(f)})`}
          </Text>
        </Fact>
        <Fact label="Umur">
          {f.ageDays} hari sejak {formatTanggal(f.sourceDate)}
        </Fact>
      </Table.Tbody>
    </Table>
  );
}

/** One finding, opened over the tracker: its facts, the follow-up history and the form for the next step. */
export function FindingDrawer({
  id,
  navigate,
  onClose,
}: {
  id: number;
  navigate: (path: string) => void;
  onClose: () => void;
}) {
  const { data: f, error } = useApi('finding.get', { id });
  const title = f ? `Temuan No. ${f.number}` : 'Temuan';
  return (
    <Drawer opened onClose={onClose} position="right" size="xl" title={title}>
      {error && <Alert color="red">{error}</Alert>}
      {!f && !error && <Loader size="sm" />}
      {f && (
        <Stack>
          <Group justify="space-between" align="flex-start">
            <Stack gap={2}>
              <Anchor
                href={`#/${sourcePath(f)}`}
                size="sm"
                onClick={(e) => {
                  e.preventDefault();
                  navigate(sourcePath(f));
                }}
              >
                <Group gap={4} wrap="nowrap">
                  {f.sourceLabel} · {f.sourceNumber ?? 'Draf'}
                  <IconExternalLink size={14} />
                </Group>
              </Anchor>
              <Text size="xs" c="dimmed">
                Buka dokumen sumber
              </Text>
            </Stack>
            <Group gap={4}>
              <FindingBadges finding={f} />
              {f.severity && <Badge variant="outline">{SEVERITY_LABELS[f.severity]}</Badge>}
              {f.dibawaKeMad && <Badge variant="outline">Dibawa ke Musdes/MAD</Badge>}
            </Group>
          </Group>
          <FindingFacts f={f} />
          <DepositSection f={f} />
          <FollowUpHistory followUps={f.followUps} />
          <Can request="finding.addFollowUp">
            <FollowUpSection finding={f} />
          </Can>
        </Stack>
      )}
    </Drawer>
  );
}
