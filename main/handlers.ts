import type { Handlers } from './core/dispatch';
import { seedDemo } from './demo/seedDemo';
import * as desa from './desa/desaService';
import * as office from './office/profileService';
import * as officers from './officers/officersService';
import { systemStatus } from './system/systemService';

/** Request name → service. Every request of the contract must be here (checked by the type). */
export const handlers: Handlers = {
  'system.status': (_, ctx) => systemStatus(ctx),
  'demo.load': async (_, ctx) => {
    await seedDemo(ctx);
    return systemStatus(ctx);
  },
  'office.getProfile': (_, ctx) => office.getProfile(ctx),
  'office.saveProfile': (input, ctx) => office.saveProfile(ctx, input),
  'office.setLogo': (input, ctx) => office.setLogo(ctx, input),
  'office.removeLogo': (_, ctx) => office.removeLogo(ctx),
  'officers.list': (input, ctx) => officers.listOfficers(ctx, input),
  'officers.create': (input, ctx) => officers.createOfficer(ctx, input),
  'officers.update': (input, ctx) => officers.updateOfficer(ctx, input),
  'officers.setActive': (input, ctx) => officers.setOfficerActive(ctx, input),
  'officers.addTerm': (input, ctx) => officers.addTerm(ctx, input),
  'officers.updateTerm': (input, ctx) => officers.updateTerm(ctx, input),
  'officers.onDate': (input, ctx) => officers.officersOnDate(ctx, input),
  'desa.list': (input, ctx) => desa.listDesa(ctx, input),
  'desa.create': (input, ctx) => desa.createDesa(ctx, input),
  'desa.update': (input, ctx) => desa.updateDesa(ctx, input),
  'desa.setActive': (input, ctx) => desa.setDesaActive(ctx, input),
  'tpk.create': (input, ctx) => desa.createTpkMember(ctx, input),
  'tpk.update': (input, ctx) => desa.updateTpkMember(ctx, input),
  'tpk.setActive': (input, ctx) => desa.setTpkMemberActive(ctx, input),
};
