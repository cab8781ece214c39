import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Stepper,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { formatTanggal, isIsoDate } from '../../shared/format/date';
import { formatRupiah } from '../../shared/format/money';
import type { Loan, RepaymentRow } from '../../shared/pinjaman/loans';
import { JASA_BASIS_LABELS } from '../../shared/pinjaman/terms';
import { useApi } from '../api/useApi';
import { Can } from '../auth/Can';
import { accountLabel } from '../bukukas/accountOptions';
import { useOfficeClock } from '../bukukas/clock';
import { DateField } from '../common/DateField';
import { PageTitle } from '../common/PageTitle';
import { CardPrintButton } from './CardPrintButton';
import { type LoanAction, LoanActionDialog, VoidRepaymentDialog } from './LoanActions';
import { Angka, bpPercent, ClassBadge, LoanStatusBadge } from './pinjamanUi';
import { type InstalmentState, scheduleAt } from './schedulePaid';

const STATE_BADGE: Record<InstalmentState, { label: string; color: string }> = {
  lunas: { label: 'Lunas', color: 'teal' },
  sebagian: { label: 'Sebagian', color: 'yellow' },
  tertunggak: { label: 'Tertunggak', color: 'red' },
  belum: { label: 'Belum jatuh tempo', color: 'gray' },
};

function stepIndex(loan: Loan): number {
  switch (loan.status) {
    case 'usulan':
      return 1;
    case 'diverifikasi':
      return 2;
    case 'disetujui':
      return 3;
    case 'aktif':
      return 4;
    default:
      return 5;
  }
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} component="div">
        {children}
      </Text>
    </div>
  );
}

function Identity({ loan }: { loan: Loan }) {
  const t = loan.terms;
  return (
    <Card withBorder>
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" verticalSpacing="sm">
        <Field label="Kelompok">{loan.kelompokName}</Field>
        <Field label="Desa">{loan.desaName}</Field>
        <Field label="Produk">{loan.productCode}</Field>
        <Field label="Alokasi">{formatRupiah(loan.amount)}</Field>
        <Field label="Jasa">
          {bpPercent(t.rateBp)} · {JASA_BASIS_LABELS[t.jasaBasis]}
        </Field>
        <Field label="Jangka waktu">
          {t.tenor} angsuran {t.frequency}
        </Field>
        <Field label="Denda keterlambatan">
          {t.dendaPerLateInstalment > 0
            ? `${formatRupiah(t.dendaPerLateInstalment)} per angsuran`
            : 'Tidak ada'}
        </Field>
        <Field label="Tujuan usaha">{loan.purpose ?? '—'}</Field>
      </SimpleGrid>
      {loan.members.length > 0 && (
        <Text size="sm" mt="sm">
          <Text span c="dimmed" size="xs">
            Alokasi anggota:{' '}
          </Text>
          {loan.members.map((m) => `${m.name} ${formatRupiah(m.amount)}`).join(' · ')}
        </Text>
      )}
      {loan.migrated && (
        <Text size="xs" c="dimmed" mt="sm">
          Pindahan dari register lama: angsuran sebelum buku dimulai adalah riwayat tanpa jurnal.
        </Text>
      )}
    </Card>
  );
}

function Steps({ loan, onAction }: { loan: Loan; onAction: (a: LoanAction) => void }) {
  const closedLabel =
    loan.status === 'ditolak' ? 'Ditolak' : loan.status === 'dihapus' ? 'Dihapusbukukan' : 'Lunas';
  const ended = ['ditolak', 'dihapus', 'lunas', 'dijadwal_ulang'].includes(loan.status);
  return (
    <Card withBorder>
      <Stepper
        active={stepIndex(loan)}
        size="sm"
        color={loan.status === 'ditolak' || loan.status === 'dihapus' ? 'red' : undefined}
      >
        <Stepper.Step label="Usulan" description={formatTanggal(loan.proposedOn)} />
        <Stepper.Step
          label="Verifikasi"
          description={loan.verifiedOn ? formatTanggal(loan.verifiedOn) : undefined}
        />
        <Stepper.Step
          label="Penetapan MAD"
          description={
            loan.approvedOn ? `${formatTanggal(loan.approvedOn)} · ${loan.decisionNumber ?? ''}` : undefined
          }
        />
        <Stepper.Step
          label="Pencairan"
          description={loan.disbursedOn ? formatTanggal(loan.disbursedOn) : undefined}
        />
        <Stepper.Step
          label={ended ? closedLabel : 'Angsuran'}
          description={loan.closedOn ? formatTanggal(loan.closedOn) : undefined}
        />
      </Stepper>
      {loan.closeNote && (
        <Text size="sm" mt="sm">
          <Text span c="dimmed" size="sm">
            Keterangan:{' '}
          </Text>
          {loan.closeNote}
        </Text>
      )}
      <Group mt="md" gap="sm">
        {loan.status === 'usulan' && (
          <Can request="loan.verify">
            <Button onClick={() => onAction('verify')}>Verifikasi</Button>
          </Can>
        )}
        {loan.status === 'diverifikasi' && (
          <Can request="loan.approve">
            <Button onClick={() => onAction('approve')}>Setujui (penetapan MAD)</Button>
          </Can>
        )}
        {loan.status === 'disetujui' && (
          <Can request="loan.disburse">
            <Button onClick={() => onAction('disburse')}>Cairkan</Button>
          </Can>
        )}
        {['usulan', 'diverifikasi', 'disetujui'].includes(loan.status) && (
          <Can request="loan.reject">
            <Button variant="light" color="red" onClick={() => onAction('reject')}>
              Tolak
            </Button>
          </Can>
        )}
        {loan.status === 'aktif' && (
          <Can request="loan.repay">
            <Button onClick={() => onAction('repay')}>Catat angsuran</Button>
          </Can>
        )}
        {loan.status === 'aktif' && (
          <Can request="loan.reschedule">
            <Button variant="light" onClick={() => onAction('reschedule')}>
              Jadwal ulang
            </Button>
          </Can>
        )}
        {loan.status === 'aktif' && (
          <Can request="loan.writeOff">
            <Button variant="light" color="red" onClick={() => onAction('writeOff')}>
              Hapus buku
            </Button>
          </Can>
        )}
      </Group>
    </Card>
  );
}

