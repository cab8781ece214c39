import { Stack, Table, Text, Title } from '@mantine/core';
import { formatTanggal } from '../../shared/format/date';
import type { FollowUp } from '../../shared/temuan/temuan';
import { AttachmentButton } from './AttachmentButton';
import { StatusBadge } from './findingUi';

/** Every follow-up step, oldest first, with its evidence files. */
export function FollowUpHistory({ followUps }: { followUps: readonly FollowUp[] }) {
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        Riwayat tindak lanjut
      </Title>
      {followUps.length === 0 ? (
        <Text size="sm" c="dimmed">
          Belum ada tindak lanjut yang dicatat.
        </Text>
      ) : (
        <Table verticalSpacing="xs" striped aria-label="Riwayat tindak lanjut">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Tanggal</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Uraian</Table.Th>
              <Table.Th>Diverifikasi oleh</Table.Th>
              <Table.Th>Bukti</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {followUps.map((u) => (
              <Table.Tr key={u.id}>
                <Table.Td style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                  <Text size="sm">{formatTanggal(u.date)}</Text>
                </Table.Td>
                <Table.Td style={{ verticalAlign: 'top' }}>
                  <StatusBadge status={u.status} />
                </Table.Td>
                <Table.Td style={{ verticalAlign: 'top' }}>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {u.note}
                  </Text>
                  <Text size="xs" c="dimmed">
                    Dicatat oleh {u.createdBy}
                  </Text>
                </Table.Td>
                <Table.Td style={{ verticalAlign: 'top' }}>
                  <Text size="sm">{u.verifiedBy ?? '—'}</Text>
                </Table.Td>
                <Table.Td style={{ verticalAlign: 'top' }}>
                  <Stack gap={2} align="flex-start">
                    {u.evidence.length === 0 && (
                      <Text size="sm" c="dimmed">
                        —
                      </Text>
                    )}
                    {u.evidence.map((file) => (
                      <AttachmentButton key={file.id} file={file} />
                    ))}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
