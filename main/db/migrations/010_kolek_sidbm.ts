import type { Migration } from '../migrator';
import { lit } from './helpers';

const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ')`;
const READ = '2026-12-04';
const sidbm = (lancarMax: number, diragukanMax: number, lancarBp: number) => [
  { code: 'L', name: 'Lancar', min: 0, max: lancarMax, provisionBp: lancarBp, npl: false },
  { code: 'D', name: 'Diragukan', min: lancarMax + 1, max: diragukanMax, provisionBp: 5000, npl: true },
  { code: 'M', name: 'Macet', min: diragukanMax + 1, max: null, provisionBp: 10000, npl: true },
];
const SIDBM_SOURCE = 'Aplikasi SIDBM, Daftar Kolektibilitas Rekap Kelompok';

/** DOMAIN §6.4's SIDBM rules and the sibling apps' day table, written out (a migration never changes). */
const PRESETS = [
  {
    name: 'SIDBM (v1)',
    basis: 'sidbm',
    classes: sidbm(3, 5, 0),
    source: { source: SIDBM_SOURCE, version: 'varian 1', date: READ },
  },
  {
    name: 'SIDBM (v2)',
    basis: 'sidbm',
    classes: sidbm(6, 12, 0),
    source: { source: SIDBM_SOURCE, version: 'varian 2', date: READ },
  },
  {
    name: 'SIDBM Next',
    basis: 'sidbm_next',
    classes: sidbm(3, 5, 50),
    source: { source: 'Aplikasi SIDBM versi tulis ulang (SIDBM Next)', version: 'Next', date: READ },
  },
  {
    name: '5 kelas hari (SIUPK/LKM)',
    basis: 'hari',
    classes: [
      { code: '1', name: 'Lancar', min: 0, max: 9, provisionBp: 0, npl: false },
      { code: '2', name: 'Dalam Perhatian Khusus', min: 10, max: 89, provisionBp: 500, npl: false },
      { code: '3', name: 'Kurang Lancar', min: 90, max: 119, provisionBp: 1500, npl: true },
      { code: '4', name: 'Diragukan', min: 120, max: 179, provisionBp: 5000, npl: true },
      { code: '5', name: 'Macet', min: 180, max: null, provisionBp: 10000, npl: true },
    ],
    source: {
      source: 'Aplikasi SIUPK dan LKM, laporan kolektibilitas pinjaman',
      version: '5 kelas hari',
      date: READ,
      note: 'Hari dihitung sejak angsuran tertua yang belum lunas; SIUPK/LKM menghitungnya sejak angsuran terakhir yang jatuh tempo.',
    },
  },
];

/** New class tables (versions) with their provenance; the office's current table is left as it is. */
export const kolekSidbm: Migration = {
  version: 10,
  name: 'tabel kolektibilitas SIDBM dan 5 kelas hari',
  sql: PRESETS.map(
    (p) => `INSERT INTO class_tables (name, classes, created_by, created_at)
      VALUES (${lit(p.name)}, ${lit(JSON.stringify({ basis: p.basis, classes: p.classes, source: p.source }))}, 'aplikasi', ${NOW});`,
  ).join('\n'),
};
