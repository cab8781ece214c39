import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  NumberInput,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconEye, IconPlus, IconShieldCheck, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { formatRupiah } from '../../shared/format/money';
import { FROZEN_STATEMENTS, percentToBasisPoints, type YearClosing } from '../../shared/laporan/tutupBuku';
import { api } from '../api/transport';
import { errorMessage, useApi } from '../api/useApi';
import { useCan } from '../auth/useCan';
import { useOfficeClock } from '../bukukas/clock';
import { DateField } from '../common/DateField';
import { sendForm } from '../common/forms';
import type { PreviewRequest } from './PdfPreview';

const FROZEN_LABELS: Record<(typeof FROZEN_STATEMENTS)[number], string> = {
  neraca: 'Neraca',
  laba_rugi: 'Laba Rugi',
  arus_kas: 'Arus Kas',
  perubahan_ekuitas: 'Perubahan Ekuitas',
  neraca_saldo: 'Neraca Saldo',
};

interface AllocationRow {
  label: string;
  accountId: string | null;
  percent: string;
}

const DEFAULT_ROWS: AllocationRow[] = [
  { label: 'Penambahan modal / surplus ditahan', accountId: null, percent: '60' },
  { label: 'Bagian desa / masyarakat', accountId: null, percent: '30' },
  { label: 'Dana sosial dan insentif', accountId: null, percent: '10' },
];

