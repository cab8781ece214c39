// better-sqlite3 is a native module: it must be built for the runtime that loads it.
// `node` mode (tests, browser host, bench) checks it loads under this Node and rebuilds it if not;
// `electron` mode rebuilds it against Electron's ABI before `electron .` starts.
import { execSync } from 'node:child_process';
import { createRequire } from 'node:module';

const mode = process.argv[2] ?? 'node';
const require = createRequire(import.meta.url);

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
} else if (mode === 'electron') {
  console.log('Menyiapkan better-sqlite3 untuk Electron…');
  execSync('npx electron-builder install-app-deps', { stdio: 'inherit' });
} else {
  console.error(`Mode tidak dikenal: ${mode} (pakai "node" atau "electron")`);
  process.exit(2);
}
