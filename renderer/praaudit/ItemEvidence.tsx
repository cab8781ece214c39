import { ActionIcon, FileButton, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPaperclip, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_MIME_TYPES } from '../../shared/attachments/attachments';
import type { AuditItem } from '../../shared/praaudit/praaudit';
import { readAsBase64 } from '../bukukas/impor/readFile';
import { ConfirmButton } from '../common/ConfirmButton';
import { sendForm } from '../common/forms';
import { AttachmentButton } from '../temuan/AttachmentButton';

/** The paperclip that attaches a photo or scan (PNG, JPEG, PDF) to an item. */
export function AttachEvidenceButton({ auditId, item }: { auditId: number; item: AuditItem }) {
  const [busy, setBusy] = useState(false);
  const upload = async (file: File | null) => {
    if (!file) return;
    const mimeType = ATTACHMENT_MIME_TYPES.find((m) => m === file.type);
    if (!mimeType || file.size > ATTACHMENT_MAX_BYTES) {
      notifications.show({
        color: 'red',
        title: 'Berkas ditolak',
        message: `${file.name}: hanya foto PNG/JPEG atau PDF, paling besar 10 MB.`,
      });
      return;
    }
    setBusy(true);
    try {
      const base64 = await readAsBase64(file, () => undefined);
      await sendForm(
        null,
        'praAudit.attachEvidence',
        { id: auditId, itemId: item.itemId, file: { fileName: file.name, mimeType, base64 } },
        'Bukti dilampirkan.',
      );
    } catch (err) {
      notifications.show({ color: 'red', title: 'Berkas tidak terbaca', message: String(err) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <FileButton onChange={(f) => void upload(f)} accept={ATTACHMENT_MIME_TYPES.join(',')}>
      {(props) => (
        <ActionIcon
          {...props}
          variant="default"
          size="md"
          loading={busy}
          aria-label={`Lampirkan bukti ${item.code}`}
          title="Lampirkan foto/pindaian (PNG, JPEG, PDF)"
        >
          <IconPaperclip size={16} />
        </ActionIcon>
      )}
    </FileButton>
  );
}

/** The item's evidence files: each opens on click; in a draft each can be detached after a question. */
export function EvidenceList({
  auditId,
  item,
  readOnly,
}: {
  auditId: number;
  item: AuditItem;
  readOnly: boolean;
}) {
  return item.evidence.map((f) => (
    <Group key={f.id} gap={0} wrap="nowrap">
      <AttachmentButton file={f} />
      {!readOnly && (
        <ConfirmButton
          size="compact-xs"
          variant="subtle"
          color="red"
          aria-label={`Lepaskan ${f.fileName}`}
          title="Lepaskan bukti?"
          message={`${f.fileName} dilepas dari butir ${item.code}. Berkasnya tetap tersimpan di database.`}
          confirmLabel="Lepaskan"
          onConfirm={() =>
            sendForm(null, 'praAudit.removeEvidence', { id: auditId, evidenceId: f.id }, 'Bukti dilepas.')
          }
        >
          <IconX size={12} />
        </ConfirmButton>
      )}
    </Group>
  ));
}
