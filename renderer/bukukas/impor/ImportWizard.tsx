import {
  Alert,
  Button,
  Checkbox,
  FileInput,
  Grid,
  Group,
  Modal,
  Progress,
  Stack,
  Stepper,
  Text,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconFileImport } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { ApiError } from '../../../shared/contract/client';
import type { Account } from '../../../shared/ledger/accounts';
import {
  IMPORT_SUSPENSE_CODE,
  type ImportMapping,
  type ImportPreview,
} from '../../../shared/ledger/importTypes';
import { IMPORT_UPLOAD_MAX_BYTES } from '../../../shared/ledger/journalImport';
import { api } from '../../api/transport';
import { errorMessage } from '../../api/useApi';
import { MappingForm } from './MappingForm';
import { PreviewPanel } from './PreviewPanel';
import { readAsBase64 } from './readFile';

interface Loaded {
  fileName: string;
  base64: string;
}

function issuesOf(err: unknown): Record<string, string> {
  if (!(err instanceof ApiError)) return {};
  return Object.fromEntries(Object.entries(err.fields).map(([k, v]) => [k.replace(/^mapping\./, ''), v]));
}

/**
 * Moving in from Excel: choose a .xlsx/.csv, map its columns, see every row's problem, then import
 * all rows in one transaction (or none). The mapping is remembered for the next file.
 */
