import type BetterSqlite3 from 'better-sqlite3';
import type { ParsedInputOf } from '../../shared/contract';
import type { Kegiatan, KegiatanTpkMember } from '../../shared/kegiatan/kegiatan';
import { AppError, notFound } from '../core/appError';
import { nowIso, type ServiceContext } from '../core/context';

interface KegiatanRow {
  id: number;
  desa_id: number;
  desa_name: string;
  name: string;
  type: Kegiatan['type'];
  year: number;
  blm_amount: number;
  location: string | null;
  status: Kegiatan['status'];
  active: number;
  audit_count: number;
}

const SELECT = `SELECT k.*, d.name AS desa_name, (SELECT COUNT(*) FROM pra_audits p WHERE p.kegiatan_id = k.id) AS audit_count
  FROM kegiatan k JOIN desa d ON d.id = k.desa_id`;

function toKegiatan(row: KegiatanRow, tpk: KegiatanTpkMember[]): Kegiatan {
  return {
    id: row.id,
    desaId: row.desa_id,
    desaName: row.desa_name,
    name: row.name,
    type: row.type,
    year: row.year,
    blmAmount: row.blm_amount,
    location: row.location,
    status: row.status,
    active: row.active === 1,
    tpk,
    auditCount: row.audit_count,
  };
}

function tpkOf(sqlite: BetterSqlite3.Database, kegiatanId: number): KegiatanTpkMember[] {
  return (
    sqlite
      .prepare(
        `SELECT m.id, m.full_name, m.role FROM kegiatan_tpk kt JOIN tpk_members m ON m.id = kt.tpk_member_id
         WHERE kt.kegiatan_id = ?
         ORDER BY CASE m.role WHEN 'ketua' THEN 0 WHEN 'sekretaris' THEN 1 WHEN 'bendahara' THEN 2 ELSE 3 END, m.id`,
      )
      .all(kegiatanId) as { id: number; full_name: string; role: KegiatanTpkMember['role'] }[]
  ).map((m) => ({ id: m.id, fullName: m.full_name, role: m.role }));
}

export function readKegiatan(sqlite: BetterSqlite3.Database, id: number): Kegiatan {
  const row = sqlite.prepare(`${SELECT} WHERE k.id = ?`).get(id) as KegiatanRow | undefined;
  if (!row) throw notFound('Kegiatan');
  return toKegiatan(row, tpkOf(sqlite, id));
}

export function listKegiatan(ctx: ServiceContext, input: ParsedInputOf<'kegiatan.list'>): Kegiatan[] {
  const where: string[] = [];
  const params: number[] = [];
  if (input.desaId !== undefined) {
    where.push('k.desa_id = ?');
    params.push(input.desaId);
  }
  if (!input.includeInactive) where.push('k.active = 1');
  const rows = ctx.sqlite
    .prepare(
      `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY d.name, k.year DESC, k.name`,
    )
    .all(...params) as KegiatanRow[];
  return rows.map((r) => toKegiatan(r, tpkOf(ctx.sqlite, r.id)));
}

type KegiatanInput = ParsedInputOf<'kegiatan.create'>;

function checkRefs(sqlite: BetterSqlite3.Database, input: KegiatanInput): void {
  const desa = sqlite.prepare('SELECT active FROM desa WHERE id = ?').get(input.desaId) as
    | { active: number }
    | undefined;
  if (!desa) throw new AppError('VALIDATION', 'Desa tidak ditemukan.', { desaId: 'Pilih desa yang ada' });
  const members = new Set(
    sqlite.prepare('SELECT id FROM tpk_members WHERE desa_id = ?').pluck().all(input.desaId) as number[],
  );
  if (input.tpkMemberIds.some((m) => !members.has(m))) {
    throw new AppError('VALIDATION', 'Anggota TPK harus dari desa kegiatan ini.', {
      tpkMemberIds: 'Pilih anggota TPK desa ini',
    });
  }
}

function saveTpk(sqlite: BetterSqlite3.Database, kegiatanId: number, memberIds: number[]): void {
  sqlite.prepare('DELETE FROM kegiatan_tpk WHERE kegiatan_id = ?').run(kegiatanId);
  const insert = sqlite.prepare('INSERT INTO kegiatan_tpk (kegiatan_id, tpk_member_id) VALUES (?, ?)');
  for (const m of new Set(memberIds)) insert.run(kegiatanId, m);
}

export function createKegiatan(ctx: ServiceContext, input: KegiatanInput): Kegiatan {
  const { sqlite } = ctx;
  checkRefs(sqlite, input);
  const now = nowIso(ctx);
  const id = sqlite.transaction(() => {
    const newId = Number(
      sqlite
        .prepare(
          `INSERT INTO kegiatan (desa_id, name, type, year, blm_amount, location, status, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          input.desaId,
          input.name,
          input.type,
          input.year,
          input.blmAmount,
          input.location,
          input.status,
          now,
          now,
        ).lastInsertRowid,
    );
    saveTpk(sqlite, newId, input.tpkMemberIds);
    return newId;
  })();
  return readKegiatan(sqlite, id);
}

export function updateKegiatan(ctx: ServiceContext, input: ParsedInputOf<'kegiatan.update'>): Kegiatan {
  const { sqlite } = ctx;
  const before = readKegiatan(sqlite, input.id);
  checkRefs(sqlite, input);
  if (before.auditCount > 0 && before.desaId !== input.desaId) {
    throw new AppError('CONFLICT', 'Kegiatan yang sudah dipra-audit tidak dapat dipindah ke desa lain.', {
      desaId: 'Sudah ada pra-audit untuk kegiatan ini',
    });
  }
  sqlite.transaction(() => {
    sqlite
      .prepare(
        `UPDATE kegiatan SET desa_id = ?, name = ?, type = ?, year = ?, blm_amount = ?, location = ?, status = ?, updated_at = ?
         WHERE id = ?`,
      )
      .run(
        input.desaId,
        input.name,
        input.type,
        input.year,
        input.blmAmount,
        input.location,
        input.status,
        nowIso(ctx),
        input.id,
      );
    saveTpk(sqlite, input.id, input.tpkMemberIds);
  })();
  return readKegiatan(sqlite, input.id);
}

export function setKegiatanActive(ctx: ServiceContext, input: ParsedInputOf<'kegiatan.setActive'>): Kegiatan {
  readKegiatan(ctx.sqlite, input.id);
  ctx.sqlite
    .prepare('UPDATE kegiatan SET active = ?, updated_at = ? WHERE id = ?')
    .run(input.active ? 1 : 0, nowIso(ctx), input.id);
  return readKegiatan(ctx.sqlite, input.id);
}
