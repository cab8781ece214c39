import { Alert, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { IconFileImport, IconHistory, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { Desa } from '../../shared/desa/desa';
import { isIsoDate } from '../../shared/format/date';
import type { Account } from '../../shared/ledger/accounts';
import { useApi } from '../api/useApi';
import { Can } from '../auth/Can';
import { useCan } from '../auth/useCan';
import { PageTitle } from '../common/PageTitle';
import { moneyAccounts } from './accountOptions';
import { BKU, BookChooser } from './BookChooser';
import { BookSummary } from './BookSummary';
import { BookTable } from './BookTable';
import { BookToolbar } from './BookToolbar';
import { type Period, thisYear, useOfficeClock } from './clock';
import { EntryDialog } from './EntryDialog';
import { ExportMenu } from './ExportMenu';
import { FutureEntriesNotice } from './FutureEntriesNotice';
import { ImportHistory } from './impor/ImportHistory';
import { ImportWizard } from './impor/ImportWizard';
import { JournalEntryModal } from './JournalEntryModal';
import { PeriodFilter } from './PeriodFilter';
import { QuickEntryModal } from './QuickEntryModal';
import { type BookQueryInput, useBookPages } from './useBookPages';

const NONE: Account[] = [];
const NO_DESA: Desa[] = [];

type Dialog =
  | { kind: 'quick' }
  | { kind: 'journal' }
  | { kind: 'import' }
  | { kind: 'importHistory' }
  | { kind: 'entry'; id: number }
  | null;

/** The period stays as chosen while the app is open, across visits to other areas. */
let rememberedPeriod: Period | null = null;

function periodErrors(p: Period): { from?: string; to?: string } {
  const errors: { from?: string; to?: string } = {};
  if (!isIsoDate(p.from)) errors.from = 'Tanggal tidak sah';
  if (!isIsoDate(p.to)) errors.to = 'Tanggal tidak sah';
  if (!errors.from && !errors.to && p.to < p.from) errors.to = 'Sebelum tanggal awal';
  return errors;
}

/**
 * Buku Kas & Bank: the Buku Kas Umum and each cash/bank book with its running saldo, recording
 * transactions (quick forms and general journal) and opening an entry to correct it.
 */
export function BukuKasPage({
  book,
  navigate,
}: {
  book: string | undefined;
  navigate: (path: string) => void;
}) {
  const clock = useOfficeClock();
  const today = clock.today();
  const accounts = useApi('accounts.list', { includeInactive: true });
  const desa = useApi('desa.list', { includeInactive: true });
  const [period, setPeriodState] = useState<Period>(() => rememberedPeriod ?? thisYear(today));
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [dialog, setDialog] = useState<Dialog>(null);

  const allAccounts = accounts.data ?? NONE;
  const books = moneyAccounts(allAccounts);
  const chosen = book && book !== BKU ? allAccounts.find((a) => String(a.id) === book && a.money) : undefined;
  const bookKey = chosen ? String(chosen.id) : BKU;
  const shownBooks = chosen && !chosen.active ? [...books, chosen] : books;

  // While a date is being typed (or is wrong), the book keeps showing the last valid period.
  const [effective, setEffective] = useState<Period>(period);
  const errors = periodErrors(period);
  const setPeriod = (p: Period) => {
    setPeriodState(p);
    const e = periodErrors(p);
    if (!e.from && !e.to) {
      setEffective(p);
      rememberedPeriod = p;
    }
  };

  const query = useMemo<BookQueryInput | null>(() => {
    if (!accounts.data) return null;
    return {
      ...(chosen ? { accountId: chosen.id } : { bku: true }),
      from: effective.from,
      to: effective.to,
      search: debouncedSearch || null,
    };
  }, [accounts.data, chosen, effective.from, effective.to, debouncedSearch]);
  const pages = useBookPages(query);
  const canPost = useCan('journal.post');
  const canImport = useCan('journal.importCommit');

  useHotkeys(
    [
      [
        'mod+N',
        () => {
          if (!dialog && canPost) setDialog({ kind: 'quick' });
        },
      ],
    ],
    [],
  );

  const title = chosen ? chosen.name : 'Buku Kas Umum';
  const liveRows = pages.head?.rowCount;
  return (
    <Stack gap="sm" h="calc(100dvh - 56px - 2 * var(--mantine-spacing-lg))" miw={0}>
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <div style={{ minWidth: 0 }}>
          <PageTitle>Buku Kas & Bank</PageTitle>
          <Text size="sm" c="dimmed" truncate>
            {pages.head ? `${pages.head.title} · ${pages.head.accountLabel}` : ' '}
          </Text>
        </div>
        <BookToolbar
          onQuickEntry={() => setDialog({ kind: 'quick' })}
          onJournal={() => setDialog({ kind: 'journal' })}
          extra={
            <>
              {canImport && (
                <Button
                  variant="default"
                  leftSection={<IconFileImport size={16} />}
                  onClick={() => setDialog({ kind: 'import' })}
                >
                  Impor
                </Button>
              )}
              <Can request="importBatch.list">
                <Button
                  variant="default"
                  leftSection={<IconHistory size={16} />}
                  onClick={() => setDialog({ kind: 'importHistory' })}
                >
                  Riwayat impor
                </Button>
              </Can>
              {query && <ExportMenu query={query} />}
            </>
          }
        />
      </Group>

      <BookChooser value={bookKey} accounts={shownBooks} onChange={(b) => navigate(`buku-kas/${b}`)} />

      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <PeriodFilter value={period} today={today} errors={errors} onChange={setPeriod} />
        <TextInput
          label="Cari"
          placeholder="Uraian, no. bukti atau jumlah"
          leftSection={<IconSearch size={16} />}
          w={280}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          aria-label="Cari di buku"
        />
      </Group>

      {(accounts.error || pages.error) && <Alert color="red">{accounts.error ?? pages.error}</Alert>}
      <FutureEntriesNotice accountId={chosen?.id ?? null} after={effective.to} />

      <BookSummary head={pages.head} />

      <Paper withBorder style={{ flex: 1, minHeight: 280, display: 'flex', flexDirection: 'column' }}>
        <BookTable
          key={JSON.stringify(query)}
          label={title}
          bku={!chosen}
          from={effective.from}
          head={pages.head}
          rows={pages.rows}
          hasMore={pages.hasMore}
          loading={pages.loading}
          loadMore={pages.loadMore}
          onOpen={(row) => setDialog({ kind: 'entry', id: row.entryId })}
          empty={
            debouncedSearch
              ? {
                  title: 'Tidak ada baris yang cocok',
                  hint: `Tidak ada transaksi dengan uraian, nomor bukti atau jumlah "${debouncedSearch}" pada periode ini.`,
                }
              : {
                  title: 'Belum ada transaksi pada periode ini',
                  hint: 'Catat transaksi dengan tombol "Catat transaksi" (Ctrl+N), atau pilih periode lain.',
                }
          }
        />
      </Paper>
      <Text size="xs" c="dimmed">
        {pages.rows.length.toLocaleString('id-ID')} baris dimuat
        {pages.hasMore ? ' (gulir untuk memuat berikutnya)' : ''}
        {liveRows != null ? ` · ${liveRows.toLocaleString('id-ID')} baris aktif pada periode` : ''} · ↑/↓
        memilih baris, Enter membuka jurnal{canPost ? ', Ctrl+N mencatat transaksi' : ''}
      </Text>

      {dialog?.kind === 'quick' && (
        <QuickEntryModal
          accounts={allAccounts}
          desa={desa.data ?? NO_DESA}
          defaultMoneyAccountId={chosen?.id ?? null}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'journal' && (
        <JournalEntryModal
          accounts={allAccounts}
          desa={desa.data ?? NO_DESA}
          onClose={() => setDialog(null)}
        />
      )}
      <ImportWizard
        opened={dialog?.kind === 'import'}
        onClose={() => setDialog(null)}
        accounts={allAccounts}
      />
      {dialog?.kind === 'importHistory' && <ImportHistory opened onClose={() => setDialog(null)} />}
      {dialog?.kind === 'entry' && (
        <EntryDialog
          entryId={dialog.id}
          accounts={allAccounts}
          desa={desa.data ?? NO_DESA}
          onOpenEntry={(id) => setDialog({ kind: 'entry', id })}
          onClose={() => setDialog(null)}
        />
      )}
    </Stack>
  );
}
