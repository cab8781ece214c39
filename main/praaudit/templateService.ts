import type BetterSqlite3 from 'better-sqlite3';
import type { ParsedInputOf } from '../../shared/contract';
import type { KegiatanType } from '../../shared/kegiatan/kegiatan';
import type {
  ChecklistItem,
  ChecklistSection,
  ChecklistTemplate,
  TemplateVersion,
  TemplateVersionSummary,
} from '../../shared/praaudit/praaudit';
import type { Severity } from '../../shared/temuan/temuan';
import { AppError, conflict, notFound } from '../core/appError';
import { nowIso, type ServiceContext } from '../core/context';

interface VersionRow {
  id: number;
  template_id: number;
  template_name: string;
  version: number;
  status: 'draft' | 'terbit';
  published_at: string | null;
  item_count: number;
  used_by: number;
}

const VERSION_SELECT = `SELECT v.*, t.name AS template_name,
    (SELECT COUNT(*) FROM checklist_items i WHERE i.version_id = v.id) AS item_count,
    (SELECT COUNT(*) FROM pra_audits p WHERE p.template_version_id = v.id) AS used_by
  FROM checklist_versions v JOIN checklist_templates t ON t.id = v.template_id`;

function summary(r: VersionRow): TemplateVersionSummary {
  return {
    id: r.id,
    version: r.version,
    status: r.status,
    publishedAt: r.published_at,
    itemCount: r.item_count,
    usedBy: r.used_by,
  };
}

interface ItemRow {
  id: number;
  section_id: number;
  code: string;
  text: string;
  help: string | null;
  default_severity: Severity;
  applies_to: string;
}

export function toItem(r: ItemRow): ChecklistItem {
  return {
    id: r.id,
    code: r.code,
    text: r.text,
    help: r.help,
    defaultSeverity: r.default_severity,
    appliesTo: JSON.parse(r.applies_to) as KegiatanType[],
  };
}

export function versionSections(sqlite: BetterSqlite3.Database, versionId: number): ChecklistSection[] {
  const sections = sqlite
    .prepare('SELECT id, code, title FROM checklist_sections WHERE version_id = ? ORDER BY sort, id')
    .all(versionId) as { id: number; code: string; title: string }[];
  const items = sqlite
    .prepare('SELECT * FROM checklist_items WHERE version_id = ? ORDER BY sort, id')
    .all(versionId) as ItemRow[];
  return sections.map((s) => ({ ...s, items: items.filter((i) => i.section_id === s.id).map(toItem) }));
}

export function templateLabel(name: string, version: number): string {
  return `${name} v${version}`;
}

function versionRow(sqlite: BetterSqlite3.Database, versionId: number): VersionRow {
  const row = sqlite.prepare(`${VERSION_SELECT} WHERE v.id = ?`).get(versionId) as VersionRow | undefined;
  if (!row) throw notFound('Versi checklist');
  return row;
}

export function readVersion(sqlite: BetterSqlite3.Database, versionId: number): TemplateVersion {
  const row = versionRow(sqlite, versionId);
  return {
    ...summary(row),
    templateId: row.template_id,
    templateName: row.template_name,
    sections: versionSections(sqlite, versionId),
  };
}

export function listTemplates(ctx: ServiceContext): ChecklistTemplate[] {
  const templates = ctx.sqlite
    .prepare('SELECT * FROM checklist_templates ORDER BY active DESC, name')
    .all() as {
    id: number;
    name: string;
    description: string | null;
    active: number;
  }[];
  const versions = ctx.sqlite.prepare(`${VERSION_SELECT} ORDER BY v.version DESC`).all() as VersionRow[];
  return templates.map((t) => ({
    id: t.id,
    name: t.name,
    description: t.description,
    active: t.active === 1,
    versions: versions.filter((v) => v.template_id === t.id).map(summary),
  }));
}

function draftRow(sqlite: BetterSqlite3.Database, versionId: number): VersionRow {
  const row = versionRow(sqlite, versionId);
  if (row.status !== 'draft') {
    throw conflict('Versi checklist yang sudah terbit tidak dapat diubah. Buat versi baru untuk perubahan.');
  }
  return row;
}

