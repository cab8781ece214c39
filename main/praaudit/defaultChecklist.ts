import type { KegiatanType } from '../../shared/kegiatan/kegiatan';
import type { Severity } from '../../shared/temuan/temuan';

/** One item of the default checklist (DOMAIN §7.3). */
export interface DefaultItem {
  code: string;
  text: string;
  help?: string;
  severity: Severity;
  /** Kegiatan types it applies to; absent = all. */
  appliesTo?: KegiatanType[];
}

export interface DefaultSection {
  code: string;
  title: string;
  /** Applies to every item of the section unless the item says otherwise. */
  appliesTo?: KegiatanType[];
  items: DefaultItem[];
}

export const DEFAULT_TEMPLATE_NAME = 'Checklist Pra-Audit TPK (standar)';

const SARPRAS: KegiatanType[] = ['sarana_prasarana'];

/** Built from the sources' document list and practice; offices copy and adapt it to their own SOP. */
export const DEFAULT_CHECKLIST: DefaultSection[] = [
  {
    code: 'A',
    title: 'Kelembagaan & perencanaan',
    items: [
      {
        code: 'A1',
        severity: 'sedang',
        text: 'SK/BA penetapan TPK (hasil Musyawarah Desa) ada; susunan Ketua/Sekretaris/Bendahara sesuai',
      },
      {
        code: 'A2',
        severity: 'sedang',
        text: 'Dokumen usulan & BA penetapan (MAD penetapan/Musdes) untuk kegiatan yang diaudit',
      },
      {
        code: 'A3',
        severity: 'berat',
        appliesTo: SARPRAS,
        text: 'RAB final dan gambar/desain ada, ditandatangani pihak berwenang',
      },
      { code: 'A4', severity: 'ringan', text: 'Jadwal pelaksanaan kegiatan ada dan dipantau' },
      {
        code: 'A5',
        severity: 'sedang',
        text: 'Berita Acara revisi/perubahan (desain/RAB/lokasi) untuk setiap perubahan, disahkan Musdes',
        help: 'Pilih TR bila tidak pernah ada perubahan.',
      },
      {
        code: 'A6',
        severity: 'sedang',
        text: 'Surat perjanjian pemberian bantuan (SPPB) antara UPK dan TPK',
      },
    ],
  },
  {
    code: 'B',
    title: 'Penerimaan & penyaluran dana',
    items: [
      {
        code: 'B1',
        severity: 'sedang',
        text: 'RPD untuk setiap pencairan, diperiksa & diketahui sesuai ketentuan',
      },
      {
        code: 'B2',
        severity: 'berat',
        text: 'Bukti penerimaan dana dari UPK (kuitansi/BA pencairan) per tahap',
      },
      {
        code: 'B3',
        severity: 'berat',
        text: 'Jumlah diterima per tahap cocok dengan catatan UPK (cocokkan ke buku UPK)',
        help: 'Isi jumlah selisih bila tidak cocok.',
      },
      {
        code: 'B4',
        severity: 'sedang',
        text: 'Syarat pencairan tahap berikut dipenuhi (LPD tahap sebelumnya, progres fisik)',
      },
      {
        code: 'B5',
        severity: 'sedang',
        text: 'Rekening TPK/desa (jika ada): buku bank & rekening koran cocok',
        help: 'Pilih TR bila TPK tidak memakai rekening bank.',
      },
    ],
  },
  {
    code: 'C',
    title: 'Buku Kas Umum (BKU) & bukti',
    items: [
      {
        code: 'C1',
        severity: 'sedang',
        text: 'BKU diisi kronologis, tidak ada coretan tanpa paraf, ditutup tiap bulan & ditandatangani',
      },
      {
        code: 'C2',
        severity: 'berat',
        text: 'Saldo BKU = kas fisik TPK + saldo bank (kas opname TPK dilakukan saat pra-audit)',
        help: 'Isi jumlah selisih bila saldo tidak sama.',
      },
      {
        code: 'C3',
        severity: 'berat',
        text: 'Setiap pengeluaran didukung kuitansi/nota asli, bertanggal, ditandatangani penerima',
      },
      {
        code: 'C4',
        severity: 'ringan',
        text: 'Kuitansi di atas Rp5.000.000 bermeterai Rp10.000',
        help: 'Sejak 2021; dokumen lebih lama mengikuti ketentuan saat itu.',
      },
      {
        code: 'C5',
        severity: 'ringan',
        text: 'Nama toko/penyedia, alamat, dan cap (jika ada) tercantum pada nota',
      },
      { code: 'C6', severity: 'berat', text: 'Tidak ada pembayaran ganda / bukti yang dipakai dua kali' },
      { code: 'C7', severity: 'sedang', text: 'Harga satuan wajar dan sesuai RAB/survei harga' },
      {
        code: 'C8',
        severity: 'sedang',
        text: 'Sisa dana (jika ada) dicatat dan disetor/dikembalikan sesuai ketentuan',
      },
    ],
  },
  {
    code: 'D',
    title: 'Pengadaan',
    appliesTo: SARPRAS,
    items: [
      {
        code: 'D1',
        severity: 'sedang',
        text: 'Dokumen pengadaan (survei harga/penawaran/BA negosiasi) sesuai nilai pengadaan',
      },
      {
        code: 'D2',
        severity: 'sedang',
        text: 'Surat pesanan/SPK/perjanjian dengan pemasok untuk pengadaan bernilai besar',
      },
      {
        code: 'D3',
        severity: 'sedang',
        text: 'BA penerimaan/pemeriksaan barang untuk setiap penerimaan material',
      },
    ],
  },
  {
    code: 'E',
    title: 'Material & tenaga kerja',
    appliesTo: SARPRAS,
    items: [
      {
        code: 'E1',
        severity: 'sedang',
        text: 'Buku Material: penerimaan, pemakaian, sisa; ditutup bulanan, diperiksa Ketua TPK & FK',
      },
      {
        code: 'E2',
        severity: 'berat',
        text: 'Volume material diterima = dibayar = terpasang (± sisa yang dicatat)',
      },
      { code: 'E3', severity: 'sedang', text: 'Daftar hadir pekerja (HOK) harian lengkap, ditandatangani' },
      {
        code: 'E4',
        severity: 'sedang',
        text: 'Daftar pembayaran upah ditandatangani penerima; upah sesuai standar yang disepakati',
      },
      { code: 'E5', severity: 'ringan', text: 'Pekerja diutamakan dari warga miskin/RTM (data tersedia)' },
      { code: 'E6', severity: 'ringan', text: 'Sewa alat: bukti & daftar pemakaian' },
    ],
  },
  {
    code: 'F',
    title: 'Teknis & progres',
    appliesTo: SARPRAS,
    items: [
      { code: 'F1', severity: 'sedang', text: 'MC-0 dilakukan, BA MC-0 ada; revisi dicatat' },
      { code: 'F2', severity: 'ringan', text: 'Laporan kemajuan fisik & biaya (mingguan/bulanan) ada' },
      { code: 'F3', severity: 'sedang', text: 'Sertifikasi/pemeriksaan hasil kerja oleh FT/FK per tahap' },
      {
        code: 'F4',
        severity: 'berat',
        text: 'MC-100 dilakukan; volume terpasang sesuai gambar & RAB (as-built)',
      },
      {
        code: 'F5',
        severity: 'berat',
        text: 'Pemeriksaan fisik lapangan (jalan/jembatan/bangunan/saluran) tanpa cacat berarti',
      },
    ],
  },
  {
    code: 'G',
    title: 'Dokumentasi',
    items: [
      {
        code: 'G1',
        severity: 'ringan',
        text: 'Foto 0% (kondisi awal) dari titik yang sama',
        appliesTo: SARPRAS,
      },
      { code: 'G2', severity: 'ringan', text: 'Foto 50% (progres)', appliesTo: SARPRAS },
      { code: 'G3', severity: 'ringan', text: 'Foto 100% (selesai)' },
      { code: 'G4', severity: 'ringan', text: 'Papan informasi proyek/prasasti terpasang' },
    ],
  },
  {
    code: 'H',
    title: 'Pajak',
    items: [
      {
        code: 'H1',
        severity: 'sedang',
        text: 'Pajak yang wajib dipungut/dipotong (jika TPK/desa ditetapkan sebagai pemungut) telah dipungut',
        help: 'Pilih TR bila TPK tidak ditetapkan sebagai pemungut pajak di daerah ini.',
      },
      {
        code: 'H2',
        severity: 'sedang',
        text: 'Bukti setor pajak (e-Billing/NTPN) tersimpan; Buku Pembantu Pajak cocok',
      },
    ],
  },
  {
    code: 'I',
    title: 'Pertanggungjawaban & serah terima',
    items: [
      { code: 'I1', severity: 'berat', text: 'LPD per tahap dan LPD akhir (100%) ada, cocok dengan BKU' },
      {
        code: 'I2',
        severity: 'sedang',
        text: 'Pertanggungjawaban disampaikan dalam Musdes; BA & daftar hadir Musdes ada',
      },
      { code: 'I3', severity: 'ringan', text: 'Informasi penggunaan dana ditempel di papan informasi desa' },
      {
        code: 'I4',
        severity: 'sedang',
        text: 'BA Serah Terima hasil kegiatan (TPK → Kepala Desa/masyarakat) ditandatangani',
      },
      {
        code: 'I5',
        severity: 'ringan',
        text: 'Tim/kelompok pemelihara terbentuk dan rencana pemeliharaan ada',
        appliesTo: SARPRAS,
      },
      { code: 'I6', severity: 'ringan', text: 'Arsip TPK lengkap, tersusun, diserahkan untuk disimpan' },
    ],
  },
  {
    code: 'J',
    title: 'Kegiatan SPP/UEP melalui TPK',
    appliesTo: ['spp_uep'],
    items: [
      { code: 'J1', severity: 'sedang', text: 'Daftar kelompok & pemanfaat sesuai penetapan' },
      { code: 'J2', severity: 'berat', text: 'Bukti penyaluran ke kelompok / tanda terima anggota' },
    ],
  },
];
