import type BetterSqlite3 from 'better-sqlite3';
import type { IntegrityFinding } from '../../shared/audit/audit';
import { sha256 } from '../core/snapshot';

/** Every attachment's bytes still give the SHA-256 and size stored when it was attached. */
export function attachmentFindings(sqlite: BetterSqlite3.Database): IntegrityFinding[] {
  const findings: IntegrityFinding[] = [];
  const rows = sqlite
    .prepare('SELECT id, file_name, size, sha256, content FROM attachments ORDER BY id')
    .iterate() as Iterable<{ id: number; file_name: string; size: number; sha256: string; content: Buffer }>;
  for (const r of rows) {
    if (r.content.length !== r.size || sha256(r.content) !== r.sha256) {
      findings.push({
        area: 'lampiran',
        message: `Lampiran #${r.id} "${r.file_name}": isinya tidak cocok lagi dengan sidik (hash) saat dilampirkan — berkas diubah atau rusak.`,
      });
    }
  }
  return findings;
}
