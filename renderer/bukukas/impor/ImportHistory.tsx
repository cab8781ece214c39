import { Alert, Badge, Button, Group, Modal, ScrollArea, Stack, Table, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { formatTanggal, formatWaktu } from '../../../shared/format/date';
import { formatRupiah } from '../../../shared/format/money';
import type { ImportBatch } from '../../../shared/ledger/importBatches';
import { useApi } from '../../api/useApi';
import { useCan } from '../../auth/useCan';
import { DialogActions } from '../../common/FormDialog';
import { sendForm } from '../../common/forms';

const n = (v: number) => v.toLocaleString('id-ID');
const money = (sen: number) => (sen === 0 ? '' : formatRupiah(sen));

/** Buku Kas › Riwayat impor: every journal import as a batch, its totals per account, and its undo. */
export function ImportHistory({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const list = useApi('importBatch.list', {});
  const [chosen, setChosen] = useState<string | null>(null);
  const batches = list.data ?? [];
  return (
    <Modal opened={opened} onClose={onClose} title="Riwayat impor" size="70rem">
      <Stack>
        {list.error && <Alert color="red">{list.error}</Alert>}
        {batches.length === 0 && !list.loading && <Text size="sm">Belum ada impor jurnal.</Text>}
        {batches.length > 0 && (
          <ScrollArea.Autosize mah={300}>
            <Table highlightOnHover withTableBorder aria-label="Daftar impor" fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Waktu</Table.Th>
                  <Table.Th>Oleh</Table.Th>
                  <Table.Th>File</Table.Th>
                  <Table.Th ta="right">Jurnal</Table.Th>
                  <Table.Th ta="right">Total debit</Table.Th>
                  <Table.Th>Sidik file</Table.Th>
                  <Table.Th>Status</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {batches.map((b) => (
                  <Table.Tr
                    key={b.id}
                    onClick={() => setChosen(b.id)}
                    bg={chosen === b.id ? 'blue.0' : undefined}
                    style={{ cursor: 'pointer' }}
                  >
                    <Table.Td>{formatWaktu(b.createdAt)}</Table.Td>
                    <Table.Td>{b.createdBy}</Table.Td>
                    <Table.Td>{b.fileName}</Table.Td>
                    <Table.Td ta="right">{n(b.entries)}</Table.Td>
                    <Table.Td ta="right">{formatRupiah(b.totalDebit)}</Table.Td>
                    <Table.Td ff="monospace">{b.fileHash ? b.fileHash.slice(0, 12) : '—'}</Table.Td>
                    <Table.Td>
                      {b.undone ? <Badge color="gray">Dibatalkan</Badge> : <Badge color="teal">Aktif</Badge>}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        )}
        {chosen && <BatchDetail id={chosen} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Tutup
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function BatchDetail({ id }: { id: string }) {
  const detail = useApi('importBatch.get', { id });
  const canUndo = useCan('importBatch.undo');
  const [undoing, setUndoing] = useState(false);
  const b = detail.data;
  if (detail.error) return <Alert color="red">{detail.error}</Alert>;
  if (!b) return null;
  return (
    <Stack gap="xs" aria-label="Rincian impor">
      <Text size="sm">
        <b>{b.fileName}</b> · {n(b.entries)} jurnal, {n(b.lines)} baris jurnal
        {b.firstDate && b.lastDate
          ? ` · tanggal ${formatTanggal(b.firstDate)} s.d. ${formatTanggal(b.lastDate)}`
          : ''}
        {b.skippedDuplicates > 0 ? ` · ${n(b.skippedDuplicates)} jurnal kembar dilewati` : ''}
      </Text>
      {b.fileHash && (
        <Text size="xs" c="dimmed" ff="monospace">
          SHA-256 {b.fileHash}
        </Text>
      )}
      {b.undone && (
        <Alert color="gray" title="Impor ini sudah dibatalkan">
          {formatWaktu(b.undone.at)} oleh {b.undone.by}: {b.undone.reason}
        </Alert>
      )}
      <Table withTableBorder aria-label="Total per akun impor" fz="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Akun</Table.Th>
            <Table.Th ta="right">Debit</Table.Th>
            <Table.Th ta="right">Kredit</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {b.accountTotals.map((a) => (
            <Table.Tr key={a.code}>
              <Table.Td>
                {a.code} {a.name}
              </Table.Td>
              <Table.Td ta="right">{money(a.debit)}</Table.Td>
              <Table.Td ta="right">{money(a.credit)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {canUndo && !b.undone && !undoing && (
        <Group>
          <Button color="red" variant="light" onClick={() => setUndoing(true)}>
            Batalkan impor
          </Button>
        </Group>
      )}
      {undoing && <UndoForm batch={b} onDone={() => setUndoing(false)} />}
    </Stack>
  );
}

function UndoForm({ batch, onDone }: { batch: ImportBatch; onDone: () => void }) {
  const form = useForm({ initialValues: { reason: '' } });
  const [saving, setSaving] = useState(false);
  const submit = form.onSubmit(async ({ reason }) => {
    setSaving(true);
    const done = await sendForm(
      form,
      'importBatch.undo',
      { id: batch.id, reason },
      `Impor ${batch.fileName} dibatalkan.`,
    );
    setSaving(false);
    if (done) onDone();
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Batalkan impor">
      <Stack gap="sm">
        <Alert color="red" icon={<IconAlertTriangle size={18} />} title="Batalkan seluruh impor ini?">
          Semua {n(batch.entries)} jurnal dari file ini dibatalkan sekaligus dan tidak lagi dihitung dalam
          saldo. Jurnalnya tetap terlihat (dicoret) beserta alasannya.
        </Alert>
        <Textarea
          label="Alasan pembatalan"
          placeholder="mis. File yang sama terimpor dua kali"
          required
          autosize
          minRows={2}
          data-autofocus
          {...form.getInputProps('reason')}
        />
        <DialogActions
          gap="xs"
          onCancel={onDone}
          saving={saving}
          cancelLabel="Kembali"
          submitLabel="Ya, batalkan impor"
          submitColor="red"
        />
      </Stack>
    </form>
  );
}
