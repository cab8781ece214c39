import { Button, Grid, Group, Modal, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo, useRef, useState } from 'react';
import type { Desa } from '../../shared/desa/desa';
import { formatRupiah } from '../../shared/format/money';
import type { Account } from '../../shared/ledger/accounts';
import { ENTRY_KIND_LABELS, type QuickKind } from '../../shared/ledger/journal';
import { api } from '../api/transport';
import { DateField } from '../common/DateField';
import { AmountInput } from './AmountInput';
import { ACCOUNT_SELECT_PROPS } from './accountSelectProps';
import { useOfficeClock } from './clock';
import { DuplicateBuktiAlert } from './DuplicateBuktiAlert';
import { desaChoices } from './desaChoices';
import { ENTRY_FIELD, enterToNext } from './enterToNext';
import { FUTURE_CANCEL, FUTURE_TITLE, futureDateQuestion } from './futureDate';
import {
  optionValues,
  otherOptions,
  QUICK_KIND_OPTIONS,
  QUICK_KIND_TEXT,
  sourceAccounts,
  sourceOptions,
} from './quickKinds';
import { submitJournal } from './submitJournal';

interface Values {
  kind: QuickKind;
  date: string;
  time: string;
  bukti: string;
  moneyAccountId: string | null;
  otherAccountId: string | null;
  amount: string;
  description: string;
  desaId: string | null;
}

const MISSING_MONEY = 'Belum ada pilihan: tambahkan kas atau rekening bank di Pengaturan › Akun & Rekening.';

/** Remembered for this session: the next transaction usually has the same date and kind. */
let lastDate: string | null = null;
let lastKind: QuickKind = 'penerimaan_kas';

function pickSource(kind: QuickKind, accounts: readonly Account[], preferred: string | null): string | null {
  const sources = sourceAccounts(kind, accounts);
  if (preferred && sources.some((a) => String(a.id) === preferred)) return preferred;
  return sources[0] ? String(sources[0].id) : null;
}

/** Keeps the destination when still allowed; picks it when there is only one choice. */
function pickOther(
  kind: QuickKind,
  accounts: readonly Account[],
  source: string | null,
  current: string | null,
): string | null {
  const allowed = optionValues(otherOptions(kind, accounts, source));
  if (current && allowed.has(current)) return current;
  if (kind !== 'penerimaan_kas' && kind !== 'pengeluaran_kas' && allowed.size === 1)
    return [...allowed][0] ?? null;
  return null;
}

interface Props {
  accounts: readonly Account[];
  desa: readonly Desa[];
  /** The book on screen, used as the money account when it fits the kind. */
  defaultMoneyAccountId: number | null;
  onClose: () => void;
}

/**
 * The five daily transactions. Main builds the journal lines; its field errors land on the fields,
 * and a bukti number used before asks "Simpan juga". Enter walks through the fields (akun ⏎ jumlah ⏎
 * uraian; the optional Desa is reached by Tab); Enter in the last one saves, Ctrl+Enter saves and
 * starts the next transaction.
 */
