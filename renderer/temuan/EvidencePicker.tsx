import { ActionIcon, Button, FileButton, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPaperclip, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_MIME_TYPES,
  type AttachmentMime,
} from '../../shared/attachments/attachments';
import { readAsBase64 } from '../bukukas/impor/readFile';

export interface PickedFile {
  /** Tells two picks of the same file apart in the list. */
  key: number;
  fileName: string;
  mimeType: AttachmentMime;
  base64: string;
  size: number;
}

let picks = 0;
const MAX_FILES = 5;
/** One save travels as one request; the browser host takes up to 16 MB of JSON (base64 adds a third). */
const MAX_TOTAL_BYTES = 11 * 1024 * 1024;

function refuse(title: string, message: string) {
  notifications.show({ color: 'red', title, message, autoClose: 8000 });
}

/** Evidence files (PNG, JPEG, PDF, ≤ 10 MB each) read as base64 before the form is saved. */
export function EvidencePicker({
  files,
  onChange,
  label = 'Bukti tindak lanjut',
}: {
  files: PickedFile[];
  onChange: (files: PickedFile[]) => void;
  label?: string;
}) {
  const [reading, setReading] = useState(false);
  const add = async (chosen: File[]) => {
    let next = [...files];
    setReading(true);
    try {
      for (const file of chosen) {
        const mimeType = ATTACHMENT_MIME_TYPES.find((m) => m === file.type);
        if (!mimeType) {
          refuse('Jenis berkas', `${file.name}: pilih foto PNG/JPEG atau PDF.`);
        } else if (file.size > ATTACHMENT_MAX_BYTES) {
          refuse('Berkas terlalu besar', `${file.name}: paling besar 10 MB.`);
        } else if (next.length >= MAX_FILES) {
          refuse('Terlalu banyak berkas', `Paling banyak ${MAX_FILES} berkas sekali simpan.`);
        } else if (next.reduce((n, f) => n + f.size, file.size) > MAX_TOTAL_BYTES) {
          refuse('Berkas terlalu besar', 'Simpan dulu berkas yang sudah dipilih, lalu lampirkan sisanya.');
        } else {
          const base64 = await readAsBase64(file, () => undefined);
          next = [...next, { key: ++picks, fileName: file.name, mimeType, base64, size: file.size }];
        }
      }
    } catch {
      refuse('Berkas tidak terbaca', 'Berkas tidak bisa dibaca dari disk.');
    } finally {
      setReading(false);
    }
    onChange(next);
  };
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <FileButton multiple onChange={(f) => void add(f)} accept={ATTACHMENT_MIME_TYPES.join(',')}>
          {(props) => (
            <Button
              {...props}
              variant="default"
              size="sm"
              loading={reading}
              leftSection={<IconPaperclip size={16} />}
            >
              {label}
            </Button>
          )}
        </FileButton>
        <Text size="xs" c="dimmed">
          Foto PNG/JPEG atau PDF, paling besar 10 MB per berkas
        </Text>
      </Group>
      {files.length > 0 && (
        <Stack gap={2} aria-label="Berkas bukti yang dipilih" role="list">
          {files.map((f) => (
            <Group key={f.key} gap={4} role="listitem">
              <Text size="sm">
                {f.fileName}{' '}
                <Text span size="xs" c="dimmed">
                  ({Math.ceil(f.size / 1024)} KB)
                </Text>
              </Text>
              <ActionIcon
                size="sm"
                variant="subtle"
                color="red"
                aria-label={`Batalkan ${f.fileName}`}
                onClick={() => onChange(files.filter((g) => g.key !== f.key))}
              >
                <IconX size={14} />
              </ActionIcon>
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

/** What the request takes: the files without their sizes. */
export function evidenceInput(files: readonly PickedFile[]) {
  return files.map(({ fileName, mimeType, base64 }) => ({ fileName, mimeType, base64 }));
}
