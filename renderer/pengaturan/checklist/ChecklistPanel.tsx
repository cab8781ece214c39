import { Alert, Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { formatTanggal } from '../../../shared/format/date';
import type { ChecklistTemplate } from '../../../shared/praaudit/praaudit';
import { useApi } from '../../api/useApi';
import { Can } from '../../auth/Can';
import { sendForm } from '../../common/forms';
import { SetActiveButton } from '../SetActiveButton';
import { VersionEditor } from './VersionEditor';
import { KEEP_VERSION_NOTE, VersionStatusBadge } from './versionUi';

function TemplateCard({ t, onOpen }: { t: ChecklistTemplate; onOpen: (versionId: number) => void }) {
  return (
    <Card withBorder component="section" aria-label={`Template ${t.name}`} opacity={t.active ? 1 : 0.6}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="xs">
            <Title order={2} size="h4">
              {t.name}
            </Title>
            {!t.active && <Badge color="gray">Nonaktif</Badge>}
          </Group>
          {t.description && (
            <Text size="sm" c="dimmed">
              {t.description}
            </Text>
          )}
        </div>
        <Can request="template.setActive">
          <SetActiveButton
            active={t.active}
            title={t.active ? `Nonaktifkan template ${t.name}?` : `Aktifkan template ${t.name}?`}
            message={
              t.active
                ? 'Template tidak dapat dipilih untuk pra-audit baru. Pra-audit lama tetap tersimpan.'
                : 'Template dapat dipilih lagi untuk pra-audit baru.'
            }
            onConfirm={() => sendForm(null, 'template.setActive', { templateId: t.id, active: !t.active })}
          />
        </Can>
      </Group>
      <Table mt="sm" verticalSpacing={4} aria-label={`Versi ${t.name}`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Versi</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Diterbitkan</Table.Th>
            <Table.Th ta="right">Butir</Table.Th>
            <Table.Th ta="right">Dipakai</Table.Th>
            <Table.Th w={120} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {t.versions.map((v) => (
            <Table.Tr key={v.id}>
              <Table.Td>Versi {v.version}</Table.Td>
              <Table.Td>
                <VersionStatusBadge status={v.status} />
              </Table.Td>
              <Table.Td>{v.publishedAt ? formatTanggal(v.publishedAt.slice(0, 10)) : '—'}</Table.Td>
              <Table.Td ta="right">{v.itemCount}</Table.Td>
              <Table.Td ta="right">{v.usedBy} pra-audit</Table.Td>
              <Table.Td>
                <Can request="template.get">
                  <Button
                    size="compact-sm"
                    variant="light"
                    aria-label={`${v.status === 'draft' ? 'Ubah' : 'Lihat'} ${t.name} versi ${v.version}`}
                    onClick={() => onOpen(v.id)}
                  >
                    {v.status === 'draft' ? 'Ubah' : 'Lihat'}
                  </Button>
                </Can>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

/** Pengaturan › Checklist Pra-Audit: templates and their versions; one version opened for viewing or editing. */
export function ChecklistPanel() {
  const list = useApi('template.list', {});
  const [open, setOpen] = useState<number | null>(null);
  const template = list.data?.find((t) => t.versions.some((v) => v.id === open));
  if (open !== null) {
    return (
      <VersionEditor versionId={open} template={template} onOpen={setOpen} onBack={() => setOpen(null)} />
    );
  }
  return (
    <Stack maw={960}>
      <Text size="sm" c="dimmed">
        Daftar periksa (checklist) untuk pra-audit TPK. Versi yang sudah terbit tidak dapat diubah; untuk
        mengubahnya buat versi baru. {KEEP_VERSION_NOTE}
      </Text>
      {list.error && <Alert color="red">{list.error}</Alert>}
      {list.data?.length === 0 && (
        <Alert color="gray" title="Belum ada template checklist">
          Template standar dibuat bersama database.
        </Alert>
      )}
      {list.data?.map((t) => (
        <TemplateCard key={t.id} t={t} onOpen={setOpen} />
      ))}
    </Stack>
  );
}
