/** Someone who signs a document; `key` identifies the person (officer id, or a normalised name). */
export interface Signer {
  key: string;
  name: string;
}

/** A person's name as compared across signature blocks: case, punctuation and titles after a comma ignored. */
export function nameKey(name: string): string {
  return `n:${(name.split(',')[0] ?? '')
    .toLocaleLowerCase('id-ID')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()}`;
}

/** One person may not sign one document twice: a message per person listed more than once. */
export function signedTwice(signers: readonly Signer[]): string[] {
  const seen = new Map<string, { name: string; count: number }>();
  for (const s of signers) {
    const entry = seen.get(s.key);
    if (entry) entry.count += 1;
    else seen.set(s.key, { name: s.name, count: 1 });
  }
  return [...seen.values()]
    .filter((e) => e.count > 1)
    .map(
      (e) =>
        `${e.name} tercantum ${e.count} kali sebagai penanda tangan; satu orang hanya menandatangani satu kali`,
    );
}
