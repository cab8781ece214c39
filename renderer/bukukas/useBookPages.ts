import { useCallback, useEffect, useRef, useState } from 'react';
import type { InputOf } from '../../shared/contract';
import type { BookCursor, BookPage, BookRow } from '../../shared/ledger/books';
import { useDataVersion } from '../api/dataVersion';
import { api } from '../api/transport';
import { errorMessage } from '../api/useApi';

export type BookQueryInput = InputOf<'books.page'>['query'];
export type BookHead = Omit<BookPage, 'rows' | 'next'>;

export const PAGE_SIZE = 100;

export interface BookPages {
  head: BookHead | null;
  rows: BookRow[];
  /** More rows exist after the last one loaded. */
  hasMore: boolean;
  loading: boolean;
  loadingMore: boolean;
  error: string | null;
  /** Loads the next page (no-op while one is loading or at the end). */
  loadMore: () => void;
}

interface State {
  key: string;
  head: BookHead | null;
  rows: BookRow[];
  next: BookCursor | null;
  loading: boolean;
  loadingMore: boolean;
  error: string | null;
}

function headOf({ rows: _rows, next: _next, ...head }: BookPage): BookHead {
  return head;
}

/**
 * A book loaded page by page (keyset: `after` = the previous page's `next`), never all at once.
 * A new query starts again from the first page; after a write anywhere (dataVersion) the same
 * number of rows is reloaded, so the list keeps its place.
 */
export function useBookPages(query: BookQueryInput | null): BookPages {
  const key = query ? JSON.stringify(query) : '';
  const version = useDataVersion();
  const [state, setState] = useState<State>({
    key: '',
    head: null,
    rows: [],
    next: null,
    loading: true,
    loadingMore: false,
    error: null,
  });
  // Each load takes a ticket; answers to an older ticket are dropped.
  const ticket = useRef(0);
  const loaded = useRef({ key: '', count: 0, next: null as BookCursor | null, busy: false });

  // biome-ignore lint/correctness/useExhaustiveDependencies: version is the reload trigger.
  useEffect(() => {
    if (!key) return;
    const mine = ++ticket.current;
    const q = JSON.parse(key) as BookQueryInput;
    const sameQuery = loaded.current.key === key;
    const want = sameQuery ? Math.max(PAGE_SIZE, loaded.current.count) : PAGE_SIZE;
    loaded.current.busy = true;
    setState((s) =>
      sameQuery
        ? { ...s, loading: true }
        : { key, head: null, rows: [], next: null, loading: true, loadingMore: false, error: null },
    );
    void (async () => {
      try {
        const first = await api.send('books.page', { query: q, after: null, limit: PAGE_SIZE });
        const rows = [...first.rows];
        let next = first.next;
        while (next && rows.length < want && ticket.current === mine) {
          const page = await api.send('books.page', {
            query: q,
            after: next,
            limit: Math.min(500, want - rows.length),
          });
          rows.push(...page.rows);
          next = page.next;
        }
        if (ticket.current !== mine) return;
        loaded.current = { key, count: rows.length, next, busy: false };
        setState({ key, head: headOf(first), rows, next, loading: false, loadingMore: false, error: null });
      } catch (err) {
        if (ticket.current !== mine) return;
        loaded.current = { ...loaded.current, key, busy: false };
        setState((s) => ({ ...s, key, loading: false, error: errorMessage(err) }));
      }
    })();
  }, [key, version]);

  const loadMore = useCallback(() => {
    const current = loaded.current;
    if (!key || current.busy || !current.next || current.key !== key) return;
    const mine = ticket.current;
    const after = current.next;
    current.busy = true;
    setState((s) => ({ ...s, loadingMore: true }));
    api
      .send('books.page', { query: JSON.parse(key) as BookQueryInput, after, limit: PAGE_SIZE })
      .then((page) => {
        if (ticket.current !== mine) return;
        loaded.current = { key, count: current.count + page.rows.length, next: page.next, busy: false };
        setState((s) => ({ ...s, rows: [...s.rows, ...page.rows], next: page.next, loadingMore: false }));
      })
      .catch((err: unknown) => {
        if (ticket.current !== mine) return;
        current.busy = false;
        setState((s) => ({ ...s, loadingMore: false, error: errorMessage(err) }));
      });
  }, [key]);

  const fresh = state.key === key;
  return {
    head: fresh ? state.head : null,
    rows: fresh ? state.rows : [],
    hasMore: fresh && state.next !== null,
    loading: !fresh || state.loading,
    loadingMore: state.loadingMore,
    error: fresh ? state.error : null,
    loadMore,
  };
}
