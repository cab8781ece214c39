import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * Real packaging needs the Electron binary, which cannot be downloaded here. electron-builder still
 * validates electron-builder.yml and lays out the app when given a stand-in Electron folder, so this
 * checks what would ship: the asar contents and the unpacked native module.
 */
const root = path.resolve(__dirname, '../..');
const electronVersion: string = JSON.parse(
  fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8'),
).version;

describe('electron-builder packaging (stand-in Electron)', () => {
  let out: string;
  let asarPath: string;
  let entries: string[];

  beforeAll(() => {
    if (!fs.existsSync(path.join(root, 'dist/main/electron.cjs'))) {
      throw new Error('dist/ belum ada: jalankan `npm run build` dulu (npm test melakukannya).');
    }
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'audit-upk-pack-'));
    const fakeElectron = path.join(work, 'electron-dist');
    fs.mkdirSync(path.join(fakeElectron, 'resources'), { recursive: true });
    fs.writeFileSync(path.join(fakeElectron, 'electron'), '#!/bin/sh\n', { mode: 0o755 });
    fs.writeFileSync(path.join(fakeElectron, 'version'), electronVersion);
    out = path.join(work, 'release');
    execFileSync(
      path.join(root, 'node_modules/.bin/electron-builder'),
      [
        '--config',
        'electron-builder.yml',
        '--linux',
        'dir',
        '-c.npmRebuild=false',
        `-c.electronDist=${fakeElectron}`,
        `-c.directories.output=${out}`,
      ],
      { cwd: root, stdio: 'pipe' },
    );
    asarPath = path.join(out, 'linux-unpacked/resources/app.asar');
    entries = listPackage(asarPath, { isPack: false }).map((e) => e.replaceAll('\\', '/'));
  }, 120_000);

  it('ships the built app and its package.json pointing at the Electron entry', () => {
    expect(entries).toEqual(
      expect.arrayContaining([
        '/dist/main/electron.cjs',
        '/dist/main/preload.cjs',
        '/dist/renderer/index.html',
        '/package.json',
      ]),
    );
    const pkg = JSON.parse(extractFile(asarPath, 'package.json').toString('utf8'));
    expect(pkg.main).toBe('dist/main/electron.cjs');
    expect(pkg.productName).toBe('Audit UPK');
  });

  it('ships runtime dependencies only, no source maps and no sources', () => {
    expect(entries.some((e) => e.startsWith('/node_modules/pdfmake/'))).toBe(true);
    // kysely and zod are bundled into dist/main by esbuild, so they are not shipped as modules.
    expect(entries.some((e) => e.startsWith('/node_modules/kysely/'))).toBe(false);
    for (const devOnly of ['react', 'electron', 'vite', 'vitest', '@mantine/core', 'typescript']) {
      expect(entries.some((e) => e.startsWith(`/node_modules/${devOnly}/`))).toBe(false);
    }
    expect(entries.filter((e) => e.endsWith('.map'))).toEqual([]);
    expect(entries.filter((e) => /^\/(main|renderer|shared|tests)\//.test(e))).toEqual([]);
  });

  it('unpacks the better-sqlite3 native binding out of the asar', () => {
    const binding = path.join(
      out,
      'linux-unpacked/resources/app.asar.unpacked/node_modules/better-sqlite3/build/Release/better_sqlite3.node',
    );
    expect(fs.existsSync(binding)).toBe(true);
  });
});
