import {
  Alert,
  Button,
  Group,
  List,
  Modal,
  Paper,
  ScrollArea,
  SimpleGrid,
  Stack,
  Stepper,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { type KeyboardEvent, type ReactNode, useMemo, useRef, useState } from 'react';
import { ApiError } from '../../shared/contract/client';
import { formatTanggal, isIsoDate } from '../../shared/format/date';
import { formatAngka, formatRupiah, parseRupiah, type Sen } from '../../shared/format/money';
import type { Account } from '../../shared/ledger/accounts';
import { api } from '../api/transport';
import { errorMessage } from '../api/useApi';
import { DateField } from '../common/DateField';
import { NORMAL_SIDE_LABELS } from './AccountDialogs';
import { groupIds, OPENING_EQUITY_CODE } from './accountTree';

/** The order a neraca is read in: money first, then receivables and other assets, then the rest. */
const SECTIONS: { title: string; note?: string; match: (a: Account) => boolean }[] = [
  { title: 'Kas dan bank', match: (a) => a.money !== null },
  { title: 'Piutang dan aset lain', match: (a) => a.type === 'aset' },
  { title: 'Kewajiban', match: (a) => a.type === 'kewajiban' },
  { title: 'Ekuitas', match: (a) => a.type === 'ekuitas' },
  {
    title: 'Pendapatan dan beban',
    note: 'Biasanya kosong: diisi hanya bila saldo awal dicatat di tengah tahun buku.',
    match: (a) => a.type === 'pendapatan' || a.type === 'beban',
  },
];

type Parsed = { sen: Sen; error: null } | { sen: 0; error: string };

function parseAmount(text: string): Parsed {
  if (text.trim() === '') return { sen: 0, error: null };
  const r = parseRupiah(text, { allowNegative: false });
  return r.ok ? { sen: r.sen, error: null } : { sen: 0, error: r.message };
}

interface Totals {
  debit: Sen;
  credit: Sen;
  /** Positive: the opening equity is credited; negative: debited. */
  diff: Sen;
}

function TotalsPanel({ totals, equity }: { totals: Totals; equity: Account | undefined }) {
  const equityLabel = equity
    ? `${equity.code} ${equity.name}`
    : `Ekuitas Saldo Awal (${OPENING_EQUITY_CODE})`;
  return (
    <Paper withBorder p="sm" bg="gray.0" aria-label="Jumlah saldo awal" role="group">
      <SimpleGrid cols={3} spacing="md">
        <div>
          <Text size="xs" c="dimmed">
            Jumlah bersaldo debit
          </Text>
          <Text fw={600} data-testid="saldo-awal-debit">
            {formatRupiah(totals.debit)}
          </Text>
        </div>
        <div>
          <Text size="xs" c="dimmed">
            Jumlah bersaldo kredit
          </Text>
          <Text fw={600} data-testid="saldo-awal-kredit">
            {formatRupiah(totals.credit)}
          </Text>
        </div>
        <div>
          <Text size="xs" c="dimmed">
            Selisih ke {equityLabel}
          </Text>
          <Text fw={600} data-testid="saldo-awal-selisih" c={totals.diff === 0 ? undefined : 'blue.8'}>
            {totals.diff === 0
              ? 'Seimbang, tanpa selisih'
              : `${formatRupiah(Math.abs(totals.diff))} di sisi ${totals.diff > 0 ? 'kredit' : 'debit'}`}
          </Text>
        </div>
      </SimpleGrid>
    </Paper>
  );
}

/**
 * Guided opening balances for an office moving from Excel: the date, one amount per leaf account
 * on its normal side, then a review. Main posts one `saldo_awal` entry, the difference going to the
 * opening-equity account, and refuses a second one.
 */
export function SaldoAwalWizard({
  accounts,
  onClose,
  onSaved,
}: {
  accounts: readonly Account[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const [step, setStep] = useState(0);
  const [date, setDate] = useState(`${new Date().getFullYear() - 1}-12-31`);
  const [bukti, setBukti] = useState('');
  const [amounts, setAmounts] = useState<Record<number, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const inputs = useRef(new Map<number, HTMLInputElement>());
  const nextButton = useRef<HTMLButtonElement>(null);

  const groups = useMemo(() => groupIds(accounts), [accounts]);
  const equity = accounts.find((a) => a.code === OPENING_EQUITY_CODE && a.active);
  const equityProblem = !equity
    ? `Akun ${OPENING_EQUITY_CODE} Ekuitas Saldo Awal tidak ada atau nonaktif. Tambahkan atau aktifkan di bagan akun.`
    : groups.has(equity.id)
      ? `Akun ${equity.code} ${equity.name} punya sub-akun, sehingga tidak bisa menerima selisih saldo awal.`
      : null;

  const sections = useMemo(() => {
    const leaves = accounts.filter((a) => a.active && !groups.has(a.id) && a.code !== OPENING_EQUITY_CODE);
    const used = new Set<number>();
    return SECTIONS.map((s) => {
      const rows = leaves.filter((a) => !used.has(a.id) && s.match(a));
      for (const a of rows) used.add(a.id);
      return { ...s, rows };
    }).filter((s) => s.rows.length > 0);
  }, [accounts, groups]);
  const order = useMemo(() => sections.flatMap((s) => s.rows), [sections]);

  const parsed = useMemo(() => {
    const out = new Map<number, Parsed>();
    for (const a of order) out.set(a.id, parseAmount(amounts[a.id] ?? ''));
    return out;
  }, [order, amounts]);
  const totals = useMemo<Totals>(() => {
    let debit = 0;
    let credit = 0;
    for (const a of order) {
      const sen = parsed.get(a.id)?.sen ?? 0;
      if (a.normalSide === 'D') debit += sen;
      else credit += sen;
    }
    return { debit, credit, diff: debit - credit };
  }, [order, parsed]);
  const filled = order.filter((a) => (parsed.get(a.id)?.sen ?? 0) > 0);
  const typoCount = order.filter((a) => parsed.get(a.id)?.error).length;

  const setAmount = (id: number, text: string) => {
    setAmounts((prev) => ({ ...prev, [id]: text }));
    setErrors(({ [`acc:${id}`]: _, ...rest }) => rest);
  };

  const onAmountKey = (index: number) => (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    const next = order[index + 1];
    if (next) inputs.current.get(next.id)?.focus();
    else nextButton.current?.focus();
  };

  const goNext = () => {
    setMessage(null);
    if (step === 0) {
      if (!isIsoDate(date)) {
        setErrors((e) => ({ ...e, date: 'Isi tanggal saldo awal, mis. 31/12/2024' }));
        return;
      }
      setStep(1);
    } else if (step === 1) {
      if (typoCount > 0) {
        setMessage('Perbaiki jumlah yang bertanda merah dulu.');
        return;
      }
      if (filled.length === 0) {
        setMessage('Isi sedikitnya satu saldo.');
        return;
      }
      setStep(2);
    }
  };

  const enterGoesNext = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    goNext();
  };

  const save = async () => {
    if (!equity) return;
    const items = order
      .filter((a) => (amounts[a.id] ?? '').trim() !== '')
      .map((a) => ({ accountId: a.id, amount: (amounts[a.id] ?? '').trim() }));
    setSaving(true);
    setMessage(null);
    try {
      const result = await api.send('journal.openingBalances', {
        date,
        equityAccountId: equity.id,
        items,
        bukti: bukti.trim() || null,
      });
      notifications.show({
        color: 'teal',
        title: 'Tersimpan',
        message: `Saldo awal per ${formatTanggal(result.entry.date)} dicatat (bukti ${result.entry.bukti}).`,
      });
      onSaved();
    } catch (err) {
      setMessage(errorMessage(err));
      if (err instanceof ApiError) {
        const mapped: Record<string, string> = {};
        for (const [key, text] of Object.entries(err.fields)) {
          const m = /^items\.(\d+)\./.exec(key);
          const item = m ? items[Number(m[1])] : undefined;
          if (item) mapped[`acc:${item.accountId}`] = text;
          else mapped[key] = text;
        }
        setErrors(mapped);
        if (mapped.date || mapped.bukti) setStep(0);
        else if (Object.keys(mapped).some((k) => k.startsWith('acc:'))) setStep(1);
      }
    } finally {
      setSaving(false);
    }
  };

  const year = isIsoDate(date) ? date.slice(0, 4) : String(new Date().getFullYear() - 1);

  return (
    <Modal
      opened
      onClose={onClose}
      title="Isi saldo awal"
      size="min(1000px, 95vw)"
      closeOnClickOutside={false}
    >
      <Stack>
        <Stepper active={step} onStepClick={(s) => s < step && setStep(s)} size="sm">
          <Stepper.Step label="Tanggal" description="Per kapan saldo ini" />
          <Stepper.Step label="Saldo per akun" description="Dari neraca lama" />
          <Stepper.Step label="Periksa & simpan" description="Satu jurnal saldo awal" />
        </Stepper>

        {equityProblem && (
          <Alert color="red" icon={<IconAlertTriangle size={18} />}>
            {equityProblem}
          </Alert>
        )}
        {message && (
          <Alert color="red" title="Belum tersimpan" icon={<IconAlertTriangle size={18} />}>
            {message}
          </Alert>
        )}

        {step === 0 && (
          <Stack>
            <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />}>
              <Text size="sm">
                Saldo awal adalah posisi neraca kantor pada hari terakhir sebelum Audit UPK dipakai, biasanya{' '}
                <b>31 Desember tahun lalu</b> (tanggal tutup buku di Excel). Siapkan:
              </Text>
              <List size="sm" mt="xs">
                <List.Item>saldo kas tunai menurut buku kas dan berita acara kas;</List.Item>
                <List.Item>saldo setiap rekening bank menurut rekening koran;</List.Item>
                <List.Item>
                  sisa piutang SPP/UEP, cadangan penghapusan, inventaris dan akumulasinya;
                </List.Item>
                <List.Item>kewajiban dan ekuitas dari neraca yang sama.</List.Item>
              </List>
              <Text size="sm" mt="xs">
                Saldo awal dicatat sekali sebagai satu jurnal. Selisih antara jumlah debit dan kredit masuk ke
                akun Ekuitas Saldo Awal, sehingga neraca tetap seimbang.
              </Text>
            </Alert>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <DateField
                label="Tanggal saldo awal"
                description="Transaksi di Audit UPK dicatat sesudah tanggal ini"
                required
                value={date}
                onChange={(v) => {
                  setDate(v);
                  setErrors(({ date: _, ...rest }) => rest);
                }}
                error={errors.date}
                onKeyDown={enterGoesNext}
              />
              <TextInput
                label="Nomor bukti"
                description="Boleh dikosongkan"
                placeholder={`SA-${year}`}
                value={bukti}
                onChange={(e) => {
                  setBukti(e.currentTarget.value);
                  setErrors(({ bukti: _, ...rest }) => rest);
                }}
                error={errors.bukti}
                onKeyDown={enterGoesNext}
              />
            </SimpleGrid>
          </Stack>
        )}

        {step === 1 && (
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              Isi saldo per {isIsoDate(date) ? formatTanggal(date) : date} menurut sisi normal akunnya (tanpa
              tanda minus), mis. 12.500.000 atau Rp 1.234.567,50. Kosongkan akun yang bersaldo nol. Tekan
              Enter untuk pindah ke akun berikutnya.
            </Text>
            <ScrollArea.Autosize mah="52vh" type="auto" offsetScrollbars>
              <Table verticalSpacing={4} aria-label="Saldo awal per akun" stickyHeader>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={120}>Kode</Table.Th>
                    <Table.Th>Akun</Table.Th>
                    <Table.Th w={130} style={{ whiteSpace: 'nowrap' }}>
                      Saldo normal
                    </Table.Th>
                    <Table.Th w={220} ta="right">
                      Saldo (Rp)
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {sections.map((s) => (
                    <SectionRows
                      key={s.title}
                      title={s.title}
                      note={s.note}
                      rows={s.rows}
                      render={(a) => {
                        const index = order.indexOf(a);
                        const p = parsed.get(a.id);
                        return (
                          <Table.Tr key={a.id}>
                            <Table.Td ff="monospace" fz="sm">
                              {a.code}
                            </Table.Td>
                            <Table.Td fz="sm">{a.name}</Table.Td>
                            <Table.Td fz="sm" c="dimmed">
                              {NORMAL_SIDE_LABELS[a.normalSide]}
                            </Table.Td>
                            <Table.Td>
                              <TextInput
                                size="xs"
                                aria-label={`Saldo ${a.code} ${a.name}`}
                                inputMode="decimal"
                                placeholder="0"
                                autoFocus={index === 0}
                                styles={{ input: { textAlign: 'right' } }}
                                ref={(el) => {
                                  if (el) inputs.current.set(a.id, el);
                                  else inputs.current.delete(a.id);
                                }}
                                value={amounts[a.id] ?? ''}
                                onChange={(e) => setAmount(a.id, e.currentTarget.value)}
                                onKeyDown={onAmountKey(index)}
                                onBlur={() => {
                                  const text = amounts[a.id] ?? '';
                                  if (p && !p.error && text.trim() !== '')
                                    setAmount(a.id, formatAngka(p.sen));
                                }}
                                error={errors[`acc:${a.id}`] ?? p?.error ?? undefined}
                              />
                            </Table.Td>
                          </Table.Tr>
                        );
                      }}
                    />
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
            <TotalsPanel totals={totals} equity={equity} />
          </Stack>
        )}

        {step === 2 && (
          <Stack gap="sm">
            <Text size="sm">
              Jurnal saldo awal per <b>{isIsoDate(date) ? formatTanggal(date) : date}</b>, bukti{' '}
              <b>{bukti.trim() || `SA-${year}`}</b>. Periksa sekali lagi terhadap neraca lama.
            </Text>
            <ScrollArea.Autosize mah="46vh" type="auto" offsetScrollbars>
              <Table verticalSpacing={4} aria-label="Rincian jurnal saldo awal" withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={120}>Kode</Table.Th>
                    <Table.Th>Akun</Table.Th>
                    <Table.Th w={170} ta="right">
                      Debit
                    </Table.Th>
                    <Table.Th w={170} ta="right">
                      Kredit
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {filled.map((a) => {
                    const sen = parsed.get(a.id)?.sen ?? 0;
                    return (
                      <ReviewRow
                        key={a.id}
                        code={a.code}
                        name={a.name}
                        debit={a.normalSide === 'D' ? sen : 0}
                        credit={a.normalSide === 'K' ? sen : 0}
                      />
                    );
                  })}
                  {totals.diff !== 0 && (
                    <ReviewRow
                      code={equity?.code ?? OPENING_EQUITY_CODE}
                      name={`${equity?.name ?? 'Ekuitas Saldo Awal'} (selisih)`}
                      debit={totals.diff < 0 ? -totals.diff : 0}
                      credit={totals.diff > 0 ? totals.diff : 0}
                      emphasis
                    />
                  )}
                </Table.Tbody>
                <Table.Tfoot>
                  <Table.Tr>
                    <Table.Th colSpan={2}>Jumlah</Table.Th>
                    <Table.Th ta="right" ff="monospace">
                      {formatAngka(Math.max(totals.debit, totals.credit))}
                    </Table.Th>
                    <Table.Th ta="right" ff="monospace">
                      {formatAngka(Math.max(totals.debit, totals.credit))}
                    </Table.Th>
                  </Table.Tr>
                </Table.Tfoot>
              </Table>
            </ScrollArea.Autosize>
            <Text size="xs" c="dimmed">
              Saldo awal hanya dicatat sekali. Untuk menggantinya nanti, jurnal saldo awal ini harus
              dibatalkan dulu.
            </Text>
          </Stack>
        )}

        <Group justify="space-between">
          <Button variant="default" onClick={step === 0 ? onClose : () => setStep(step - 1)}>
            {step === 0 ? 'Batal' : 'Kembali'}
          </Button>
          {step < 2 ? (
            <Button ref={nextButton} onClick={goNext}>
              Lanjut
            </Button>
          ) : (
            <Button onClick={save} loading={saving} disabled={equityProblem !== null}>
              Simpan saldo awal
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}

function SectionRows({
  title,
  note,
  rows,
  render,
}: {
  title: string;
  note: string | undefined;
  rows: Account[];
  render: (a: Account) => ReactNode;
}) {
  return (
    <>
      <Table.Tr bg="gray.0">
        <Table.Td colSpan={4}>
          <Text size="sm" fw={700}>
            {title}
          </Text>
          {note && (
            <Text size="xs" c="dimmed">
              {note}
            </Text>
          )}
        </Table.Td>
      </Table.Tr>
      {rows.map(render)}
    </>
  );
}

function ReviewRow({
  code,
  name,
  debit,
  credit,
  emphasis,
}: {
  code: string;
  name: string;
  debit: Sen;
  credit: Sen;
  emphasis?: boolean;
}) {
  return (
    <Table.Tr fw={emphasis ? 600 : undefined} bg={emphasis ? 'blue.0' : undefined}>
      <Table.Td ff="monospace" fz="sm">
        {code}
      </Table.Td>
      <Table.Td fz="sm">{name}</Table.Td>
      <Table.Td ta="right" ff="monospace" fz="sm">
        {debit ? formatAngka(debit) : ''}
      </Table.Td>
      <Table.Td ta="right" ff="monospace" fz="sm">
        {credit ? formatAngka(credit) : ''}
      </Table.Td>
    </Table.Tr>
  );
}
