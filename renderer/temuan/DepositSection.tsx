import {
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  type SelectProps,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { formatTanggal, localDateTimeInZone } from '../../shared/format/date';
import { formatRupiah } from '../../shared/format/money';
import { formatRecovery, recoveryBp, type TrackedFinding } from '../../shared/temuan/temuan';
import { useApi } from '../api/useApi';
import { useCan } from '../auth/useCan';
import { DateField } from '../common/DateField';
import { sendForm } from '../common/forms';
import { AmountField } from '../pemeriksaan/AmountField';
import { useAppState } from '../shell/AppState';
import { isClosed } from './findingUi';

function Totals({ f }: { f: TrackedFinding }) {
  return (
    <Group gap="xl" aria-label="Pemulihan">
      <Text size="sm">
        Nilai rekomendasi <b>{formatRupiah(f.recommendedAmount)}</b>
      </Text>
      <Text size="sm">
        Disetor <b>{formatRupiah(f.deposited)}</b>
      </Text>
      <Text size="sm" c={f.remaining > 0 ? 'orange.9' : 'teal.9'}>
        Sisa <b>{formatRupiah(f.remaining)}</b>
      </Text>
      <Text size="sm">
        Pemulihan <b>{formatRecovery(recoveryBp(f.recommendedAmount, f.deposited))}</b>
      </Text>
    </Group>
  );
}

function CandidateSelect({
  findingId,
  accountId,
  ...props
}: { findingId: number; accountId: number } & Omit<SelectProps, 'data'>) {
  const label = 'Jurnal yang membukukan setoran';
  if (accountId === 0) return <Select label={label} required disabled data={[]} {...props} />;
  return <Candidates findingId={findingId} accountId={accountId} label={label} {...props} />;
}

function Candidates({
  findingId,
  accountId,
  ...props
}: { findingId: number; accountId: number } & Omit<SelectProps, 'data'>) {
  const { data } = useApi('finding.depositCandidates', { id: findingId, accountId });
  return (
    <Select
      description="Jurnal yang mendebit kas/rekening penerima dan belum dipakai setoran lain"
      required
      data={(data ?? []).map((c) => ({
        value: String(c.entryId),
        label: `${formatTanggal(c.date)} · ${c.bukti} · ${formatRupiah(c.amount)} · ${c.description}`,
      }))}
      {...props}
    />
  );
}

function DepositForm({ f }: { f: TrackedFinding }) {
  const { profile } = useAppState();
  const mayPost = useCan('journal.quick');
  const today = localDateTimeInZone(Date.now(), profile?.timeZone ?? 'WIB').date;
  const { data: accounts } = useApi('accounts.list', {});
  const [mode, setMode] = useState<'pilih' | 'buat'>(mayPost ? 'buat' : 'pilih');
  const form = useForm({
    initialValues: {
      date: today,
      time: '12:00',
      amount: '',
      receiptNumber: '',
      accountId: '',
      journalEntryId: '',
      counterAccountId: '',
    },
  });
  const accountId = Number(form.values.accountId) || 0;
  const money = (accounts ?? []).filter((a) => a.money && a.active);
  const counter = (accounts ?? []).filter((a) => !a.money && a.active);
  const submit = form.onSubmit(async (v) => {
    const saved = await sendForm(
      form,
      'finding.addDeposit',
      {
        id: f.id,
        date: v.date,
        time: v.time,
        amount: v.amount,
        receiptNumber: v.receiptNumber,
        accountId,
        ...(mode === 'pilih'
          ? { journalEntryId: Number(v.journalEntryId) || 0 }
          : { counterAccountId: Number(v.counterAccountId) || 0 }),
      },
      'Setoran dicatat.',
    );
    if (saved) form.reset();
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Catat setoran">
      <Stack gap="sm">
        <Text fw={600}>Catat setoran</Text>
        <Group grow align="flex-start">
          <DateField label="Tanggal setor" required {...form.getInputProps('date')} />
          <AmountField label="Jumlah disetor" required {...form.getInputProps('amount')} />
          <TextInput label="Nomor bukti setor" required {...form.getInputProps('receiptNumber')} />
        </Group>
        <Select
          label="Diterima di kas/rekening"
          required
          data={money.map((a) => ({ value: String(a.id), label: `${a.code} ${a.name}` }))}
          {...form.getInputProps('accountId')}
        />
        {mayPost && (
          <SegmentedControl
            value={mode}
            onChange={(v) => setMode(v === 'pilih' ? 'pilih' : 'buat')}
            data={[
              { value: 'buat', label: 'Buat jurnal penerimaan di sini' },
              { value: 'pilih', label: 'Pilih jurnal dari buku' },
            ]}
          />
        )}
        {mode === 'pilih' ? (
          <CandidateSelect findingId={f.id} accountId={accountId} {...form.getInputProps('journalEntryId')} />
        ) : (
          <Group grow align="flex-start">
            <Select
              label="Akun lawan (dikredit)"
              description="Mis. Kasbon / Uang Muka, Pendapatan Lain-lain"
              required
              searchable
              data={counter.map((a) => ({ value: String(a.id), label: `${a.code} ${a.name}` }))}
              {...form.getInputProps('counterAccountId')}
            />
            <TextInput label="Jam" w={90} {...form.getInputProps('time')} />
          </Group>
        )}
        <Group justify="flex-end">
          <Button type="submit">Simpan setoran</Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Nilai rekomendasi, each deposit with its bukti and journal entry, sisa and % pemulihan. */
export function DepositSection({ f }: { f: TrackedFinding }) {
  const mayDeposit = useCan('finding.addDeposit');
  if (f.recommendedAmount === 0 && f.deposits.length === 0) return null;
  const open = f.sourceFinal && !isClosed(f.status) && f.remaining > 0;
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          Pemulihan dana
        </Title>
        <Totals f={f} />
        {f.deposits.length > 0 && (
          <Table withTableBorder aria-label="Setoran">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Tanggal</Table.Th>
                <Table.Th>Bukti setor</Table.Th>
                <Table.Th>Kas/rekening</Table.Th>
                <Table.Th>Jurnal</Table.Th>
                <Table.Th ta="right">Jumlah</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {f.deposits.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>{formatTanggal(d.date)}</Table.Td>
                  <Table.Td>{d.receiptNumber}</Table.Td>
                  <Table.Td>{d.accountName}</Table.Td>
                  <Table.Td>{d.journalBukti}</Table.Td>
                  <Table.Td ta="right">{formatRupiah(d.amount)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {open && mayDeposit && <DepositForm f={f} />}
      </Stack>
    </Paper>
  );
}
