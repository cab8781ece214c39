import { Anchor, Badge, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import type { Desa } from '../../shared/desa/desa';
import { formatJam, formatTanggalPanjang } from '../../shared/format/date';
import { formatAngka } from '../../shared/format/money';
import { ENTRY_KIND_LABELS, type JournalEntry } from '../../shared/ledger/journal';
import { useAppState } from '../shell/AppState';
import { auditTime } from './auditTime';

const NUM = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

/** What was recorded, its lines, and who recorded, changed or voided it and when. */
export function EntryDetails({
  entry,
  desa,
  onOpenEntry,
}: {
  entry: JournalEntry;
  desa: readonly Desa[];
  onOpenEntry: (id: number) => void;
}) {
  const zone = useAppState().profile?.timeZone ?? 'WIB';
  const debit = entry.lines.reduce((s, l) => s + l.debit, 0);
  const credit = entry.lines.reduce((s, l) => s + l.credit, 0);
  const desaName = entry.desaId === null ? null : (desa.find((d) => d.id === entry.desaId)?.name ?? '—');
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Field label="Tanggal">
          {formatTanggalPanjang(entry.date)}, {formatJam(entry.time)}
        </Field>
        <Field label="No. Bukti">{entry.bukti}</Field>
        <Field label="Jenis">
          <Group gap={4}>
            <Badge variant="light">{ENTRY_KIND_LABELS[entry.kind]}</Badge>
            {entry.voided && <Badge color="gray">Batal</Badge>}
            {entry.locked && (
              <Badge color="orange" variant="light">
                Terkunci
              </Badge>
            )}
          </Group>
        </Field>
        <Field label="Desa">{desaName ?? 'Tidak terkait desa'}</Field>
      </SimpleGrid>
      <Field label="Uraian">{entry.description}</Field>

      <Table withTableBorder verticalSpacing={6} aria-label="Baris jurnal" opacity={entry.voided ? 0.6 : 1}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={130}>Kode</Table.Th>
            <Table.Th>Nama akun</Table.Th>
            <Table.Th w={150} style={NUM}>
              Debit
            </Table.Th>
            <Table.Th w={150} style={NUM}>
              Kredit
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody td={entry.voided ? 'line-through' : undefined}>
          {entry.lines.map((l, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one entry never reorder; an account may repeat.
            <Table.Tr key={`${l.accountId}-${i}`}>
              <Table.Td ff="monospace" fz="sm">
                {l.accountCode}
              </Table.Td>
              <Table.Td fz="sm" pl={l.credit > 0 && l.debit === 0 ? 'xl' : undefined}>
                {l.accountName}
              </Table.Td>
              <Table.Td fz="sm" style={NUM}>
                {l.debit ? formatAngka(l.debit) : ''}
              </Table.Td>
              <Table.Td fz="sm" style={NUM}>
                {l.credit ? formatAngka(l.credit) : ''}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th colSpan={2}>Jumlah</Table.Th>
            <Table.Th style={NUM}>{formatAngka(debit)}</Table.Th>
            <Table.Th style={NUM}>{formatAngka(credit)}</Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>

      <Stack gap={2} aria-label="Riwayat jurnal">
        <Text size="xs" c="dimmed">
          Dicatat oleh {entry.createdBy} pada {auditTime(entry.createdAt, zone)}
        </Text>
        {entry.updatedAt && (
          <Text size="xs" c="dimmed">
            Terakhir diubah oleh {entry.updatedBy ?? '—'} pada {auditTime(entry.updatedAt, zone)}
          </Text>
        )}
        {entry.voided && (
          <Text size="xs" c="red.7">
            Dibatalkan oleh {entry.voidedBy ?? '—'}
            {entry.voidedAt ? ` pada ${auditTime(entry.voidedAt, zone)}` : ''}. Alasan:{' '}
            {entry.voidReason ?? '—'}
          </Text>
        )}
        {entry.reversesEntryId !== null && (
          <LinkedEntry
            text="Jurnal ini membalik"
            link="jurnal asli"
            onOpen={() => onOpenEntry(entry.reversesEntryId ?? 0)}
          />
        )}
        {entry.reversedByEntryId !== null && (
          <LinkedEntry
            text="Sudah dikoreksi dengan"
            link="jurnal pembalik"
            onOpen={() => onOpenEntry(entry.reversedByEntryId ?? 0)}
          />
        )}
      </Stack>
    </Stack>
  );
}

/** A history line naming the entry this one reverses, or the one that reversed it. */
function LinkedEntry({ text, link, onOpen }: { text: string; link: string; onOpen: () => void }) {
  return (
    <Text size="xs" c="dimmed">
      {text}{' '}
      <Anchor size="xs" component="button" type="button" onClick={onOpen}>
        {link}
      </Anchor>
      .
    </Text>
  );
}
