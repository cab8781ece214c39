import fs from 'node:fs';
import os from 'node:os';
import { DatabaseOpenError } from './errors';

/**
 * One process per data file: `<file>.kunci` holds the PID of the process that has the file open.
 * A second process is refused with a message naming the holder; a lock left by a process that no
 * longer runs (a crash, a power cut) is taken over. The same process may open the file again (a
 * restore reopens it). Electron's single-instance lock comes on top of this.
 */
export function lockPathFor(dbPath: string): string {
  return `${dbPath}.kunci`;
}

interface Holder {
  pid: number;
  host: string;
  since: string;
}

function readHolder(file: string): Holder | null {
  try {
    const holder = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<Holder>;
    return typeof holder.pid === 'number'
      ? { pid: holder.pid, host: String(holder.host), since: String(holder.since) }
      : null;
  } catch {
    return null;
  }
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it runs, under another account.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock (or refuses); returns the function that gives it back. */
export function acquireInstanceLock(dbPath: string): () => void {
  if (dbPath === ':memory:') return () => undefined;
  const file = lockPathFor(dbPath);
  const mine: Holder = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(mine), { flag: 'wx', mode: 0o600 });
      return () => release(file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = readHolder(file);
    if (holder && holder.pid === process.pid && holder.host === mine.host) return () => undefined;
    if (holder && holder.host === mine.host && running(holder.pid)) {
      throw new DatabaseOpenError(
        'locked',
        `Database ini sedang dibuka oleh proses lain (PID ${holder.pid}, sejak ${holder.since}). ` +
          'Tutup Audit UPK yang lain itu dulu; dua program tidak boleh menulis satu berkas. ' +
          `Bila proses itu sudah tidak ada, hapus berkas kunci ${file}.`,
      );
    }
    // Left behind by a process that is gone (or unreadable): take it over.
    fs.rmSync(file, { force: true });
  }
  throw new DatabaseOpenError('locked', `Berkas kunci ${file} tidak dapat dibuat.`);
}

function release(file: string): void {
  const holder = readHolder(file);
  if (holder?.pid === process.pid) fs.rmSync(file, { force: true });
}
