import {
  Alert,
  Badge,
  Box,
  Button,
  Card,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Table,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconBuildingBank, IconCash, IconPlus, IconScale } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { ACCOUNT_TYPE_LABELS, type Account, type MoneyKind } from '../../shared/ledger/accounts';
import { useApi } from '../api/useApi';
import { Can } from '../auth/Can';
import { sendForm } from '../common/forms';
import { AccountDialog, NORMAL_SIDE_LABELS } from './AccountDialogs';
import { codeDepth, groupIds } from './accountTree';
import { BANK_TYPE_LABELS, MoneyAccountDialog } from './MoneyAccountDialog';
import { PanelHeader } from './PanelHeader';
import { SaldoAwalWizard } from './SaldoAwalWizard';
import { SetActiveButton } from './SetActiveButton';

type Dialog =
  | { kind: 'money'; moneyKind: MoneyKind; account: Account | null }
  | { kind: 'account'; account: Account | null; parent: Account | null }
  | { kind: 'saldo' }
  | null;

function ActiveToggle({ account, reload }: { account: Account; reload: () => Promise<void> }) {
  const what = account.money ? (account.money.kind === 'bank' ? 'Rekening' : 'Kas') : 'Akun';
  const label = `${account.code} ${account.name}`;
  return (
    <Can request="accounts.setActive">
      <SetActiveButton
        active={account.active}
        title={account.active ? `Nonaktifkan ${what.toLowerCase()}?` : 'Aktifkan kembali?'}
        message={
          account.active
            ? `${label} tidak akan muncul lagi di pilihan transaksi. Jurnal dan saldo yang sudah ada tetap tersimpan.`
            : `${label} akan muncul lagi di pilihan transaksi.`
        }
        onConfirm={async () => {
          const done = await sendForm(
            null,
            'accounts.setActive',
            { id: account.id, active: !account.active },
            account.active
              ? `${what} ${account.name} dinonaktifkan.`
              : `${what} ${account.name} aktif kembali.`,
          );
          if (done) await reload();
        }}
      />
    </Can>
  );
}

function MoneyCard({
  account,
  onEdit,
  reload,
}: {
  account: Account;
  onEdit: () => void;
  reload: () => Promise<void>;
}) {
  const isBank = account.money?.kind === 'bank';
  const bank = account.money?.bank ?? null;
  return (
    <Card
      withBorder
      padding="md"
      role="listitem"
      aria-label={account.name}
      opacity={account.active ? 1 : 0.6}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Group gap="sm" align="flex-start" wrap="nowrap">
          <ThemeIcon variant="light" size="lg" color={isBank ? 'blue' : 'teal'}>
            {isBank ? <IconBuildingBank size={20} /> : <IconCash size={20} />}
          </ThemeIcon>
          <div>
            <Text fw={600}>{account.name}</Text>
            <Text size="xs" c="dimmed" ff="monospace">
              {account.code}
            </Text>
          </div>
        </Group>
        <Group gap={4} style={{ flexShrink: 0 }}>
          {isBank && bank && (
            <Badge variant="light" color="blue">
              {BANK_TYPE_LABELS[bank.bankType]}
            </Badge>
          )}
          {!isBank && (
            <Badge variant="light" color="teal">
              Kas
            </Badge>
          )}
          {!account.active && <Badge color="gray">Nonaktif</Badge>}
        </Group>
      </Group>
      {!isBank && (
        <Text size="sm" c="dimmed" mt="sm">
          Uang tunai dengan buku kasnya sendiri
        </Text>
      )}
      {isBank && (
        <Stack gap={0} mt="sm">
          {bank ? (
            <>
              <Text size="sm">{bank.bankName}</Text>
              <Text size="sm" ff="monospace">
                No. {bank.accountNumber}
              </Text>
              <Text size="sm" c="dimmed">
                a.n. {bank.holder}
              </Text>
            </>
          ) : (
            <Text size="sm" c="orange">
              Data rekening belum lengkap
            </Text>
          )}
        </Stack>
      )}
      <Group gap="xs" mt="auto" pt="md">
        <Can request="accounts.update">
          <Button size="compact-sm" variant="light" onClick={onEdit}>
            Ubah
          </Button>
        </Can>
        <ActiveToggle account={account} reload={reload} />
      </Group>
    </Card>
  );
}

