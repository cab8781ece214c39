import { Alert, Anchor, Table, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { formatAngka } from '../../shared/format/money';
import type { Statement, StatementAccount, StatementTotal } from '../../shared/laporan/statements';

const NUM = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

export function amountText(sen: number): string {
  return formatAngka(sen, { negative: 'parentheses', zero: 'dash' });
}

export interface AccountPick {
  accountId: number;
  label: string;
}

/**
 * A statement on screen: each line opens to its accounts, each account opens its Buku Besar
 * (through `onAccount`), from which a line opens its journal entry.
 */
export function StatementView({
  statement,
  onAccount,
}: {
  statement: Statement;
  onAccount: (pick: AccountPick) => void;
}) {
  const [open, setOpen] = useState<Set<string>>(new Set());
  const withCompare = statement.compareLabel !== null;
  const toggle = (key: string) =>
    setOpen((s) => {
      const next = new Set(s);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  const amounts = (t: { amount: number; compare: number | null }, bold = false) => (
    <>
      <Table.Td style={NUM} fw={bold ? 700 : undefined}>
        {amountText(t.amount)}
      </Table.Td>
      {withCompare && (
        <Table.Td style={NUM} fw={bold ? 700 : undefined} c="dimmed">
          {amountText(t.compare ?? 0)}
        </Table.Td>
      )}
    </>
  );
  const totalRow = (t: StatementTotal, strong: boolean) => (
    <Table.Tr bg={strong ? 'var(--mantine-color-gray-1)' : undefined}>
      <Table.Td fw={700} pl={strong ? 'xs' : 'md'}>
        {t.label}
      </Table.Td>
      {amounts(t, true)}
    </Table.Tr>
  );
  const accountRow = (a: StatementAccount) => (
    <Table.Tr key={`a${a.accountId}`}>
      <Table.Td pl={56}>
        <Anchor
          component="button"
          type="button"
          size="sm"
          onClick={() => onAccount({ accountId: a.accountId, label: `${a.code} ${a.name}` })}
        >
          {a.code} {a.name}
        </Anchor>
        {a.contra && (
          <Text span size="xs" c="dimmed">
            {' '}
            (pengurang)
          </Text>
        )}
      </Table.Td>
      {amounts(a)}
    </Table.Tr>
  );

  return (
    <>
      {statement.notes.map((n) => (
        <Alert key={n.text} color={n.tone === 'peringatan' ? 'red' : 'gray'} mb="xs" variant="light">
          {n.text}
        </Alert>
      ))}
      <Table withTableBorder aria-label={statement.title} verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Uraian</Table.Th>
            <Table.Th style={NUM}>{statement.columnLabel}</Table.Th>
            {withCompare && <Table.Th style={NUM}>{statement.compareLabel}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {statement.blocks.map((block, bi) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: blocks are fixed per statement kind.
            <Fragment key={bi}>
              {block.heading && (
                <Table.Tr>
                  <Table.Td colSpan={withCompare ? 3 : 2} fw={700}>
                    {block.heading}
                  </Table.Td>
                </Table.Tr>
              )}
              {block.sections.map((section) => (
                <Fragment key={section.key}>
                  <Table.Tr>
                    <Table.Td colSpan={withCompare ? 3 : 2} fw={600} pl="md">
                      {section.label}
                    </Table.Td>
                  </Table.Tr>
                  {section.rows.map((row) => {
                    const key = `${section.key}/${row.key}`;
                    const expanded = open.has(key);
                    return (
                      <Fragment key={key}>
                        <Table.Tr>
                          <Table.Td pl={32}>
                            {row.accounts.length > 0 ? (
                              <UnstyledButton onClick={() => toggle(key)} aria-expanded={expanded} fz="sm">
                                {expanded ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}{' '}
                                {row.label}
                              </UnstyledButton>
                            ) : (
                              <Text size="sm" fs={row.computed ? 'italic' : undefined}>
                                {row.label}
                              </Text>
                            )}
                          </Table.Td>
                          {amounts(row)}
                        </Table.Tr>
                        {expanded && row.accounts.map(accountRow)}
                      </Fragment>
                    );
                  })}
                  {totalRow(section.total, false)}
                </Fragment>
              ))}
              {block.total && totalRow(block.total, true)}
            </Fragment>
          ))}
          {statement.totals.map((t) => (
            <Fragment key={t.label}>{totalRow(t, t.label === t.label.toUpperCase())}</Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
