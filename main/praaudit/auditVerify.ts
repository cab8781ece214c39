import type BetterSqlite3 from 'better-sqlite3';
import { sha256 } from '../core/snapshot';

/**
 * Checks a printed pra-audit document (number + hash from its QR code) against the records; null when
 * no pra-audit carries that number.
 */
export function verifyPraAudit(
  sqlite: BetterSqlite3.Database,
  number: string,
  hash: string,
): { genuine: boolean; message: string } | null {
  const row = sqlite
    .prepare("SELECT snapshot, snapshot_hash FROM pra_audits WHERE number = ? AND status != 'draft'")
    .get(number) as { snapshot: string; snapshot_hash: string } | undefined;
  if (!row) return null;
  if (sha256(row.snapshot) !== row.snapshot_hash) {
    return {
      genuine: false,
      message: 'Isi laporan pra-audit yang tersimpan telah diubah di luar aplikasi: hash tidak lagi cocok.',
    };
  }
  if (hash.trim().toLowerCase() !== row.snapshot_hash) {
    return { genuine: false, message: 'Kode verifikasi tidak cocok dengan laporan pra-audit bernomor ini.' };
  }
  return { genuine: true, message: `Laporan pra-audit ${number} asli dan tidak berubah sejak difinalkan.` };
}
