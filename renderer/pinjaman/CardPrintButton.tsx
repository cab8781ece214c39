import { Button } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { api } from '../api/transport';
import { Can } from '../auth/Can';
import { useFileDownload } from './useFileDownload';

/** Prints the kartu angsuran of one loan (PDF) as of the date shown on the loan page. */
export function CardPrintButton({ loanId, asOf }: { loanId: number; asOf: string }) {
  const { busy, run } = useFileDownload<'card'>();
  return (
    <Can request="loan.card">
      <Button
        variant="default"
        size="sm"
        leftSection={<IconPrinter size={16} />}
        loading={busy !== null}
        onClick={() => void run('card', () => api.send('loan.card', { id: loanId, asOf }))}
      >
        Cetak kartu angsuran
      </Button>
    </Can>
  );
}
