import { auditRequests } from '../audit/audit';
import { authRequests } from '../auth/auth';
import { backupRequests } from '../backup/backup';
import { desaRequests } from '../desa/desa';
import { kegiatanRequests } from '../kegiatan/kegiatan';
import { laporanMappingRequests } from '../laporan/mapping';
import { statementsRequests } from '../laporan/statements';
import { tutupBukuRequests } from '../laporan/tutupBuku';
import { accountsRequests } from '../ledger/accounts';
import { booksRequests } from '../ledger/books';
import { futureEntriesRequests } from '../ledger/futureEntries';
import { importBatchRequests } from '../ledger/importBatches';
import { journalRequests } from '../ledger/journal';
import { journalImportRequests } from '../ledger/journalImport';
import { officeRequests } from '../office/profile';
import { officersRequests } from '../officers/officers';
import { pemeriksaanRequests } from '../pemeriksaan/requests';
import { kelompokRequests } from '../pinjaman/kelompok';
import { loanImportRequests } from '../pinjaman/loanImport';
import { pinjamanRequests } from '../pinjaman/loans';
import { praAuditRequests } from '../praaudit/requests';
import { reviewRequests } from '../review/review';
import { systemRequests } from '../system/system';
import { libraryRequests } from '../temuan/library';
import { temuanRequests } from '../temuan/requests';
import type { SpecInput, SpecParsed, SpecResult } from './define';

/** Every request the renderer can make: name → input schema and result type. */
export const contract = {
  ...authRequests,
  ...systemRequests,
  ...backupRequests,
  ...officeRequests,
  ...officersRequests,
  ...desaRequests,
  ...accountsRequests,
  ...journalRequests,
  ...journalImportRequests,
  ...booksRequests,
  ...pemeriksaanRequests,
  ...kegiatanRequests,
  ...praAuditRequests,
  ...temuanRequests,
  ...kelompokRequests,
  ...pinjamanRequests,
  ...loanImportRequests,
  ...auditRequests,
  ...libraryRequests,
  ...reviewRequests,
  ...importBatchRequests,
  ...futureEntriesRequests,
  ...laporanMappingRequests,
  ...statementsRequests,
  ...tutupBukuRequests,
};

export type Contract = typeof contract;
export type RequestName = keyof Contract;
/** What the caller sends (before defaults and trimming). */
export type InputOf<K extends RequestName> = SpecInput<Contract[K]>;
/** What a service receives, after validation. */
export type ParsedInputOf<K extends RequestName> = SpecParsed<Contract[K]>;
export type ResultOf<K extends RequestName> = SpecResult<Contract[K]>;

export const REQUEST_NAMES = Object.keys(contract) as RequestName[];

export function isRequestName(name: unknown): name is RequestName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

export * from './envelope';
