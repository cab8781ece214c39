// better-sqlite3 is a native module: it must be built for the runtime that loads it.
// `node` mode (tests, browser host, bench) checks that it loads under this Node and rebuilds it if not;
// `electron` mode rebuilds it against Electron's ABI before `electron .` starts, unless it already is.
// A marker next to the binary remembers which runtime it was last built for.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const mode = process.argv[2] ?? 'node';
const require = createRequire(import.meta.url);
const moduleDir = dirname(require.resolve('better-sqlite3/package.json'));
const marker = join(moduleDir, 'build', '.built-for');

function builtFor() {
  return existsSync(marker) ? readFileSync(marker, 'utf8').trim() : '';
}

function remember(target) {
  if (existsSync(join(moduleDir, 'build'))) writeFileSync(marker, `${target}\n`);
}

function loadsUnderNode() {
  try {
    const Database = require('better-sqlite3');
    new Database(':memory:').close();
    return true;
  } catch (error) {
    console.warn(`better-sqlite3 tidak bisa dimuat di Node ${process.version}: ${error.message}`);
    return false;
  }
}

if (mode === 'node') {
  if (!loadsUnderNode()) {
    console.log('Membangun ulang better-sqlite3 untuk Node…');
    execSync('npm rebuild better-sqlite3', { stdio: 'inherit' });
    if (!loadsUnderNode()) process.exit(1);
  }
  remember(`node-${process.versions.modules}`);
} else if (mode === 'electron') {
  const electronVersion = require('electron/package.json').version;
  if (builtFor() !== `electron-${electronVersion}`) {
    console.log(`Menyiapkan better-sqlite3 untuk Electron ${electronVersion}…`);
    execSync('npx electron-builder install-app-deps', { stdio: 'inherit' });
    remember(`electron-${electronVersion}`);
  }
} else {
  console.error(`Mode tidak dikenal: ${mode} (pakai "node" atau "electron")`);
  process.exit(2);
}