function Position({ loan, asOf, setAsOf }: { loan: Loan; asOf: string; setAsOf: (d: string) => void }) {
  const p = loan.position;
  return (
    <Card withBorder>
      <Group justify="space-between" align="flex-end" mb="sm">
        <Title order={2} size="h4">
          Posisi per tanggal
        </Title>
        <DateField label="Per tanggal" w={180} value={asOf} onChange={setAsOf} />
      </Group>
      {!p ? (
        <Text size="sm" c="dimmed">
          Posisi pinjaman tersedia setelah pencairan.
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 3, md: 6 }} spacing="sm" role="group" aria-label="Posisi pinjaman">
          <Field label="Saldo pokok">{formatRupiah(p.saldoPokok)}</Field>
          <Field label="Tunggakan pokok">
            <Text span c={p.tunggakanPokok > 0 ? 'red' : undefined} fw={500} size="sm">
              {formatRupiah(p.tunggakanPokok)}
            </Text>
          </Field>
          <Field label="Tunggakan jasa">
            <Text span c={p.tunggakanJasa > 0 ? 'red' : undefined} fw={500} size="sm">
              {formatRupiah(p.tunggakanJasa)}
            </Text>
          </Field>
          <Field label="Hari tunggakan">
            {p.daysPastDue} hari
            {p.oldestUnpaidDue ? (
              <Text span size="xs" c="dimmed">
                {' '}
                (sejak {formatTanggal(p.oldestUnpaidDue)})
              </Text>
            ) : null}
          </Field>
          <Field label="Angsuran tertunggak">{p.instalmentsInArrears}</Field>
          <Field label="Kolektibilitas">
            <ClassBadge kolek={loan.kolek} />
          </Field>
        </SimpleGrid>
      )}
    </Card>
  );
}

function ScheduleTable({ loan, asOf }: { loan: Loan; asOf: string }) {
  const rows = scheduleAt(loan, asOf);
  if (rows.length === 0)
    return (
      <Text size="sm" c="dimmed">
        Jadwal angsuran ditetapkan saat pencairan.
      </Text>
    );
  const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + f(r), 0);
  return (
    <Table striped withTableBorder verticalSpacing={4} aria-label="Kartu angsuran">
      <Table.Thead>
        <Table.Tr>
          <Table.Th ta="right">Ke</Table.Th>
          <Table.Th>Jatuh tempo</Table.Th>
          <Table.Th ta="right">Pokok</Table.Th>
          <Table.Th ta="right">Jasa</Table.Th>
          <Table.Th ta="right">Pokok dibayar</Table.Th>
          <Table.Th ta="right">Jasa dibayar</Table.Th>
          <Table.Th>Status per {formatTanggal(asOf)}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.no}>
            <Table.Td ta="right">{r.no}</Table.Td>
            <Table.Td>{formatTanggal(r.dueDate)}</Table.Td>
            <Table.Td ta="right">
              <Angka sen={r.pokok} />
            </Table.Td>
            <Table.Td ta="right">
              <Angka sen={r.jasa} />
            </Table.Td>
            <Table.Td ta="right">
              <Angka sen={r.paidPokok} />
            </Table.Td>
            <Table.Td ta="right">
              <Angka sen={r.paidJasa} />
            </Table.Td>
            <Table.Td>
              <Badge size="sm" variant="light" color={STATE_BADGE[r.state].color}>
                {STATE_BADGE[r.state].label}
              </Badge>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr fw={700}>
          <Table.Td />
          <Table.Td>Jumlah</Table.Td>
          <Table.Td ta="right">
            <Angka sen={sum((r) => r.pokok)} strong />
          </Table.Td>
          <Table.Td ta="right">
            <Angka sen={sum((r) => r.jasa)} strong />
          </Table.Td>
          <Table.Td ta="right">
            <Angka sen={sum((r) => r.paidPokok)} strong />
          </Table.Td>
          <Table.Td ta="right">
            <Angka sen={sum((r) => r.paidJasa)} strong />
          </Table.Td>
          <Table.Td />
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}

