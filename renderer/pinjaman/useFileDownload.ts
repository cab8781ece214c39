import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ExportedFile } from '../../shared/ledger/books';
import { errorMessage } from '../api/useApi';
import { downloadBase64 } from '../common/download';

/**
 * Runs a request that makes a file in main (PDF, XLSX) and saves it through the browser's download;
 * `busy` names the file being made, a failure shows main's message.
 */
export function useFileDownload<K extends string>() {
  const [busy, setBusy] = useState<K | null>(null);
  const run = async (key: K, make: () => Promise<ExportedFile>) => {
    setBusy(key);
    try {
      downloadBase64(await make());
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
  return { busy, run };
}
