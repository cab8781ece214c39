import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../main/db/connection';
import { DatabaseOpenError } from '../../main/db/errors';
import { MIGRATIONS } from '../../main/db/migrations';
import { APPLICATION_ID, backupPathFor, type Migration, migrationChecksum } from '../../main/db/migrator';
import type { DB } from '../../main/db/schema';
import { APP_VERSION } from '../../main/version';
import { makeTempDir, userTables } from './helpers';

const NOW = new Date('2025-02-03T04:05:06.789Z');
const now = () => NOW;

const m1: Migration = {
  version: 1,
  name: 'satu',
  sql: 'CREATE TABLE things (id INTEGER PRIMARY KEY, label TEXT NOT NULL) STRICT;',
};
const m2: Migration = {
  version: 2,
  name: 'dua',
  sql: 'ALTER TABLE things ADD COLUMN note TEXT; CREATE TABLE extras (id INTEGER PRIMARY KEY) STRICT;',
};
const badM2: Migration = {
  version: 2,
  name: 'rusak',
  sql: 'CREATE TABLE partial (x INTEGER); INSERT INTO no_such_table VALUES (1);',
};

let dir: string;
let dbPath: string;

beforeEach(() => {
  dir = makeTempDir();
  dbPath = path.join(dir, 'audit-upk.sqlite');
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function backups(): string[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.bak'));
}

/** Opens a file directly, outside the app, and always closes it. */
function withRaw<T>(file: string, fn: (db: BetterSqlite3.Database) => T, readonly = false): T {
  const db = new BetterSqlite3(file, { readonly, fileMustExist: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

async function expectOpenRefused(
  file: string,
  reason: DatabaseOpenError['reason'],
  migrations?: readonly Migration[],
): Promise<DatabaseOpenError> {
  const err: unknown = await openDatabase(file, { appVersion: APP_VERSION, migrations, now }).then(
    async (db) => {
      await db.close();
      return null;
    },
    (e: unknown) => e,
  );
  if (!(err instanceof DatabaseOpenError))
    return expect.fail(`expected DatabaseOpenError, got ${String(err)}`);
  expect(err.reason).toBe(reason);
  expect(err.message).toMatch(/tidak diubah/);
  return err;
}

describe('a new database file', () => {
  it('is migrated to the latest version and marked as an Audit UPK database', async () => {
    const database = await openDatabase(dbPath, { appVersion: APP_VERSION, now });
    try {
      const { sqlite } = database;
      const latest = MIGRATIONS.at(-1)?.version;
      expect(latest).toBeGreaterThanOrEqual(1);
      expect(database.migration).toEqual({ from: 0, to: latest, backupPath: null });
      expect(sqlite.pragma('user_version', { simple: true })).toBe(latest);
      expect(sqlite.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
      expect(APPLICATION_ID).toBe(0x4155504b);
      expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(sqlite.pragma('synchronous', { simple: true })).toBe(2);
      expect(sqlite.prepare('SELECT * FROM schema_migrations ORDER BY version').all()).toEqual(
        MIGRATIONS.map((m) => ({
          version: m.version,
          name: m.name,
          applied_at: NOW.toISOString(),
          app_version: APP_VERSION,
          checksum: migrationChecksum(m),
        })),
      );
      expect(backups()).toEqual([]);
    } finally {
      await database.close();
    }
  });

  it('reopening applies nothing and makes no backup', async () => {
    await (await openDatabase(dbPath, { appVersion: APP_VERSION, now })).close();
    const later = () => new Date('2026-01-01T00:00:00.000Z');
    const again = await openDatabase(dbPath, { appVersion: '9.9.9', now: later });
    try {
      const latest = MIGRATIONS.at(-1)?.version;
      expect(again.migration).toEqual({ from: latest, to: latest, backupPath: null });
      const rows = again.sqlite
        .prepare('SELECT applied_at, app_version FROM schema_migrations')
        .all() as Array<{ applied_at: string; app_version: string }>;
      expect(rows).toHaveLength(MIGRATIONS.length);
      expect(rows.every((r) => r.applied_at === NOW.toISOString() && r.app_version === APP_VERSION)).toBe(
        true,
      );
      expect(backups()).toEqual([]);
    } finally {
      await again.close();
    }
  });

  it('close() releases the file even when no query ran (WAL files are removed)', async () => {
    const database = await openDatabase(dbPath, { appVersion: APP_VERSION, now });
    expect(fs.existsSync(`${dbPath}-wal`)).toBe(true);
    await database.close();
    expect(database.sqlite.open).toBe(false);
    expect(fs.readdirSync(dir)).toEqual(['audit-upk.sqlite']);
  });

  it('an empty (0-byte) file is treated as a new database', async () => {
    fs.writeFileSync(dbPath, '');
    const database = await openDatabase(dbPath, { appVersion: APP_VERSION, now });
    try {
      expect(database.migration.from).toBe(0);
      expect(database.sqlite.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    } finally {
      await database.close();
    }
  });
});

describe('migrating an existing database', () => {
  async function makeV1(): Promise<void> {
    const v1 = await openDatabase(dbPath, { appVersion: '0.0.1', migrations: [m1], now });
    expect(v1.migration).toEqual({ from: 0, to: 1, backupPath: null });
    v1.sqlite.prepare('INSERT INTO things (label) VALUES (?), (?)').run('lama satu', 'lama dua');
    await v1.close();
  }

  it('backs the file up next to it, then applies and records the new migration', async () => {
    await makeV1();
    const later = new Date('2025-06-07T08:09:10.111Z');
    const v2 = await openDatabase(dbPath, { appVersion: '0.0.2', migrations: [m1, m2], now: () => later });
    let backupPath: string | null;
    try {
      backupPath = v2.migration.backupPath;
      expect(v2.migration.from).toBe(1);
      expect(v2.migration.to).toBe(2);
      expect(backupPath).toBe(backupPathFor(dbPath, 1, later));
      expect(path.dirname(backupPath ?? '')).toBe(dir);
      expect(path.basename(backupPath ?? '')).toBe(
        'audit-upk.sqlite.sebelum-migrasi-v1-2025-06-07T08-09-10-111Z.bak',
      );
      expect(v2.sqlite.pragma('user_version', { simple: true })).toBe(2);
      expect(v2.sqlite.prepare('SELECT version, name, app_version FROM schema_migrations').all()).toEqual([
        { version: 1, name: 'satu', app_version: '0.0.1' },
        { version: 2, name: 'dua', app_version: '0.0.2' },
      ]);
      expect(v2.sqlite.prepare('SELECT label, note FROM things ORDER BY id').all()).toEqual([
        { label: 'lama satu', note: null },
        { label: 'lama dua', note: null },
      ]);
      expect(userTables(v2.sqlite)).toContain('extras');
    } finally {
      await v2.close();
    }
    expect(backups()).toEqual([path.basename(backupPath ?? '')]);
    withRaw(
      backupPath ?? '',
      (bak) => {
        expect(bak.pragma('user_version', { simple: true })).toBe(1);
        expect(bak.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
        expect(bak.prepare('SELECT id, label FROM things ORDER BY id').all()).toEqual([
          { id: 1, label: 'lama satu' },
          { id: 2, label: 'lama dua' },
        ]);
        expect(userTables(bak)).not.toContain('extras');
        expect(bak.prepare('SELECT version FROM schema_migrations').pluck().all()).toEqual([1]);
      },
      true,
    );
  });

  it('a failing migration rolls back its own transaction, throws, and leaves version 1', async () => {
    await makeV1();
    await expect(openDatabase(dbPath, { appVersion: '0.0.2', migrations: [m1, badM2], now })).rejects.toThrow(
      /no_such_table/,
    );
    withRaw(dbPath, (raw) => {
      expect(raw.pragma('user_version', { simple: true })).toBe(1);
      expect(userTables(raw)).not.toContain('partial');
      expect(raw.prepare('SELECT version FROM schema_migrations').pluck().all()).toEqual([1]);
      expect(raw.prepare('SELECT label FROM things ORDER BY id').pluck().all()).toEqual([
        'lama satu',
        'lama dua',
      ]);
    });
    // The good migration still applies afterwards.
    const fixed = await openDatabase(dbPath, { appVersion: '0.0.3', migrations: [m1, m2], now });
    expect(fixed.migration.to).toBe(2);
    await fixed.close();
  });
});

describe('files the app must not change', () => {
  it('refuses a database written by a newer version, bytes unchanged', async () => {
    await (await openDatabase(dbPath, { appVersion: APP_VERSION, now })).close();
    withRaw(dbPath, (raw) => {
      // Rollback-journal mode, so even switching to WAL would show in the header bytes.
      raw.pragma('journal_mode = DELETE');
      raw.pragma('user_version = 99');
    });
    const before = sha256(dbPath);
    const err = await expectOpenRefused(dbPath, 'too-new');
    expect(err.message).toMatch(/skema 99/);
    expect(sha256(dbPath)).toBe(before);
    expect(backups()).toEqual([]);
    withRaw(dbPath, (raw) => expect(raw.pragma('user_version', { simple: true })).toBe(99), true);
  });

  it("refuses another program's SQLite file, bytes unchanged", async () => {
    const other = new BetterSqlite3(dbPath);
    other.exec(
      "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers VALUES (1, 'A');",
    );
    other.close();
    const before = sha256(dbPath);
    await expectOpenRefused(dbPath, 'not-audit-upk');
    expect(sha256(dbPath)).toBe(before);
    withRaw(
      dbPath,
      (raw) => {
        expect(raw.pragma('application_id', { simple: true })).toBe(0);
        expect(raw.pragma('journal_mode', { simple: true })).toBe('delete');
        expect(userTables(raw)).toEqual(['customers']);
      },
      true,
    );
  });

  it('refuses a file that is not SQLite at all, bytes unchanged', async () => {
    const bytes = Buffer.alloc(8192);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
    bytes.write('BUKAN DATABASE', 0, 'latin1');
    fs.writeFileSync(dbPath, bytes);
    const before = sha256(dbPath);
    await expectOpenRefused(dbPath, 'corrupt');
    expect(sha256(dbPath)).toBe(before);
    expect(fs.readdirSync(dir)).toEqual(['audit-upk.sqlite']);
  });
});

/** Every table and column of `DB` in main/db/schema.ts; the type makes this list complete. */
const DB_COLUMNS: { [T in keyof DB]: { [C in keyof DB[T]]-?: true } } = {
  audit_log: {
    id: true,
    at: true,
    actor: true,
    table_name: true,
    row_id: true,
    action: true,
    before_json: true,
    after_json: true,
    prev_hash: true,
    hash: true,
  },
  audit_session: { id: true, actor: true },
  office_profile: {
    id: true,
    name: true,
    institution_kind: true,
    kecamatan: true,
    kabupaten: true,
    provinsi: true,
    address: true,
    postal_code: true,
    phone: true,
    email: true,
    time_zone: true,
    paper_size: true,
    logo_mime: true,
    logo: true,
    created_at: true,
    updated_at: true,
  },
  officers: {
    id: true,
    full_name: true,
    nip: true,
    phone: true,
    active: true,
    created_at: true,
    updated_at: true,
  },
  officer_terms: {
    id: true,
    officer_id: true,
    position: true,
    start_date: true,
    end_date: true,
    decree_number: true,
    created_at: true,
    updated_at: true,
  },
  desa: {
    id: true,
    name: true,
    code: true,
    kepala_desa: true,
    active: true,
    created_at: true,
    updated_at: true,
  },
  tpk_members: {
    id: true,
    desa_id: true,
    full_name: true,
    role: true,
    phone: true,
    active: true,
    created_at: true,
    updated_at: true,
  },
  schema_migrations: { version: true, name: true, applied_at: true, app_version: true, checksum: true },
  accounts: {
    id: true,
    code: true,
    name: true,
    type: true,
    normal_side: true,
    parent_id: true,
    active: true,
    money_kind: true,
    bank_name: true,
    bank_account_number: true,
    bank_holder: true,
    bank_type: true,
    created_at: true,
    updated_at: true,
  },
  journal_entries: {
    id: true,
    entry_date: true,
    entry_time: true,
    bukti: true,
    description: true,
    desa_id: true,
    kind: true,
    voided: true,
    void_reason: true,
    reverses_entry_id: true,
    import_batch: true,
    created_by: true,
    created_at: true,
    updated_by: true,
    updated_at: true,
    voided_by: true,
    voided_at: true,
  },
  journal_lines: {
    id: true,
    entry_id: true,
    account_id: true,
    debit: true,
    credit: true,
    entry_date: true,
    entry_time: true,
    voided: true,
  },
  account_daily: {
    account_id: true,
    day: true,
    cum_debit: true,
    cum_credit: true,
    cum_lines: true,
  },
  journal_revisions: {
    id: true,
    entry_id: true,
    snapshot: true,
    reason: true,
    changed_by: true,
    changed_at: true,
  },
  ledger_locks: {
    id: true,
    locked_until: true,
    reason: true,
    created_by: true,
    created_at: true,
    digest: true,
    lifted_at: true,
    lifted_by: true,
    lift_reason: true,
  },
  app_settings: {
    key: true,
    value: true,
    updated_at: true,
  },
  denominations: {
    id: true,
    kind: true,
    value: true,
    active: true,
  },
  observation_items: {
    id: true,
    text: true,
    active: true,
    sort: true,
  },
  examinations: {
    id: true,
    number: true,
    type: true,
    exam_date: true,
    exam_time: true,
    place: true,
    basis: true,
    addendum_of: true,
    status: true,
    examined_officer_id: true,
    conclusion: true,
    unexplained_ack: true,
    snapshot: true,
    snapshot_hash: true,
    finalised_at: true,
    finalised_by: true,
    created_by: true,
    created_at: true,
    updated_at: true,
  },
  exam_parties: {
    exam_id: true,
    role: true,
    officer_id: true,
    sort: true,
  },
  exam_counts: {
    exam_id: true,
    account_id: true,
    denomination_id: true,
    count: true,
  },
  exam_items: {
    id: true,
    exam_id: true,
    account_id: true,
    kind: true,
    code: true,
    description: true,
    amount: true,
  },
  exam_statements: {
    exam_id: true,
    account_id: true,
    balance: true,
    statement_date: true,
    source: true,
  },
  exam_observations: {
    exam_id: true,
    item_id: true,
    answer: true,
    note: true,
  },
  findings: {
    id: true,
    source: true,
    exam_id: true,
    pra_audit_id: true,
    checklist_item_id: true,
    number: true,
    kondisi: true,
    kriteria: true,
    sebab: true,
    akibat: true,
    rekomendasi: true,
    amount: true,
    severity: true,
    tanggapan: true,
    pic: true,
    due_date: true,
    dibawa_ke_mad: true,
    status: true,
    created_by: true,
    created_at: true,
    library_version_id: true,
    recommended_amount: true,
  },
  exam_signed_copies: {
    exam_id: true,
    mime: true,
    content: true,
    sha256: true,
    attached_by: true,
    attached_at: true,
  },
  kegiatan: {
    id: true,
    desa_id: true,
    name: true,
    type: true,
    year: true,
    blm_amount: true,
    location: true,
    status: true,
    active: true,
    created_at: true,
    updated_at: true,
  },
  kegiatan_tpk: {
    kegiatan_id: true,
    tpk_member_id: true,
  },
  checklist_templates: {
    id: true,
    name: true,
    description: true,
    active: true,
    created_at: true,
    updated_at: true,
  },
  checklist_versions: {
    id: true,
    template_id: true,
    version: true,
    status: true,
    published_at: true,
    published_by: true,
    created_at: true,
  },
  checklist_sections: {
    id: true,
    version_id: true,
    code: true,
    title: true,
    sort: true,
  },
  checklist_items: {
    id: true,
    version_id: true,
    section_id: true,
    code: true,
    text: true,
    help: true,
    default_severity: true,
    applies_to: true,
    sort: true,
  },
  pra_audits: {
    id: true,
    number: true,
    status: true,
    kegiatan_id: true,
    desa_id: true,
    template_version_id: true,
    audit_date: true,
    period_from: true,
    period_to: true,
    place: true,
    ketua_tpk: true,
    fk_name: true,
    conclusion: true,
    snapshot: true,
    snapshot_hash: true,
    finalised_at: true,
    finalised_by: true,
    created_by: true,
    created_at: true,
    updated_at: true,
  },
  pra_audit_team: {
    audit_id: true,
    sort: true,
    name: true,
    jabatan: true,
  },
  pra_audit_answers: {
    audit_id: true,
    item_id: true,
    answer: true,
    note: true,
    amount: true,
    severity: true,
    answered_by: true,
    answered_at: true,
  },
  attachments: {
    id: true,
    file_name: true,
    mime: true,
    size: true,
    sha256: true,
    content: true,
    attached_by: true,
    attached_at: true,
  },
  pra_audit_evidence: {
    id: true,
    audit_id: true,
    item_id: true,
    attachment_id: true,
  },
  finding_followups: {
    id: true,
    finding_id: true,
    followup_date: true,
    status: true,
    note: true,
    verified_by: true,
    created_by: true,
    created_at: true,
    verifier_user_id: true,
  },
  finding_followup_evidence: {
    followup_id: true,
    attachment_id: true,
  },
  kelompok: {
    id: true,
    desa_id: true,
    name: true,
    jenis: true,
    ketua: true,
    address: true,
    founded_on: true,
    active: true,
    created_at: true,
    updated_at: true,
  },
  anggota: {
    id: true,
    kelompok_id: true,
    name: true,
    nik: true,
    gender: true,
    address: true,
    rtm: true,
    active: true,
    created_at: true,
    updated_at: true,
  },
  loan_products: {
    id: true,
    code: true,
    name: true,
    terms: true,
    receivable_account_id: true,
    jasa_account_id: true,
    denda_account_id: true,
    active: true,
    created_at: true,
    updated_at: true,
  },
  class_tables: {
    id: true,
    name: true,
    classes: true,
    created_by: true,
    created_at: true,
  },
  loans: {
    id: true,
    number: true,
    kelompok_id: true,
    product_id: true,
    status: true,
    amount: true,
    terms: true,
    purpose: true,
    proposed_on: true,
    verified_on: true,
    approved_on: true,
    decision_number: true,
    disbursed_on: true,
    disbursed_account_id: true,
    disbursement_entry_id: true,
    closed_on: true,
    close_note: true,
    rescheduled_from: true,
    migrated: true,
    created_by: true,
    created_at: true,
    updated_at: true,
  },
  loan_members: {
    loan_id: true,
    anggota_id: true,
    amount: true,
    purpose: true,
  },
  loan_schedule: {
    loan_id: true,
    no: true,
    due_date: true,
    pokok: true,
    jasa: true,
  },
  repayments: {
    id: true,
    loan_id: true,
    paid_on: true,
    pokok: true,
    jasa: true,
    denda: true,
    account_id: true,
    entry_id: true,
    voided: true,
    created_by: true,
    created_at: true,
  },
  import_batches: {
    id: true,
    source: true,
    file_name: true,
    file_hash: true,
    grouping: true,
    entries: true,
    lines: true,
    total_debit: true,
    total_credit: true,
    skipped_duplicates: true,
    created_by: true,
    created_at: true,
    undone_by: true,
    undone_at: true,
    undo_reason: true,
  },
  import_entries: { entry_id: true, batch_id: true, fingerprint: true },
  users: {
    id: true,
    username: true,
    full_name: true,
    officer_id: true,
    role: true,
    password_hash: true,
    must_change_password: true,
    active: true,
    last_login_at: true,
    created_at: true,
    updated_at: true,
  },
  system_events: { id: true, at: true, actor: true, kind: true, detail: true },
  request_log: { request_id: true, name: true, answer: true, at: true },
  finding_library: { id: true, code: true, category: true, active: true, created_at: true, updated_at: true },
  finding_library_versions: {
    id: true,
    entry_id: true,
    version: true,
    title: true,
    kondisi: true,
    kriteria: true,
    sebab: true,
    akibat: true,
    rekomendasi: true,
    item_codes: true,
    created_by: true,
    created_at: true,
  },
  finding_deposits: {
    id: true,
    finding_id: true,
    deposit_date: true,
    amount: true,
    receipt_number: true,
    account_id: true,
    journal_entry_id: true,
    note: true,
    created_by: true,
    created_at: true,
  },
  document_reviews: {
    id: true,
    doc_kind: true,
    doc_id: true,
    action: true,
    user_id: true,
    user_name: true,
    note: true,
    created_at: true,
  },
  account_statement_map: { account_id: true, line: true, cash_class: true, updated_at: true },
  year_closings: {
    id: true,
    year: true,
    number: true,
    status: true,
    closing_entry_id: true,
    allocation_entry_id: true,
    mad_date: true,
    mad_reference: true,
    surplus: true,
    lock_id: true,
    snapshot: true,
    snapshot_hash: true,
    closed_by: true,
    closed_at: true,
    reopened_by: true,
    reopened_at: true,
    reopen_reason: true,
  },
  year_closing_allocations: {
    closing_id: true,
    sort: true,
    label: true,
    account_id: true,
    basis_points: true,
    amount: true,
  },
};

interface ColumnInfo {
  name: string;
  type: string;
  notnull: number;
  pk: number;
}

describe('schema', () => {
  let database: Awaited<ReturnType<typeof openDatabase>>;

  beforeEach(async () => {
    database = await openDatabase(dbPath, { appVersion: APP_VERSION, now });
  });

  afterEach(async () => {
    await database.close();
  });

  function columns(table: string): string[] {
    return (database.sqlite.pragma(`table_info(${table})`) as ColumnInfo[]).map(
      (c) => `${c.name} ${c.type}${c.notnull ? ' NOT NULL' : ''}${c.pk ? ' PK' : ''}`,
    );
  }

  it('matches the recorded tables, columns, indexes and triggers of the foundation', () => {
    const foundationTables = [
      'desa',
      'office_profile',
      'officer_terms',
      'officers',
      'schema_migrations',
      'tpk_members',
    ];
    expect(userTables(database.sqlite)).toEqual(expect.arrayContaining(foundationTables));
    expect(columns('office_profile')).toEqual([
      'id INTEGER PK',
      'name TEXT NOT NULL',
      'institution_kind TEXT NOT NULL',
      'kecamatan TEXT NOT NULL',
      'kabupaten TEXT NOT NULL',
      'provinsi TEXT NOT NULL',
      'address TEXT NOT NULL',
      'postal_code TEXT',
      'phone TEXT',
      'email TEXT',
      'time_zone TEXT NOT NULL',
      'paper_size TEXT NOT NULL',
      'logo_mime TEXT',
      'logo BLOB',
      'created_at TEXT NOT NULL',
      'updated_at TEXT NOT NULL',
    ]);
    expect(columns('officers')).toEqual([
      'id INTEGER PK',
      'full_name TEXT NOT NULL',
      'nip TEXT',
      'phone TEXT',
      'active INTEGER NOT NULL',
      'created_at TEXT NOT NULL',
      'updated_at TEXT NOT NULL',
    ]);
    expect(columns('officer_terms')).toEqual([
      'id INTEGER PK',
      'officer_id INTEGER NOT NULL',
      'position TEXT NOT NULL',
      'start_date TEXT NOT NULL',
      'end_date TEXT',
      'decree_number TEXT',
      'created_at TEXT NOT NULL',
      'updated_at TEXT NOT NULL',
    ]);
    expect(columns('desa')).toEqual([
      'id INTEGER PK',
      'name TEXT NOT NULL',
      'code TEXT',
      'kepala_desa TEXT',
      'active INTEGER NOT NULL',
      'created_at TEXT NOT NULL',
      'updated_at TEXT NOT NULL',
    ]);
    expect(columns('tpk_members')).toEqual([
      'id INTEGER PK',
      'desa_id INTEGER NOT NULL',
      'full_name TEXT NOT NULL',
      'role TEXT NOT NULL',
      'phone TEXT',
      'active INTEGER NOT NULL',
      'created_at TEXT NOT NULL',
      'updated_at TEXT NOT NULL',
    ]);
    expect(columns('schema_migrations')).toEqual([
      'version INTEGER PK',
      'name TEXT NOT NULL',
      'applied_at TEXT NOT NULL',
      'app_version TEXT NOT NULL',
      'checksum TEXT',
    ]);
    const others = database.sqlite
      .prepare(
        `SELECT type || ' ' || name || ' ON ' || tbl_name FROM sqlite_schema
         WHERE type IN ('index', 'trigger') AND name NOT LIKE 'sqlite_%' ORDER BY type, name`,
      )
      .pluck()
      .all()
      .filter((line) => foundationTables.includes(String(line).split(' ON ')[1] ?? ''))
      // The audit triggers are generated from the schema at open (main/audit/auditTriggers.ts).
      .filter((line) => !String(line).startsWith('trigger audit_trg_'));
    expect(others).toEqual([
      'index desa_name_unique ON desa',
      'index officer_terms_by_officer ON officer_terms',
      'index officer_terms_by_position ON officer_terms',
      'index tpk_members_by_desa ON tpk_members',
      'trigger desa_no_delete ON desa',
      'trigger officer_terms_no_delete ON officer_terms',
      'trigger officers_no_delete ON officers',
      'trigger tpk_members_no_delete ON tpk_members',
    ]);
    const strict = database.sqlite
      .prepare(`SELECT name FROM pragma_table_list WHERE schema = 'main' AND strict = 1 ORDER BY name`)
      .pluck()
      .all();
    expect(strict).toEqual(userTables(database.sqlite));
  });

  it('has exactly the tables and columns of the DB interface in schema.ts', () => {
    expect(userTables(database.sqlite)).toEqual(Object.keys(DB_COLUMNS).sort());
    for (const [table, cols] of Object.entries(DB_COLUMNS)) {
      const actual = (database.sqlite.pragma(`table_info(${table})`) as ColumnInfo[]).map((c) => c.name);
      expect(actual.sort(), table).toEqual(Object.keys(cols).sort());
    }
  });

  it('enforces foreign keys', () => {
    const insert = database.sqlite.prepare(
      `INSERT INTO officer_terms (officer_id, position, start_date, created_at, updated_at)
       VALUES (999, 'ketua_upk', '2024-01-01', 'x', 'x')`,
    );
    expect(() => insert.run()).toThrow(/FOREIGN KEY/);
    expect(database.sqlite.prepare('SELECT count(*) FROM officer_terms').pluck().get()).toBe(0);
  });

  it('refuses hard deletes with triggers; the rows stay', () => {
    const { sqlite } = database;
    const stamp = "'2025-01-01T00:00:00.000Z'";
    sqlite.exec(`
      INSERT INTO desa (id, name, created_at, updated_at) VALUES (1, 'Sukamaju', ${stamp}, ${stamp});
      INSERT INTO tpk_members (id, desa_id, full_name, role, created_at, updated_at)
        VALUES (1, 1, 'Iwan', 'ketua', ${stamp}, ${stamp});
      INSERT INTO officers (id, full_name, created_at, updated_at) VALUES (1, 'Dedi', ${stamp}, ${stamp});
      INSERT INTO officer_terms (id, officer_id, position, start_date, created_at, updated_at)
        VALUES (1, 1, 'bendahara_upk', '2024-01-01', ${stamp}, ${stamp});
    `);
    const cases: Array<[string, RegExp]> = [
      ['desa', /Data desa tidak boleh dihapus/],
      ['tpk_members', /Anggota TPK tidak boleh dihapus/],
      ['officer_terms', /Masa jabatan tidak boleh dihapus/],
      ['officers', /Data pejabat tidak boleh dihapus/],
    ];
    for (const [table, message] of cases) {
      expect(() => sqlite.exec(`DELETE FROM ${table}`)).toThrow(message);
      expect(() => sqlite.prepare(`DELETE FROM ${table} WHERE id = 1`).run()).toThrow(message);
      expect(sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(1);
    }
  });
});
