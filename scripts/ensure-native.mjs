// better-sqlite3 is a native module: it must be built for the runtime that loads it.
// `node` mode (tests, browser host, bench) checks that it loads under this Node and rebuilds it if not;
// `electron` mode rebuilds it against Electron's ABI before `electron .` starts, unless it already is.
// A marker next to the binary remembers which runtime it was last built for.
import { execSync, spawnSync } from 'node:child_process';
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

/**
 * Whether the Electron program is on disk. electron ≥ 42 downloads it on first use; that download is
 * tried here, quietly, so a failure ends in the app's own message instead of Electron's.
 */
function electronBinary() {
  const packageDir = dirname(require.resolve('electron/package.json'));
  const onDisk = () => {
    const pathFile = join(packageDir, 'path.txt');
    return (
      existsSync(pathFile) && existsSync(join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim()))
    );
  };
  if (onDisk() || process.env.ELECTRON_OVERRIDE_DIST_PATH) return true;
  console.log('Mengunduh program Electron…');
  spawnSync(process.execPath, [join(packageDir, 'install.js')], { stdio: 'ignore', timeout: 300_000 });
  return onDisk();
}

/** Whether the better-sqlite3 now on disk loads under this Node (checked in a new process: no cache). */
function loadsInFreshNode() {
  try {
    execSync(`"${process.execPath}" -e "new (require('better-sqlite3'))(':memory:').close()"`, {
      cwd: moduleDir,
      stdio: 'ignore',
    });
    return true;
  } catch {
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
  // Electron's own message for a missing binary ("delete node_modules/electron") does not help here.
  if (!electronBinary()) {
    console.error(
      'Audit UPK tidak dapat dibuka sebagai aplikasi desktop: program Electron belum terpasang di komputer ini. ' +
        'Jalankan di browser dengan: npm run serve -- --demo',
    );
    process.exit(1);
  }
  const electronVersion = require('electron/package.json').version;
  if (builtFor() !== `electron-${electronVersion}`) {
    console.log(`Menyiapkan better-sqlite3 untuk Electron ${electronVersion}…`);
    // Until the rebuild is proven, the binary on disk is not marked as Electron's.
    remember('unknown');
    execSync('npx electron-builder install-app-deps', { stdio: 'inherit' });
    if (loadsInFreshNode()) {
      // The rebuild produced a Node build (e.g. an npmrc `nodedir` points at Node's headers).
      remember(`node-${process.versions.modules}`);
      console.error(
        'better-sqlite3 ternyata dibangun untuk Node, bukan Electron. Periksa pengaturan nodedir di .npmrc, ' +
          'atau jalankan di browser dengan: npm run serve -- --demo',
      );
      process.exit(1);
    }
    remember(`electron-${electronVersion}`);
  }
} else {
  console.error(`Mode tidak dikenal: ${mode} (pakai "node" atau "electron")`);
  process.exit(2);
}
