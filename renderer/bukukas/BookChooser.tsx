import { Tabs } from '@mantine/core';
import { IconBook, IconBuildingBank, IconCash } from '@tabler/icons-react';
import type { Account } from '../../shared/ledger/accounts';

export const BKU = 'bku';

/** Buku Kas Umum first, then one book per cash box and bank account. */
export function BookChooser({
  value,
  accounts,
  onChange,
}: {
  value: string;
  accounts: readonly Account[];
  onChange: (book: string) => void;
}) {
  return (
    <Tabs value={value} onChange={(v) => onChange(v ?? BKU)} keepMounted={false}>
      <Tabs.List aria-label="Pilih buku">
        <Tabs.Tab value={BKU} leftSection={<IconBook size={16} />}>
          Buku Kas Umum
        </Tabs.Tab>
        {accounts.map((a) => (
          <Tabs.Tab
            key={a.id}
            value={String(a.id)}
            leftSection={a.money?.kind === 'bank' ? <IconBuildingBank size={16} /> : <IconCash size={16} />}
          >
            {a.name}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
