import type { Migration } from '../migrator';
import { foundation } from './001_foundation';
import { ledger } from './002_ledger';
import { pemeriksaan } from './003_pemeriksaan';
import { praAudit } from './004_praaudit';
import { pinjaman } from './005_pinjaman';
import { audit } from './006_audit';
import { users } from './007_users';
import { hardening } from './008_hardening';
import { temuanLanjut } from './009_temuanLanjut';
import { kolekSidbm } from './010_kolek_sidbm';
import { importBatches } from './011_import_batches';
import { laporan } from './012_laporan';

/** Append only. A released migration is never edited; a change is a new number. */
export const MIGRATIONS: readonly Migration[] = [
  foundation,
  ledger,
  pemeriksaan,
  praAudit,
  pinjaman,
  audit,
  users,
  hardening,
  temuanLanjut,
  kolekSidbm,
  importBatches,
  laporan,
];
