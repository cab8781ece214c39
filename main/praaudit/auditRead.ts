import type BetterSqlite3 from 'better-sqlite3';
import type { AttachmentRef } from '../../shared/attachments/attachments';
import {
  type Answer,
  type AuditItem,
  type AuditSection,
  FINDING_ANSWERS,
  type PraAudit,
  type PraAuditSnapshot,
  type Tally,
} from '../../shared/praaudit/praaudit';
import type { Severity } from '../../shared/temuan/temuan';
import { REF_COLUMNS, toRef } from '../attachments/attachmentStore';
import { AppError, notFound } from '../core/appError';
import { nameKey, signedTwice } from '../core/signatories';
import { findingsOf } from '../temuan/findingService';
import { templateLabel } from './templateService';

export interface AuditRow {
  id: number;
  number: string | null;
  status: 'draft' | 'final';
  kegiatan_id: number;
  desa_id: number;
  template_version_id: number;
  audit_date: string;
  period_from: string | null;
  period_to: string | null;
  place: string;
  ketua_tpk: string | null;
  fk_name: string | null;
  conclusion: string | null;
  snapshot: string | null;
  snapshot_hash: string | null;
  finalised_at: string | null;
  finalised_by: string | null;
}

export function auditRow(sqlite: BetterSqlite3.Database, id: number): AuditRow {
  const row = sqlite.prepare('SELECT * FROM pra_audits WHERE id = ?').get(id) as AuditRow | undefined;
  if (!row) throw notFound('Pra-audit');
  return row;
}

/** Counts answers; the score weighs "sesuai" 2, "belum lengkap" 1, "tidak ada" 0 over relevant examined items. */
export function tally(answers: readonly Answer[]): Tally {
  const count = (a: Answer) => answers.filter((x) => x === a).length;
  const sesuai = count('ada_sesuai');
  const tidakLengkap = count('ada_tidak_lengkap');
  const tidakAda = count('tidak_ada');
  const tidakRelevan = count('tidak_relevan');
  const relevant = sesuai + tidakLengkap + tidakAda;
  return {
    total: answers.length,
    examined: answers.length - count('belum_diperiksa'),
    sesuai,
    tidakLengkap,
    tidakAda,
    tidakRelevan,
    score: relevant === 0 ? null : Math.round((100 * (2 * sesuai + tidakLengkap)) / (2 * relevant)),
  };
}

interface AnswerRow {
  item_id: number;
  code: string;
  text: string;
  help: string | null;
  answer: Answer;
  note: string | null;
  amount: number;
  severity: Severity;
  section_code: string;
  section_title: string;
}

function sectionsOf(
  sqlite: BetterSqlite3.Database,
  auditId: number,
  numbers: Map<number, number>,
): AuditSection[] {
  const rows = sqlite
    .prepare(
      `SELECT a.item_id, i.code, i.text, i.help, a.answer, a.note, a.amount, a.severity,
         s.code AS section_code, s.title AS section_title
       FROM pra_audit_answers a JOIN checklist_items i ON i.id = a.item_id JOIN checklist_sections s ON s.id = i.section_id
       WHERE a.audit_id = ? ORDER BY s.sort, s.id, i.sort, i.id`,
    )
    .all(auditId) as AnswerRow[];
  const evidence = new Map<number, AttachmentRef[]>();
  for (const e of sqlite
    .prepare(
      `SELECT e.item_id, ${REF_COLUMNS} FROM pra_audit_evidence e JOIN attachments a ON a.id = e.attachment_id
       WHERE e.audit_id = ? ORDER BY a.id`,
    )
    .all(auditId) as (Parameters<typeof toRef>[0] & { item_id: number })[]) {
    evidence.set(e.item_id, [...(evidence.get(e.item_id) ?? []), toRef(e)]);
  }
  const sections: AuditSection[] = [];
  for (const r of rows) {
    let section = sections.at(-1);
    if (section?.code !== r.section_code) {
      section = { code: r.section_code, title: r.section_title, items: [], tally: tally([]) };
      sections.push(section);
    }
    const item: AuditItem = {
      itemId: r.item_id,
      code: r.code,
      text: r.text,
      help: r.help,
      answer: r.answer,
      note: r.note,
      amount: r.amount,
      severity: r.severity,
      evidence: evidence.get(r.item_id) ?? [],
      findingNumber: numbers.get(r.item_id) ?? null,
    };
    section.items.push(item);
  }
  for (const s of sections) s.tally = tally(s.items.map((i) => i.answer));
  return sections;
}

