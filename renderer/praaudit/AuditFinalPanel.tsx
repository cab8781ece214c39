import { Button, Card, Code, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconDownload, IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import {
  PRA_AUDIT_DOCUMENT_LABELS,
  PRA_AUDIT_DOCUMENTS,
  type PraAudit,
  type PraAuditDocument,
} from '../../shared/praaudit/praaudit';
import { api } from '../api/transport';
import { errorMessage } from '../api/useApi';
import { Can } from '../auth/Can';
import { downloadBase64 } from '../common/download';

/** A final pra-audit: number, verification code, its three documents and the way to the follow-up. */
export function AuditFinalPanel({ audit, navigate }: { audit: PraAudit; navigate: (path: string) => void }) {
  const [busy, setBusy] = useState<PraAuditDocument | null>(null);
  const download = async (document: PraAuditDocument) => {
    setBusy(document);
    try {
      downloadBase64(await api.send('praAudit.pdf', { id: audit.id, document }));
    } catch (err) {
      notifications.show({ color: 'red', title: 'Gagal mengunduh', message: errorMessage(err) });
    } finally {
      setBusy(null);
    }
  };
  return (
    <Card withBorder padding="sm" aria-label="Laporan pra-audit" component="section">
      <Stack gap="xs">
        <Group gap="xs">
          <IconLock size={18} />
          <Text fw={600}>Pra-audit final</Text>
        </Group>
        <Text fw={700} size="lg" data-testid="audit-number">
          {audit.number}
        </Text>
        <Text size="xs" c="dimmed">
          Kode verifikasi (SHA-256), juga tercetak pada QR laporan:
        </Text>
        <Code block aria-label="Kode verifikasi" style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
          {audit.hash}
        </Code>
        <Text size="xs" c="dimmed">
          Difinalkan oleh {audit.finalisedBy ?? '—'}. Isinya tidak dapat diubah lagi; tindak lanjut dicatat di
          Temuan.
        </Text>
        <Group gap="xs">
          <Can request="praAudit.pdf">
            {PRA_AUDIT_DOCUMENTS.map((d) => (
              <Button
                key={d}
                size="sm"
                leftSection={<IconDownload size={16} />}
                loading={busy === d}
                onClick={() => void download(d)}
              >
                {PRA_AUDIT_DOCUMENT_LABELS[d]}
              </Button>
            ))}
          </Can>
        </Group>
        <Button
          variant="default"
          w="fit-content"
          leftSection={<IconAlertTriangle size={16} />}
          onClick={() => navigate('temuan')}
        >
          Tindak lanjut di Temuan
        </Button>
      </Stack>
    </Card>
  );
}
