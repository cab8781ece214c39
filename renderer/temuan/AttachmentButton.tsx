import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypePdf, IconPhoto } from '@tabler/icons-react';
import { useState } from 'react';
import type { AttachmentRef } from '../../shared/attachments/attachments';
import { api } from '../api/transport';
import { errorMessage } from '../api/useApi';
import { downloadBase64 } from '../common/download';

/** An evidence file: a click fetches it from main and opens/saves it. */
export function AttachmentButton({ file }: { file: AttachmentRef }) {
  const [busy, setBusy] = useState(false);
  const Icon = file.mime === 'application/pdf' ? IconFileTypePdf : IconPhoto;
  return (
    <Button
      size="compact-xs"
      variant="subtle"
      loading={busy}
      leftSection={<Icon size={14} />}
      title={`Buka ${file.fileName} (${Math.ceil(file.size / 1024)} KB)`}
      onClick={async () => {
        setBusy(true);
        try {
          downloadBase64(await api.send('attachment.get', { id: file.id }));
        } catch (err) {
          notifications.show({
            color: 'red',
            title: 'Berkas tidak dapat dibuka',
            message: errorMessage(err),
          });
        } finally {
          setBusy(false);
        }
      }}
    >
      {file.fileName}
    </Button>
  );
}
