import { Alert, Button, Center, Divider, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconBan, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import type { Desa } from '../../shared/desa/desa';
import { formatTanggal } from '../../shared/format/date';
import type { Account } from '../../shared/ledger/accounts';
import type { LockState } from '../../shared/ledger/books';
import type { JournalEntry } from '../../shared/ledger/journal';
import { api } from '../api/transport';
import { useApi } from '../api/useApi';
import { EntryDetails } from './EntryDetails';
import { JournalForm } from './JournalForm';
import { journalFromEntry } from './journalValues';
import { ReverseEntryForm } from './ReverseEntryForm';
import { VoidEntryForm } from './VoidEntryForm';

type Mode = 'view' | 'edit' | 'void' | 'reverse';

interface Availability {
  canChange: boolean;
  canReverse: boolean;
  /** Why some actions are not offered, in the person's words. */
  notes: string[];
}

function lockText(lock: LockState | undefined): string {
  const until = lock?.lockedUntil;
  if (!until) return 'Periode jurnal ini sudah dikunci';
  return `Periode sampai ${formatTanggal(until.date)} pukul ${until.time} sudah dikunci${lock?.reason ? ` (${lock.reason})` : ''}`;
}

export function availability(entry: JournalEntry, lock: LockState | undefined): Availability {
  const notes: string[] = [];
  if (entry.voided) {
    notes.push('Jurnal ini sudah dibatalkan: tidak dapat diubah, dibatalkan lagi atau dibalik.');
    return { canChange: false, canReverse: false, notes };
  }
  if (entry.locked) {
    notes.push(`${lockText(lock)}. Ubah dan Batalkan tidak tersedia; koreksi dengan jurnal pembalik.`);
  } else if (entry.kind === 'pembalik') {
    notes.push('Jurnal pembalik tidak diubah atau dibalik lagi; batalkan bila keliru.');
  } else {
    notes.push(
      'Jurnal pembalik hanya untuk jurnal di periode terkunci; jurnal ini masih dapat diubah atau dibatalkan.',
    );
  }
  if (entry.reversedByEntryId !== null) notes.push('Jurnal ini sudah dibalik.');
  return {
    canChange: !entry.locked,
    canReverse: entry.locked && entry.reversedByEntryId === null && entry.kind !== 'pembalik',
    notes,
  };
}

/** One entry opened from the book: its lines and history, and the ways to correct it. */
export function EntryDialog({
  entryId,
  accounts,
  desa,
  onOpenEntry,
  onClose,
}: {
  entryId: number;
  accounts: readonly Account[];
  desa: readonly Desa[];
  onOpenEntry: (id: number) => void;
  onClose: () => void;
}) {
  const loaded = useApi('journal.get', { id: entryId });
  const lock = useApi('books.lockState', {});
  const [mode, setMode] = useState<Mode>('view');
  const entry = loaded.data?.id === entryId ? loaded.data : undefined;
  const can = entry ? availability(entry, lock.data) : null;

  let body: React.ReactNode;
  if (!entry) {
    body = loaded.error ? (
      <Alert color="red">{loaded.error}</Alert>
    ) : (
      <Center py="xl">
        <Loader />
      </Center>
    );
  } else if (mode === 'edit') {
    body = (
      <JournalForm
        label="Ubah jurnal"
        accounts={accounts}
        desa={desa}
        initial={journalFromEntry(entry)}
        withReason
        submitLabel="Simpan perubahan"
        send={(input, reason) => api.send('journal.update', { id: entry.id, ...input, reason })}
        onSaved={() => setMode('view')}
        onCancel={() => setMode('view')}
      />
    );
  } else if (mode === 'void') {
    body = <VoidEntryForm entry={entry} onDone={() => setMode('view')} onBack={() => setMode('view')} />;
  } else if (mode === 'reverse') {
    body = (
      <ReverseEntryForm
        entry={entry}
        onBack={() => setMode('view')}
        onDone={(result) => {
          notifications.show({
            color: 'teal',
            title: 'Tersimpan',
            message: `Jurnal pembalik ${result.entry.bukti} dicatat.`,
          });
          setMode('view');
          onOpenEntry(result.entry.id);
        }}
      />
    );
  } else {
    body = (
      <Stack gap="md">
        <EntryDetails entry={entry} desa={desa} onOpenEntry={onOpenEntry} />
        <Divider />
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2} style={{ flex: 1 }}>
            {can?.notes.map((n) => (
              <Text key={n} size="xs" c="dimmed">
                {n}
              </Text>
            ))}
          </Stack>
          <Group gap="xs" wrap="nowrap">
            <Button
              variant="default"
              color="red"
              leftSection={<IconBan size={16} />}
              disabled={!can?.canChange}
              onClick={() => setMode('void')}
            >
              Batalkan
            </Button>
            <Button
              variant="default"
              leftSection={<IconArrowBackUp size={16} />}
              disabled={!can?.canReverse}
              onClick={() => setMode('reverse')}
            >
              Jurnal pembalik
            </Button>
            <Button
              leftSection={<IconPencil size={16} />}
              disabled={!can?.canChange || entry.kind === 'pembalik'}
              onClick={() => setMode('edit')}
            >
              Ubah
            </Button>
          </Group>
        </Group>
      </Stack>
    );
  }

  const titles: Record<Mode, string> = {
    view: 'Jurnal',
    edit: 'Ubah jurnal',
    void: 'Batalkan jurnal',
    reverse: 'Jurnal pembalik untuk',
  };
  return (
    <Modal opened onClose={onClose} size="xl" title={entry ? `${titles[mode]} ${entry.bukti}` : 'Jurnal'}>
      {body}
    </Modal>
  );
}
