import { Modal } from '@mantine/core';
import { useState } from 'react';
import type { Desa } from '../../shared/desa/desa';
import type { Account } from '../../shared/ledger/accounts';
import { api } from '../api/transport';
import { useOfficeClock } from './clock';
import { JournalForm } from './JournalForm';
import { blankJournal } from './journalValues';

/** A general journal: any accounts, N lines, posted through journal.post. */
export function JournalEntryModal({
  accounts,
  desa,
  onClose,
}: {
  accounts: readonly Account[];
  desa: readonly Desa[];
  onClose: () => void;
}) {
  const clock = useOfficeClock();
  const [initial] = useState(() => blankJournal(clock.today(), clock.now()));
  return (
    <Modal opened onClose={onClose} title="Jurnal umum" size="xl">
      <JournalForm
        label="Jurnal umum"
        accounts={accounts}
        desa={desa}
        initial={initial}
        submitLabel="Simpan jurnal"
        send={(input) => api.send('journal.post', input)}
        onSaved={onClose}
        onCancel={onClose}
      />
    </Modal>
  );
}
