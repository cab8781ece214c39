import { useSyncExternalStore } from 'react';

/**
 * A counter bumped after every successful write request. Every loaded view (useApi) depends on it,
 * so a write anywhere — a dialog, the demo loader — refreshes what is on screen without wiring.
 */
let version = 0;
const listeners = new Set<() => void>();

export function bumpDataVersion(): void {
  version += 1;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useDataVersion(): number {
  return useSyncExternalStore(subscribe, () => version);
}