/** Copies the sections and items of one version into another (a new draft). */
function copyInto(sqlite: BetterSqlite3.Database, fromId: number, toId: number): void {
  const insertSection = sqlite.prepare(
    'INSERT INTO checklist_sections (version_id, code, title, sort) VALUES (?, ?, ?, ?)',
  );
  const insertItem = sqlite.prepare(
    `INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
     SELECT ?, ?, code, text, help, default_severity, applies_to, sort FROM checklist_items WHERE section_id = ?`,
  );
  const sections = sqlite
    .prepare('SELECT id, code, title, sort FROM checklist_sections WHERE version_id = ? ORDER BY sort, id')
    .all(fromId) as { id: number; code: string; title: string; sort: number }[];
  for (const s of sections) {
    const newSection = Number(insertSection.run(toId, s.code, s.title, s.sort).lastInsertRowid);
    insertItem.run(toId, newSection, s.id);
  }
}

function newDraft(sqlite: BetterSqlite3.Database, templateId: number, version: number, now: string): number {
  return Number(
    sqlite
      .prepare(
        "INSERT INTO checklist_versions (template_id, version, status, created_at) VALUES (?, ?, 'draft', ?)",
      )
      .run(templateId, version, now).lastInsertRowid,
  );
}

export function copyTemplate(ctx: ServiceContext, input: ParsedInputOf<'template.copy'>): TemplateVersion {
  const { sqlite } = ctx;
  versionRow(sqlite, input.versionId);
  const taken = sqlite
    .prepare('SELECT 1 FROM checklist_templates WHERE name = ? COLLATE NOCASE')
    .get(input.name);
  if (taken) throw conflict(`Template bernama "${input.name}" sudah ada.`, { name: 'Nama sudah dipakai' });
  const now = nowIso(ctx);
  const id = sqlite.transaction(() => {
    const templateId = Number(
      sqlite
        .prepare('INSERT INTO checklist_templates (name, active, created_at, updated_at) VALUES (?, 1, ?, ?)')
        .run(input.name, now, now).lastInsertRowid,
    );
    const draft = newDraft(sqlite, templateId, 1, now);
    copyInto(sqlite, input.versionId, draft);
    return draft;
  })();
  return readVersion(sqlite, id);
}

export function newVersion(
  ctx: ServiceContext,
  input: ParsedInputOf<'template.newVersion'>,
): TemplateVersion {
  const { sqlite } = ctx;
  const latest = sqlite
    .prepare(
      'SELECT id, version, status FROM checklist_versions WHERE template_id = ? ORDER BY version DESC LIMIT 1',
    )
    .get(input.templateId) as { id: number; version: number; status: string } | undefined;
  if (!latest) throw notFound('Template checklist');
  if (latest.status === 'draft') {
    throw conflict(`Versi ${latest.version} masih draft; ubah versi itu atau terbitkan dulu.`);
  }
  const id = sqlite.transaction(() => {
    const draft = newDraft(sqlite, input.templateId, latest.version + 1, nowIso(ctx));
    copyInto(sqlite, latest.id, draft);
    return draft;
  })();
  return readVersion(sqlite, id);
}

function codeTaken(error: unknown): boolean {
  return error instanceof Error && /UNIQUE constraint failed/.test(error.message);
}

export function saveSection(
  ctx: ServiceContext,
  input: ParsedInputOf<'template.saveSection'>,
): TemplateVersion {
  const { sqlite } = ctx;
  draftRow(sqlite, input.versionId);
  try {
    if (input.sectionId === undefined) {
      const sort = sqlite
        .prepare('SELECT COALESCE(MAX(sort), -1) + 1 FROM checklist_sections WHERE version_id = ?')
        .pluck()
        .get(input.versionId) as number;
      sqlite
        .prepare('INSERT INTO checklist_sections (version_id, code, title, sort) VALUES (?, ?, ?, ?)')
        .run(input.versionId, input.code, input.title, sort);
    } else {
      const changed = sqlite
        .prepare('UPDATE checklist_sections SET code = ?, title = ? WHERE id = ? AND version_id = ?')
        .run(input.code, input.title, input.sectionId, input.versionId).changes;
      if (changed === 0) throw notFound('Bagian checklist');
    }
  } catch (error) {
    if (codeTaken(error))
      throw conflict(`Kode bagian ${input.code} sudah dipakai.`, { code: 'Kode sudah dipakai' });
    throw error;
  }
  return readVersion(sqlite, input.versionId);
}

