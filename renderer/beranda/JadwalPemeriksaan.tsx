import { Alert, Button, Group, Text } from '@mantine/core';
import { IconCalendarDue } from '@tabler/icons-react';
import { formatTanggal } from '../../shared/format/date';
import { useApi } from '../api/useApi';

/** When the next cash examination is due; an overdue one stands out. */
export function JadwalPemeriksaan({ onOpen }: { onOpen: () => void }) {
  const { data } = useApi('exam.schedule', {});
  if (!data) return null;
  const every = data.intervalMonths === 1 ? 'setiap bulan' : `setiap ${data.intervalMonths} bulan`;
  const text = !data.nextDue
    ? `Belum ada pemeriksaan kas yang difinalkan. Pemeriksaan dijadwalkan ${every}.`
    : `Pemeriksaan kas terakhir ${formatTanggal(data.lastFinalDate ?? data.nextDue)}; berikutnya paling lambat ${formatTanggal(data.nextDue)} (${every}).`;
  return (
    <Alert
      color={data.overdue ? 'red' : 'teal'}
      icon={<IconCalendarDue size={20} />}
      title={data.overdue ? 'Pemeriksaan kas sudah lewat waktu' : 'Jadwal pemeriksaan kas'}
    >
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{text}</Text>
        <Button
          size="xs"
          variant="light"
          color={data.overdue ? 'red' : 'teal'}
          onClick={onOpen}
          style={{ flexShrink: 0 }}
        >
          Buka Pemeriksaan Kas
        </Button>
      </Group>
    </Alert>
  );
}
