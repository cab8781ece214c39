import type { Officer } from '../../shared/officers/officers';
import { type PositionCode, termCovers } from '../../shared/officers/positions';
import type {
  ChecklistTemplate,
  PraAudit,
  TeamMember,
  TemplateVersionSummary,
} from '../../shared/praaudit/praaudit';

/** The fields of the "Pra-audit baru" / "Identitas pra-audit" form. */
export interface AuditHeaderValues {
  kegiatanId: string | null;
  versionId: string | null;
  auditDate: string;
  periodFrom: string;
  periodTo: string;
  place: string;
  team: TeamMember[];
  ketuaTpk: string;
  fkName: string;
}

export function initialHeaderValues(audit: PraAudit | null, today: string): AuditHeaderValues {
  return {
    kegiatanId: audit ? String(audit.kegiatan.id) : null,
    versionId: audit ? String(audit.templateVersionId) : null,
    auditDate: audit?.auditDate ?? today,
    periodFrom: audit?.periodFrom ?? '',
    periodTo: audit?.periodTo ?? '',
    place: audit?.place ?? '',
    team: audit?.team ?? [{ name: '', jabatan: '' }],
    ketuaTpk: audit?.ketuaTpk ?? '',
    fkName: audit?.fkName ?? '',
  };
}

/** The header part of praAudit.create / praAudit.updateHeader; empty team rows are left out. */
export function headerInput(v: AuditHeaderValues) {
  return {
    auditDate: v.auditDate,
    periodFrom: v.periodFrom || null,
    periodTo: v.periodTo || null,
    place: v.place,
    team: v.team.filter((m) => m.name.trim() || m.jabatan.trim()),
    ketuaTpk: v.ketuaTpk,
    fkName: v.fkName,
  };
}

/** Published versions of active templates, newest first (the first is the default). */
export function publishedVersions(templates: ChecklistTemplate[]) {
  return templates
    .filter((t) => t.active)
    .flatMap((t) =>
      t.versions
        .filter((v) => v.status === 'terbit')
        .map((v: TemplateVersionSummary) => ({
          value: String(v.id),
          label: `${t.name} v${v.version}`,
          publishedAt: v.publishedAt ?? '',
          version: v.version,
        })),
    )
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || b.version - a.version);
}

const FACILITATOR_JABATAN: Partial<Record<PositionCode, string>> = {
  fk: 'Fasilitator Kecamatan',
  pl: 'Pendamping Lokal',
};

/** Officers holding an FK or PL post on the audit date, as team members. */
export function facilitatorsOn(officers: Officer[], date: string, position?: PositionCode): TeamMember[] {
  return officers.flatMap((o) => {
    const term = o.terms.find(
      (t) => termCovers(t, date) && (position ? t.position === position : t.position in FACILITATOR_JABATAN),
    );
    const jabatan = term && FACILITATOR_JABATAN[term.position];
    return jabatan ? [{ name: o.fullName, jabatan }] : [];
  });
}
