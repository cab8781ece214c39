import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconFileSpreadsheet, IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import type { InputOf } from '../../shared/contract';
import type { ExportFormat } from '../../shared/ledger/books';
import { api } from '../api/transport';
import { errorMessage } from '../api/useApi';
import { downloadBase64 } from '../common/download';

/** Prints the book shown (same period and search) to PDF with kop and signatures, or to Excel. */
export function ExportMenu({ query }: { query: InputOf<'books.export'>['query'] }) {
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const run = async (format: ExportFormat) => {
    setBusy(format);
    try {
      downloadBase64(await api.send('books.export', { query, format }));
    } catch (err) {
      notifications.show({
        color: 'red',
        title: 'Gagal membuat file',
        message: errorMessage(err),
        autoClose: 8000,
      });
    } finally {
      setBusy(null);
    }
  };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" leftSection={<IconDownload size={16} />} loading={busy !== null}>
          Ekspor
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconFileTypePdf size={16} />} onClick={() => void run('pdf')}>
          PDF siap cetak
        </Menu.Item>
        <Menu.Item leftSection={<IconFileSpreadsheet size={16} />} onClick={() => void run('xlsx')}>
          Excel (.xlsx)
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
