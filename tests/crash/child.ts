// The crash test's worker: runs the real services on one database file and does work until it is
// killed. Every commit is acknowledged on stdout (one JSON line, written synchronously) only AFTER the
// dispatch answered ok, so the parent knows what must survive a SIGKILL.
// `node child.cjs prepare <db>` seeds the demo office and exits; `node child.cjs work <db> <seed>` works.
import fs from 'node:fs';
import { createApp } from '../../main/app';
import { SYSTEM_CALLER } from '../../main/core/context';
import type { Dispatch } from '../../main/core/dispatch';
import type { InputOf } from '../../shared/contract';
import { IMPORT_MARK, JOURNAL_MARK } from './marks';

const [mode = 'work', dbPath = '', seedText = '1', retryJson = ''] = process.argv.slice(2);

/** An import whose answer the worker never saw (killed after it was sent): sent again, same id. */
interface PendingImport {
  batch: string;
  rows: number;
  date: string;
  time: string;
  requestId: string;
}

function ack(value: Record<string, unknown>): void {
  fs.writeSync(1, `${JSON.stringify(value)}\n`);
}

/** mulberry32: small, seeded, reproducible. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function ok<T>(dispatch: Dispatch, name: string, input: unknown): Promise<T> {
  const env = await dispatch(name, input);
  if (!env.ok) throw new Error(`${name}: ${env.error.code} ${env.error.message}`);
  return env.value as T;
}

/** Minutes since 2025-01-01 → date and time; every operation takes the next minute(s). */
function stampOf(minute: number): { date: string; time: string } {
  const d = new Date(Date.UTC(2025, 0, 1) + minute * 60_000);
  const iso = d.toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

function startMinute(sqlite: import('better-sqlite3').Database): number {
  const latest = sqlite
    .prepare(
      `SELECT max(s) FROM (SELECT max(entry_date || ' ' || entry_time) AS s FROM journal_entries
         UNION ALL SELECT max(locked_until) FROM ledger_locks
         UNION ALL SELECT max(exam_date || ' ' || exam_time) FROM examinations)`,
    )
    .pluck()
    .get() as string;
  const t = Date.parse(`${latest.replace(' ', 'T')}:00Z`);
  // The next whole day: one fresh day per run keeps every new stamp after any lock.
  return Math.floor((t - Date.UTC(2025, 0, 1)) / 86_400_000 + 1) * 1440 + 8 * 60;
}

async function main(): Promise<void> {
  const app = await createApp({ dbPath, demo: true, autoBackup: false, actor: 'uji-crash' });
  if (mode === 'prepare') {
    await app.close();
    return;
  }
  const dispatch: Dispatch = (name, input) => app.systemDispatch(name, input);
  const sqlite = app.context.sqlite;
  const random = prng(Number(seedText));
  const run = Number(seedText);
  let minute = startMinute(sqlite);
  let seq = 0;
  const next = () => stampOf(minute++);

  const journal = async () => {
    const bukti = `${JOURNAL_MARK}${run}-${seq++}`;
    const input: InputOf<'journal.post'> = {
      ...next(),
      bukti,
      description: 'Jurnal uji crash',
      lines: [
        { accountId: 4, debit: 10_000, credit: 0 },
        { accountId: 34, debit: 0, credit: 10_000 },
      ],
    };
    const { entry } = await ok<{ entry: { id: number } }>(dispatch, 'journal.post', input);
    ack({ op: 'journal', id: entry.id, bukti });
  };

  const sendImport = async (imp: PendingImport) => {
    const [y, m, d] = imp.date.split('-');
    const lines = Array.from(
      { length: imp.rows },
      (_, i) =>
        `${d}/${m}/${y};${imp.time};${IMPORT_MARK}${imp.batch}-${i};Impor uji ${imp.batch} /${imp.rows};1.000;`,
    );
    const csv = `Tanggal;Jam;No. Bukti;Uraian;Debet;Kredit\n${lines.join('\n')}\n`;
    const env = await app.dispatch(
      'journal.importCommit',
      {
        fileName: `impor-${imp.batch}.csv`,
        base64: Buffer.from(csv).toString('base64'),
        // The generated dates may lie after the machine's today: the import asks first.
        confirmed: true,
        mapping: {
          sheet: null,
          headerRow: 1,
          columns: {
            date: 0,
            time: 1,
            bukti: 2,
            description: 3,
            amountMode: 'debit_kredit',
            debit: 4,
            credit: 5,
          },
          defaultAccountCode: '1.1.01.01',
          counterAccountCode: '4.2.02',
        },
      },
      SYSTEM_CALLER,
      imp.requestId,
    );
    if (!env.ok) throw new Error(`journal.importCommit: ${env.error.code} ${env.error.message}`);
  };

  // Every third run loses the answer of its first import: killed between commit and answer.
  let loseNextAnswer = run % 3 === 0;
  const importRows = async () => {
    const batch = `${run}-${seq++}`;
    const rows = 200 + Math.floor(random() * 200);
    const imp: PendingImport = { batch, rows, ...next(), requestId: `crash-impor-${batch}` };
    ack({ op: 'import-start', ...imp });
    await sendImport(imp);
    if (loseNextAnswer) {
      loseNextAnswer = false;
      ack({ op: 'answer-lost', batch });
      process.kill(process.pid, 'SIGKILL');
    }
    ack({ op: 'import', batch, rows });
  };

  if (retryJson) {
    const pending = JSON.parse(retryJson) as PendingImport;
    await sendImport(pending);
    ack({ op: 'import', batch: pending.batch, rows: pending.rows });
    ack({ op: 'import-retried', batch: pending.batch });
  }
  if (loseNextAnswer) await importRows();

  const exam = async () => {
    const created = await ok<{ id: number }>(dispatch, 'exam.create', {
      type: 'rutin',
      ...next(),
      place: 'Kantor UPK',
      basis: 'Uji crash',
      examinedOfficerId: 4,
      examinerOfficerIds: [10],
      acknowledgerOfficerIds: [1],
    });
    const id = created.id;
    ack({ op: 'exam-draft', id });
    const draft = await ok<{
      date: string;
      cash: Array<{ accountId: number }>;
      banks: Array<{ accountId: number; bookBalance: number }>;
      observations: Array<{ itemId: number }>;
    }>(dispatch, 'exam.get', { id });
    for (const c of draft.cash) {
      const counts = [{ denominationId: 1, count: 1 + Math.floor(random() * 50) }];
      await ok(dispatch, 'exam.setCounts', { id, accountId: c.accountId, counts });
    }
    for (const b of draft.banks) {
      await ok(dispatch, 'exam.setStatement', {
        id,
        accountId: b.accountId,
        balance: b.bookBalance,
        date: draft.date,
        source: 'rekening_koran',
      });
    }
    for (const o of draft.observations) {
      await ok(dispatch, 'exam.setObservation', { id, itemId: o.itemId, answer: 'ya', note: null });
    }
    await ok(dispatch, 'exam.setConclusion', { id, conclusion: 'Uji.', unexplainedAcknowledged: true });
    const final = await ok<{ number: string }>(dispatch, 'exam.finalise', { id });
    ack({ op: 'exam', id, number: final.number });
  };

  const praAudit = async () => {
    let audit = await ok<{ id: number; sections: Array<{ items: Array<{ itemId: number }> }> }>(
      dispatch,
      'praAudit.create',
      {
        kegiatanId: 2,
        versionId: 1,
        auditDate: next().date,
        place: 'Kantor Desa',
        team: [{ name: 'Tim Uji', jabatan: 'Fasilitator Kecamatan' }],
      },
    );
    const id = audit.id;
    ack({ op: 'praAudit-draft', id });
    for (const item of audit.sections.flatMap((s) => s.items)) {
      audit = await ok(dispatch, 'praAudit.answer', {
        id,
        itemId: item.itemId,
        answer: 'ada_sesuai',
        note: null,
      });
    }
    await ok(dispatch, 'praAudit.setConclusion', { id, conclusion: 'Uji.' });
    const final = await ok<{ number: string }>(dispatch, 'praAudit.finalise', { id });
    ack({ op: 'praAudit', id, number: final.number });
  };

  const backup = async () => {
    const made = await ok<{ path: string }>(dispatch, 'backup.now', {});
    ack({ op: 'backup', path: made.path });
  };

  const ops: Array<[number, () => Promise<void>]> = [
    [8, journal],
    [3, importRows],
    [2, exam],
    [1, praAudit],
    [2, backup],
  ];
  const total = ops.reduce((s, [w]) => s + w, 0);
  ack({ op: 'ready', minute });
  for (;;) {
    let pick = random() * total;
    let op = journal;
    for (const [weight, candidate] of ops) {
      pick -= weight;
      if (pick < 0) {
        op = candidate;
        break;
      }
    }
    await op();
  }
}

main().catch((err: unknown) => {
  fs.writeSync(2, `crash child: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(3);
});
