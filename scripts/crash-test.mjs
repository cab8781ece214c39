// `npm run crash-test -- [--kills N] [--seed S] [--keep]`: starts a worker (tests/crash/child.ts, the real
// services on one database file) again and again, kills it with SIGKILL at a random moment, and after every
// kill checks the file (tests/crash/check.ts): integrity, no acknowledged commit lost, no half import, no
// half finalisation, the newest backup good. Every third worker is killed between an import's commit and
// its answer; the next worker sends that import again with the same request id, and it must not post twice.
// Prints a JSON summary; exits 1 on any failure.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? Number(args[i + 1]) : fallback;
};
const kills = option('kills', 100);
const seed = option('seed', Date.now() % 1_000_000);
const keep = args.includes('--keep');

let state = seed >>> 0;
const random = () => {
  state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
  return state / 4294967296;
};

// Inside the project, so the bundles resolve better-sqlite3 from node_modules.
mkdirSync(join('node_modules', '.cache'), { recursive: true });
const outDir = mkdtempSync(join('node_modules', '.cache', 'audit-upk-crash-'));
await build({
  entryPoints: { child: 'tests/crash/child.ts', check: 'tests/crash/check.ts' },
  outdir: outDir,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['better-sqlite3', 'pdfmake', 'pdfkit', 'exceljs', '@fast-csv/parse', 'electron'],
  define: { __APP_VERSION__: '"crash-test"' },
  logLevel: 'warning',
});
const child = join(outDir, 'child.cjs');
const { checkDatabase } = createRequire(import.meta.url)(join(process.cwd(), outDir, 'check.cjs'));

const dataDir = mkdtempSync(join(os.tmpdir(), 'audit-upk-crash-'));
const dbPath = join(dataDir, 'audit-upk.sqlite');
const prepared = spawnSync(process.execPath, [child, 'prepare', dbPath], { encoding: 'utf8' });
if (prepared.status !== 0) throw new Error(`prepare failed: ${prepared.stderr}`);

/**
 * Runs one worker and kills it `delayMs` after its start, or (`afterReady`) after it is ready to work —
 * so a slow start on a busy machine does not turn every kill into a start-up kill. Resolves with its
 * acknowledgements.
 */
function runOnce(runSeed, delayMs, retry, afterReady) {
  return new Promise((resolve) => {
    const argv = [child, 'work', dbPath, String(runSeed), ...(retry ? [JSON.stringify(retry)] : [])];
    const proc = spawn(process.execPath, argv, {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let timer = afterReady ? undefined : setTimeout(() => proc.kill('SIGKILL'), delayMs);
    const stuck = setTimeout(() => proc.kill('SIGKILL'), 60_000);
    proc.stdout.on('data', (d) => {
      out += d;
      if (!timer && out.includes('"op":"ready"')) timer = setTimeout(() => proc.kill('SIGKILL'), delayMs);
    });
    proc.stderr.on('data', (d) => {
      err += d;
    });
    proc.on('close', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(stuck);
      const acks = out
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l));
      resolve({ acks, killed: signal === 'SIGKILL', code, err });
    });
  });
}

const started = Date.now();
const allAcks = [];
const operations = {};
const lastAckAtKill = {};
const failures = [];
let checks = 0;
/** An import sent but never answered (killed in between): the next worker retries it, same request id. */
let pendingImport = null;
let counts = {};
for (let i = 0; i < kills; i++) {
  // Sometimes during start-up (opening, WAL recovery), mostly in the middle of work.
  const runSeed = seed * 1000 + i;
  const duringStart = random() < 0.1;
  let delay = Math.round(duringStart ? random() * 400 : random() * 1600);
  // Every third worker kills itself between an import's commit and its answer (tests/crash/child.ts).
  if (runSeed % 3 === 0) delay = 15_000;
  const run = await runOnce(runSeed, delay, pendingImport, !duringStart);
  const lastStart = run.acks.findLast((a) => a.op === 'import-start');
  const answered = lastStart && run.acks.some((a) => a.op === 'import' && a.batch === lastStart.batch);
  const retried = run.acks.some((a) => a.op === 'import-retried');
  if (lastStart && !answered) pendingImport = { ...lastStart, op: undefined };
  else if (retried) pendingImport = null;
  if (!run.killed)
    failures.push(`kill ${i}: worker ended by itself (code ${run.code}): ${run.err.slice(0, 500)}`);
  for (const a of run.acks) operations[a.op] = (operations[a.op] ?? 0) + 1;
  const last = run.acks.at(-1)?.op ?? 'none (still starting)';
  lastAckAtKill[last] = (lastAckAtKill[last] ?? 0) + 1;
  allAcks.push(...run.acks);
  const lastBackup = allAcks.findLast((a) => a.op === 'backup');
  const result = checkDatabase(dbPath, allAcks, lastBackup?.path);
  checks += result.checks;
  counts = result.counts;
  for (const f of result.failures) failures.push(`kill ${i} (after ${delay} ms): ${f}`);
}

const summary = {
  kills,
  seed,
  checks,
  failures: failures.length,
  failureList: failures.slice(0, 50),
  operations,
  lastAckAtKill,
  database: counts,
  durationMs: Date.now() - started,
  ...(keep ? { dataDir } : {}),
};
console.log(JSON.stringify(summary, null, 2));
if (!keep) rmSync(dataDir, { recursive: true, force: true });
rmSync(outDir, { recursive: true, force: true });
process.exit(failures.length > 0 ? 1 : 0);