export function ImportWizard({
  opened,
  onClose,
  accounts,
}: {
  opened: boolean;
  onClose: () => void;
  accounts: Account[];
}) {
  const [file, setFile] = useState<Loaded | null>(null);
  const [reading, setReading] = useState<number | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<ImportMapping | null>(null);
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [question, setQuestion] = useState<string | null>(null);
  const [includeDuplicates, setIncludeDuplicates] = useState(false);
  const [debounced] = useDebouncedValue(mapping, 400);

  const reset = () => {
    setQuestion(null);
    setIncludeDuplicates(false);
    setFile(null);
    setPreview(null);
    setMapping(null);
    setIssues({});
    setError(null);
    setReading(null);
  };

  const choose = async (chosen: File | null) => {
    reset();
    if (!chosen) return;
    if (chosen.size > IMPORT_UPLOAD_MAX_BYTES) {
      setError('File paling besar 10 MB. Pisahkan datanya menjadi beberapa file.');
      return;
    }
    try {
      setReading(0);
      const base64 = await readAsBase64(chosen, setReading);
      const loaded = { fileName: chosen.name, base64 };
      const remembered = await api.send('journal.importMapping', {});
      let first: ImportPreview;
      try {
        first = await api.send('journal.importPreview', { ...loaded, mapping: remembered });
      } catch {
        first = await api.send('journal.importPreview', { ...loaded, mapping: null });
      }
      setFile(loaded);
      setPreview(first);
      setIssues(first.mappingIssues);
      const suspense = accounts.some((a) => a.code === IMPORT_SUSPENSE_CODE && a.active)
        ? IMPORT_SUSPENSE_CODE
        : '';
      const start = first.mapping && {
        ...first.mapping,
        counterAccountCode: first.mapping.counterAccountCode || suspense,
      };
      setMapping(
        start ?? {
          grouping: 'per_baris',
          sheet: first.sheet,
          headerRow: 1,
          columns: { date: 0, description: 1, amountMode: 'debit_kredit', debit: 2, credit: 3 },
          defaultAccountCode: null,
          counterAccountCode: suspense,
        },
      );
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setReading(null);
    }
  };

  // Every change of the mapping refreshes the preview (debounced).
  useEffect(() => {
    if (!file || !debounced) return;
    let live = true;
    api
      .send('journal.importPreview', { ...file, mapping: debounced })
      .then((p) => {
        if (!live) return;
        setQuestion(null);
        setPreview(p);
        setIssues(p.mappingIssues);
        setError(null);
      })
      .catch((err: unknown) => {
        if (!live) return;
        setIssues(issuesOf(err));
        setError(errorMessage(err));
      });
    return () => {
      live = false;
    };
  }, [file, debounced]);

  const entries = preview ? preview.entryCount - (includeDuplicates ? 0 : preview.duplicateEntries) : 0;
  const ready =
    preview !== null &&
    mapping !== null &&
    preview.errorCount === 0 &&
    entries > 0 &&
    Object.keys(issues).length === 0;

  const commit = async (confirmed: boolean) => {
    if (!file || !mapping) return;
    setSaving(true);
    try {
      const result = await api.send('journal.importCommit', {
        ...file,
        mapping,
        confirmed,
        includeDuplicates,
      });
      const skipped = result.skippedDuplicates
        ? ` ${result.skippedDuplicates.toLocaleString('id-ID')} jurnal kembar dilewati.`
        : '';
      notifications.show({
        color: 'teal',
        title: 'Impor selesai',
        message: `${result.entries.toLocaleString('id-ID')} jurnal dicatat.${skipped}`,
      });
      reset();
      onClose();
    } catch (err) {
      if (err instanceof ApiError && err.code === 'NEEDS_CONFIRMATION') {
        setQuestion(err.message);
        return;
      }
      setIssues(issuesOf(err));
      setError(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  const step = preview === null ? 0 : ready ? 2 : 1;
  return (
    <Modal opened={opened} onClose={onClose} title="Impor jurnal dari Excel atau CSV" size="80rem">
      <Stack>
        <Stepper active={step} size="sm">
          <Stepper.Step label="Pilih file" />
          <Stepper.Step label="Petakan kolom" />
          <Stepper.Step label="Impor" />
        </Stepper>
        <FileInput
          label="File Excel (.xlsx) atau CSV (.csv)"
          placeholder="Pilih file…"
          accept=".xlsx,.csv"
          leftSection={<IconFileImport size={16} />}
          onChange={(f) => void choose(f)}
          clearable
        />
        {reading !== null && <Progress value={reading} animated aria-label="Membaca file" />}
        {error && (
          <Alert color="red" title="Belum bisa diimpor">
            {error}
          </Alert>
        )}
        {preview && mapping && (
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <MappingForm
                mapping={mapping}
                headers={preview.headers}
                sheets={preview.sheets}
                accounts={accounts}
                issues={issues}
                onChange={setMapping}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <PreviewPanel preview={preview} />
            </Grid.Col>
          </Grid>
        )}
        {saving && (
          <Stack gap={4}>
            <Progress value={100} striped animated aria-label="Menyimpan" />
            <Text size="sm" c="dimmed">
              Menyimpan {entries.toLocaleString('id-ID')} jurnal dalam satu transaksi…
            </Text>
          </Stack>
        )}
        {question && (
          <Alert color="yellow" title="Perlu konfirmasi">
            <Text size="sm">{question}</Text>
            <Group mt="sm" gap="xs">
              <Button size="xs" color="yellow.8" loading={saving} onClick={() => void commit(true)}>
                Tetap impor
              </Button>
              <Button size="xs" variant="default" onClick={() => setQuestion(null)}>
                Batal
              </Button>
            </Group>
          </Alert>
        )}
        <Group justify="flex-end">
          {preview && preview.duplicateEntries > 0 && (
            <Checkbox
              label={`Impor juga ${preview.duplicateEntries.toLocaleString('id-ID')} jurnal kembar`}
              checked={includeDuplicates}
              onChange={(e) => setIncludeDuplicates(e.currentTarget.checked)}
            />
          )}
          <Button variant="default" onClick={onClose}>
            Tutup
          </Button>
          <Button onClick={() => void commit(false)} disabled={!ready || question !== null} loading={saving}>
            {preview && ready ? `Impor ${entries.toLocaleString('id-ID')} jurnal` : 'Impor'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
