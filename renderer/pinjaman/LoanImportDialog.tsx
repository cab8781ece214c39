import { Alert, Button, FileInput, Group, List, Modal, Progress, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { formatRupiah } from '../../shared/format/money';
import { IMPORT_UPLOAD_MAX_BYTES } from '../../shared/ledger/journalImport';
import { LOAN_IMPORT_SHEETS, type LoanImportPreview } from '../../shared/pinjaman/loanImport';
import { api } from '../api/transport';
import { errorMessage } from '../api/useApi';
import { readAsBase64 } from '../bukukas/impor/readFile';
import { ConfirmButton } from '../common/ConfirmButton';
import { LoanImportSummary } from './LoanImportSummary';

interface Loaded {
  fileName: string;
  base64: string;
}

const n = (v: number) => v.toLocaleString('id-ID');

function Layout() {
  return (
    <Text size="sm" c="dimmed" component="div">
      Satu file Excel dengan lembar Kelompok, Pinjaman dan Angsuran; kolom dikenali dari judulnya:
      <List size="sm" mt={4}>
        {Object.values(LOAN_IMPORT_SHEETS).map((s) => (
          <List.Item key={s.label}>
            <b>{s.label}</b>: {Object.values(s.fields).join(', ')}
          </List.Item>
        ))}
      </List>
    </Text>
  );
}

/**
 * Moving an existing loan register in: choose the file, see what was read and every row's problem,
 * then import everything in one transaction (or nothing). Lists refresh by themselves afterwards.
 */
export function LoanImportDialog({ onClose }: { onClose: () => void }) {
  const [file, setFile] = useState<Loaded | null>(null);
  const [reading, setReading] = useState<number | null>(null);
  const [preview, setPreview] = useState<LoanImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<LoanImportPreview | null>(null);

  const check = async (loaded: Loaded) => {
    try {
      setPreview(await api.send('loanImport.preview', loaded));
      setError(null);
    } catch (err) {
      setPreview(null);
      setError(errorMessage(err));
    }
  };

  const choose = async (chosen: File | null) => {
    setFile(null);
    setPreview(null);
    setError(null);
    setDone(null);
    if (!chosen) return;
    if (chosen.size > IMPORT_UPLOAD_MAX_BYTES) {
      setError('File paling besar 10 MB. Pisahkan registernya menjadi beberapa file.');
      return;
    }
    try {
      setReading(0);
      const loaded = { fileName: chosen.name, base64: await readAsBase64(chosen, setReading) };
      setFile(loaded);
      await check(loaded);
    } catch (err) {
      // Only reading the file can fail here; the preview reports its own errors.
      setError(err instanceof Error ? err.message : errorMessage(err));
    } finally {
      setReading(null);
    }
  };

  const commit = async () => {
    if (!file) return;
    try {
      const result = await api.send('loanImport.commit', file);
      setDone(result);
      setPreview(null);
      notifications.show({
        color: 'teal',
        title: 'Impor selesai',
        message: `${n(result.totals.loans)} pinjaman dari register lama dicatat.`,
      });
    } catch (err) {
      setError(errorMessage(err));
      await check(file);
    }
  };

  const t = preview?.totals;
  const ready = preview !== null && preview.errors.length === 0 && (t?.loans ?? 0) > 0;
  return (
    <Modal opened onClose={onClose} title="Impor register pinjaman" size="70rem">
      <Stack>
        {done ? (
          <Alert color="teal" title="Register pinjaman sudah diimpor">
            {n(done.totals.kelompokNew)} kelompok baru, {n(done.totals.loans)} pinjaman dan{' '}
            {n(done.totals.payments)} angsuran dicatat sebagai pindahan dari register lama (tanpa jurnal).
            Sisa pokoknya {formatRupiah(done.totals.saldo)}.
          </Alert>
        ) : (
          <>
            <Layout />
            <FileInput
              label="File register (.xlsx atau .csv)"
              placeholder="Pilih file…"
              accept=".xlsx,.csv"
              leftSection={<IconFileImport size={16} />}
              onChange={(f) => void choose(f)}
              clearable
            />
          </>
        )}
        {reading !== null && <Progress value={reading} animated aria-label="Membaca file" />}
        {error && (
          <Alert color="red" title="Belum bisa diimpor">
            {error}
          </Alert>
        )}
        {preview && <LoanImportSummary preview={preview} />}
        {preview && preview.errors.length > 0 && (
          <Text size="sm" c="red.8">
            Tidak ada yang diimpor selama masih ada baris bermasalah. Perbaiki file, lalu pilih lagi.
          </Text>
        )}
        {preview && preview.errors.length === 0 && t?.loans === 0 && (
          <Text size="sm" c="dimmed">
            File ini tidak berisi pinjaman untuk diimpor.
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {done ? 'Selesai' : 'Tutup'}
          </Button>
          {!done && (
            <ConfirmButton
              disabled={!ready}
              title="Impor register pinjaman?"
              message={
                t
                  ? `${n(t.kelompokNew)} kelompok baru, ${n(t.loans)} pinjaman dan ${n(t.payments)} angsuran akan dicatat sekaligus sebagai pindahan dari register lama. Angsuran lama tidak dijurnal; saldo piutang di jurnal tetap menurut buku kantor.`
                  : ''
              }
              confirmLabel="Ya, impor"
              onConfirm={commit}
            >
              {ready && t ? `Impor ${n(t.loans)} pinjaman` : 'Impor'}
            </ConfirmButton>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
