// `node scripts/electronegativity.mjs`: runs Doyensec's Electronegativity over main/ and renderer/ (one
// scan, so its global checks see the shell and the page together) with SARIF output, keeping only findings
// of severity LOW or above (`-s low`, i.e. above INFORMATIONAL), and fails on any that docs/SECURITY.md
// does not explain in its "Explained findings" table (keyed by check + file). The tool always exits 0.
// (SARIF, not CSV: its CSV writer races the header against the rows and can lose lines.)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const electronVersion = pkg.devDependencies.electron.replace(/^[^\d]*/, '');
// Outside node_modules: the tool skips any path containing it.
const work = mkdtempSync(join(os.tmpdir(), 'audit-upk-electronegativity-'));
for (const dir of ['main', 'renderer']) cpSync(dir, join(work, dir), { recursive: true });
const sarif = join(work, 'hasil.sarif');
const bin = join(
  'node_modules',
  '.bin',
  process.platform === 'win32' ? 'electronegativity.cmd' : 'electronegativity',
);
// AvailableSecurityFixesGlobalCheck downloads Electron's release list (no network in CI); the Electron
// version is pinned in package.json and updated deliberately instead.
const run = spawnSync(
  bin,
  // biome-ignore format: the options read best on one line
  ['-i', work, '-o', sarif, '-r', '-v', 'false', '-s', 'low', '-e', electronVersion, '-x', 'AvailableSecurityFixesGlobalCheck'],
  { encoding: 'utf8', shell: process.platform === 'win32' },
);
if (run.status !== 0 || !existsSync(sarif)) {
  console.error(`electronegativity did not run (status ${run.status}):\n${run.stdout}\n${run.stderr}`);
  rmSync(work, { recursive: true, force: true });
  process.exit(2);
}

const findings = JSON.parse(readFileSync(sarif, 'utf8')).runs.flatMap((r) =>
  r.results.map((f) => {
    const where = f.locations?.[0]?.physicalLocation;
    return {
      check: f.ruleId,
      file: where?.artifactLocation?.uri ?? 'N/A',
      line: where?.region?.startLine ?? 0,
      message: f.message?.text ?? '',
    };
  }),
);
rmSync(work, { recursive: true, force: true });

// docs/SECURITY.md: | `CHECK_NAME` | `path/file` or N/A | … rows under "## Explained findings".
const doc = readFileSync(join('docs', 'SECURITY.md'), 'utf8');
const section = doc.split(/^## /m).find((s) => s.startsWith('Explained findings')) ?? '';
const explained = new Set(
  section
    .split('\n')
    .filter((l) => l.startsWith('|') && !/^\|\s*-/.test(l))
    .map((l) => l.split('|').map((c) => c.trim().replaceAll('`', '')))
    .map(([, check, file]) => `${check} ${file}`)
    .filter((key) => key !== 'check file'),
);

const relevant = findings;
const unexplained = relevant.filter((f) => !explained.has(`${f.check} ${f.file}`));
const stale = [...explained].filter((key) => !relevant.some((f) => `${f.check} ${f.file}` === key));
console.log(
  JSON.stringify(
    {
      electronVersion,
      aboveInformational: relevant.length,
      explained: relevant.length - unexplained.length,
      unexplained,
      explainedButNotFound: stale,
      all: findings.map((f) => `${f.check} ${f.file}:${f.line} ${f.message}`),
    },
    null,
    2,
  ),
);
if (unexplained.length > 0) {
  console.error('Electronegativity: temuan yang belum dijelaskan di docs/SECURITY.md (Explained findings).');
  process.exit(1);
}
