import { Badge, Button, FileButton, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconEye, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import type { Examination } from '../../shared/pemeriksaan/pemeriksaan';
import { SIGNED_COPY_MAX_BYTES } from '../../shared/pemeriksaan/pemeriksaan';
import { api } from '../api/transport';
import { errorMessage } from '../api/useApi';
import { Can } from '../auth/Can';
import { readAsBase64 } from '../bukukas/impor/readFile';
import { downloadBase64 } from '../common/download';

const TYPES = {
  'image/png': 'image/png',
  'image/jpeg': 'image/jpeg',
  'application/pdf': 'application/pdf',
} as const;

/** The scan or photo of the signed paper: attaching it marks the examination "ditandatangani". */
export function SignedCopy({ exam }: { exam: Examination }) {
  const [busy, setBusy] = useState(false);
  const attach = async (file: File | null) => {
    if (!file) return;
    const mimeType = TYPES[file.type as keyof typeof TYPES];
    if (!mimeType) {
      notifications.show({
        color: 'red',
        title: 'Jenis file',
        message: 'Pilih hasil pindaian PNG, JPEG atau PDF.',
      });
      return;
    }
    if (file.size > SIGNED_COPY_MAX_BYTES) {
      notifications.show({
        color: 'red',
        title: 'File terlalu besar',
        message: 'Berkas paling besar 10 MB.',
      });
      return;
    }
    setBusy(true);
    try {
      const base64 = await readAsBase64(file, () => undefined);
      await api.send('exam.attachSigned', { id: exam.id, mimeType, base64 });
      notifications.show({ color: 'teal', message: 'Salinan bertanda tangan dilampirkan.' });
    } catch (err) {
      notifications.show({
        color: 'red',
        title: 'Belum dilampirkan',
        message: errorMessage(err),
        autoClose: 8000,
      });
    } finally {
      setBusy(false);
    }
  };
  if (exam.status === 'ditandatangani') {
    return (
      <Group gap="xs">
        <Badge color="blue">Ditandatangani</Badge>
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={<IconEye size={14} />}
          onClick={async () => downloadBase64(await api.send('exam.signedCopy', { id: exam.id }))}
        >
          Lihat salinan bertanda tangan
        </Button>
      </Group>
    );
  }
  return (
    <Group gap="xs">
      <Can request="exam.attachSigned">
        <FileButton onChange={(f) => void attach(f)} accept="image/png,image/jpeg,application/pdf">
          {(props) => (
            <Button {...props} variant="default" leftSection={<IconUpload size={16} />} loading={busy}>
              Lampirkan pindaian bertanda tangan
            </Button>
          )}
        </FileButton>
      </Can>
      <Text size="xs" c="dimmed">
        PNG, JPEG atau PDF, paling besar 10 MB
      </Text>
    </Group>
  );
}
