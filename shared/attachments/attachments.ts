import { z } from 'zod';
import { choice, requiredText } from '../contract/fields';

/** Evidence files (photos, scans) attached to checklist items and follow-ups. */
export const ATTACHMENT_MIME_TYPES = ['image/png', 'image/jpeg', 'application/pdf'] as const;
export type AttachmentMime = (typeof ATTACHMENT_MIME_TYPES)[number];
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

export interface AttachmentRef {
  id: number;
  fileName: string;
  mime: AttachmentMime;
  size: number;
  attachedBy: string;
  attachedAt: string;
}

/** One uploaded file: its name, declared type and base64 content (the content is checked in main). */
export const attachmentInput = z.strictObject({
  fileName: requiredText('Nama berkas', 200),
  mimeType: choice('Jenis berkas (hanya PNG, JPEG atau PDF)', ATTACHMENT_MIME_TYPES),
  base64: z
    .string({ error: 'Isi berkas tidak sah' })
    .min(1, { error: 'Berkas kosong' })
    .max(Math.ceil((ATTACHMENT_MAX_BYTES * 4) / 3) + 4, { error: 'Berkas paling besar 10 MB' })
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, { error: 'Isi berkas tidak sah' }),
});
