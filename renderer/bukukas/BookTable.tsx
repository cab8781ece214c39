import { Center, Group, Loader, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconFileOff } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import type { BookRow } from '../../shared/ledger/books';
import { BookRowView } from './BookRowView';
import { bookColumns, gridTemplate, HEADER_HEIGHT, minTableWidth, ROW_HEIGHT } from './bookColumns';
import classes from './bookTable.module.css';
import { OpeningRow } from './OpeningRow';
import type { BookHead } from './useBookPages';

interface Props {
  label: string;
  bku: boolean;
  from: string;
  head: BookHead | null;
  rows: BookRow[];
  hasMore: boolean;
  loading: boolean;
  loadMore: () => void;
  onOpen: (row: BookRow) => void;
  /** Shown under the opening row when the period (or the search) has no rows. */
  empty: { title: string; hint: string };
}

/** Where a navigation key moves the selection, or null for other keys. */
function targetOf(key: string, selected: number, page: number, count: number): number | null {
  switch (key) {
    case 'ArrowDown':
      return selected + 1;
    case 'ArrowUp':
      return selected < 0 ? 0 : selected - 1;
    case 'PageDown':
      return selected + page;
    case 'PageUp':
      return selected - page;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/** Rows from the end at which the next page is fetched, before the person gets there. */
const PREFETCH = 30;

/**
 * The book, virtualised: only the rows on screen are in the DOM and pages load as the person
 * scrolls. The list takes focus; ↑/↓ (and PgUp/PgDn, Home/End) move the selection, Enter opens it.
 * Remount it (key) when the book or period changes, so scroll and selection start again.
 */
export function BookTable(props: Props) {
  const { bku, head, rows, hasMore, loadMore, onOpen } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState(-1);
  const columns = bookColumns(bku);
  const template = gridTemplate(columns);
  const count = 1 + rows.length + (hasMore ? 1 : 0);

  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const lastShown = items.at(-1)?.index ?? 0;

  useEffect(() => {
    if (hasMore && lastShown >= count - PREFETCH) loadMore();
  }, [hasMore, lastShown, count, loadMore]);

  const select = (index: number) => {
    if (rows.length === 0) return;
    const i = Math.max(0, Math.min(rows.length - 1, index));
    setSelected(i);
    virtualizer.scrollToIndex(i + 1, { align: 'auto' });
  };

  const page = Math.max(
    1,
    Math.floor(((scroller.current?.clientHeight ?? 400) - HEADER_HEIGHT) / ROW_HEIGHT) - 1,
  );
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = targetOf(event.key, selected, page, rows.length);
    if (target !== null) {
      event.preventDefault();
      select(target);
    } else if (event.key === 'Enter' && selected >= 0) {
      const row = rows[selected];
      if (!row) return;
      event.preventDefault();
      onOpen(row);
    }
  };

  const activeRow = selected >= 0 ? rows[selected] : undefined;
  const rowId = (r: BookRow) => `buku-baris-${r.lineId}`;
  const showEmpty = !props.loading && rows.length === 0;

  const bodyStyle = { height: virtualizer.getTotalSize() - HEADER_HEIGHT };
  return (
    <div ref={scroller} className={classes.scroller}>
      <table
        className={classes.table}
        style={{ minWidth: minTableWidth(bku) }}
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the WAI-ARIA data grid pattern, a focusable table whose selected row is its aria-activedescendant.
        role="grid"
        aria-label={props.label}
        aria-readonly
        aria-rowcount={hasMore ? -1 : rows.length + 2}
        aria-activedescendant={activeRow ? rowId(activeRow) : undefined}
        aria-busy={props.loading}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onFocus={() => {
          if (selected < 0 && rows.length > 0) setSelected(0);
        }}
      >
        <thead className={classes.head}>
          <tr
            aria-rowindex={1}
            className={classes.header}
            style={{ gridTemplateColumns: template, height: HEADER_HEIGHT }}
          >
            {columns.map((c) => (
              <th key={c.key} className={c.numeric ? classes.num : classes.cell}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={classes.body} style={bodyStyle}>
          {items.map((item) => {
            const style = {
              gridTemplateColumns: template,
              height: item.size,
              transform: `translateY(${item.start - HEADER_HEIGHT}px)`,
            };
            if (item.index === 0) {
              return (
                <OpeningRow
                  key="saldo-awal"
                  from={props.from}
                  balance={head?.openingBalance ?? null}
                  bku={bku}
                  style={style}
                />
              );
            }
            const row = rows[item.index - 1];
            if (!row) {
              return (
                <tr key="memuat" className={classes.row} style={style}>
                  <td style={{ gridColumn: '1 / -1' }}>
                    <Group gap="xs">
                      <Loader size="xs" />
                      <Text size="sm" c="dimmed">
                        Memuat baris berikutnya…
                      </Text>
                    </Group>
                  </td>
                </tr>
              );
            }
            return (
              <BookRowView
                key={row.lineId}
                id={rowId(row)}
                row={row}
                bku={bku}
                rowIndex={item.index + 2}
                selected={item.index - 1 === selected}
                style={style}
                onClick={() => {
                  setSelected(item.index - 1);
                  onOpen(row);
                }}
              />
            );
          })}
        </tbody>
      </table>
      {showEmpty && (
        <Center py="xl" style={{ position: 'absolute', top: HEADER_HEIGHT + ROW_HEIGHT, left: 0, right: 0 }}>
          <Stack align="center" gap={4}>
            <ThemeIcon variant="light" color="gray" size="xl" radius="xl">
              <IconFileOff size={22} />
            </ThemeIcon>
            <Text fw={600}>{props.empty.title}</Text>
            <Text size="sm" c="dimmed" ta="center" maw={420}>
              {props.empty.hint}
            </Text>
          </Stack>
        </Center>
      )}
      {props.loading && rows.length === 0 && (
        <Center style={{ position: 'absolute', top: HEADER_HEIGHT + ROW_HEIGHT, left: 0, right: 0 }} py="xl">
          <Loader size="sm" />
        </Center>
      )}
    </div>
  );
}
