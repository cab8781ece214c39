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
    // The stand-in has no fuse wire to flip: package with the same configuration minus the fuses
    // (which the test below reads from the real file).
    const config = path.join(root, `electron-builder.uji-${process.pid}.yml`);
    fs.writeFileSync(
      config,
      withoutBlock(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'), 'electronFuses'),
    );
    try {
      execFileSync(
        path.join(root, 'node_modules/.bin/electron-builder'),
        [
          '--config',
          path.basename(config),
          '--linux',
          'dir',
          '-c.npmRebuild=false',
          `-c.electronDist=${fakeElectron}`,
          `-c.directories.output=${out}`,
        ],
        { cwd: root, stdio: 'pipe' },
      );
    } finally {
      fs.rmSync(config, { force: true });
    }
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

/** The YAML text without one top-level key and its indented block. */
function withoutBlock(yaml: string, key: string): string {
  const lines = yaml.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`${key}:`));
  if (start < 0) return yaml;
  let end = start + 1;
  while (end < lines.length && /^(\s|#|$)/.test(lines[end] ?? '')) end++;
  return [...lines.slice(0, start), ...lines.slice(end)].join('\n');
}

/** `key: value` lines of one top-level block of the YAML file. */
function block(yaml: string, key: string): Record<string, string> {
  const lines = yaml.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`${key}:`));
  const out: Record<string, string> = {};
  for (const line of lines.slice(start + 1)) {
    if (!/^\s/.test(line)) break;
    const m = /^\s+([A-Za-z]+):\s*(.+?)\s*$/.exec(line);
    if (m?.[1] && m[2]) out[m[1]] = m[2];
  }
  return out;
}

describe('what the installer and the binary carry', () => {
  const yaml = fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');

  it('flips the Electron fuses: no RunAsNode, NODE_OPTIONS or --inspect; asar integrity and only the asar', () => {
    expect(block(yaml, 'electronFuses')).toMatchObject({
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
    });
    expect(yaml).toMatch(/^asar: true$/m);
  });

  it('has its own icon (512×512 PNG with transparency) and an Indonesian installer', () => {
    expect(yaml).toMatch(/^\s+buildResources: build-resources$/m);
    const png = fs.readFileSync(path.join(root, 'build-resources/icon.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(512);
    expect(png.readUInt32BE(20)).toBe(512);
    expect(png[25]).toBe(6); // RGBA
    expect(block(yaml, 'nsis')).toMatchObject({ installerLanguages: '[id_ID]', language: '"1057"' });
  });
});
