import { Anchor, Card, Group, SimpleGrid, Text } from '@mantine/core';
import { formatRupiah } from '../../shared/format/money';
import type { Account } from '../../shared/ledger/accounts';
import { useApi } from '../api/useApi';

function Saldo({ account, date }: { account: Account; date: string }) {
  const { data } = useApi('books.balanceAt', {
    accountId: account.id,
    date,
    time: '23:59',
    moment: 'sesudah',
  });
  const bank = account.money?.bank;
  return (
    <Card withBorder>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} truncate title={account.name}>
        {account.name}
      </Text>
      {bank && (
        <Text size="xs" c="dimmed" truncate title={`${bank.bankName} ${bank.accountNumber}`}>
          {bank.bankName} {bank.accountNumber}
        </Text>
      )}
      <Text
        fw={700}
        size="lg"
        style={{ fontVariantNumeric: 'tabular-nums' }}
        c={data && data.balance < 0 ? 'red.8' : undefined}
      >
        {data ? formatRupiah(data.balance) : '…'}
      </Text>
    </Card>
  );
}

/** Today's book balance of every cash box and bank account, straight from the journal. */
export function SaldoKasBank({ date, onOpen }: { date: string; onOpen: () => void }) {
  const accounts = useApi('accounts.list', { includeInactive: false });
  const money = accounts.data?.filter((a) => a.money) ?? [];
  if (money.length === 0) return null;
  return (
    <div>
      <Group justify="space-between" mb="xs">
        <Text fw={700} size="lg">
          Saldo kas dan bank menurut buku
        </Text>
        <Anchor component="button" type="button" size="sm" onClick={onOpen}>
          Buka Buku Kas & Bank →
        </Anchor>
      </Group>
      <SimpleGrid cols={{ base: 2, md: 3 }}>
        {money.map((a) => (
          <Saldo key={a.id} account={a} date={date} />
        ))}
      </SimpleGrid>
    </div>
  );
}
