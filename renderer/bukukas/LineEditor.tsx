import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo } from 'react';
import type { Account } from '../../shared/ledger/accounts';
import { AMOUNT_STYLES } from './AmountInput';
import { groupedAccountOptions } from './accountOptions';
import { ACCOUNT_SELECT_PROPS } from './accountSelectProps';
import { ENTRY_FIELD } from './enterToNext';
import { type JournalValues, lineTotals, newLine } from './journalValues';
import { LineTotals } from './LineTotals';

const AMOUNT_WIDTH = 150;

/**
 * General-journal lines: account, debit, kredit; rows can be added and removed (two at least).
 * The sums and the difference update as the person types.
 */
export function LineEditor({
  form,
  accounts,
}: {
  form: UseFormReturnType<JournalValues>;
  accounts: readonly Account[];
}) {
  const options = useMemo(() => groupedAccountOptions(accounts, { withMoney: true }), [accounts]);
  const lines = form.values.lines;
  const totals = lineTotals(lines);
  const linesError = form.errors.lines;

  return (
    <Stack gap={6}>
      <Group gap="sm" wrap="nowrap" px={4}>
        <Text size="sm" fw={600} style={{ flex: 1 }}>
          Akun
        </Text>
        <Text size="sm" fw={600} w={AMOUNT_WIDTH} ta="right">
          Debit
        </Text>
        <Text size="sm" fw={600} w={AMOUNT_WIDTH} ta="right">
          Kredit
        </Text>
        <div style={{ width: 28 }} />
      </Group>
      <Stack gap={6} role="list" aria-label="Baris jurnal">
        {lines.map((line, i) => (
          <Group
            key={line.key}
            gap="sm"
            wrap="nowrap"
            align="flex-start"
            role="listitem"
            aria-label={`Baris ${i + 1}`}
          >
            <Select
              style={{ flex: 1 }}
              aria-label={`Akun baris ${i + 1}`}
              placeholder="Cari kode atau nama akun"
              data={options}
              {...ACCOUNT_SELECT_PROPS}
              {...form.getInputProps(`lines.${i}.accountId`)}
            />
            <TextInput
              w={AMOUNT_WIDTH}
              aria-label={`Debit baris ${i + 1}`}
              inputMode="decimal"
              autoComplete="off"
              styles={AMOUNT_STYLES}
              {...ENTRY_FIELD}
              {...form.getInputProps(`lines.${i}.debit`)}
            />
            <TextInput
              w={AMOUNT_WIDTH}
              aria-label={`Kredit baris ${i + 1}`}
              inputMode="decimal"
              autoComplete="off"
              styles={AMOUNT_STYLES}
              {...ENTRY_FIELD}
              {...form.getInputProps(`lines.${i}.credit`)}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mt={4}
              aria-label={`Hapus baris ${i + 1}`}
              disabled={lines.length <= 2}
              onClick={() => form.removeListItem('lines', i)}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
      </Stack>
      <div style={{ borderTop: '1px solid var(--mantine-color-gray-3)', paddingTop: 6 }}>
        <LineTotals totals={totals} amountWidth={AMOUNT_WIDTH} />
      </div>
      {linesError && (
        <Text size="sm" c="red.7" px={4}>
          {linesError}
        </Text>
      )}
      <Group>
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconPlus size={14} />}
          onClick={() => form.insertListItem('lines', newLine())}
        >
          Tambah baris
        </Button>
      </Group>
    </Stack>
  );
}
