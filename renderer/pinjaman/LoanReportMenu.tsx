import { Button, Menu } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import type { InputOf } from '../../shared/contract';
import { api } from '../api/transport';
import { Can } from '../auth/Can';
import { useFileDownload } from './useFileDownload';

type Report = InputOf<'loan.report'>['report'];
type Format = InputOf<'loan.report'>['format'];

const LABELS: Record<Report, string> = {
  lpp: 'Cetak LPP',
  kolektibilitas: 'Laporan Kolektibilitas',
};

/**
 * Prints the LPP or the Laporan Kolektibilitas & Cadangan at the page's date, for the desa chosen on
 * the page (or every desa, grouped per desa with a row per kelompok), to PDF or Excel.
 */
export function LoanReportMenu({
  report,
  date,
  desaId,
  classTableId = null,
  scope,
  disabled,
}: {
  report: Report;
  date: string;
  desaId: number | null;
  /** A class table other than the office's (a view only); null = the office's table. */
  classTableId?: number | null;
  /** What the report covers, as the menu says it: `Seluruh desa`, `Desa Sukamaju`. */
  scope: string;
  disabled?: boolean;
}) {
  const { busy, run } = useFileDownload<Format>();
  const print = (format: Format) =>
    void run(format, () =>
      api.send('loan.report', {
        date,
        report,
        format,
        ...(desaId === null ? {} : { desaId }),
        ...(classTableId === null ? {} : { classTableId }),
      }),
    );
  return (
    <Can request="loan.report">
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            variant="default"
            leftSection={<IconPrinter size={16} />}
            loading={busy !== null}
            disabled={disabled}
          >
            {LABELS[report]}
          </Button>
        </Menu.Target>
        <Menu.Dropdown aria-label={LABELS[report]}>
          <Menu.Label>{scope}, rincian per kelompok</Menu.Label>
          <Menu.Item leftSection={<IconFileTypePdf size={16} />} onClick={() => print('pdf')}>
            PDF siap cetak
          </Menu.Item>
          <Menu.Item leftSection={<IconFileSpreadsheet size={16} />} onClick={() => print('xlsx')}>
            Excel (.xlsx)
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Can>
  );
}
