import type { Generated } from 'kysely';

/** Kysely's view of the tables. Keep in step with migrations/ (the schema test checks both). */
export interface OfficeProfileTable {
  id: Generated<number>;
  name: string;
  institution_kind: 'upk' | 'bumdesma';
  kecamatan: string;
  kabupaten: string;
  provinsi: string;
  address: string;
  postal_code: string | null;
  phone: string | null;
  email: string | null;
  time_zone: 'WIB' | 'WITA' | 'WIT';
  paper_size: 'A4' | 'F4';
  logo_mime: 'image/png' | 'image/jpeg' | null;
  logo: Uint8Array | null;
  created_at: string;
  updated_at: string;
}

export interface OfficersTable {
  id: Generated<number>;
  full_name: string;
  nip: string | null;
  phone: string | null;
  active: 0 | 1;
  created_at: string;
  updated_at: string;
}

export interface OfficerTermsTable {
  id: Generated<number>;
  officer_id: number;
  position: string;
  start_date: string;
  end_date: string | null;
  decree_number: string | null;
  created_at: string;
  updated_at: string;
}

export interface DesaTable {
  id: Generated<number>;
  name: string;
  code: string | null;
  kepala_desa: string | null;
  active: 0 | 1;
  created_at: string;
  updated_at: string;
}

export interface TpkMembersTable {
  id: Generated<number>;
  desa_id: number;
  full_name: string;
  role: 'ketua' | 'sekretaris' | 'bendahara' | 'anggota';
  phone: string | null;
  active: 0 | 1;
  created_at: string;
  updated_at: string;
}

export interface SchemaMigrationsTable {
  version: number;
  name: string;
  applied_at: string;
  app_version: string;
}

export interface DB {
  office_profile: OfficeProfileTable;
  officers: OfficersTable;
  officer_terms: OfficerTermsTable;
  desa: DesaTable;
  tpk_members: TpkMembersTable;
  schema_migrations: SchemaMigrationsTable;
}
