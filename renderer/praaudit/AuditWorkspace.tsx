import { Alert, Anchor, Button, Group, Loader, Paper, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { IconArrowLeft, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { formatTanggal } from '../../shared/format/date';
import { formatRupiah } from '../../shared/format/money';
import { KEGIATAN_TYPE_LABELS } from '../../shared/kegiatan/kegiatan';
import { useApi } from '../api/useApi';
import { useCan } from '../auth/useCan';
import { PageTitle } from '../common/PageTitle';
import { AuditFinalPanel } from './AuditFinalPanel';
import { AuditFindingsTab } from './AuditFindingsTab';
import { AuditHeaderDialog } from './AuditHeaderDialog';
import { ChecklistTab } from './ChecklistTab';
import { ConclusionTab } from './ConclusionTab';
import { StatusBadge, TallyLine } from './praAuditUi';

const TABS = ['checklist', 'catatan', 'kesimpulan'] as const;
type Tab = (typeof TABS)[number];

export function AuditWorkspace({ id, navigate }: { id: number; navigate: (path: string) => void }) {
  const { data: audit, error } = useApi('praAudit.get', { id });
  const [tab, setTab] = useState<Tab>('checklist');
  const [editing, setEditing] = useState(false);
  const canEdit = useCan('praAudit.answer');
  if (error && !audit) return <Alert color="red">{error}</Alert>;
  if (!audit) return <Loader />;
  const final = audit.status !== 'draft';
  // A draft is shown, not editable, to a role that may not change it (Pembaca, Bendahara).
  const readOnly = final || !canEdit;
  const k = audit.kegiatan;
  return (
    <Stack>
      <Anchor size="sm" onClick={() => navigate('pra-audit')} component="button" type="button">
        <Group gap={4}>
          <IconArrowLeft size={14} /> Daftar pra-audit
        </Group>
      </Anchor>
      <Group gap="sm">
        <PageTitle>Pra-Audit {audit.number ?? '(draf)'}</PageTitle>
        <StatusBadge status={audit.status} size="lg" />
      </Group>
      {error && <Alert color="red">{error}</Alert>}
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Paper withBorder p="md" aria-label="Identitas pra-audit">
          <Group justify="space-between" align="flex-start">
            <Stack gap={2}>
              <Text fw={600}>
                Desa {audit.desaName} — {k.name}
              </Text>
              <Text size="sm" c="dimmed">
                {KEGIATAN_TYPE_LABELS[k.type]} · {k.year} · BLM {formatRupiah(k.blmAmount)}
              </Text>
              <Text size="sm">
                {formatTanggal(audit.auditDate)} · {audit.place}
              </Text>
              <Text size="sm">Tim: {audit.team.map((m) => `${m.name} (${m.jabatan})`).join(', ')}</Text>
              <Text size="sm">
                Ketua TPK: {audit.ketuaTpk ?? '—'} · FK: {audit.fkName ?? '—'}
              </Text>
              <Text size="xs" c="dimmed">
                {audit.templateLabel}
              </Text>
            </Stack>
            {!readOnly && (
              <Button
                size="compact-sm"
                variant="default"
                leftSection={<IconPencil size={14} />}
                aria-label="Ubah identitas pra-audit"
                onClick={() => setEditing(true)}
              >
                Ubah
              </Button>
            )}
          </Group>
          <Group mt="sm">
            <TallyLine tally={audit.tally} label="Kemajuan keseluruhan" />
          </Group>
        </Paper>
        {final ? (
          <AuditFinalPanel audit={audit} navigate={navigate} />
        ) : (
          <Paper withBorder p="md" aria-label="Yang belum lengkap">
            <Text fw={600} mb={4}>
              Sebelum difinalkan
            </Text>
            {audit.missing.length === 0 ? (
              <Text size="sm" c="teal">
                Semua lengkap. Finalkan di tab «Kesimpulan & final».
              </Text>
            ) : (
              audit.missing.map((m) => (
                <Text key={m} size="sm">
                  • {m}
                </Text>
              ))
            )}
          </Paper>
        )}
      </SimpleGrid>
      <Tabs
        value={tab}
        onChange={(t) => setTab(TABS.find((x) => x === t) ?? 'checklist')}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="checklist">Checklist</Tabs.Tab>
          <Tabs.Tab value="catatan">Catatan kekurangan ({audit.findings.length})</Tabs.Tab>
          <Tabs.Tab value="kesimpulan">{readOnly ? 'Kesimpulan' : 'Kesimpulan & final'}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="checklist" pt="md">
          <ChecklistTab audit={audit} readOnly={readOnly} />
        </Tabs.Panel>
        <Tabs.Panel value="catatan" pt="md">
          <AuditFindingsTab audit={audit} readOnly={readOnly} />
        </Tabs.Panel>
        <Tabs.Panel value="kesimpulan" pt="md">
          <ConclusionTab audit={audit} readOnly={readOnly} />
        </Tabs.Panel>
      </Tabs>
      {editing && (
        <AuditHeaderDialog
          audit={audit}
          onClose={() => setEditing(false)}
          onSaved={() => setEditing(false)}
        />
      )}
    </Stack>
  );
}
