/** Main refused a request for want of a login (idle lock, restart): the shell shows the login screen. */
type Listener = (message: string) => void;
const listeners = new Set<Listener>();

export function signedOut(message: string): void {
  for (const listener of listeners) listener(message);
}

export function onSignedOut(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
