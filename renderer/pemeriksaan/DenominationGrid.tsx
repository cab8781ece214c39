import { Badge, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { type FocusEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { formatRupiah } from '../../shared/format/money';
import { terbilangRupiah } from '../../shared/format/terbilang';
import type { CashPart } from '../../shared/pemeriksaan/pemeriksaan';
import { sendForm } from '../common/forms';
import { countOf, DenominationTable } from './DenominationTable';
import { DifferenceSummary } from './DifferenceSummary';

type Draft = Record<number, string>;

function draftOf(counts: CashPart['counts']): Draft {
  return Object.fromEntries(counts.map((c) => [c.denominationId, c.count > 0 ? String(c.count) : '']));
}

function sameCounts(draft: Draft, counts: CashPart['counts']): boolean {
  return counts.every((c) => countOf(draft[c.denominationId]) === c.count);
}

/**
 * The count, typed from the keyboard: Enter or ↓ to the next row, ↑ back, Tab as usual. Totals and
 * the difference follow every keystroke; the count is saved when focus leaves the grid or with the
 * button. Counts saved by someone else are taken over unless something typed here is unsaved.
 */
export function DenominationGrid({
  examId,
  cash,
  readOnly,
}: {
  examId: number;
  cash: CashPart;
  readOnly: boolean;
}) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(cash.counts));
  const [saving, setSaving] = useState(false);
  const saved = useRef(cash.counts);
  const serverKey = JSON.stringify(cash.counts.map((c) => [c.denominationId, c.count]));
  // biome-ignore lint/correctness/useExhaustiveDependencies: serverKey stands for cash.counts.
  useEffect(() => {
    const previous = saved.current;
    setDraft((d) => (sameCounts(d, previous) ? draftOf(cash.counts) : d));
    saved.current = cash.counts;
  }, [serverKey]);

  const dirty = !sameCounts(draft, cash.counts) || !cash.counted;
  const lines = (kind: 'kertas' | 'logam') => cash.counts.filter((c) => c.kind === kind);
  const physical = cash.counts.reduce((s, c) => s + c.value * countOf(draft[c.denominationId]), 0);

  const save = async () => {
    if (readOnly || saving) return;
    setSaving(true);
    await sendForm(null, 'exam.setCounts', {
      id: examId,
      accountId: cash.accountId,
      counts: cash.counts.map((c) => ({
        denominationId: c.denominationId,
        count: countOf(draft[c.denominationId]),
      })),
    });
    setSaving(false);
  };

  const move = (event: KeyboardEvent<HTMLInputElement>) => {
    const step = event.key === 'Enter' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const grid = event.currentTarget.closest('[data-count-grid]');
    const inputs = [...(grid?.querySelectorAll<HTMLElement>('[data-count-input], [data-count-save]') ?? [])];
    inputs[inputs.indexOf(event.currentTarget) + step]?.focus();
  };

  const leave = (event: FocusEvent<HTMLDivElement>) => {
    if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
    if (!sameCounts(draft, cash.counts)) void save();
  };

  return (
    <Stack gap="sm" data-count-grid onBlur={readOnly ? undefined : leave}>
      <Group justify="space-between">
        <Text fw={600}>Uang tunai fisik (hitungan per pecahan)</Text>
        {!readOnly && dirty && (
          <Badge color="yellow" variant="light">
            {cash.counted ? 'Belum disimpan' : 'Belum dihitung'}
          </Badge>
        )}
      </Group>
      <SimpleGrid cols={2} spacing="lg" style={{ alignItems: 'start' }}>
        {(['kertas', 'logam'] as const).map((kind) => (
          <DenominationTable
            key={kind}
            kind={kind}
            lines={lines(kind)}
            draft={draft}
            onChange={(id, text) => setDraft((d) => ({ ...d, [id]: text }))}
            onKeyDown={move}
            readOnly={readOnly}
          />
        ))}
      </SimpleGrid>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Text size="sm" c="dimmed">
            Total kas fisik
          </Text>
          <Text fw={700} size="xl" data-testid="total-fisik" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {formatRupiah(physical)}
          </Text>
          <Text size="sm" fs="italic">
            ({terbilangRupiah(physical, { casing: 'sentence' })})
          </Text>
        </div>
        {!readOnly && (
          <Button data-count-save onClick={save} loading={saving} variant={dirty ? 'filled' : 'light'}>
            Simpan hitungan
          </Button>
        )}
      </Group>
      <DifferenceSummary physical={physical} book={cash.book.balance} explained={cash.explained} />
    </Stack>
  );
}
