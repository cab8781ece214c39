import { Alert, Anchor, Button, Drawer, Group, Loader, Modal, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { formatTanggalAngka } from '../../shared/format/date';
import { useApi } from '../api/useApi';
import { EntryDetails } from '../bukukas/EntryDetails';
import { useBookPages } from '../bukukas/useBookPages';
import { amountText } from './StatementView';

const NUM = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

function EntryModal({ id, onClose }: { id: number; onClose: () => void }) {
  const entry = useApi('journal.get', { id });
  const desa = useApi('desa.list', { includeInactive: true });
  return (
    <Modal opened onClose={onClose} title="Jurnal" size="xl">
      {entry.error && <Alert color="red">{entry.error}</Alert>}
      {entry.data ? (
        <EntryDetails entry={entry.data} desa={desa.data ?? []} onOpenEntry={() => undefined} />
      ) : (
        <Loader />
      )}
    </Modal>
  );
}

/** Buku Besar of one account for a period: keyset-paged lines with the running saldo; a line opens its entry. */
export function LedgerDrawer({
  account,
  from,
  to,
  onClose,
}: {
  account: { accountId: number; label: string } | null;
  from: string;
  to: string;
  onClose: () => void;
}) {
  const pages = useBookPages(account ? { accountId: account.accountId, from, to } : null);
  const [entryId, setEntryId] = useState<number | null>(null);
  return (
    <Drawer
      opened={account !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={`Buku Besar — ${account?.label ?? ''}`}
    >
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {formatTanggalAngka(from)} s.d. {formatTanggalAngka(to)}
        </Text>
        {pages.error && <Alert color="red">{pages.error}</Alert>}
        {pages.loading && <Loader />}
        {pages.head && (
          <Table withTableBorder verticalSpacing={4} aria-label="Buku Besar">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Tanggal</Table.Th>
                <Table.Th>No. Bukti</Table.Th>
                <Table.Th>Uraian</Table.Th>
                <Table.Th style={NUM}>Debit</Table.Th>
                <Table.Th style={NUM}>Kredit</Table.Th>
                <Table.Th style={NUM}>Saldo</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              <Table.Tr>
                <Table.Td colSpan={5} fw={600}>
                  Saldo awal
                </Table.Td>
                <Table.Td style={NUM}>{amountText(pages.head.openingBalance)}</Table.Td>
              </Table.Tr>
              {pages.rows.map((r) => (
                <Table.Tr key={r.lineId} td={r.voided ? 'line-through' : undefined}>
                  <Table.Td>{formatTanggalAngka(r.date)}</Table.Td>
                  <Table.Td>
                    <Anchor component="button" type="button" size="sm" onClick={() => setEntryId(r.entryId)}>
                      {r.bukti}
                    </Anchor>
                  </Table.Td>
                  <Table.Td fz="sm">{r.description}</Table.Td>
                  <Table.Td style={NUM}>{r.debit ? amountText(r.debit) : ''}</Table.Td>
                  <Table.Td style={NUM}>{r.credit ? amountText(r.credit) : ''}</Table.Td>
                  <Table.Td style={NUM}>{amountText(r.balance)}</Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr>
                <Table.Td colSpan={3} fw={600}>
                  Jumlah / saldo akhir
                </Table.Td>
                <Table.Td style={NUM}>{amountText(pages.head.totalDebit)}</Table.Td>
                <Table.Td style={NUM}>{amountText(pages.head.totalCredit)}</Table.Td>
                <Table.Td style={NUM} fw={600}>
                  {amountText(pages.head.closingBalance)}
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        )}
        {pages.hasMore && (
          <Group justify="center">
            <Button variant="default" loading={pages.loadingMore} onClick={pages.loadMore}>
              Muat baris berikutnya
            </Button>
          </Group>
        )}
      </Stack>
      {entryId !== null && <EntryModal id={entryId} onClose={() => setEntryId(null)} />}
    </Drawer>
  );
}
