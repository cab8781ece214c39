import { Alert } from '@mantine/core';
import { IconCalendarExclamation } from '@tabler/icons-react';
import { formatTanggal } from '../../shared/format/date';
import { useApi } from '../api/useApi';

/** Says so when the book holds entries dated after today that the period shown leaves out. */
export function FutureEntriesNotice({ accountId, after }: { accountId: number | null; after: string }) {
  const future = useApi('books.futureEntries', { accountId, after });
  const count = future.data?.count ?? 0;
  if (count === 0 || !future.data?.firstDate) return null;
  return (
    <Alert color="yellow" icon={<IconCalendarExclamation size={18} />} py={6}>
      {count.toLocaleString('id-ID')} entri bertanggal sesudah hari ini (mulai{' '}
      {formatTanggal(future.data.firstDate)}) tidak tampil pada periode ini. Periksa tanggalnya.
    </Alert>
  );
}
