import type BetterSqlite3 from 'better-sqlite3';
import type { ParsedInputOf } from '../../shared/contract';
import type { Anggota, Kelompok } from '../../shared/pinjaman/kelompok';
import { AppError, conflict, notFound } from '../core/appError';
import { nowIso, type ServiceContext } from '../core/context';

interface KelompokRow {
  id: number;
  desa_id: number;
  desa_name: string;
  name: string;
  jenis: Kelompok['jenis'];
  ketua: string | null;
  address: string | null;
  founded_on: string | null;
  active: number;
  open_loans: number;
}

const SELECT = `SELECT k.*, d.name AS desa_name,
    (SELECT COUNT(*) FROM loans l WHERE l.kelompok_id = k.id AND l.status IN ('usulan', 'diverifikasi', 'disetujui', 'aktif')) AS open_loans
  FROM kelompok k JOIN desa d ON d.id = k.desa_id`;

function membersOf(sqlite: BetterSqlite3.Database, ids: number[]): Map<number, Anggota[]> {
  const byGroup = new Map<number, Anggota[]>();
  if (ids.length === 0) return byGroup;
  const rows = sqlite
    .prepare(`SELECT * FROM anggota WHERE kelompok_id IN (${ids.map(() => '?').join(',')}) ORDER BY name`)
    .all(...ids) as {
    id: number;
    kelompok_id: number;
    name: string;
    nik: string | null;
    gender: 'L' | 'P' | null;
    address: string | null;
    rtm: number;
    active: number;
  }[];
  for (const r of rows) {
    const member: Anggota = {
      id: r.id,
      kelompokId: r.kelompok_id,
      name: r.name,
      nik: r.nik,
      gender: r.gender,
      address: r.address,
      rtm: r.rtm === 1,
      active: r.active === 1,
    };
    byGroup.set(r.kelompok_id, [...(byGroup.get(r.kelompok_id) ?? []), member]);
  }
  return byGroup;
}

function toKelompok(r: KelompokRow, members: Anggota[]): Kelompok {
  return {
    id: r.id,
    desaId: r.desa_id,
    desaName: r.desa_name,
    name: r.name,
    jenis: r.jenis,
    ketua: r.ketua,
    address: r.address,
    foundedOn: r.founded_on,
    active: r.active === 1,
    members,
    openLoans: r.open_loans,
  };
}

export function readKelompok(sqlite: BetterSqlite3.Database, id: number): Kelompok {
  const row = sqlite.prepare(`${SELECT} WHERE k.id = ?`).get(id) as KelompokRow | undefined;
  if (!row) throw notFound('Kelompok');
  return toKelompok(row, membersOf(sqlite, [id]).get(id) ?? []);
}

export function listKelompok(ctx: ServiceContext, input: ParsedInputOf<'kelompok.list'>): Kelompok[] {
  const where: string[] = [];
  const params: number[] = [];
  if (input.desaId !== undefined) {
    where.push('k.desa_id = ?');
    params.push(input.desaId);
  }
  if (!input.includeInactive) where.push('k.active = 1');
  const rows = ctx.sqlite
    .prepare(`${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY d.name, k.name`)
    .all(...params) as KelompokRow[];
  const members = membersOf(
    ctx.sqlite,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toKelompok(r, members.get(r.id) ?? []));
}

type KelompokInput = ParsedInputOf<'kelompok.create'>;

