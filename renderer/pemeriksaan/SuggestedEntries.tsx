import { Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ApiError } from '../../shared/contract/client';
import { formatTanggal } from '../../shared/format/date';
import { formatRupiah } from '../../shared/format/money';
import type { Examination, SuggestedEntry } from '../../shared/pemeriksaan/pemeriksaan';
import { api } from '../api/transport';
import { errorMessage, useApi } from '../api/useApi';

function PostEntry({ entry }: { entry: SuggestedEntry }) {
  const [bukti, setBukti] = useState('');
  const [busy, setBusy] = useState(false);
  const [posted, setPosted] = useState(false);
  const post = async (allowDuplicateBukti = false) => {
    setBusy(true);
    try {
      await api.send('journal.post', {
        date: entry.date,
        time: entry.time,
        bukti,
        description: entry.description,
        lines: entry.lines.map((l) => ({ accountId: l.accountId, debit: l.debit, credit: l.credit })),
        allowDuplicateBukti,
      });
      setPosted(true);
      notifications.show({ color: 'teal', message: `Jurnal ${bukti} dicatat.` });
    } catch (err) {
      if (err instanceof ApiError && err.code === 'NEEDS_CONFIRMATION' && window.confirm(err.message)) {
        await post(true);
        return;
      }
      notifications.show({
        color: 'red',
        title: 'Belum dicatat',
        message: errorMessage(err),
        autoClose: 8000,
      });
    } finally {
      setBusy(false);
    }
  };
  if (posted)
    return (
      <Text size="sm" c="teal.8">
        Sudah dicatat ({bukti})
      </Text>
    );
  return (
    <Group gap="xs" wrap="nowrap">
      <TextInput
        size="xs"
        placeholder="No. bukti"
        aria-label={`Nomor bukti untuk ${entry.description}`}
        value={bukti}
        onChange={(e) => setBukti(e.currentTarget.value)}
      />
      <Button
        size="xs"
        variant="light"
        disabled={bukti.trim() === ''}
        loading={busy}
        onClick={() => void post()}
      >
        Catat ke jurnal
      </Button>
    </Group>
  );
}

/**
 * Book-side reconciliation items need journal entries (bunga, pajak, biaya administrasi). They are
 * dated one minute after the examination instant, so posting them never changes the examined balances.
 */
export function SuggestedEntries({ exam }: { exam: Examination }) {
  const { data } = useApi('exam.suggestedEntries', { id: exam.id });
  if (!data || data.length === 0) return null;
  return (
    <Card withBorder component="section" aria-label="Jurnal penyesuaian yang disarankan">
      <Stack gap="xs">
        <Title order={2} size="h5">
          Jurnal penyesuaian yang disarankan
        </Title>
        <Text size="sm" c="dimmed">
          Untuk penyesuaian di sisi buku. Tanggalnya {formatTanggal(data[0]?.date ?? exam.date)} pukul{' '}
          {data[0]?.time}, sesudah saat pemeriksaan, sehingga saldo yang diperiksa tidak berubah.
        </Text>
        <Table fz="sm">
          <Table.Tbody>
            {data.map((entry) => (
              <Table.Tr key={entry.itemId}>
                <Table.Td>{entry.description}</Table.Td>
                <Table.Td>
                  {entry.lines.map((l) => (
                    <Text key={l.accountId} size="xs">
                      {l.debit > 0 ? 'D' : 'K'} {l.accountCode} {l.accountName}{' '}
                      {formatRupiah(l.debit || l.credit)}
                    </Text>
                  ))}
                </Table.Td>
                <Table.Td w={280}>
                  <PostEntry entry={entry} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Card>
  );
}