function CloseForm() {
  const today = useOfficeClock().today();
  const accounts = useApi('accounts.list', { includeInactive: false });
  const form = useForm({
    initialValues: {
      year: Number(today.slice(0, 4)) - 1,
      madDate: today,
      madReference: '',
      allocations: DEFAULT_ROWS,
    },
  });
  const [saving, setSaving] = useState(false);
  const parents = new Set((accounts.data ?? []).map((a) => a.parentId));
  const options = (accounts.data ?? [])
    .filter((a) => !parents.has(a.id) && (a.type === 'ekuitas' || a.type === 'kewajiban'))
    .map((a) => ({ value: String(a.id), label: `${a.code} ${a.name}` }));
  const total = form.values.allocations.reduce((s, a) => s + (percentToBasisPoints(a.percent) ?? 0), 0);
  const submit = form.onSubmit(async (v) => {
    setSaving(true);
    await sendForm(
      form,
      'tutupBuku.close',
      {
        year: v.year,
        madDate: v.madDate,
        madReference: v.madReference,
        allocations: v.allocations.map((a) => ({
          label: a.label,
          accountId: Number(a.accountId),
          percent: a.percent,
        })),
      },
      `Tahun buku ${v.year} ditutup.`,
    );
    setSaving(false);
  });
  return (
    <Card withBorder component="form" onSubmit={submit} aria-label="Tutup buku tahun">
      <Stack gap="sm">
        <Title order={3} size="h4">
          Tutup buku
        </Title>
        <Text size="sm" c="dimmed">
          Pendapatan dan beban ditutup ke surplus per 31 Desember, alokasi surplus menurut keputusan MAD
          dibukukan pada tanggal keputusan, tahun buku dikunci dan laporannya dibekukan.
        </Text>
        <Group align="flex-end">
          <NumberInput label="Tahun buku" w={120} {...form.getInputProps('year')} />
          <DateField label="Tanggal keputusan MAD" w={170} {...form.getInputProps('madDate')} />
          <TextInput
            label="Nomor/keterangan keputusan MAD"
            style={{ flex: 1 }}
            {...form.getInputProps('madReference')}
          />
        </Group>
        {form.values.allocations.map((row, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place, never reordered.
          <Group key={i} align="flex-end" wrap="nowrap">
            <TextInput
              label={i === 0 ? 'Alokasi' : undefined}
              aria-label={`Uraian alokasi ${i + 1}`}
              style={{ flex: 1 }}
              {...form.getInputProps(`allocations.${i}.label`)}
            />
            <Select
              label={i === 0 ? 'Akun' : undefined}
              aria-label={`Akun alokasi ${i + 1}`}
              w={280}
              searchable
              data={options}
              {...form.getInputProps(`allocations.${i}.accountId`)}
            />
            <TextInput
              label={i === 0 ? '%' : undefined}
              aria-label={`Persen alokasi ${i + 1}`}
              w={80}
              {...form.getInputProps(`allocations.${i}.percent`)}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label="Hapus baris"
              onClick={() => form.removeListItem('allocations', i)}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Group justify="space-between">
          <Button
            variant="subtle"
            leftSection={<IconPlus size={14} />}
            onClick={() => form.insertListItem('allocations', { label: '', accountId: null, percent: '' })}
          >
            Tambah baris alokasi
          </Button>
          <Text size="sm" c={total === 10_000 ? 'teal' : 'red'}>
            Jumlah {(total / 100).toLocaleString('id-ID')}%
          </Text>
        </Group>
        <Group justify="flex-end">
          <Button type="submit" loading={saving}>
            Tutup buku
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function ReopenForm({ closing }: { closing: YearClosing }) {
  const [reason, setReason] = useState('');
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <Button size="xs" color="red" variant="light" onClick={() => setOpen(true)}>
        Buka kembali
      </Button>
    );
  return (
    <Stack gap={4} w="100%">
      <Textarea
        label="Alasan membuka kembali"
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
      />
      <Group>
        <Button
          size="xs"
          color="red"
          onClick={() =>
            void sendForm(
              null,
              'tutupBuku.reopen',
              { id: closing.id, reason },
              `Tahun buku ${closing.year} dibuka kembali.`,
            )
          }
        >
          Buka kembali tahun {closing.year}
        </Button>
        <Button size="xs" variant="default" onClick={() => setOpen(false)}>
          Batal
        </Button>
      </Group>
    </Stack>
  );
}

function ClosingCard({
  closing,
  onPreview,
}: {
  closing: YearClosing;
  onPreview: (r: PreviewRequest) => void;
}) {
  const canReopen = useCan('tutupBuku.reopen');
  const [verdict, setVerdict] = useState<{ genuine: boolean; message: string } | null>(null);
  return (
    <Card withBorder aria-label={`Tutup buku ${closing.year}`}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={700}>
            Tahun buku {closing.year} · {closing.number}
          </Text>
          <Badge color={closing.status === 'tutup' ? 'teal' : 'gray'}>
            {closing.status === 'tutup' ? 'Ditutup' : 'Dibuka kembali (digantikan)'}
          </Badge>
        </Group>
        <Text size="sm">
          Surplus {formatRupiah(closing.surplus, { negative: 'parentheses' })} · MAD {closing.madReference}
        </Text>
        {closing.allocations.map((a) => (
          <Text key={a.label} size="xs" c="dimmed">
            {a.label}: {(a.basisPoints / 100).toLocaleString('id-ID')}% = {formatRupiah(a.amount)} →{' '}
            {a.accountLabel}
          </Text>
        ))}
        {closing.reopenReason && (
          <Text size="xs" c="red">
            Dibuka kembali oleh {closing.reopenedBy}: {closing.reopenReason}
          </Text>
        )}
        <Group gap={4}>
          {FROZEN_STATEMENTS.map((statement) => (
            <Button
              key={statement}
              size="xs"
              variant="light"
              leftSection={<IconEye size={14} />}
              onClick={() =>
                onPreview({
                  title: `${FROZEN_LABELS[statement]} ${closing.year} (beku)`,
                  pdf: () => api.send('tutupBuku.pdf', { id: closing.id, statement }),
                })
              }
            >
              {FROZEN_LABELS[statement]}
            </Button>
          ))}
          <Button
            size="xs"
            variant="default"
            leftSection={<IconShieldCheck size={14} />}
            onClick={() =>
              void api
                .send('tutupBuku.verify', { id: closing.id })
                .then(setVerdict, (err: unknown) =>
                  setVerdict({ genuine: false, message: errorMessage(err) }),
                )
            }
          >
            Verifikasi
          </Button>
        </Group>
        {verdict && (
          <Alert color={verdict.genuine ? 'teal' : 'red'} variant="light">
            {verdict.message}
          </Alert>
        )}
        {canReopen && closing.status === 'tutup' && <ReopenForm closing={closing} />}
      </Stack>
    </Card>
  );
}

/** Laporan › Tutup Buku: close a year with the MAD's allocation, and the frozen years. */
export function TutupBukuPanel({ onPreview }: { onPreview: (r: PreviewRequest) => void }) {
  const closings = useApi('tutupBuku.list', {});
  const canClose = useCan('tutupBuku.close');
  return (
    <Stack>
      {canClose && <CloseForm />}
      {closings.error && <Alert color="red">{closings.error}</Alert>}
      {!closings.data && <Loader />}
      {closings.data?.length === 0 && <Text c="dimmed">Belum ada tahun buku yang ditutup.</Text>}
      {closings.data?.map((c) => (
        <ClosingCard key={c.id} closing={c} onPreview={onPreview} />
      ))}
    </Stack>
  );
}
