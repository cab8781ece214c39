import { formatRupiah } from '../format/money';

/**
 * The trail's column names as the screens label them. A column missing here shows its own name; add
 * the label of a new column together with the screen that shows it.
 */
export const AUDIT_FIELD_LABELS: Record<string, string> = {
  id: 'ID',
  active: 'Aktif',
  name: 'Nama',
  full_name: 'Nama lengkap',
  username: 'Nama pengguna',
  role: 'Peran',
  status: 'Status',
  code: 'Kode',
  number: 'Nomor',
  type: 'Jenis',
  kind: 'Jenis',
  jenis: 'Jenis',
  description: 'Uraian',
  note: 'Catatan',
  reason: 'Alasan',
  title: 'Judul',
  text: 'Teks',
  address: 'Alamat',
  phone: 'Telepon',
  email: 'E-mail',
  postal_code: 'Kode pos',
  kecamatan: 'Kecamatan',
  kabupaten: 'Kabupaten/Kota',
  provinsi: 'Provinsi',
  institution_kind: 'Bentuk lembaga',
  time_zone: 'Zona waktu',
  paper_size: 'Ukuran kertas',
  logo: 'Logo',
  nip: 'NIP',
  nik: 'NIK',
  position: 'Jabatan',
  jabatan: 'Jabatan',
  start_date: 'Mulai',
  end_date: 'Selesai',
  decree_number: 'Nomor SK',
  kepala_desa: 'Kepala desa',
  desa_id: 'Desa',
  account_id: 'Akun',
  parent_id: 'Akun induk',
  normal_side: 'Saldo normal',
  bank_name: 'Nama bank',
  bank_type: 'Jenis rekening',
  bank_account_number: 'Nomor rekening',
  bank_holder: 'Atas nama',
  entry_date: 'Tanggal',
  entry_time: 'Jam',
  bukti: 'No. bukti',
  debit: 'Debit',
  credit: 'Kredit',
  amount: 'Jumlah',
  balance: 'Saldo',
  pokok: 'Pokok',
  jasa: 'Jasa',
  denda: 'Denda',
  blm_amount: 'Nilai BLM',
  voided: 'Dibatalkan',
  voided_by: 'Dibatalkan oleh',
  voided_at: 'Dibatalkan pada',
  void_reason: 'Alasan pembatalan',
  locked_until: 'Dikunci sampai',
  exam_date: 'Tanggal pemeriksaan',
  exam_time: 'Jam pemeriksaan',
  place: 'Tempat',
  count: 'Jumlah lembar/keping',
  value: 'Nilai',
  conclusion: 'Kesimpulan',
  kondisi: 'Kondisi',
  kriteria: 'Kriteria',
  sebab: 'Sebab',
  akibat: 'Akibat',
  rekomendasi: 'Rekomendasi',
  tanggapan: 'Tanggapan',
  severity: 'Tingkat',
  due_date: 'Batas waktu',
  answer: 'Jawaban',
  audit_date: 'Tanggal pra-audit',
  finalised_by: 'Difinalkan oleh',
  finalised_at: 'Difinalkan pada',
  created_by: 'Dibuat oleh',
  created_at: 'Dibuat pada',
  updated_at: 'Diubah pada',
  last_login_at: 'Terakhir masuk',
  must_change_password: 'Wajib ganti kata sandi',
  password_hash: 'Kata sandi',
  ketua: 'Ketua',
  proposed_on: 'Tanggal usulan',
  approved_on: 'Tanggal penetapan',
  disbursed_on: 'Tanggal pencairan',
  paid_on: 'Tanggal bayar',
  closed_on: 'Tanggal selesai',
  close_note: 'Keterangan',
  file_name: 'Nama berkas',
};

/** Columns holding money in sen: shown as Rupiah. */
const MONEY_FIELDS = new Set([
  'debit',
  'credit',
  'amount',
  'balance',
  'pokok',
  'jasa',
  'denda',
  'blm_amount',
]);

export function auditFieldLabel(field: string): string {
  return AUDIT_FIELD_LABELS[field] ?? field;
}

/** A stored value as the screens show it: money in Rupiah, 1/0 flags as Ya/Tidak. */
export function auditFieldValue(field: string, value: string): string {
  if (MONEY_FIELDS.has(field) && /^-?\d+$/.test(value)) return formatRupiah(Number(value));
  if ((field === 'active' || field === 'voided' || field === 'must_change_password') && /^[01]$/.test(value))
    return value === '1' ? 'Ya' : 'Tidak';
  return value;
}
