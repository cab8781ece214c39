import {
  Button,
  Group,
  type GroupProps,
  type MantineColor,
  Modal,
  type ModalProps,
  Stack,
} from '@mantine/core';
import type { FormEventHandler, ReactNode } from 'react';

interface DialogActionsProps extends GroupProps {
  onCancel: () => void;
  saving: boolean;
  cancelLabel?: string;
  submitLabel?: string;
  submitColor?: MantineColor;
}

/** The cancel and submit buttons at the foot of a form: "Batal" and "Simpan" unless told otherwise. */
export function DialogActions({
  onCancel,
  saving,
  cancelLabel = 'Batal',
  submitLabel = 'Simpan',
  submitColor,
  ...group
}: DialogActionsProps) {
  return (
    <Group justify="flex-end" {...group}>
      <Button variant="default" onClick={onCancel}>
        {cancelLabel}
      </Button>
      <Button type="submit" color={submitColor} loading={saving}>
        {submitLabel}
      </Button>
    </Group>
  );
}

interface FormDialogProps {
  title: string;
  /** Names the form for screen readers and tests. */
  label: string;
  size?: ModalProps['size'];
  onClose: () => void;
  onSubmit: FormEventHandler<HTMLFormElement>;
  saving: boolean;
  /** Replaces the Batal/Simpan row, for a dialog with one more action. */
  footer?: ReactNode;
  children: ReactNode;
}

/** A modal holding one form: its fields stacked, Batal and Simpan at the foot. */
export function FormDialog({
  title,
  label,
  size,
  onClose,
  onSubmit,
  saving,
  footer,
  children,
}: FormDialogProps) {
  return (
    <Modal opened onClose={onClose} title={title} size={size}>
      <form onSubmit={onSubmit} noValidate aria-label={label}>
        <Stack>
          {children}
          {footer ?? <DialogActions onCancel={onClose} saving={saving} />}
        </Stack>
      </form>
    </Modal>
  );
}
