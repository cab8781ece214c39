import {
  type AccountType,
  type MoneyKind,
  type NormalSide,
  OPENING_EQUITY_CODE,
} from '../../shared/ledger/accounts';

export interface ChartRow {
  code: string;
  name: string;
  type: AccountType;
  normal: NormalSide;
  money?: MoneyKind;
}

/**
 * Default chart of accounts (DOMAIN.md §3.4, a skeleton an office replaces with its own): groups
 * are the codes that have children; only leaves take journal lines. Bank accounts are added by the
 * office under 1.1.01.02, one per rekening.
 */
export const DEFAULT_CHART: readonly ChartRow[] = [
  { code: '1', name: 'Aset', type: 'aset', normal: 'D' },
  { code: '1.1', name: 'Aset Lancar', type: 'aset', normal: 'D' },
  { code: '1.1.01', name: 'Kas dan Bank', type: 'aset', normal: 'D' },
  { code: '1.1.01.01', name: 'Kas Tunai', type: 'aset', normal: 'D', money: 'kas' },
  { code: '1.1.01.02', name: 'Bank', type: 'aset', normal: 'D' },
  { code: '1.1.03', name: 'Piutang Pinjaman', type: 'aset', normal: 'D' },
  { code: '1.1.03.01', name: 'Piutang SPP', type: 'aset', normal: 'D' },
  { code: '1.1.03.02', name: 'Piutang UEP', type: 'aset', normal: 'D' },
  { code: '1.1.04', name: 'Cadangan Penghapusan', type: 'aset', normal: 'K' },
  { code: '1.1.04.01', name: 'Cadangan Kerugian/Penghapusan Piutang', type: 'aset', normal: 'K' },
  { code: '1.1.05', name: 'Piutang Lain', type: 'aset', normal: 'D' },
  { code: '1.1.05.01', name: 'Kasbon / Uang Muka', type: 'aset', normal: 'D' },
  { code: '1.2', name: 'Aset Tetap', type: 'aset', normal: 'D' },
  { code: '1.2.01', name: 'Inventaris', type: 'aset', normal: 'D' },
  { code: '1.2.02', name: 'Akumulasi Penyusutan Inventaris', type: 'aset', normal: 'K' },
  { code: '2', name: 'Kewajiban', type: 'kewajiban', normal: 'K' },
  { code: '2.1', name: 'Utang Lancar', type: 'kewajiban', normal: 'K' },
  { code: '2.1.01', name: 'Titipan Pihak Ketiga', type: 'kewajiban', normal: 'K' },
  { code: '2.1.02', name: 'Utang Surplus Bagian Desa/Masyarakat', type: 'kewajiban', normal: 'K' },
  { code: '2.1.03', name: 'Utang Pajak', type: 'kewajiban', normal: 'K' },
  { code: '3', name: 'Ekuitas', type: 'ekuitas', normal: 'K' },
  { code: '3.1', name: 'Modal dan Surplus', type: 'ekuitas', normal: 'K' },
  { code: '3.1.01', name: 'Modal DBM/BLM Bergulir', type: 'ekuitas', normal: 'K' },
  { code: '3.1.02', name: 'Surplus Ditahan', type: 'ekuitas', normal: 'K' },
  { code: '3.1.03', name: 'Surplus Tahun Berjalan', type: 'ekuitas', normal: 'K' },
  { code: OPENING_EQUITY_CODE, name: 'Ekuitas Saldo Awal', type: 'ekuitas', normal: 'K' },
  { code: '4', name: 'Pendapatan', type: 'pendapatan', normal: 'K' },
  { code: '4.1', name: 'Pendapatan Jasa Pinjaman', type: 'pendapatan', normal: 'K' },
  { code: '4.1.01', name: 'Pendapatan Jasa SPP', type: 'pendapatan', normal: 'K' },
  { code: '4.1.02', name: 'Pendapatan Jasa UEP', type: 'pendapatan', normal: 'K' },
  { code: '4.1.03', name: 'Pendapatan Denda', type: 'pendapatan', normal: 'K' },
  { code: '4.2', name: 'Pendapatan Lain', type: 'pendapatan', normal: 'K' },
  { code: '4.2.01', name: 'Pendapatan Bunga Bank', type: 'pendapatan', normal: 'K' },
  { code: '4.2.02', name: 'Pendapatan Lain-lain', type: 'pendapatan', normal: 'K' },
  { code: '5', name: 'Beban', type: 'beban', normal: 'D' },
  { code: '5.1', name: 'Beban Operasional', type: 'beban', normal: 'D' },
  { code: '5.1.01', name: 'Beban Honor/Insentif', type: 'beban', normal: 'D' },
  { code: '5.1.02', name: 'Beban ATK dan Fotokopi', type: 'beban', normal: 'D' },
  { code: '5.1.03', name: 'Beban Transport', type: 'beban', normal: 'D' },
  { code: '5.1.04', name: 'Beban Administrasi Bank', type: 'beban', normal: 'D' },
  { code: '5.1.05', name: 'Beban Pajak Bunga Bank', type: 'beban', normal: 'D' },
  { code: '5.1.06', name: 'Beban Penyusutan', type: 'beban', normal: 'D' },
  { code: '5.1.07', name: 'Beban Penyisihan Penghapusan Piutang', type: 'beban', normal: 'D' },
  { code: '5.1.08', name: 'Beban Lain-lain', type: 'beban', normal: 'D' },
];

export function parentCode(code: string): string | null {
  const i = code.lastIndexOf('.');
  return i < 0 ? null : code.slice(0, i);
}
