import { Alert, Badge, Loader, Select, Stack, Table, Text, Title } from '@mantine/core';
import {
  type AccountMapping,
  CASH_CLASS_LABELS,
  CASH_CLASSES,
  type CashClass,
  GROUP_LABELS,
  GROUP_TYPES,
  STATEMENT_LINES,
  type StatementLineKey,
} from '../../shared/laporan/mapping';
import { useApi } from '../api/useApi';
import { useCan } from '../auth/useCan';
import { sendForm } from '../common/forms';

const SOURCE_LABELS: Record<AccountMapping['source'], string> = {
  sendiri: 'diatur',
  induk: 'ikut induk',
  bawaan: 'belum dipetakan',
};

const INHERIT = '';

function lineOptions(m: AccountMapping) {
  const groups = new Map<string, Array<{ value: string; label: string }>>();
  for (const line of STATEMENT_LINES) {
    if (!GROUP_TYPES[line.group].includes(m.type)) continue;
    const label = GROUP_LABELS[line.group];
    groups.set(label, [...(groups.get(label) ?? []), { value: line.key, label: line.label }]);
  }
  return [
    { group: 'Umum', items: [{ value: INHERIT, label: 'Ikut akun induk' }] },
    ...[...groups].map(([group, items]) => ({ group, items })),
  ];
}

/**
 * Pengaturan › Akun: the Neraca / Laba Rugi line each account rolls up to and its arus-kas class.
 * An account without its own mapping follows its parent; a contra account is shown as a deduction.
 */
export function MappingPanel() {
  const mappings = useApi('laporan.mapping', {});
  const canEdit = useCan('laporan.setMapping');
  const save = async (m: AccountMapping, line: StatementLineKey | null, cashClass: CashClass) => {
    await sendForm(
      null,
      'laporan.setMapping',
      { accountId: m.accountId, line, cashClass },
      `Pemetaan ${m.code} ${m.name} disimpan.`,
    );
  };
  if (mappings.error) return <Alert color="red">{mappings.error}</Alert>;
  if (!mappings.data) return <Loader />;
  const unmapped = mappings.data.filter((m) => m.source === 'bawaan' && !m.isGroup && m.active);
  return (
    <Stack gap="sm">
      <Title order={3}>Pemetaan laporan keuangan</Title>
      <Text size="sm" c="dimmed">
        Setiap akun masuk ke satu baris Neraca atau Laba Rugi, dan ke satu kelompok arus kas (dipakai bila
        akun ini menjadi lawan transaksi kas/bank). Akun tanpa pemetaan sendiri mengikuti akun induknya.
      </Text>
      {unmapped.length > 0 && (
        <Alert color="orange" title="Akun belum dipetakan">
          {unmapped.map((m) => `${m.code} ${m.name}`).join(', ')} — sementara masuk baris bawaan jenisnya.
        </Alert>
      )}
      <Table withTableBorder verticalSpacing={4} aria-label="Pemetaan laporan">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Akun</Table.Th>
            <Table.Th>Baris laporan</Table.Th>
            <Table.Th>Arus kas</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {mappings.data
            .filter((m) => m.active)
            .map((m) => (
              <Table.Tr key={m.accountId}>
                <Table.Td>
                  <Text size="sm" fw={m.isGroup ? 600 : undefined}>
                    {m.code} {m.name}
                  </Text>
                  <Badge size="xs" variant="light" color={m.source === 'bawaan' ? 'orange' : 'gray'}>
                    {SOURCE_LABELS[m.source]}
                  </Badge>{' '}
                  {m.contra && (
                    <Badge size="xs" variant="light" color="grape">
                      pengurang
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Select
                    aria-label={`Baris laporan ${m.code}`}
                    size="xs"
                    disabled={!canEdit}
                    data={lineOptions(m)}
                    value={m.source === 'sendiri' ? m.line : INHERIT}
                    placeholder={STATEMENT_LINES.find((l) => l.key === m.line)?.label}
                    allowDeselect={false}
                    onChange={(v) => void save(m, v ? (v as StatementLineKey) : null, m.cashClass)}
                  />
                  {m.source !== 'sendiri' && (
                    <Text size="xs" c="dimmed">
                      Sekarang: {STATEMENT_LINES.find((l) => l.key === m.line)?.label}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Select
                    aria-label={`Arus kas ${m.code}`}
                    size="xs"
                    disabled={!canEdit}
                    data={CASH_CLASSES.map((c) => ({ value: c, label: CASH_CLASS_LABELS[c] }))}
                    value={m.cashClass}
                    allowDeselect={false}
                    onChange={(v) => v && void save(m, m.line, v as CashClass)}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
