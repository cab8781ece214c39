import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

interface Props {
  message: string;
  /** Default: the bukti question. */
  title?: string;
  cancelLabel?: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Main's question when a bukti number is already used: save anyway, or go back and change it. */
export function DuplicateBuktiAlert({
  message,
  title = 'Nomor bukti sudah dipakai',
  cancelLabel = 'Ubah nomor bukti',
  busy,
  onConfirm,
  onCancel,
}: Props) {
  return (
    <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title={title}>
      <Text size="sm">{message}</Text>
      <Group mt="sm" gap="xs">
        <Button size="xs" color="yellow.8" loading={busy} onClick={onConfirm}>
          Simpan juga
        </Button>
        <Button size="xs" variant="default" onClick={onCancel}>
          {cancelLabel}
        </Button>
      </Group>
    </Alert>
  );
}
