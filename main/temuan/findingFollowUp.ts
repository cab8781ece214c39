import type { ParsedInputOf } from '../../shared/contract';
import { formatRupiah } from '../../shared/format/money';
import { CLOSED_STATUSES, type TrackedFinding } from '../../shared/temuan/temuan';
import { decodeUpload, storeAttachment } from '../attachments/attachmentStore';
import { AppError, conflict } from '../core/appError';
import { nowIso, type ServiceContext } from '../core/context';
import { officeToday } from '../core/today';
import { qb, syncFirst, syncRun } from '../db/sync';
import { getFinding, isOpen } from './findingService';

const VERIFIER_ROLES = ['admin', 'pemeriksa'];

function sameName(a: string | null | undefined, b: string | null | undefined): boolean {
  // Academic titles follow a comma ("Nenden Fitriani, S.Sos."): compare the names before it.
  const norm = (s: string) =>
    (s.split(',')[0] ?? '')
      .toLocaleLowerCase('id-ID')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return !!a && !!b && norm(a) !== '' && norm(a) === norm(b);
}

/**
 * Who may close a finding: a signed-in Pemeriksa or Admin who is neither the finding's PIC nor the
 * person audited in its examination or pra-audit (by linked officer or by name). Returns the verifier.
 */
export function assertMayVerify(ctx: ServiceContext, finding: TrackedFinding): { id: number; name: string } {
  const user = ctx.user;
  if (!user) {
    throw new AppError(
      'FORBIDDEN',
      'Menutup temuan harus dilakukan oleh pengguna yang masuk (Pemeriksa/Admin).',
    );
  }
  if (!VERIFIER_ROLES.includes(user.role)) {
    throw new AppError(
      'FORBIDDEN',
      'Hanya Pemeriksa atau Admin yang dapat memverifikasi dan menutup temuan; catat tindak lanjut sebagai "BS" dan minta pemeriksa memverifikasinya.',
    );
  }
  const me = syncFirst(
    ctx.sqlite,
    qb
      .selectFrom('users as u')
      .leftJoin('officers as o', 'o.id', 'u.officer_id')
      .select(['u.officer_id', 'o.full_name as officer_name'])
      .where('u.id', '=', user.id),
  );
  const names = [user.fullName, me?.officer_name];
  if (names.some((n) => sameName(n, finding.pic))) {
    throw new AppError(
      'FORBIDDEN',
      'Penanggung jawab temuan tidak dapat memverifikasi tindak lanjutnya sendiri.',
    );
  }
  let audited: { officerId: number | null; name: string | null };
  if (finding.source === 'pemeriksaan_kas') {
    const exam = syncFirst(
      ctx.sqlite,
      qb
        .selectFrom('examinations as e')
        .innerJoin('officers as o', 'o.id', 'e.examined_officer_id')
        .select(['e.examined_officer_id', 'o.full_name'])
        .where('e.id', '=', finding.sourceId),
    );
    audited = { officerId: exam?.examined_officer_id ?? null, name: exam?.full_name ?? null };
  } else {
    const audit = syncFirst(
      ctx.sqlite,
      qb.selectFrom('pra_audits').select('ketua_tpk').where('id', '=', finding.sourceId),
    );
    audited = { officerId: null, name: audit?.ketua_tpk ?? null };
  }
  if (
    (audited.officerId !== null && me?.officer_id === audited.officerId) ||
    names.some((n) => sameName(n, audited.name))
  ) {
    throw new AppError(
      'FORBIDDEN',
      'Pihak yang diperiksa tidak dapat memverifikasi temuan atas dirinya sendiri.',
    );
  }
  return { id: user.id, name: user.fullName };
}

export function addFollowUp(
  ctx: ServiceContext,
  input: ParsedInputOf<'finding.addFollowUp'>,
): TrackedFinding {
  const { sqlite } = ctx;
  const finding = getFinding(ctx, { id: input.id });
  if (!finding.sourceFinal) {
    throw conflict(
      'Tindak lanjut dicatat setelah dokumen sumbernya final; temuan draft masih dapat diubah langsung.',
    );
  }
  if (!isOpen(finding.status)) {
    throw conflict('Temuan ini sudah ditutup; tindak lanjutnya tidak dapat diubah lagi.');
  }
  if (input.date < finding.sourceDate) {
    throw new AppError('VALIDATION', 'Tanggal tindak lanjut tidak boleh sebelum tanggal dokumen sumbernya.', {
      date: 'Sebelum tanggal temuan',
    });
  }
  if (input.date > officeToday(sqlite, ctx.now())) {
    throw new AppError('VALIDATION', 'Tanggal tindak lanjut tidak boleh di masa depan.', {
      date: 'Di masa depan',
    });
  }
  const files = input.evidence.map((f, i) => ({ file: f, bytes: decodeUpload(f, `evidence.${i}`) }));
  const closing = CLOSED_STATUSES.includes(input.status);
  const verifier = closing ? assertMayVerify(ctx, finding) : null;
  if (input.status === 'selesai' && finding.remaining > 0) {
    throw conflict(
      `Masih ada ${formatRupiah(finding.remaining)} yang belum disetor; status S (sesuai) baru dapat diberikan setelah seluruh nilai rekomendasi disetor.`,
    );
  }
  const now = nowIso(ctx);
  sqlite.transaction(() => {
    const followUpId = syncRun(
      sqlite,
      qb.insertInto('finding_followups').values({
        finding_id: input.id,
        followup_date: input.date,
        status: input.status,
        note: input.note ?? '',
        verified_by: verifier?.name ?? null,
        verifier_user_id: verifier?.id ?? null,
        created_by: ctx.actor,
        created_at: now,
      }),
    ).id;
    for (const { file, bytes } of files) {
      const attachmentId = storeAttachment(sqlite, file, bytes, ctx.actor, now);
      syncRun(
        sqlite,
        qb
          .insertInto('finding_followup_evidence')
          .values({ followup_id: followUpId, attachment_id: attachmentId }),
      );
    }
    syncRun(sqlite, qb.updateTable('findings').set({ status: input.status }).where('id', '=', input.id));
  })();
  return getFinding(ctx, { id: input.id });
}
