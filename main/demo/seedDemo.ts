import { contract } from '../../shared/contract';
import { localDateTimeInZone } from '../../shared/format/date';
import { setAuditActor } from '../audit/auditTriggers';
import { conflict } from '../core/appError';
import { nowIso, type ServiceContext } from '../core/context';
import { isDatabaseEmpty } from '../system/systemService';
import { seedDemoClosing } from './demoClosing';
import { seedDemoExams } from './demoExams';
import { seedDemoImport } from './demoImport';
import { seedDemoKelompok } from './demoKelompok';
import { seedDemoLedger } from './demoLedger';
import { demoOpeningDay, seedDemoLoans } from './demoLoans';
import { seedDemoSidbmCases } from './demoLoansSidbm';
import { DEMO_DESA, DEMO_OFFICERS, DEMO_PROFILE } from './demoOffice';
import { seedDemoPraAudit } from './demoPraAudit';
import { demoUserHashes, seedDemoUsers } from './demoUsers';

/** Who the audit trail names for everything the demo office holds at the start. */
export const DEMO_ACTOR = 'Kantor contoh';

/**
 * Fills an empty database with the demo office, in one transaction. The demo records go through
 * the same input schemas as the UI's, so the demo can never hold what a user could not enter.
 */
export async function seedDemo(ctx: ServiceContext): Promise<void> {
  // The demo's records are the example office's, not the computer's account or the admin who loaded them.
  const actor = ctx.actor;
  ctx.actor = DEMO_ACTOR;
  setAuditActor(ctx.sqlite, DEMO_ACTOR);
  try {
    await seedDemoData(ctx);
  } finally {
    ctx.actor = actor;
    setAuditActor(ctx.sqlite, actor);
  }
}

async function seedDemoData(ctx: ServiceContext): Promise<void> {
  const now = nowIso(ctx);
  const stamps = { created_at: now, updated_at: now };
  const profile = contract['office.saveProfile'].input.parse(DEMO_PROFILE);
  const userHashes = await demoUserHashes();

  await ctx.db.transaction().execute(async (trx) => {
    if (!(await isDatabaseEmpty(trx))) {
      throw conflict(
        'Database sudah berisi data; data contoh hanya dapat dimuat ke database yang masih kosong.',
      );
    }
    await trx
      .insertInto('office_profile')
      .values({
        id: 1,
        name: profile.name,
        institution_kind: profile.institutionKind,
        kecamatan: profile.kecamatan,
        kabupaten: profile.kabupaten,
        provinsi: profile.provinsi,
        address: profile.address,
        postal_code: profile.postalCode,
        phone: profile.phone,
        email: profile.email,
        time_zone: profile.timeZone,
        paper_size: profile.paperSize,
        ...stamps,
      })
      .execute();

    for (const demo of DEMO_OFFICERS) {
      const { terms, ...person } = demo;
      const o = contract['officers.update'].input.parse({ id: 1, ...person });
      const { id } = await trx
        .insertInto('officers')
        .values({ full_name: o.fullName, nip: o.nip, phone: o.phone, active: 1, ...stamps })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (const term of terms) {
        const t = contract['officers.addTerm'].input.parse({ officerId: id, ...term });
        await trx
          .insertInto('officer_terms')
          .values({
            officer_id: id,
            position: t.position,
            start_date: t.startDate,
            end_date: t.endDate,
            decree_number: t.decreeNumber,
            ...stamps,
          })
          .execute();
      }
    }

    for (const demo of DEMO_DESA) {
      const d = contract['desa.create'].input.parse({
        name: demo.name,
        code: demo.code,
        kepalaDesa: demo.kepalaDesa,
      });
      const { id } = await trx
        .insertInto('desa')
        .values({ name: d.name, code: d.code, kepala_desa: d.kepalaDesa, active: 1, ...stamps })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (const member of demo.tpk) {
        const m = contract['tpk.create'].input.parse({ desaId: id, ...member });
        await trx
          .insertInto('tpk_members')
          .values({ desa_id: id, full_name: m.fullName, role: m.role, phone: m.phone, active: 1, ...stamps })
          .execute();
      }
    }

    // Same connection and the same open transaction: the ledger goes in with the rest or not at all.
    const today = localDateTimeInZone(ctx.now().getTime(), profile.timeZone).date;
    // Before the examinations: their review and follow-up are done by the demo accounts.
    seedDemoUsers(ctx.sqlite, userHashes, now);
    const ledgerEnd = seedDemoLedger(ctx.sqlite, today, ctx.actor, now);
    const office = { ...profile, logoDataUrl: null, updatedAt: now };
    seedDemoLoans(ctx, seedDemoKelompok(ctx), ledgerEnd, today);
    seedDemoSidbmCases(ctx, demoOpeningDay(ledgerEnd), today);
    await seedDemoClosing(ctx, trx, ledgerEnd);
    seedDemoExams(ctx, ledgerEnd, office, now);
    seedDemoPraAudit(ctx, today, office);
    await seedDemoImport(ctx, today);
  });
}
