import type { ReactNode } from 'react';
import { ConfirmButton } from '../common/ConfirmButton';

/** "Nonaktifkan" for an active row, "Aktifkan" for an inactive one; asks first. */
export function SetActiveButton({
  active,
  title,
  message,
  onConfirm,
}: {
  active: boolean;
  title: string;
  message: ReactNode;
  onConfirm: () => Promise<unknown>;
}) {
  const verb = active ? 'Nonaktifkan' : 'Aktifkan';
  return (
    <ConfirmButton
      size="compact-sm"
      variant="subtle"
      color={active ? 'red' : 'teal'}
      title={title}
      message={message}
      confirmLabel={verb}
      onConfirm={onConfirm}
    >
      {verb}
    </ConfirmButton>
  );
}
