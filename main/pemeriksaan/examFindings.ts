import type BetterSqlite3 from 'better-sqlite3';
import type { Finding } from '../../shared/pemeriksaan/pemeriksaan';
import { qb, syncAll } from '../db/sync';

/** The findings of one examination as its berita acara prints them. */
export function examFindings(sqlite: BetterSqlite3.Database, examId: number): Finding[] {
  const rows = syncAll(
    sqlite,
    qb
      .selectFrom('findings as f')
      .leftJoin('finding_library_versions as v', 'v.id', 'f.library_version_id')
      .leftJoin('finding_library as e', 'e.id', 'v.entry_id')
      .select([
        'f.id',
        'f.number',
        'f.kondisi',
        'f.kriteria',
        'f.sebab',
        'f.akibat',
        'f.rekomendasi',
        'f.amount',
        'f.recommended_amount',
        'f.pic',
        'f.due_date',
        'e.code',
        'v.version',
      ])
      .where('f.exam_id', '=', examId)
      .orderBy('f.number'),
  );
  return rows.map((f) => ({
    id: f.id,
    number: f.number,
    kondisi: f.kondisi,
    kriteria: f.kriteria,
    sebab: f.sebab,
    akibat: f.akibat,
    rekomendasi: f.rekomendasi,
    amount: f.amount,
    recommendedAmount: f.recommended_amount,
    pic: f.pic,
    dueDate: f.due_date,
    library: f.code !== null && f.version !== null ? { code: f.code, version: f.version } : null,
  }));
}