function save(ctx: ServiceContext, input: KelompokInput, id?: number): number {
  const { sqlite } = ctx;
  if (!sqlite.prepare('SELECT 1 FROM desa WHERE id = ?').get(input.desaId)) {
    throw new AppError('VALIDATION', 'Desa tidak ditemukan.', { desaId: 'Pilih desa yang ada' });
  }
  const now = nowIso(ctx);
  try {
    if (id === undefined) {
      return Number(
        sqlite
          .prepare(
            `INSERT INTO kelompok (desa_id, name, jenis, ketua, address, founded_on, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(input.desaId, input.name, input.jenis, input.ketua, input.address, input.foundedOn, now, now)
          .lastInsertRowid,
      );
    }
    const changed = sqlite
      .prepare(
        `UPDATE kelompok SET desa_id = ?, name = ?, jenis = ?, ketua = ?, address = ?, founded_on = ?, updated_at = ?
         WHERE id = ?`,
      )
      .run(
        input.desaId,
        input.name,
        input.jenis,
        input.ketua,
        input.address,
        input.foundedOn,
        now,
        id,
      ).changes;
    if (changed === 0) throw notFound('Kelompok');
    return id;
  } catch (error) {
    if (error instanceof Error && /UNIQUE constraint failed/.test(error.message)) {
      throw conflict(`Kelompok "${input.name}" sudah ada di desa ini.`, { name: 'Nama sudah dipakai' });
    }
    throw error;
  }
}

export function createKelompok(ctx: ServiceContext, input: KelompokInput): Kelompok {
  return readKelompok(ctx.sqlite, save(ctx, input));
}

export function updateKelompok(ctx: ServiceContext, input: ParsedInputOf<'kelompok.update'>): Kelompok {
  const before = readKelompok(ctx.sqlite, input.id);
  const hasLoans = ctx.sqlite.prepare('SELECT 1 FROM loans WHERE kelompok_id = ?').get(input.id);
  if (hasLoans && before.desaId !== input.desaId) {
    throw conflict('Kelompok yang sudah punya pinjaman tidak dapat dipindah ke desa lain.', {
      desaId: 'Sudah ada pinjaman',
    });
  }
  return readKelompok(ctx.sqlite, save(ctx, input, input.id));
}

export function setKelompokActive(ctx: ServiceContext, input: ParsedInputOf<'kelompok.setActive'>): Kelompok {
  const before = readKelompok(ctx.sqlite, input.id);
  if (!input.active && before.openLoans > 0) {
    throw conflict('Kelompok masih punya pinjaman berjalan; selesaikan pinjamannya dulu.');
  }
  ctx.sqlite
    .prepare('UPDATE kelompok SET active = ?, updated_at = ? WHERE id = ?')
    .run(input.active ? 1 : 0, nowIso(ctx), input.id);
  return readKelompok(ctx.sqlite, input.id);
}

type AnggotaInput = ParsedInputOf<'anggota.update'>;
const anggotaValues = (a: Omit<AnggotaInput, 'id'>) =>
  [a.name, a.nik, a.gender, a.address, a.rtm ? 1 : 0] as const;

export function createAnggota(ctx: ServiceContext, input: ParsedInputOf<'anggota.create'>): Kelompok {
  readKelompok(ctx.sqlite, input.kelompokId);
  const now = nowIso(ctx);
  ctx.sqlite
    .prepare(
      'INSERT INTO anggota (kelompok_id, name, nik, gender, address, rtm, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    )
    .run(input.kelompokId, ...anggotaValues(input), now, now);
  return readKelompok(ctx.sqlite, input.kelompokId);
}

function kelompokOfAnggota(sqlite: BetterSqlite3.Database, id: number): number {
  const k = sqlite.prepare('SELECT kelompok_id FROM anggota WHERE id = ?').pluck().get(id) as
    | number
    | undefined;
  if (k === undefined) throw notFound('Anggota');
  return k;
}

export function updateAnggota(ctx: ServiceContext, input: AnggotaInput): Kelompok {
  const kelompokId = kelompokOfAnggota(ctx.sqlite, input.id);
  ctx.sqlite
    .prepare(
      'UPDATE anggota SET name = ?, nik = ?, gender = ?, address = ?, rtm = ?, updated_at = ? WHERE id = ?',
    )
    .run(...anggotaValues(input), nowIso(ctx), input.id);
  return readKelompok(ctx.sqlite, kelompokId);
}

export function setAnggotaActive(ctx: ServiceContext, input: ParsedInputOf<'anggota.setActive'>): Kelompok {
  const kelompokId = kelompokOfAnggota(ctx.sqlite, input.id);
  ctx.sqlite
    .prepare('UPDATE anggota SET active = ?, updated_at = ? WHERE id = ?')
    .run(input.active ? 1 : 0, nowIso(ctx), input.id);
  return readKelompok(ctx.sqlite, kelompokId);
}
