import { Button, Group } from '@mantine/core';
import { IconNotebook, IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useCan } from '../auth/useCan';

interface Props {
  onQuickEntry: () => void;
  onJournal: () => void;
  /**
   * Slot for more book actions (Ekspor PDF/Excel, Impor dari Excel), shown before the entry
   * buttons. BukuKasPage has the book's `query` (what `books.export` takes) at hand to pass in.
   */
  extra?: ReactNode;
}

/** The book's actions: record a transaction (Ctrl+N), a general journal, and the export/import slot. */
export function BookToolbar({ onQuickEntry, onJournal, extra }: Props) {
  const canPost = useCan('journal.post');
  return (
    <Group gap="xs" wrap="nowrap" role="toolbar" aria-label="Tindakan buku" style={{ flexShrink: 0 }}>
      <Group gap="xs" data-testid="book-toolbar-extra">
        {extra}
      </Group>
      {canPost && (
        <>
          <Button variant="default" leftSection={<IconNotebook size={16} />} onClick={onJournal}>
            Jurnal umum
          </Button>
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={onQuickEntry}
            title="Catat transaksi (Ctrl+N)"
          >
            Catat transaksi
          </Button>
        </>
      )}
    </Group>
  );
}
