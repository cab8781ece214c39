import { Alert, Button, Group, Loader, SegmentedControl, Stack, Table, Text, Textarea } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import type { InputOf } from '../../shared/contract';
import { COMPARE_LABELS, COMPARE_MODES, type CompareMode } from '../../shared/laporan/periods';
import type { Calk, TrialBalance } from '../../shared/laporan/statements';
import { api } from '../api/transport';
import { type ApiState, useApi } from '../api/useApi';
import { useCan } from '../auth/useCan';
import { lastMonth, type Period, thisYear, useOfficeClock } from '../bukukas/clock';
import { PeriodFilter } from '../bukukas/PeriodFilter';
import { DateField } from '../common/DateField';
import { sendForm } from '../common/forms';
import { LedgerDrawer } from './LedgerDrawer';
import type { PreviewRequest } from './PdfPreview';
import { type AccountPick, amountText, StatementView } from './StatementView';

export type StatementKey =
  | 'neraca'
  | 'laba-rugi'
  | 'arus-kas'
  | 'perubahan-ekuitas'
  | 'neraca-saldo'
  | 'calk';

type ExportInput = InputOf<'laporan.export'>;

const NUM = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

function TrialBalanceView({ tb, onAccount }: { tb: TrialBalance; onAccount: (p: AccountPick) => void }) {
  const d = (n: number) => amountText(Math.max(n, 0));
  const k = (n: number) => amountText(Math.max(-n, 0));
  return (
    <Table withTableBorder verticalSpacing={4} aria-label="Neraca Saldo">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Akun</Table.Th>
          <Table.Th style={NUM}>Saldo awal D</Table.Th>
          <Table.Th style={NUM}>Saldo awal K</Table.Th>
          <Table.Th style={NUM}>Mutasi D</Table.Th>
          <Table.Th style={NUM}>Mutasi K</Table.Th>
          <Table.Th style={NUM}>Saldo akhir D</Table.Th>
          <Table.Th style={NUM}>Saldo akhir K</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {tb.rows.map((r) => (
          <Table.Tr
            key={r.accountId}
            style={{ cursor: 'pointer' }}
            onClick={() => onAccount({ accountId: r.accountId, label: `${r.code} ${r.name}` })}
          >
            <Table.Td fz="sm">
              {r.code} {r.name}
            </Table.Td>
            <Table.Td style={NUM}>{d(r.opening)}</Table.Td>
            <Table.Td style={NUM}>{k(r.opening)}</Table.Td>
            <Table.Td style={NUM}>{amountText(r.debit)}</Table.Td>
            <Table.Td style={NUM}>{amountText(r.credit)}</Table.Td>
            <Table.Td style={NUM}>{d(r.closing)}</Table.Td>
            <Table.Td style={NUM}>{k(r.closing)}</Table.Td>
          </Table.Tr>
        ))}
        <Table.Tr fw={700}>
          <Table.Td>Jumlah</Table.Td>
          {[
            tb.totals.openingDebit,
            tb.totals.openingCredit,
            tb.totals.debit,
            tb.totals.credit,
            tb.totals.closingDebit,
            tb.totals.closingCredit,
          ].map((v, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: six fixed columns.
            <Table.Td key={i} style={NUM}>
              {amountText(v)}
            </Table.Td>
          ))}
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}

function PoliciesEditor({ policies }: { policies: string }) {
  const [text, setText] = useState(policies);
  const [saving, setSaving] = useState(false);
  return (
    <Stack gap={4}>
      <Textarea
        label="Kebijakan akuntansi (catatan 1 CALK, satu paragraf per baris)"
        autosize
        minRows={4}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <Group justify="flex-end">
        <Button
          size="xs"
          loading={saving}
          onClick={async () => {
            setSaving(true);
            await sendForm(null, 'laporan.setPolicies', { policies: text }, 'Kebijakan akuntansi disimpan.');
            setSaving(false);
          }}
        >
          Simpan kebijakan
        </Button>
      </Group>
    </Stack>
  );
}

function CalkView({ calk }: { calk: Calk }) {
  const canEdit = useCan('laporan.setPolicies');
  return (
    <Stack gap="sm">
      <Text fw={600}>1. Kebijakan Akuntansi</Text>
      {canEdit ? (
        <PoliciesEditor policies={calk.policies} />
      ) : (
        calk.policies.split('\n').map((p) => (
          <Text key={p} size="sm" pl="md">
            {p}
          </Text>
        ))
      )}
      {calk.notes.map((n) => (
        <Group key={n.number} justify="space-between">
          <Text size="sm">
            {n.number}. {n.title} ({n.accounts.length} akun)
          </Text>
          <Text size="sm" style={NUM}>
            {amountText(n.amount)}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

function Loaded<T>({ state, children }: { state: ApiState<T>; children: (data: T) => ReactNode }) {
  if (state.error) return <Alert color="red">{state.error}</Alert>;
  if (!state.data) return <Loader />;
  return <>{children(state.data)}</>;
}

type Point = InputOf<'laporan.neraca'>;
type Range = InputOf<'laporan.labaRugi'>;
type Pick = (p: AccountPick) => void;

function NeracaBody({ input, onAccount }: { input: Point; onAccount: Pick }) {
  const state = useApi('laporan.neraca', input);
  return <Loaded state={state}>{(s) => <StatementView statement={s} onAccount={onAccount} />}</Loaded>;
}

function CalkBody({ input }: { input: Point }) {
  const state = useApi('laporan.calk', input);
  return <Loaded state={state}>{(c) => <CalkView calk={c} />}</Loaded>;
}

function RangeBody({
  name,
  input,
  onAccount,
}: {
  name: 'laporan.labaRugi' | 'laporan.arusKas' | 'laporan.perubahanEkuitas';
  input: Range;
  onAccount: Pick;
}) {
  const state = useApi(name, input);
  return <Loaded state={state}>{(s) => <StatementView statement={s} onAccount={onAccount} />}</Loaded>;
}

function TrialBody({ input, onAccount }: { input: Range; onAccount: Pick }) {
  const state = useApi('laporan.neracaSaldo', input);
  return <Loaded state={state}>{(tb) => <TrialBalanceView tb={tb} onAccount={onAccount} />}</Loaded>;
}

const RANGE_REQUEST = {
  'laba-rugi': 'laporan.labaRugi',
  'arus-kas': 'laporan.arusKas',
  'perubahan-ekuitas': 'laporan.perubahanEkuitas',
} as const;

const KIND: Record<StatementKey, ExportInput['kind']> = {
  neraca: 'neraca',
  'laba-rugi': 'laba_rugi',
  'arus-kas': 'arus_kas',
  'perubahan-ekuitas': 'perubahan_ekuitas',
  'neraca-saldo': 'neraca_saldo',
  calk: 'calk',
};

/** A financial statement: its filters, the screen view with drill-down, and the print preview. */
export function StatementPanel({
  report,
  title,
  onPreview,
}: {
  report: StatementKey;
  title: string;
  onPreview: (r: PreviewRequest) => void;
}) {
  const clock = useOfficeClock();
  const today = clock.today();
  const [date, setDate] = useState(() => lastMonth(today).to);
  const [period, setPeriod] = useState<Period>(() => thisYear(lastMonth(today).to));
  const [compare, setCompare] = useState<CompareMode>('tahun_lalu');
  const [account, setAccount] = useState<AccountPick | null>(null);
  const pointInTime = report === 'neraca' || report === 'calk';

  const exportInput = (format: 'pdf' | 'xlsx'): ExportInput => {
    const kind = KIND[report];
    if (kind === 'neraca' || kind === 'calk') return { kind, date, compare, format };
    return { kind, from: period.from, to: period.to, compare, format };
  };
  const ledgerFrom = pointInTime ? `${date.slice(0, 4)}-01-01` : period.from;
  const ledgerTo = pointInTime ? date : period.to;

  return (
    <Stack>
      <Group align="flex-end" justify="space-between">
        <Group align="flex-end">
          {pointInTime ? (
            <DateField label="Per tanggal" w={150} value={date} onChange={setDate} />
          ) : (
            <PeriodFilter value={period} today={today} errors={{}} onChange={setPeriod} />
          )}
          {report !== 'neraca-saldo' && (
            <Stack gap={2}>
              <Text size="sm" fw={500}>
                Pembanding
              </Text>
              <SegmentedControl
                value={compare}
                onChange={(v) => setCompare(v as CompareMode)}
                data={COMPARE_MODES.map((m) => ({ value: m, label: COMPARE_LABELS[m] }))}
              />
            </Stack>
          )}
        </Group>
        <Button
          leftSection={<IconEye size={16} />}
          onClick={() =>
            onPreview({
              title,
              pdf: () => api.send('laporan.export', exportInput('pdf')),
              xlsx: () => api.send('laporan.export', exportInput('xlsx')),
            })
          }
        >
          Pratinjau & cetak
        </Button>
      </Group>
      {report === 'neraca' && <NeracaBody input={{ date, compare }} onAccount={setAccount} />}
      {report === 'calk' && <CalkBody input={{ date, compare }} />}
      {report === 'neraca-saldo' && (
        <TrialBody input={{ ...period, compare: 'tidak' }} onAccount={setAccount} />
      )}
      {(report === 'laba-rugi' || report === 'arus-kas' || report === 'perubahan-ekuitas') && (
        <RangeBody name={RANGE_REQUEST[report]} input={{ ...period, compare }} onAccount={setAccount} />
      )}
      <LedgerDrawer account={account} from={ledgerFrom} to={ledgerTo} onClose={() => setAccount(null)} />
    </Stack>
  );
}