/** Cash boxes, bank accounts and the chart of accounts; the guided opening balances start here. */
export function AkunPanel() {
  const [showInactive, setShowInactive] = useState(false);
  const list = useApi('accounts.list', { includeInactive: true });
  const [dialog, setDialog] = useState<Dialog>(null);
  const accounts = list.data ?? [];
  const groups = useMemo(() => groupIds(list.data ?? []), [list.data]);
  const shown = accounts.filter((a) => showInactive || a.active);
  const money = shown.filter((a) => a.money !== null);
  const done = () => {
    setDialog(null);
    void list.reload();
  };

  if (!list.data) return list.error ? <Alert color="red">{list.error}</Alert> : <Loader />;

  return (
    <Stack gap="xl">
      <PanelHeader
        align="flex-start"
        intro={
          <Text size="sm" c="dimmed" maw={720}>
            Kas, rekening bank dan bagan akun kantor. Kantor yang pindah dari Excel mengisi saldo awal sekali,
            per tanggal tutup buku terakhir.
          </Text>
        }
        showInactive={showInactive}
        onShowInactiveChange={setShowInactive}
      >
        <Can request="journal.openingBalances">
          <Button
            variant="light"
            leftSection={<IconScale size={16} />}
            onClick={() => setDialog({ kind: 'saldo' })}
          >
            Isi saldo awal
          </Button>
        </Can>
      </PanelHeader>
      {list.error && <Alert color="red">{list.error}</Alert>}

      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3">
            Kas dan rekening bank
          </Title>
          <Group>
            <Can request="accounts.createMoney">
              <Button
                variant="default"
                leftSection={<IconPlus size={16} />}
                onClick={() => setDialog({ kind: 'money', moneyKind: 'kas', account: null })}
              >
                Tambah kas
              </Button>
            </Can>
            <Can request="accounts.createMoney">
              <Button
                leftSection={<IconPlus size={16} />}
                onClick={() => setDialog({ kind: 'money', moneyKind: 'bank', account: null })}
              >
                Tambah rekening bank
              </Button>
            </Can>
          </Group>
        </Group>
        {money.length === 0 ? (
          <Alert color="gray" title="Belum ada kas atau rekening">
            Tambahkan kas tunai dan setiap rekening bank kantor; masing-masing punya bukunya sendiri.
          </Alert>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} role="list" aria-label="Kas dan rekening bank">
            {money.map((a) => (
              <MoneyCard
                key={a.id}
                account={a}
                reload={list.reload}
                onEdit={() => setDialog({ kind: 'money', moneyKind: a.money?.kind ?? 'kas', account: a })}
              />
            ))}
          </SimpleGrid>
        )}
      </Stack>

      <Stack gap="sm">
        <Group justify="space-between">
          <div>
            <Title order={2} size="h3">
              Bagan akun
            </Title>
            <Text size="sm" c="dimmed">
              Akun bercetak tebal adalah akun kelompok; transaksi dicatat ke sub-akunnya.
            </Text>
          </div>
          <Can request="accounts.create">
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={() => setDialog({ kind: 'account', account: null, parent: null })}
            >
              Tambah akun
            </Button>
          </Can>
        </Group>
        <Table highlightOnHover verticalSpacing={4} aria-label="Bagan akun">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={115}>Kode</Table.Th>
              <Table.Th>Nama</Table.Th>
              <Table.Th w={100}>Jenis</Table.Th>
              <Table.Th w={120} style={{ whiteSpace: 'nowrap' }}>
                Saldo normal
              </Table.Th>
              <Table.Th w={90}>Status</Table.Th>
              <Table.Th w={280}>Tindakan</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((a) => {
              const group = groups.has(a.id);
              const depth = codeDepth(a.code);
              return (
                <Table.Tr key={a.id} opacity={a.active ? 1 : 0.55} bg={depth === 0 ? 'gray.0' : undefined}>
                  <Table.Td ff="monospace" fw={group ? 700 : undefined} fz="sm">
                    {a.code}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap" pl={depth * 20}>
                      <Text size="sm" fw={group ? 700 : undefined}>
                        {a.name}
                      </Text>
                      {a.money && (
                        <Badge
                          size="xs"
                          variant="light"
                          color={a.money.kind === 'bank' ? 'blue' : 'teal'}
                          style={{ flexShrink: 0 }}
                        >
                          {a.money.kind === 'bank' ? 'Bank' : 'Kas'}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td fz="sm">{ACCOUNT_TYPE_LABELS[a.type]}</Table.Td>
                  <Table.Td fz="sm">{NORMAL_SIDE_LABELS[a.normalSide]}</Table.Td>
                  <Table.Td>
                    {a.active ? (
                      <Text size="sm" c="dimmed">
                        Aktif
                      </Text>
                    ) : (
                      <Badge color="gray">Nonaktif</Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Can request="accounts.update">
                        <Button
                          size="compact-sm"
                          variant="light"
                          onClick={() =>
                            a.money
                              ? setDialog({ kind: 'money', moneyKind: a.money.kind, account: a })
                              : setDialog({ kind: 'account', account: a, parent: null })
                          }
                        >
                          Ubah
                        </Button>
                      </Can>
                      <Box w={106}>
                        {!a.money && a.active && (
                          <Can request="accounts.create">
                            <Button
                              size="compact-sm"
                              variant="subtle"
                              onClick={() => setDialog({ kind: 'account', account: null, parent: a })}
                            >
                              + Sub-akun
                            </Button>
                          </Can>
                        )}
                      </Box>
                      <ActiveToggle account={a} reload={list.reload} />
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Stack>

      {dialog?.kind === 'money' && (
        <MoneyAccountDialog
          kind={dialog.moneyKind}
          account={dialog.account}
          accounts={accounts}
          onClose={() => setDialog(null)}
          onSaved={done}
        />
      )}
      {dialog?.kind === 'account' && (
        <AccountDialog
          account={dialog.account}
          parent={dialog.parent}
          accounts={accounts}
          onClose={() => setDialog(null)}
          onSaved={done}
        />
      )}
      {dialog?.kind === 'saldo' && (
        <SaldoAwalWizard accounts={accounts} onClose={() => setDialog(null)} onSaved={done} />
      )}
    </Stack>
  );
}