/** What still blocks finalisation, in the words the page shows. */
function missingOf(audit: Omit<PraAudit, 'missing'>): string[] {
  const items = audit.sections.flatMap((s) => s.items);
  const missing: string[] = [];
  const unexamined = items.filter((i) => i.answer === 'belum_diperiksa').map((i) => i.code);
  if (unexamined.length > 0) {
    missing.push(
      `${unexamined.length} butir belum diperiksa (${unexamined.slice(0, 8).join(', ')}${unexamined.length > 8 ? ', …' : ''})`,
    );
  }
  const noFinding = items.filter((i) => FINDING_ANSWERS.includes(i.answer) && i.findingNumber === null);
  if (noFinding.length > 0) {
    missing.push(`butir ${noFinding.map((i) => i.code).join(', ')} belum dibuatkan catatan kekurangan`);
  }
  const noDue = audit.findings.filter((f) => !f.dueDate).map((f) => f.number);
  if (noDue.length > 0)
    missing.push(`catatan kekurangan No. ${noDue.join(', ')} belum punya batas waktu tindak lanjut`);
  if (!audit.conclusion) missing.push('kesimpulan belum diisi');
  const ketua = audit.ketuaTpk ? nameKey(audit.ketuaTpk) : null;
  const examinerKetua = audit.team.find((m) => nameKey(m.name) === ketua);
  if (examinerKetua) {
    missing.push(
      `${examinerKetua.name} adalah Ketua TPK yang diperiksa dan tidak boleh menjadi anggota tim pemeriksa`,
    );
  }
  const named = (n: string | null) => (n ? [{ key: nameKey(n), name: n }] : []);
  missing.push(
    ...signedTwice([
      ...(examinerKetua ? [] : named(audit.ketuaTpk)),
      ...audit.team.flatMap((m) => named(m.name)),
      ...named(audit.kepalaDesa),
      ...named(audit.fkName),
    ]),
  );
  return missing;
}

/** A draft computed from its rows; a final audit from its frozen snapshot with the findings' current follow-up. */
export function readAudit(sqlite: BetterSqlite3.Database, id: number, now: Date): PraAudit {
  const row = auditRow(sqlite, id);
  const findings = findingsOf(sqlite, now, { praAuditId: id });
  if (row.status !== 'draft') {
    if (!row.snapshot) throw new AppError('INTERNAL', 'Salinan beku pra-audit tidak ada.');
    const { audit } = JSON.parse(row.snapshot) as PraAuditSnapshot;
    return { ...audit, findings, hash: row.snapshot_hash };
  }
  const head = sqlite
    .prepare(
      `SELECT d.name AS desa_name, d.kepala_desa, k.name, k.type, k.year, k.blm_amount, k.location,
         t.name AS template_name, v.version
       FROM kegiatan k JOIN desa d ON d.id = k.desa_id, checklist_versions v JOIN checklist_templates t ON t.id = v.template_id
       WHERE k.id = ? AND v.id = ?`,
    )
    .get(row.kegiatan_id, row.template_version_id) as {
    desa_name: string;
    kepala_desa: string | null;
    name: string;
    type: PraAudit['kegiatan']['type'];
    year: number;
    blm_amount: number;
    location: string | null;
    template_name: string;
    version: number;
  };
  const team = sqlite
    .prepare('SELECT name, jabatan FROM pra_audit_team WHERE audit_id = ? ORDER BY sort')
    .all(id) as PraAudit['team'];
  const numbers = new Map(
    (
      sqlite
        .prepare(
          'SELECT checklist_item_id, number FROM findings WHERE pra_audit_id = ? AND checklist_item_id IS NOT NULL',
        )
        .all(id) as { checklist_item_id: number; number: number }[]
    ).map((f) => [f.checklist_item_id, f.number]),
  );
  const sections = sectionsOf(sqlite, id, numbers);
  const audit: Omit<PraAudit, 'missing'> = {
    id: row.id,
    number: row.number,
    status: row.status,
    desaId: row.desa_id,
    desaName: head.desa_name,
    kepalaDesa: head.kepala_desa,
    kegiatan: {
      id: row.kegiatan_id,
      name: head.name,
      type: head.type,
      year: head.year,
      blmAmount: head.blm_amount,
      location: head.location,
    },
    templateVersionId: row.template_version_id,
    templateLabel: templateLabel(head.template_name, head.version),
    auditDate: row.audit_date,
    periodFrom: row.period_from,
    periodTo: row.period_to,
    place: row.place,
    team,
    ketuaTpk: row.ketua_tpk,
    fkName: row.fk_name,
    sections,
    tally: tally(sections.flatMap((s) => s.items.map((i) => i.answer))),
    findings,
    conclusion: row.conclusion,
    finalisedAt: row.finalised_at,
    finalisedBy: row.finalised_by,
    hash: row.snapshot_hash,
  };
  return { ...audit, missing: missingOf(audit) };
}