export function saveItem(ctx: ServiceContext, input: ParsedInputOf<'template.saveItem'>): TemplateVersion {
  const { sqlite } = ctx;
  draftRow(sqlite, input.versionId);
  const section = sqlite
    .prepare('SELECT 1 FROM checklist_sections WHERE id = ? AND version_id = ?')
    .get(input.sectionId, input.versionId);
  if (!section)
    throw new AppError('VALIDATION', 'Bagian tidak ada di versi ini.', { sectionId: 'Pilih bagian' });
  const appliesTo = JSON.stringify([...new Set(input.appliesTo)]);
  try {
    if (input.itemId === undefined) {
      const sort = sqlite
        .prepare('SELECT COALESCE(MAX(sort), -1) + 1 FROM checklist_items WHERE section_id = ?')
        .pluck()
        .get(input.sectionId) as number;
      sqlite
        .prepare(
          `INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          input.versionId,
          input.sectionId,
          input.code,
          input.text,
          input.help,
          input.defaultSeverity,
          appliesTo,
          sort,
        );
    } else {
      const changed = sqlite
        .prepare(
          `UPDATE checklist_items SET section_id = ?, code = ?, text = ?, help = ?, default_severity = ?, applies_to = ?
           WHERE id = ? AND version_id = ?`,
        )
        .run(
          input.sectionId,
          input.code,
          input.text,
          input.help,
          input.defaultSeverity,
          appliesTo,
          input.itemId,
          input.versionId,
        ).changes;
      if (changed === 0) throw notFound('Butir checklist');
    }
  } catch (error) {
    if (codeTaken(error))
      throw conflict(`Kode butir ${input.code} sudah dipakai di versi ini.`, { code: 'Kode sudah dipakai' });
    throw error;
  }
  return readVersion(sqlite, input.versionId);
}

export function removeItem(
  ctx: ServiceContext,
  input: ParsedInputOf<'template.removeItem'>,
): TemplateVersion {
  const { sqlite } = ctx;
  draftRow(sqlite, input.versionId);
  const changed = sqlite
    .prepare('DELETE FROM checklist_items WHERE id = ? AND version_id = ?')
    .run(input.itemId, input.versionId).changes;
  if (changed === 0) throw notFound('Butir checklist');
  return readVersion(sqlite, input.versionId);
}

export function publishVersion(
  ctx: ServiceContext,
  input: ParsedInputOf<'template.publish'>,
): TemplateVersion {
  const { sqlite } = ctx;
  draftRow(sqlite, input.versionId);
  const items = sqlite
    .prepare('SELECT COUNT(*) FROM checklist_items WHERE version_id = ?')
    .pluck()
    .get(input.versionId) as number;
  if (items === 0) throw new AppError('VALIDATION', 'Versi tanpa butir periksa tidak dapat diterbitkan.');
  sqlite.transaction(() => {
    // A draft's empty sections are leftovers of editing; they do not belong to what is published.
    sqlite
      .prepare(
        `DELETE FROM checklist_sections WHERE version_id = ?
         AND NOT EXISTS (SELECT 1 FROM checklist_items i WHERE i.section_id = checklist_sections.id)`,
      )
      .run(input.versionId);
    sqlite
      .prepare(
        "UPDATE checklist_versions SET status = 'terbit', published_at = ?, published_by = ? WHERE id = ?",
      )
      .run(nowIso(ctx), ctx.actor, input.versionId);
  })();
  return readVersion(sqlite, input.versionId);
}

export function setTemplateActive(
  ctx: ServiceContext,
  input: ParsedInputOf<'template.setActive'>,
): ChecklistTemplate[] {
  const changed = ctx.sqlite
    .prepare('UPDATE checklist_templates SET active = ?, updated_at = ? WHERE id = ?')
    .run(input.active ? 1 : 0, nowIso(ctx), input.templateId).changes;
  if (changed === 0) throw notFound('Template checklist');
  return listTemplates(ctx);
}
