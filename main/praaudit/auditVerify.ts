import { verifyDocument } from '../audit/integrityService';
import type { ServiceContext } from '../core/context';

/**
 * Checks a printed pra-audit document (number + hash from its QR code) against the records, with the
 * same document checks as "Periksa integritas"; null when no pra-audit carries that number.
 */
export function verifyPraAudit(
  ctx: ServiceContext,
  number: string,
  hash: string,
): { genuine: boolean; message: string } | null {
  const row = ctx.sqlite
    .prepare('SELECT id, snapshot_hash FROM pra_audits WHERE number = ? AND snapshot IS NOT NULL')
    .get(number) as { id: number; snapshot_hash: string } | undefined;
  if (!row) return null;
  const problems = verifyDocument(ctx, 'pra_audits', row.id, null);
  if (problems.length > 0) {
    return {
      genuine: false,
      message: `Laporan pra-audit ini TIDAK dapat dinyatakan asli. ${problems.join(' ')}`,
    };
  }
  if (hash.trim().toLowerCase() !== row.snapshot_hash) {
    return { genuine: false, message: 'Kode verifikasi tidak cocok dengan laporan pra-audit bernomor ini.' };
  }
  return { genuine: true, message: `Laporan pra-audit ${number} asli dan tidak berubah sejak difinalkan.` };
}
