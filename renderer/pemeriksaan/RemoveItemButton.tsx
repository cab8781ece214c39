import { ActionIcon, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { sendForm } from '../common/forms';

/** Removes a draft line added by mistake (main refuses once the examination is final). */
export function RemoveItemButton({
  examId,
  kind,
  itemId,
  what,
}: {
  examId: number;
  kind: 'nonCash' | 'explanation' | 'recon' | 'finding';
  itemId: number;
  what: string;
}) {
  const [busy, setBusy] = useState(false);
  return (
    <Tooltip label="Hapus">
      <ActionIcon
        variant="subtle"
        color="red"
        aria-label={`Hapus ${what}`}
        loading={busy}
        onClick={async () => {
          setBusy(true);
          await sendForm(null, 'exam.removeItem', { id: examId, kind, itemId });
          setBusy(false);
        }}
      >
        <IconTrash size={16} />
      </ActionIcon>
    </Tooltip>
  );
}
