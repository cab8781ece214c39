import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { formatRupiah } from '../../shared/format/money';
import { formatRecovery, type RecoveryLine } from '../../shared/temuan/temuan';
import { api } from '../api/transport';
import { errorMessage, useApi } from '../api/useApi';
import { Can } from '../auth/Can';
import { downloadBase64 } from '../common/download';
import type { Filters } from './FindingFilters';

function Lines({ label, lines }: { label: string; lines: RecoveryLine[] }) {
  return (
    <Table withTableBorder aria-label={label} verticalSpacing={4}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{label}</Table.Th>
          <Table.Th ta="right">Temuan</Table.Th>
          <Table.Th ta="right">Nilai rekomendasi</Table.Th>
          <Table.Th ta="right">Disetor</Table.Th>
          <Table.Th ta="right">Sisa</Table.Th>
          <Table.Th ta="right">% pemulihan</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lines.map((l) => (
          <Table.Tr key={l.label}>
            <Table.Td>{l.label}</Table.Td>
            <Table.Td ta="right">{l.findings}</Table.Td>
            <Table.Td ta="right">{formatRupiah(l.recommended)}</Table.Td>
            <Table.Td ta="right">{formatRupiah(l.deposited)}</Table.Td>
            <Table.Td ta="right">{formatRupiah(l.remaining)}</Table.Td>
            <Table.Td ta="right">{formatRecovery(l.recoveryBp)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** % pemulihan per source and per desa, and the Matriks Tindak Lanjut as PDF or XLSX. */
export function RecoveryPanel({ filters }: { filters: Filters }) {
  const { data } = useApi('finding.recovery', {});
  const [busy, setBusy] = useState<'pdf' | 'xlsx' | null>(null);
  const print = async (format: 'pdf' | 'xlsx') => {
    setBusy(format);
    try {
      downloadBase64(
        await api.send('finding.matrix', {
          format,
          ...(filters.source ? { source: filters.source } : {}),
          ...(filters.desaId ? { desaId: filters.desaId } : {}),
        }),
      );
    } catch (err) {
      notifications.show({ color: 'red', title: 'Matriks belum dibuat', message: errorMessage(err) });
    } finally {
      setBusy(null);
    }
  };
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            Pemulihan dana
          </Title>
          <Can request="finding.matrix">
            <Group gap="xs">
              <Button variant="light" loading={busy === 'pdf'} onClick={() => void print('pdf')}>
                Matriks Tindak Lanjut (PDF)
              </Button>
              <Button variant="light" loading={busy === 'xlsx'} onClick={() => void print('xlsx')}>
                Matriks (XLSX)
              </Button>
            </Group>
          </Can>
        </Group>
        {data && (
          <>
            <Text size="sm">
              Seluruh temuan dokumen final: {formatRupiah(data.total.recommended)} harus dikembalikan/disetor,{' '}
              {formatRupiah(data.total.deposited)} sudah disetor ({formatRecovery(data.total.recoveryBp)}).
            </Text>
            <Lines label="Per sumber" lines={data.bySource} />
            <Lines label="Per desa" lines={data.byDesa} />
          </>
        )}
      </Stack>
    </Paper>
  );
}