export function QuickEntryModal({ accounts, desa, defaultMoneyAccountId, onClose }: Props) {
  const clock = useOfficeClock();
  const preferred = defaultMoneyAccountId === null ? null : String(defaultMoneyAccountId);
  const initialSource = pickSource(lastKind, accounts, preferred);
  const form = useForm<Values>({
    initialValues: {
      kind: lastKind,
      date: lastDate ?? clock.today(),
      time: clock.now(),
      bukti: '',
      moneyAccountId: initialSource,
      otherAccountId: pickOther(lastKind, accounts, initialSource, null),
      amount: '',
      description: '',
      desaId: null,
    },
  });
  const [saving, setSaving] = useState(false);
  const [confirm, setConfirm] = useState<{ message: string; again: boolean } | null>(null);
  const [futureQuestion, setFutureQuestion] = useState<{ message: string; again: boolean } | null>(null);
  const buktiRef = useRef<HTMLInputElement>(null);
  const v = form.values;
  const text = QUICK_KIND_TEXT[v.kind];

  const changeKind = (kind: QuickKind) => {
    const source = pickSource(kind, accounts, v.moneyAccountId ?? preferred);
    form.setValues({
      kind,
      moneyAccountId: source,
      otherAccountId: pickOther(kind, accounts, source, v.otherAccountId),
    });
    form.clearFieldError('moneyAccountId');
    form.clearFieldError('otherAccountId');
  };

  const save = async (again: boolean, allowDuplicateBukti = false, futureConfirmed = false) => {
    const values = form.getValues();
    const future = futureConfirmed ? null : futureDateQuestion(values.date, clock.today());
    setFutureQuestion(future ? { message: future, again } : null);
    if (future) return;
    setSaving(true);
    const outcome = await submitJournal(
      form,
      () =>
        api.send('journal.quick', {
          kind: values.kind,
          date: values.date,
          time: values.time,
          bukti: values.bukti,
          description: values.description,
          desaId: values.desaId ? Number(values.desaId) : null,
          // An empty picker goes as 0: main refuses it on that field, with the other fields' errors.
          moneyAccountId: Number(values.moneyAccountId ?? 0),
          otherAccountId: Number(values.otherAccountId ?? 0),
          amount: values.amount,
          allowDuplicateBukti,
        }),
      (fields) => ({
        ...fields,
        ...(fields.moneyAccountId && !values.moneyAccountId
          ? { moneyAccountId: QUICK_KIND_TEXT[values.kind].moneyMissing }
          : {}),
        ...(fields.otherAccountId && !values.otherAccountId
          ? { otherAccountId: QUICK_KIND_TEXT[values.kind].otherMissing }
          : {}),
      }),
    );
    setSaving(false);
    if (!outcome.ok) {
      setConfirm(outcome.confirm ? { message: outcome.confirm, again } : null);
      return;
    }
    setConfirm(null);
    lastDate = values.date;
    lastKind = values.kind;
    const entry = outcome.value.entry;
    const amount = entry.lines[0] ? Math.max(entry.lines[0].debit, entry.lines[0].credit) : 0;
    notifications.show({
      color: 'teal',
      title: 'Tersimpan',
      message: `${ENTRY_KIND_LABELS[values.kind]} ${formatRupiah(amount)} (bukti ${entry.bukti}) dicatat.`,
    });
    if (!again) {
      onClose();
      return;
    }
    form.setValues({
      time: clock.now(),
      bukti: '',
      otherAccountId: pickOther(values.kind, accounts, values.moneyAccountId, null),
      amount: '',
      description: '',
      desaId: null,
    });
    form.clearErrors();
    buktiRef.current?.focus();
  };

  // Stable lists: a Select given a new array on every keystroke elsewhere loses its highlighted option.
  const sources = useMemo(() => sourceOptions(v.kind, accounts), [v.kind, accounts]);
  const others = useMemo(
    () => otherOptions(v.kind, accounts, v.moneyAccountId),
    [v.kind, accounts, v.moneyAccountId],
  );
  const desaOptions = useMemo(() => desaChoices(desa, v.desaId), [desa, v.desaId]);
  const onKeyDown = enterToNext(
    () => void save(false),
    () => void save(true),
  );

  return (
    <Modal opened onClose={onClose} title="Catat transaksi" size="xl">
      <form
        aria-label="Catat transaksi"
        noValidate
        onKeyDown={onKeyDown}
        onSubmit={(e) => {
          e.preventDefault();
          void save(false);
        }}
      >
        <Stack gap="sm">
          <SegmentedControl
            fullWidth
            aria-label="Jenis transaksi"
            data={QUICK_KIND_OPTIONS}
            value={v.kind}
            onChange={(k) => changeKind(k as QuickKind)}
          />
          <Grid gap="sm">
            <Grid.Col span={4}>
              <DateField
                label="Tanggal"
                required
                data-autofocus
                {...ENTRY_FIELD}
                {...form.getInputProps('date')}
              />
            </Grid.Col>
            <Grid.Col span={3}>
              <TextInput
                label="Jam"
                placeholder="JJ:MM"
                required
                inputMode="numeric"
                maxLength={5}
                {...ENTRY_FIELD}
                {...form.getInputProps('time')}
              />
            </Grid.Col>
            <Grid.Col span={5}>
              <TextInput
                label="No. Bukti"
                placeholder="mis. BKM-001"
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
            <Grid.Col span={6}>
              <Select
                label={text.moneyLabel}
                placeholder="Pilih kas atau bank"
                required
                data={sources}
                description={sources.length === 0 ? MISSING_MONEY : undefined}
                {...ACCOUNT_SELECT_PROPS}
                {...form.getInputProps('moneyAccountId')}
                onChange={(id) => {
                  form.setValues({
                    moneyAccountId: id,
                    otherAccountId: pickOther(v.kind, accounts, id, v.otherAccountId),
                  });
                  form.clearFieldError('moneyAccountId');
                }}
              />
            </Grid.Col>
            <Grid.Col span={6}>
              <Select
                label={text.otherLabel}
                placeholder={text.otherPlaceholder}
                required
                data={others}
                description={others.length === 0 ? MISSING_MONEY : undefined}
                {...ACCOUNT_SELECT_PROPS}
                {...form.getInputProps('otherAccountId')}
              />
            </Grid.Col>
            <Grid.Col span={6}>
              <AmountInput
                label="Jumlah (Rp)"
                placeholder="mis. 1.250.000"
                required
                withTerbilang
                {...ENTRY_FIELD}
                {...form.getInputProps('amount')}
                value={v.amount}
              />
            </Grid.Col>
            <Grid.Col span={6}>
              <Select
                label="Desa"
                placeholder="Tidak terkait desa"
                data={desaOptions}
                clearable
                searchable
                openOnFocus={false}
                selectFirstOptionOnChange
                autoSelectOnBlur
                nothingFoundMessage="Tidak ada desa dengan nama itu"
                {...form.getInputProps('desaId')}
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <TextInput
                label="Uraian"
                placeholder="mis. Angsuran SPP kelompok Melati"
                required
                autoComplete="off"
                {...ENTRY_FIELD}
                {...form.getInputProps('description')}
              />
            </Grid.Col>
          </Grid>
          {futureQuestion && (
            <DuplicateBuktiAlert
              title={FUTURE_TITLE}
              cancelLabel={FUTURE_CANCEL}
              message={futureQuestion.message}
              busy={saving}
              onConfirm={() => void save(futureQuestion.again, false, true)}
              onCancel={() => setFutureQuestion(null)}
            />
          )}
          {confirm && (
            <DuplicateBuktiAlert
              message={confirm.message}
              busy={saving}
              onConfirm={() => void save(confirm.again, true, true)}
              onCancel={() => {
                setConfirm(null);
                buktiRef.current?.focus();
                buktiRef.current?.select();
              }}
            />
          )}
          <Group justify="space-between" mt="xs" wrap="nowrap">
            <Text size="xs" c="dimmed" maw={300}>
              Enter: kolom berikutnya, di kolom terakhir menyimpan. Ctrl+Enter: simpan & catat lagi.
            </Text>
            <Group gap="xs" wrap="nowrap">
              <Button variant="default" onClick={onClose}>
                Tutup
              </Button>
              <Button variant="light" loading={saving} onClick={() => void save(true)}>
                Simpan & catat lagi
              </Button>
              <Button type="submit" loading={saving}>
                Simpan
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
