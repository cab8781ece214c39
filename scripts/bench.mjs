// `npm run bench -- <suite>`: bundles bench/<suite>.bench.ts with esbuild and runs it under Node.
// Each suite prints one JSON object per line: {"metric": "...", "value": 123, "unit": "ms"}.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const suites = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''));
const wanted = process.argv.slice(2);
const unknown = wanted.filter((s) => !suites.includes(s));
if (unknown.length > 0) {
  console.error(`Suite tidak dikenal: ${unknown.join(', ')}. Yang ada: ${suites.join(', ')}`);
  process.exit(2);
}

// Inside the project, so the bundle's dynamic import() of pdfmake/exceljs resolves from node_modules.
mkdirSync(join('node_modules', '.cache'), { recursive: true });
const outDir = mkdtempSync(join('node_modules', '.cache', 'audit-upk-bench-'));
let failed = false;
for (const suite of wanted.length > 0 ? wanted : suites) {
  const outfile = join(outDir, `${suite}.cjs`);
  await build({
    entryPoints: [`bench/${suite}.bench.ts`],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3', 'pdfmake', 'pdfkit', 'exceljs', '@fast-csv/parse', 'electron'],
    define: { __APP_VERSION__: '"bench"' },
    logLevel: 'warning',
    nodePaths: [join(process.cwd(), 'node_modules')],
  });
  const run = spawnSync(process.execPath, ['--expose-gc', outfile], {
    stdio: 'inherit',
    env: { ...process.env, NODE_PATH: join(process.cwd(), 'node_modules') },
  });
  if (run.status !== 0) failed = true;
}
rmSync(outDir, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
