import type BetterSqlite3 from 'better-sqlite3';
import { formatTanggal } from '../../shared/format/date';
import { OPENING_EQUITY_CODE } from '../../shared/ledger/accounts';
import {
  HEALTH_PRESET_SIDBM,
  type HealthInputKey,
  type HealthInputs,
  type HealthSheet,
  healthPresetAnomalies,
  scoreHealth,
} from '../../shared/pinjaman/healthScore';
import type { PortfolioReport } from '../../shared/pinjaman/loans';
import { balanceOf } from './portfolio';

/** Where each input of the health score comes from: printed next to the score. */
const SOURCES: Record<HealthInputKey, string> = {
  tunggakanPokok: 'Register pinjaman: tunggakan pokok pada tanggal laporan',
  saldoPiutang: 'Register pinjaman: saldo pokok pada tanggal laporan',
  cadanganKerugian: 'Jurnal: saldo akun 1.1.04.01 Cadangan Kerugian Piutang',
  risikoKolektibilitas: 'Cadangan yang wajib menurut tabel kolektibilitas',
  labaBerjalan: 'Jurnal: pendapatan − beban sejak 1 Januari tahun laporan',
  asetProduktif: 'Saldo pokok pinjaman beredar (aset yang menghasilkan jasa)',
  beban: 'Jurnal: akun beban sejak 1 Januari tahun laporan',
  pendapatan: 'Jurnal: akun pendapatan sejak 1 Januari tahun laporan',
  asetEkonomi: 'Jurnal: jumlah bersih semua akun aset',
  modalAwal: `Jurnal: saldo akun 3.1.01 Modal DBM/BLM Bergulir dan ${OPENING_EQUITY_CODE} Ekuitas Saldo Awal`,
};

/** Σ(debit − credit) per account type, up to the end of `to` and (optionally) from `from`. */
function byType(sqlite: BetterSqlite3.Database, to: string, from = '0000-01-01'): Record<string, number> {
  const rows = sqlite
    .prepare(
      `SELECT a.type, COALESCE(SUM(l.debit - l.credit), 0) AS net FROM journal_lines l
       JOIN accounts a ON a.id = l.account_id
       WHERE l.voided = 0 AND l.entry_date >= ? AND l.entry_date <= ? GROUP BY a.type`,
    )
    .all(from, to) as { type: string; net: number }[];
  return Object.fromEntries(rows.map((r) => [r.type, r.net]));
}

function accountIds(sqlite: BetterSqlite3.Database, codes: string[]): number[] {
  return sqlite
    .prepare(`SELECT id FROM accounts WHERE code IN (${codes.map(() => '?').join(',')})`)
    .pluck()
    .all(...codes) as number[];
}

/**
 * The §6.5 health score of the whole office at the end of `date`: loan figures from the register,
 * the rest from the journal by account type (DOMAIN leaves "aset produktif" and "modal awal" to the
 * office; this app reads them as named in SOURCES).
 */
export function healthSheet(sqlite: BetterSqlite3.Database, report: PortfolioReport): HealthSheet {
  const date = report.date;
  const total = byType(sqlite, date);
  const year = byType(sqlite, date, `${date.slice(0, 4)}-01-01`);
  const pendapatan = -(year.pendapatan ?? 0);
  const beban = year.beban ?? 0;
  const inputs: HealthInputs = {
    tunggakanPokok: report.totals.tunggakanPokok,
    saldoPiutang: report.totals.saldo,
    cadanganKerugian: report.provisionBooked,
    risikoKolektibilitas: report.totals.provision,
    labaBerjalan: pendapatan - beban,
    asetProduktif: report.totals.saldo,
    beban,
    pendapatan,
    asetEkonomi: total.aset ?? 0,
    modalAwal: -balanceOf(sqlite, accountIds(sqlite, ['3.1.01', OPENING_EQUITY_CODE]), date),
  };
  const preset = HEALTH_PRESET_SIDBM;
  const result = scoreHealth(inputs, preset);
  const keys = Object.keys(SOURCES) as HealthInputKey[];
  return {
    ...result,
    inputs: keys.map((key) => ({ key, amount: inputs[key], source: SOURCES[key] })),
    anomalies: healthPresetAnomalies(preset),
    presetSource: `${preset.source.source} (${preset.source.version}), dibaca ${formatTanggal(preset.source.date)}`,
  };
}