function RepaymentsTable({ loan, onVoid }: { loan: Loan; onVoid: (r: RepaymentRow) => void }) {
  const accounts = useApi('accounts.list', { includeInactive: true });
  const accountName = (id: number | null) => {
    if (id === null) return 'register lama';
    const a = accounts.data?.find((x) => x.id === id);
    return a ? accountLabel(a) : '…';
  };
  if (loan.repayments.length === 0)
    return (
      <Text size="sm" c="dimmed">
        Belum ada angsuran.
      </Text>
    );
  return (
    <Table striped withTableBorder verticalSpacing={4} aria-label="Angsuran diterima">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Tanggal</Table.Th>
          <Table.Th>Bukti</Table.Th>
          <Table.Th>Kas/rekening</Table.Th>
          <Table.Th ta="right">Pokok</Table.Th>
          <Table.Th ta="right">Jasa</Table.Th>
          <Table.Th ta="right">Denda</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {loan.repayments.map((r) => (
          <Table.Tr key={r.id} opacity={r.voided ? 0.5 : 1}>
            <Table.Td>{formatTanggal(r.date)}</Table.Td>
            <Table.Td>{r.bukti ?? '—'}</Table.Td>
            <Table.Td>
              <Text size="sm">{accountName(r.accountId)}</Text>
            </Table.Td>
            <Table.Td ta="right" td={r.voided ? 'line-through' : undefined}>
              <Angka sen={r.pokok} />
            </Table.Td>
            <Table.Td ta="right" td={r.voided ? 'line-through' : undefined}>
              <Angka sen={r.jasa} />
            </Table.Td>
            <Table.Td ta="right" td={r.voided ? 'line-through' : undefined}>
              <Angka sen={r.denda} />
            </Table.Td>
            <Table.Td ta="right">
              {r.voided ? (
                <Badge color="gray" size="sm">
                  Dibatalkan
                </Badge>
              ) : (
                r.entryId !== null &&
                loan.status === 'aktif' && (
                  <Can request="loan.voidRepayment">
                    <Button size="compact-xs" variant="subtle" color="red" onClick={() => onVoid(r)}>
                      Batalkan
                    </Button>
                  </Can>
                )
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function LoanPage({ id }: { id: number }) {
  const clock = useOfficeClock();
  const [asOf, setAsOf] = useState(clock.today());
  const validAsOf = isIsoDate(asOf) ? asOf : clock.today();
  const loan = useApi('loan.get', { id, asOf: validAsOf });
  const [action, setAction] = useState<LoanAction | null>(null);
  const [voiding, setVoiding] = useState<RepaymentRow | null>(null);
  if (loan.error) return <Alert color="red">{loan.error}</Alert>;
  if (!loan.data) return <Loader />;
  const l = loan.data;
  return (
    <Stack>
      <Anchor size="sm" href="#/dana-bergulir/pinjaman">
        <Group gap={4}>
          <IconArrowLeft size={14} /> Daftar pinjaman
        </Group>
      </Anchor>
      <Group justify="space-between">
        <Group>
          <PageTitle>Pinjaman {l.number}</PageTitle>
          <LoanStatusBadge status={l.status} size="lg" aria-label="Status pinjaman" />
        </Group>
      </Group>
      <Identity loan={l} />
      <Steps loan={l} onAction={setAction} />
      <Position loan={l} asOf={asOf} setAsOf={setAsOf} />
      <Group justify="space-between">
        <Title order={2} size="h4">
          Kartu angsuran
        </Title>
        {l.schedule.length > 0 && <CardPrintButton loanId={l.id} asOf={validAsOf} />}
      </Group>
      <ScheduleTable loan={l} asOf={validAsOf} />
      <Title order={2} size="h4">
        Angsuran diterima
      </Title>
      <RepaymentsTable loan={l} onVoid={setVoiding} />
      {action && <LoanActionDialog key={action} action={action} loan={l} onClose={() => setAction(null)} />}
      {voiding && <VoidRepaymentDialog loan={l} repayment={voiding} onClose={() => setVoiding(null)} />}
    </Stack>
  );
}
