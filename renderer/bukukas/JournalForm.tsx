import { Alert, Grid, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo, useRef, useState } from 'react';
import type { Desa } from '../../shared/desa/desa';
import type { Account } from '../../shared/ledger/accounts';
import type { PostResult } from '../../shared/ledger/journal';
import { DateField } from '../common/DateField';
import { DialogActions } from '../common/FormDialog';
import { useOfficeClock } from './clock';
import { DuplicateBuktiAlert } from './DuplicateBuktiAlert';
import { desaChoices } from './desaChoices';
import { ENTRY_FIELD, enterToNext } from './enterToNext';
import { FUTURE_CANCEL, FUTURE_TITLE, futureDateQuestion } from './futureDate';
import {
  buildJournal,
  type JournalInput,
  type JournalValues,
  lineTotals,
  newLine,
  remapLineErrors,
} from './journalValues';
import { LineEditor } from './LineEditor';
import { submitJournal } from './submitJournal';

interface Props {
  /** Names the form for screen readers and tests. */
  label: string;
  accounts: readonly Account[];
  desa: readonly Desa[];
  initial: JournalValues;
  /** A change to a recorded entry asks why (kept with the revision). */
  withReason?: boolean;
  submitLabel: string;
  send: (input: JournalInput, reason: string) => Promise<PostResult>;
  onSaved: (result: PostResult) => void;
  onCancel: () => void;
}

/**
 * Header and lines of a journal (general journal, or a change to any entry). Main checks the
 * balance and the accounts; its message and field errors come back onto the form.
 */
export function JournalForm({
  label,
  accounts,
  desa,
  initial,
  withReason,
  submitLabel,
  send,
  onSaved,
  onCancel,
}: Props) {
  const form = useForm<JournalValues>({ initialValues: initial });
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<string | null>(null);
  const [futureQuestion, setFutureQuestion] = useState<string | null>(null);
  const buktiRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const clock = useOfficeClock();

  const save = async (allowDuplicateBukti = false, futureConfirmed = false) => {
    const values = form.getValues();
    const future = futureConfirmed ? null : futureDateQuestion(values.date, clock.today());
    setFutureQuestion(future);
    if (future) return;
    const built = buildJournal(values, allowDuplicateBukti);
    if (!built.ok) {
      form.setErrors(built.errors);
      setMessage(
        'Lengkapi baris jurnal yang ditandai: setiap baris berisi akun dan jumlah debit atau kredit.',
      );
      return;
    }
    setSaving(true);
    const outcome = await submitJournal(
      form,
      () => send(built.input, values.reason),
      (fields) => remapLineErrors(fields, built.sentIndex),
    );
    setSaving(false);
    if (!outcome.ok) {
      setConfirm(outcome.confirm);
      setMessage(outcome.confirm ? null : outcome.message);
      return;
    }
    setConfirm(null);
    setMessage(null);
    notifications.show({
      color: 'teal',
      title: 'Tersimpan',
      message: `Jurnal ${outcome.value.entry.bukti} disimpan.`,
    });
    onSaved(outcome.value);
  };

  // Enter in the last field: add a row while the journal does not balance yet, else save.
  const onLast = () => {
    const totals = lineTotals(form.getValues().lines);
    if (!withReason && (totals.debit !== totals.credit || totals.debit === 0)) {
      form.insertListItem('lines', newLine());
      requestAnimationFrame(() => {
        const fields = formRef.current?.querySelectorAll<HTMLElement>('[aria-label^="Akun baris"]');
        fields?.[fields.length - 1]?.focus();
      });
      return;
    }
    void save();
  };

  const desaId = form.values.desaId;
  const desaOptions = useMemo(() => desaChoices(desa, desaId), [desa, desaId]);

  return (
    <form
      ref={formRef}
      aria-label={label}
      noValidate
      onKeyDown={enterToNext(onLast)}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Stack gap="sm">
        <Grid gap="sm">
          <Grid.Col span={3}>
            <DateField
              label="Tanggal"
              required
              data-autofocus
              {...ENTRY_FIELD}
              {...form.getInputProps('date')}
            />
          </Grid.Col>
          <Grid.Col span={2}>
            <TextInput
              label="Jam"
              placeholder="JJ:MM"
              required
              maxLength={5}
              {...ENTRY_FIELD}
              {...form.getInputProps('time')}
            />
          </Grid.Col>
          <Grid.Col span={3}>
            <TextInput
              label="No. Bukti"
              required
              ref={buktiRef}
              autoComplete="off"
              {...ENTRY_FIELD}
              {...form.getInputProps('bukti')}
              onChange={(e) => {
                setConfirm(null);
                form.setFieldValue('bukti', e.currentTarget.value);
              }}
            />
          </Grid.Col>
          <Grid.Col span={4}>
            <Select
              label="Desa"
              placeholder="Tidak terkait desa"
              data={desaOptions}
              clearable
              searchable
              openOnFocus={false}
              selectFirstOptionOnChange
              autoSelectOnBlur
              {...ENTRY_FIELD}
              {...form.getInputProps('desaId')}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <TextInput
              label="Uraian"
              required
              autoComplete="off"
              {...ENTRY_FIELD}
              {...form.getInputProps('description')}
            />
          </Grid.Col>
        </Grid>
        <LineEditor form={form} accounts={accounts} />
        {withReason && (
          <Textarea
            label="Alasan perubahan"
            description="Disimpan bersama riwayat jurnal"
            required
            autosize
            minRows={2}
            {...form.getInputProps('reason')}
          />
        )}
        {message && (
          <Alert color="red" title="Belum tersimpan">
            {message}
          </Alert>
        )}
        {futureQuestion && (
          <DuplicateBuktiAlert
            title={FUTURE_TITLE}
            cancelLabel={FUTURE_CANCEL}
            message={futureQuestion}
            busy={saving}
            onConfirm={() => void save(false, true)}
            onCancel={() => setFutureQuestion(null)}
          />
        )}
        {confirm && (
          <DuplicateBuktiAlert
            message={confirm}
            busy={saving}
            onConfirm={() => void save(true, true)}
            onCancel={() => {
              setConfirm(null);
              buktiRef.current?.focus();
              buktiRef.current?.select();
            }}
          />
        )}
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            Enter: kolom berikutnya{withReason ? '' : ' · di kolom terakhir menambah baris sampai seimbang'}
          </Text>
          <DialogActions gap="xs" onCancel={onCancel} saving={saving} submitLabel={submitLabel} />
        </Group>
      </Stack>
    </form>
  );
}
