/**
 * The default chart of accounts exactly as migration 002 seeds it, frozen at release: a migration
 * never reads live feature code (its checksum is recorded in every database it created).
 */
export const SEED_CHART = `INSERT INTO accounts (code, name, type, normal_side, parent_id, money_kind, created_at, updated_at)
    VALUES ('1', 'Aset', 'aset', 'D',
      (SELECT id FROM accounts WHERE code = NULL), NULL,
      strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
INSERT INTO accounts (code, name, type, normal_side, parent_id, money_kind, created_at, updated_at)
    VALUES ('1.1', 'Aset Lancar', 'aset', 'D',
      (SELECT id FROM accounts WHERE code = '1'), NULL,
      strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
INSERT INTO accounts (code, name, type, normal_side, parent_id, money_kind, created_at, updated_at)
    VALUES ('1.1.01', 'Kas dan Bank', 'aset', 'D',
      (SELECT id FROM accounts WHERE code = '1.1'), NULL,
      strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
INSERT INTO accounts (code, name, type, normal_side, parent_id, money_kind, created_at, updated_at)
    VALUES ('1.1.01.01', 'Kas Tunai', 'aset', 'D',
      (SELECT id FROM accounts WHERE code = '1.1.01'), 'kas',
      strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
INSERT INTO accounts (code, name, type, normal_side, parent_id, money_kind, created_at, updated_at)
    VALUES ('1.1.01.02', 'Bank', 'aset', 'D',
      (SELECT id FROM accounts WHERE code = '1.1.01'), NULL,
      strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
INSERT INTO accounts (code, name, type, normal_side, parent_id, money_kind, created_at, updated_at)
    VALUES ('1.1.03', 'Piutang Pinjaman', 'aset', 'D',
      (SELECT id FROM accounts WHERE code = '1.1'), NULL,
      strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
INSERT INTO accounts (code, name, type, normal_side, parent_id, money_kind, created_at, updated_at)
    VALUES ('1.1.03.01', 'Piutang SPP', 'aset', 'D',
      (SELECT id FROM accounts WHERE code = '1.1.03'), NULL,
      strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
INSERT INTO accounts (code, name, type, normal_side, parent_id, money_kind, created_at, updated_at)
    VALUES ('1.1.03.02', 'Piutang UEP', 'aset', 'D',
      (SELECT id FROM accounts WHERE code = '1.1.03'), NULL,
      strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
INSERT INTO accounts (code, name, type, normal_side, parent_id, money_kind, created_at, updated_at)
    VALUES ('1.1.04', 'Cadangan Penghapusan', 'aset', 'K',
      (SELECT id FROM accounts WHERE code = '1.1'), NULL,
      strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
INSERT INTO accounts (code, name, type, normal_side, parent_id, money_kind, created_at, updated_at)
    VALUES ('1.1.04.01', 'Cadangan Kerugian/Penghapusan Piutang', 'aset', 'K',
      (SELECT id FROM accounts WHERE code = '1.1.04'), NULL,
      strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
INSERT INTO accounts (code, name, type, normal_side, parent_id, money_kind, created_at, updated_at)
    VALUES ('1.1.05', 'Piutang Lain', 'aset', 'D',
      (SELECT id FROM accounts WHERE code = '1.1'), NULL,
      strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
INSERT INTO accounts (code, name, type, normal_side, parent_id, money_kind, created_at, updated_at)
    VALUES ('1.1.05.01', 'Kasbon / Uang Muka', 'aset', 'D',
      (SELECT id FROM accounts WHERE code = '1.1.05'), NULL,
      strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
INSERT INTO accounts (code, name, type, normal_side, parent_id, money_kind, created_at, updated_at)
    VALUES ('1.2', 'Aset Tetap', 'aset', 'D',
      (SELECT id FROM accounts WHERE code = '1'), NULL,
      strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
INSERT INTO accounts (code, name, type, normal_side, parent_id, money_kind, created_at, updated_at)
    VALUES ('1.2.01', 'Inventaris', 'aset', 'D',
      (SELECT id FROM accounts WHERE code = '1.2'), NULL,
      strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
INSERT INTO accounts (code, name, type, normal_side, parent_id, money_kind, created_at, updated_at)
    VALUES ('1.2.02', 'Akumulasi Penyusutan Inventaris', 'aset', 'K',
      (SELECT id FROM accounts WHERE code = '1.2'), NULL,
      strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
INSERT INTO accounts (code, name, type, normal_side, parent_id, money_kind, created_at, updated_at)
    VALUES ('2', 'Kewajiban', 'kewajiban', 'K',
      (SELECT id FROM accounts WHERE code = NULL), NULL,
      strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
INSERT INTO accounts (code, name, type, normal_side, parent_id, money_kind, created_at, updated_at)
    VALUES ('2.1', 'Utang Lancar', 'kewajiban', 'K',
      (SELECT id FROM accounts WHERE code = '2'), NULL,
      strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
INSERT INTO accounts (code, name, type, normal_side, parent_id, money_kind, created_at, updated_at)
    VALUES ('2.1.01', 'Titipan Pihak Ketiga', 'kewajiban', 'K',
      (SELECT id FROM accounts WHERE code = '2.1'), NULL,
      strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
INSERT INTO accounts (code, name, type, normal_side, parent_id, money_kind, created_at, updated_at)
    VALUES ('2.1.02', 'Utang Surplus Bagian Desa/Masyarakat', 'kewajiban', 'K',
      (SELECT id FROM accounts WHERE code = '2.1'), NULL,
      strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
INSERT INTO accounts (code, name, type, normal_side, parent_id, money_kind, created_at, updated_at)
    VALUES ('2.1.03', 'Utang Pajak', 'kewajiban', 'K',
      (SELECT id FROM accounts WHERE code = '2.1'), NULL,
      strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
INSERT INTO accounts (code, name, type, normal_side, parent_id, money_kind, created_at, updated_at)
    VALUES ('3', 'Ekuitas', 'ekuitas', 'K',
      (SELECT id FROM accounts WHERE code = NULL), NULL,
      strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
INSERT INTO accounts (code, name, type, normal_side, parent_id, money_kind, created_at, updated_at)
    VALUES ('3.1', 'Modal dan Surplus', 'ekuitas', 'K',
      (SELECT id FROM accounts WHERE code = '3'), NULL,
      strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
INSERT INTO accounts (code, name, type, normal_side, parent_id, money_kind, created_at, updated_at)
    VALUES ('3.1.01', 'Modal DBM/BLM Bergulir', 'ekuitas', 'K',
      (SELECT id FROM accounts WHERE code = '3.1'), NULL,
      strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
INSERT INTO accounts (code, name, type, normal_side, parent_id, money_kind, created_at, updated_at)
    VALUES ('3.1.02', 'Surplus Ditahan', 'ekuitas', 'K',
      (SELECT id FROM accounts WHERE code = '3.1'), NULL,
      strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
INSERT INTO accounts (code, name, type, normal_side, parent_id, money_kind, created_at, updated_at)
    VALUES ('3.1.03', 'Surplus Tahun Berjalan', 'ekuitas', 'K',
      (SELECT id FROM accounts WHERE code = '3.1'), NULL,
      strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
INSERT INTO accounts (code, name, type, normal_side, parent_id, money_kind, created_at, updated_at)
    VALUES ('3.1.09', 'Ekuitas Saldo Awal', 'ekuitas', 'K',
      (SELECT id FROM accounts WHERE code = '3.1'), NULL,
      strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
INSERT INTO accounts (code, name, type, normal_side, parent_id, money_kind, created_at, updated_at)
    VALUES ('4', 'Pendapatan', 'pendapatan', 'K',
      (SELECT id FROM accounts WHERE code = NULL), NULL,
      strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
INSERT INTO accounts (code, name, type, normal_side, parent_id, money_kind, created_at, updated_at)
    VALUES ('4.1', 'Pendapatan Jasa Pinjaman', 'pendapatan', 'K',
      (SELECT id FROM accounts WHERE code = '4'), NULL,
      strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
INSERT INTO accounts (code, name, type, normal_side, parent_id, money_kind, created_at, updated_at)
    VALUES ('4.1.01', 'Pendapatan Jasa SPP', 'pendapatan', 'K',
      (SELECT id FROM accounts WHERE code = '4.1'), NULL,
      strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
INSERT INTO accounts (code, name, type, normal_side, parent_id, money_kind, created_at, updated_at)
    VALUES ('4.1.02', 'Pendapatan Jasa UEP', 'pendapatan', 'K',
      (SELECT id FROM accounts WHERE code = '4.1'), NULL,
      strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
INSERT INTO accounts (code, name, type, normal_side, parent_id, money_kind, created_at, updated_at)
    VALUES ('4.1.03', 'Pendapatan Denda', 'pendapatan', 'K',
      (SELECT id FROM accounts WHERE code = '4.1'), NULL,
      strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
INSERT INTO accounts (code, name, type, normal_side, parent_id, money_kind, created_at, updated_at)
    VALUES ('4.2', 'Pendapatan Lain', 'pendapatan', 'K',
      (SELECT id FROM accounts WHERE code = '4'), NULL,
      strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
INSERT INTO accounts (code, name, type, normal_side, parent_id, money_kind, created_at, updated_at)
    VALUES ('4.2.01', 'Pendapatan Bunga Bank', 'pendapatan', 'K',
      (SELECT id FROM accounts WHERE code = '4.2'), NULL,
      strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
INSERT INTO accounts (code, name, type, normal_side, parent_id, money_kind, created_at, updated_at)
    VALUES ('4.2.02', 'Pendapatan Lain-lain', 'pendapatan', 'K',
      (SELECT id FROM accounts WHERE code = '4.2'), NULL,
      strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
INSERT INTO accounts (code, name, type, normal_side, parent_id, money_kind, created_at, updated_at)
    VALUES ('5', 'Beban', 'beban', 'D',
      (SELECT id FROM accounts WHERE code = NULL), NULL,
      strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
INSERT INTO accounts (code, name, type, normal_side, parent_id, money_kind, created_at, updated_at)
    VALUES ('5.1', 'Beban Operasional', 'beban', 'D',
      (SELECT id FROM accounts WHERE code = '5'), NULL,
      strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
INSERT INTO accounts (code, name, type, normal_side, parent_id, money_kind, created_at, updated_at)
    VALUES ('5.1.01', 'Beban Honor/Insentif', 'beban', 'D',
      (SELECT id FROM accounts WHERE code = '5.1'), NULL,
      strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
INSERT INTO accounts (code, name, type, normal_side, parent_id, money_kind, created_at, updated_at)
    VALUES ('5.1.02', 'Beban ATK dan Fotokopi', 'beban', 'D',
      (SELECT id FROM accounts WHERE code = '5.1'), NULL,
      strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
INSERT INTO accounts (code, name, type, normal_side, parent_id, money_kind, created_at, updated_at)
    VALUES ('5.1.03', 'Beban Transport', 'beban', 'D',
      (SELECT id FROM accounts WHERE code = '5.1'), NULL,
      strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
INSERT INTO accounts (code, name, type, normal_side, parent_id, money_kind, created_at, updated_at)
    VALUES ('5.1.04', 'Beban Administrasi Bank', 'beban', 'D',
      (SELECT id FROM accounts WHERE code = '5.1'), NULL,
      strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
INSERT INTO accounts (code, name, type, normal_side, parent_id, money_kind, created_at, updated_at)
    VALUES ('5.1.05', 'Beban Pajak Bunga Bank', 'beban', 'D',
      (SELECT id FROM accounts WHERE code = '5.1'), NULL,
      strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
INSERT INTO accounts (code, name, type, normal_side, parent_id, money_kind, created_at, updated_at)
    VALUES ('5.1.06', 'Beban Penyusutan', 'beban', 'D',
      (SELECT id FROM accounts WHERE code = '5.1'), NULL,
      strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
INSERT INTO accounts (code, name, type, normal_side, parent_id, money_kind, created_at, updated_at)
    VALUES ('5.1.07', 'Beban Penyisihan Penghapusan Piutang', 'beban', 'D',
      (SELECT id FROM accounts WHERE code = '5.1'), NULL,
      strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
INSERT INTO accounts (code, name, type, normal_side, parent_id, money_kind, created_at, updated_at)
    VALUES ('5.1.08', 'Beban Lain-lain', 'beban', 'D',
      (SELECT id FROM accounts WHERE code = '5.1'), NULL,
      strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));`;
