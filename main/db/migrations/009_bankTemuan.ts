/**
 * The findings library ("bank temuan") shipped with migration 009, frozen here as it was released:
 * DOMAIN §7.4's common findings of UPK examinations and TPK pra-audits, plus the government auditors'
 * categories. `{tanggal}` and `{nilai}` in a kondisi are filled in when an auditor picks the entry;
 * `items` are the checklist codes whose pra-audit shortcomings take this entry's kriteria and remedy.
 */
export interface LibrarySeed {
  code: string;
  category: string;
  title: string;
  kondisi: string;
  kriteria: string;
  sebab: string;
  akibat: string;
  rekomendasi: string;
  items: string[];
}

const SOP_KAS = 'SOP Keuangan UPK';
const PTO = 'Petunjuk Teknis Operasional (PTO) kegiatan';

export const BANK_TEMUAN_009: readonly LibrarySeed[] = [
  {
    code: 'KAS-01',
    category: 'Kas UPK',
    title: 'Ketekoran kas / selisih kurang kas fisik tidak terjelaskan',
    kondisi:
      'Pada pemeriksaan kas tanggal {tanggal}, jumlah uang tunai yang dihitung lebih kecil daripada saldo Buku Kas Umum sebesar {nilai}, dan selisih tersebut tidak dapat dijelaskan dengan bukti oleh Bendahara.',
    kriteria: `${SOP_KAS}: saldo kas fisik setiap saat sama dengan saldo Buku Kas Umum; Bendahara bertanggung jawab atas uang yang dikuasainya.`,
    sebab:
      'Pengeluaran tanpa bukti atau penggunaan uang kas di luar ketentuan, dan pengendalian kas harian yang lemah.',
    akibat: 'Kekurangan kas yang berpotensi merugikan lembaga sebesar selisih tersebut.',
    rekomendasi:
      'Bendahara mengembalikan kekurangan kas ke kas UPK disertai berita acara pernyataan, paling lambat batas waktu tindak lanjut; Ketua UPK memeriksa kas secara berkala.',
    items: [],
  },
  {
    code: 'KAS-02',
    category: 'Kas UPK',
    title: 'Kasbon pengurus/pegawai',
    kondisi:
      'Pada pemeriksaan kas tanggal {tanggal}, di dalam kas terdapat bon/kasbon pengurus atau pegawai sebesar {nilai} yang diperlakukan sebagai uang kas.',
    kriteria: `${SOP_KAS}: uang lembaga tidak boleh dipinjamkan kepada pengurus atau pegawai di luar mekanisme yang ditetapkan; kasbon bukan bagian dari kas.`,
    sebab: 'Bendahara memberikan pinjaman pribadi dari kas lembaga tanpa persetujuan.',
    akibat:
      'Kas yang tersedia lebih kecil dari yang tercatat dan dana lembaga dipakai untuk kepentingan pribadi.',
    rekomendasi:
      'Pengurus/pegawai yang bersangkutan mengembalikan kasbon ke kas UPK; Ketua UPK menghentikan praktik kasbon.',
    items: [],
  },
  {
    code: 'KAS-03',
    category: 'Kas UPK',
    title: 'Uang tunai melebihi batas atau lama mengendap',
    kondisi:
      'Pada pemeriksaan kas tanggal {tanggal}, uang tunai yang disimpan di kantor sebesar {nilai}, melebihi batas saldo kas tunai yang ditetapkan.',
    kriteria: `${SOP_KAS}: uang tunai di kantor dibatasi sampai jumlah yang ditetapkan; kelebihannya disetor ke rekening bank lembaga pada hari yang sama atau hari kerja berikutnya.`,
    sebab: 'Penerimaan tidak segera disetor ke bank.',
    akibat: 'Risiko kehilangan uang dan penyalahgunaan kas meningkat.',
    rekomendasi:
      'Bendahara menyetor kelebihan kas ke rekening bank lembaga; Ketua UPK menetapkan batas kas tunai dalam SOP.',
    items: [],
  },
  {
    code: 'KAS-04',
    category: 'Kas UPK',
    title: 'Panjar kegiatan belum dipertanggungjawabkan',
    kondisi:
      'Sampai dengan pemeriksaan tanggal {tanggal}, panjar/uang muka kegiatan sebesar {nilai} belum dipertanggungjawabkan dengan bukti pengeluaran.',
    kriteria: `${SOP_KAS}: setiap panjar dipertanggungjawabkan dengan bukti yang sah dalam batas waktu yang ditetapkan, dan sisanya dikembalikan ke kas.`,
    sebab: 'Penerima panjar belum menyerahkan bukti dan Bendahara tidak menagihnya.',
    akibat:
      'Pengeluaran tidak dapat diyakini kebenarannya dan saldo kas tidak mencerminkan keadaan sebenarnya.',
    rekomendasi:
      'Penerima panjar menyerahkan bukti pertanggungjawaban atau mengembalikan sisa panjar ke kas UPK.',
    items: [],
  },
  {
    code: 'BUKU-01',
    category: 'Pembukuan',
    title: 'Transaksi tidak dibukukan pada hari terjadinya; BKU tidak ditutup',
    kondisi:
      'Pada pemeriksaan tanggal {tanggal}, terdapat transaksi yang belum dicatat dalam Buku Kas Umum dan buku tersebut tidak ditutup serta diparaf pada akhir bulan.',
    kriteria: `${SOP_KAS}: setiap transaksi dibukukan pada hari terjadinya; Buku Kas Umum ditutup setiap akhir bulan dan ditandatangani Bendahara serta Ketua UPK.`,
    sebab: 'Pencatatan ditunda dan tidak ada penutupan buku bulanan.',
    akibat: 'Saldo buku tidak dapat dipakai sebagai dasar pemeriksaan dan pengambilan keputusan.',
    rekomendasi:
      'Bendahara membukukan seluruh transaksi yang tertunda, menutup dan memaraf Buku Kas Umum setiap bulan.',
    items: [],
  },
  {
    code: 'BANK-01',
    category: 'Bank',
    title: 'Rekonsiliasi Buku Kas Umum dengan rekening koran tidak tertib',
    kondisi:
      'Pada pemeriksaan tanggal {tanggal}, rekening koran bank tidak tersedia atau tidak direkonsiliasi dengan buku bank; selisih yang belum dijelaskan sebesar {nilai}.',
    kriteria: `${SOP_KAS}: saldo buku bank direkonsiliasi dengan rekening koran setiap bulan dan setiap selisih dijelaskan.`,
    sebab: 'Rekening koran tidak diminta secara rutin dan rekonsiliasi tidak dijadwalkan.',
    akibat: 'Kesalahan atau penyimpangan pada rekening bank tidak segera diketahui.',
    rekomendasi: 'Bendahara meminta rekening koran setiap bulan dan membuat rekonsiliasi bank bulanan.',
    items: [],
  },
  {
    code: 'BANK-02',
    category: 'Bank',
    title: 'Rekening bank atas nama pribadi',
    kondisi:
      'Pada pemeriksaan tanggal {tanggal}, dana lembaga sebesar {nilai} disimpan pada rekening atas nama pribadi pengurus.',
    kriteria: `${SOP_KAS}: dana lembaga disimpan pada rekening atas nama lembaga dengan spesimen tanda tangan sedikitnya dua pengurus.`,
    sebab: 'Rekening lembaga belum dibuka atau rekening pribadi dipakai untuk kemudahan.',
    akibat: 'Dana lembaga tercampur dengan dana pribadi dan berisiko tidak dapat ditarik kembali.',
    rekomendasi:
      'Pengurus memindahkan seluruh dana ke rekening atas nama lembaga dan menutup rekening pribadi tersebut untuk keperluan lembaga.',
    items: [],
  },
  {
    code: 'PIN-01',
    category: 'Pinjaman',
    title: 'Angsuran diterima kelompok tidak disetor ke UPK',
    kondisi:
      'Hasil konfirmasi tanggal {tanggal} menunjukkan angsuran anggota sebesar {nilai} telah diterima pengurus kelompok tetapi belum disetor ke UPK.',
    kriteria:
      'SOP Perguliran: angsuran yang diterima dari anggota disetor ke UPK sesuai jadwal dan dicatat pada kartu angsuran.',
    sebab: 'Pengurus kelompok menggunakan angsuran anggota untuk keperluan lain.',
    akibat: 'Tunggakan kelompok tercatat lebih tinggi dan dana bergulir berkurang.',
    rekomendasi:
      'Pengurus kelompok menyetor angsuran yang tertahan ke UPK; UPK melakukan penagihan dan menerapkan sanksi sesuai SOP.',
    items: [],
  },
  {
    code: 'PIN-02',
    category: 'Pinjaman',
    title: 'Pencairan pinjaman tanpa verifikasi atau tidak sesuai penetapan',
    kondisi:
      'Pada pemeriksaan tanggal {tanggal}, terdapat pencairan pinjaman sebesar {nilai} tanpa berita acara verifikasi atau berbeda dari penetapan MAD.',
    kriteria:
      'SOP Perguliran: pinjaman dicairkan setelah diverifikasi Tim Verifikasi dan sesuai penetapan Musyawarah Antar Desa.',
    sebab: 'Tahapan verifikasi dilewati untuk mempercepat pencairan.',
    akibat: 'Risiko pinjaman bermasalah meningkat dan keputusan MAD tidak dihormati.',
    rekomendasi: 'UPK melengkapi dokumen verifikasi pinjaman tersebut dan menerapkan sanksi sesuai SOP.',
    items: [],
  },
  {
    code: 'LAP-01',
    category: 'Laporan',
    title: 'LPP/kolektibilitas tidak sesuai dengan buku',
    kondisi:
      'Pada pemeriksaan tanggal {tanggal}, saldo pinjaman dalam Laporan Perkembangan Pinjaman berbeda {nilai} dari saldo piutang pada neraca.',
    kriteria:
      'SOP Pelaporan UPK: saldo pinjaman pada LPP dan laporan kolektibilitas sama dengan saldo piutang pada buku besar.',
    sebab: 'Register pinjaman dan pembukuan tidak direkonsiliasi.',
    akibat: 'Laporan keuangan dan laporan pinjaman tidak dapat diandalkan.',
    rekomendasi: 'UPK merekonsiliasi data pinjaman dengan neraca dan mengoreksi selisihnya.',
    items: [],
  },
  {
    code: 'CAD-01',
    category: 'Cadangan',
    title: 'Cadangan penghapusan pinjaman tidak dibentuk',
    kondisi:
      'Pada pemeriksaan tanggal {tanggal}, cadangan penghapusan pinjaman yang dibukukan lebih kecil {nilai} dari yang seharusnya menurut tabel kolektibilitas.',
    kriteria:
      'SOP Perguliran: cadangan penghapusan pinjaman dibentuk sesuai persentase tiap kelas kolektibilitas.',
    sebab: 'Perhitungan kolektibilitas tidak dilakukan pada akhir periode.',
    akibat: 'Laba dan aset lembaga dilaporkan lebih tinggi dari keadaan sebenarnya.',
    rekomendasi: 'UPK membentuk cadangan penghapusan sesuai tabel kolektibilitas dan membukukannya.',
    items: [],
  },
  {
    code: 'PJK-01',
    category: 'Pajak',
    title: 'Pajak dipungut belum disetor',
    kondisi:
      'Pada pemeriksaan tanggal {tanggal}, pajak yang telah dipungut/dipotong sebesar {nilai} belum disetor ke kas negara.',
    kriteria:
      'Ketentuan perpajakan: pajak yang telah dipungut atau dipotong wajib disetor ke kas negara dan dilaporkan dalam batas waktu yang ditetapkan.',
    sebab: 'Pemungut pajak belum memahami kewajiban penyetoran.',
    akibat: 'Kewajiban pajak tertunggak dan dapat dikenai sanksi administrasi.',
    rekomendasi: 'Bendahara menyetor pajak tersebut dengan e-Billing dan menyimpan bukti setor (NTPN).',
    items: ['H1', 'H2'],
  },
  {
    code: 'TPK-01',
    category: 'TPK — kelembagaan & perencanaan',
    title: 'Dokumen penetapan dan perencanaan kegiatan tidak lengkap',
    kondisi:
      'Pada pra-audit tanggal {tanggal}, dokumen penetapan atau perencanaan kegiatan tidak dapat ditunjukkan secara lengkap oleh TPK.',
    kriteria: `${PTO}: TPK ditetapkan oleh Musyawarah Desa; kegiatan dilaksanakan berdasarkan usulan, RAB dan desain yang ditetapkan, dan setiap perubahan disahkan Musyawarah Desa.`,
    sebab: 'Arsip perencanaan tidak dikelola oleh TPK.',
    akibat: 'Dasar pelaksanaan dan perubahan kegiatan tidak dapat dibuktikan.',
    rekomendasi:
      'TPK melengkapi dokumen penetapan dan perencanaan yang kurang dan menyimpannya dalam arsip kegiatan.',
    items: ['A1', 'A2', 'A3', 'A4', 'A5', 'A6'],
  },
  {
    code: 'TPK-02',
    category: 'TPK — penerimaan dana',
    title: 'Pencairan dana tidak didukung RPD atau bukti penerimaan',
    kondisi:
      'Pada pra-audit tanggal {tanggal}, penerimaan dana dari UPK sebesar {nilai} tidak didukung RPD atau bukti penerimaan yang lengkap.',
    kriteria: `${PTO}: setiap pencairan dana didasarkan pada RPD yang diperiksa dan diketahui pihak berwenang, diterima dengan kuitansi/berita acara, dan pencairan tahap berikut mensyaratkan LPD tahap sebelumnya.`,
    sebab: 'Pencairan dilakukan sebelum dokumen pendukung selesai.',
    akibat: 'Jumlah dana yang diterima TPK tidak dapat dicocokkan dengan catatan UPK.',
    rekomendasi: 'TPK melengkapi RPD dan bukti penerimaan dana, lalu mencocokkannya dengan catatan UPK.',
    items: ['B1', 'B2', 'B3', 'B4'],
  },
  {
    code: 'TPK-03',
    category: 'TPK — kas & bank',
    title: 'Saldo kas/bank TPK tidak sesuai BKU',
    kondisi:
      'Pada kas opname TPK tanggal {tanggal}, saldo kas dan bank berbeda {nilai} dari saldo Buku Kas Umum TPK.',
    kriteria: `${PTO}: saldo Buku Kas Umum TPK sama dengan kas fisik ditambah saldo rekening yang dibuktikan dengan rekening koran.`,
    sebab: 'Transaksi tidak dicatat atau bukti bank tidak dicocokkan.',
    akibat: 'Dana kegiatan yang tersisa tidak dapat diyakini jumlahnya.',
    rekomendasi:
      'TPK menelusuri dan menjelaskan selisih, lalu mengembalikan kekurangan dana bila tidak dapat dijelaskan.',
    items: ['B5', 'C2'],
  },
  {
    code: 'TPK-04',
    category: 'TPK — pembukuan',
    title: 'Buku Kas Umum TPK tidak tertib',
    kondisi:
      'Pada pra-audit tanggal {tanggal}, Buku Kas Umum TPK tidak diisi kronologis, terdapat coretan tanpa paraf, atau tidak ditutup setiap bulan.',
    kriteria: `${PTO}: Buku Kas Umum TPK diisi setiap ada transaksi secara berurutan, setiap perbaikan diparaf, dan buku ditutup serta ditandatangani setiap bulan.`,
    sebab: 'Bendahara TPK belum terbiasa dengan tata cara pembukuan.',
    akibat: 'Catatan keuangan kegiatan tidak dapat diandalkan.',
    rekomendasi:
      'Bendahara TPK menertibkan Buku Kas Umum, memaraf setiap perbaikan dan menutup buku setiap bulan.',
    items: ['C1'],
  },
  {
    code: 'TPK-05',
    category: 'TPK — bukti pengeluaran',
    title: 'Kuitansi tanpa tanda tangan/meterai atau nota fotokopi',
    kondisi:
      'Pada pra-audit tanggal {tanggal}, terdapat bukti pengeluaran sebesar {nilai} yang tidak memenuhi syarat bukti sah.',
    kriteria: `${PTO}: setiap pengeluaran didukung bukti asli yang bertanggal, mencantumkan identitas penyedia dan ditandatangani penerima; kuitansi bernilai lebih dari Rp5.000.000 dibubuhi meterai Rp10.000 (UU Nomor 10 Tahun 2020 tentang Bea Meterai); satu bukti hanya dipakai untuk satu pembayaran.`,
    sebab: 'TPK tidak memeriksa kelengkapan bukti saat membayar.',
    akibat: 'Pengeluaran sebesar nilai tersebut belum dapat dipertanggungjawabkan.',
    rekomendasi:
      'TPK melengkapi atau mengganti bukti tersebut dengan bukti asli yang sah; bila tidak dapat, dananya dikembalikan.',
    items: ['C3', 'C4', 'C5', 'C6'],
  },
  {
    code: 'TPK-06',
    category: 'TPK — harga & pengadaan',
    title: 'Harga satuan tidak wajar atau pengadaan tanpa pembanding',
    kondisi:
      'Pada pra-audit tanggal {tanggal}, harga satuan pembelian melebihi RAB/survei harga atau pengadaan dilakukan tanpa survei harga dan penawaran; selisih harga {nilai}.',
    kriteria: `${PTO}: pengadaan barang/jasa oleh TPK dilakukan melalui survei harga atau penawaran sesuai nilai pengadaan, dengan harga satuan tidak melebihi RAB.`,
    sebab: 'Pembelian langsung tanpa pembanding harga.',
    akibat: 'Dana kegiatan terpakai lebih besar dari yang diperlukan.',
    rekomendasi:
      'TPK melengkapi dokumen pengadaan; kelebihan harga dikembalikan oleh pihak yang bertanggung jawab.',
    items: ['C7', 'D1'],
  },
  {
    code: 'TPK-07',
    category: 'TPK — sisa dana',
    title: 'Sisa dana kegiatan belum disetor',
    kondisi:
      'Pada pra-audit tanggal {tanggal}, sisa dana kegiatan sebesar {nilai} belum dicatat atau belum disetor/dikembalikan.',
    kriteria: `${PTO}: sisa dana kegiatan dicatat dan disetor atau dikembalikan sesuai ketentuan setelah kegiatan selesai.`,
    sebab: 'Penutupan keuangan kegiatan belum dilakukan.',
    akibat: 'Sisa dana berisiko dipakai di luar peruntukan.',
    rekomendasi: 'TPK menyetor sisa dana sesuai ketentuan dan menyerahkan bukti setornya.',
    items: ['C8'],
  },
  {
    code: 'TPK-08',
    category: 'TPK — harga & pengadaan',
    title: 'Surat pesanan atau berita acara penerimaan barang tidak ada',
    kondisi:
      'Pada pra-audit tanggal {tanggal}, pengadaan material tidak didukung surat pesanan/perjanjian atau berita acara penerimaan barang.',
    kriteria: `${PTO}: pengadaan bernilai besar dituangkan dalam surat pesanan/perjanjian, dan setiap penerimaan barang diperiksa serta dituangkan dalam berita acara.`,
    sebab: 'TPK menerima barang tanpa pemeriksaan tertulis.',
    akibat: 'Jumlah dan mutu barang yang diterima tidak dapat dibuktikan.',
    rekomendasi: 'TPK membuat surat pesanan dan berita acara penerimaan barang untuk setiap pengadaan.',
    items: ['D2', 'D3'],
  },
  {
    code: 'TPK-09',
    category: 'TPK — fisik',
    title: 'Volume terpasang lebih kecil dari yang dibayar',
    kondisi:
      'Pada pemeriksaan lapangan tanggal {tanggal}, volume pekerjaan terpasang lebih kecil dari volume yang dibayar; nilai kekurangan volume {nilai}.',
    kriteria: `${PTO}: pembayaran sesuai volume pekerjaan yang terpasang menurut gambar dan RAB, dibuktikan dengan MC-100 dan pemeriksaan fisik.`,
    sebab: 'Pengawasan pelaksanaan dan pengukuran hasil kerja lemah.',
    akibat: 'Kelebihan pembayaran yang merugikan dana kegiatan.',
    rekomendasi: 'TPK menambah volume pekerjaan sesuai RAB atau mengembalikan kelebihan pembayaran.',
    items: ['E2', 'F4', 'F5'],
  },
  {
    code: 'TPK-10',
    category: 'TPK — material & tenaga kerja',
    title: 'Administrasi material dan tenaga kerja tidak lengkap',
    kondisi:
      'Pada pra-audit tanggal {tanggal}, Buku Material, daftar hadir pekerja atau daftar pembayaran upah tidak lengkap atau tidak ditandatangani.',
    kriteria: `${PTO}: penerimaan dan pemakaian material dicatat dalam Buku Material yang ditutup bulanan; kehadiran dan upah pekerja dicatat harian dan ditandatangani penerima.`,
    sebab: 'Pencatatan harian di lapangan tidak dilakukan.',
    akibat: 'Pemakaian material dan pembayaran upah tidak dapat diyakini kebenarannya.',
    rekomendasi: 'TPK melengkapi Buku Material, daftar hadir dan daftar pembayaran upah yang ditandatangani.',
    items: ['E1', 'E3', 'E4', 'E5', 'E6'],
  },
  {
    code: 'TPK-11',
    category: 'TPK — teknis & progres',
    title: 'Dokumen teknis dan laporan kemajuan tidak ada',
    kondisi:
      'Pada pra-audit tanggal {tanggal}, berita acara MC-0, laporan kemajuan atau sertifikasi hasil kerja tidak dapat ditunjukkan.',
    kriteria: `${PTO}: pelaksanaan fisik diawali MC-0, dilaporkan kemajuannya secara berkala, dan hasil kerja setiap tahap diperiksa fasilitator.`,
    sebab: 'Pendampingan teknis tidak terdokumentasi.',
    akibat: 'Kemajuan dan mutu pekerjaan tidak dapat dibuktikan.',
    rekomendasi: 'TPK bersama fasilitator teknik melengkapi dokumen teknis dan laporan kemajuan.',
    items: ['F1', 'F2', 'F3'],
  },
  {
    code: 'TPK-12',
    category: 'TPK — dokumentasi',
    title: 'Foto 0-50-100% atau papan informasi tidak ada',
    kondisi:
      'Pada pra-audit tanggal {tanggal}, dokumentasi foto kondisi 0%, 50% atau 100% dan/atau papan informasi kegiatan tidak tersedia.',
    kriteria: `${PTO}: kemajuan fisik didokumentasikan dengan foto 0%, 50% dan 100% dari titik yang sama, dan papan informasi kegiatan dipasang.`,
    sebab: 'Dokumentasi tidak dijadwalkan sejak awal kegiatan.',
    akibat: 'Kemajuan fisik dan keterbukaan informasi kepada masyarakat tidak dapat dibuktikan.',
    rekomendasi:
      'TPK melengkapi dokumentasi yang masih dapat dibuat dan membuat berita acara keterangan untuk yang tidak dapat diulang.',
    items: ['G1', 'G2', 'G3', 'G4'],
  },
  {
    code: 'TPK-13',
    category: 'TPK — pertanggungjawaban',
    title: 'Pertanggungjawaban kegiatan belum disampaikan dalam Musyawarah Desa',
    kondisi:
      'Sampai dengan pra-audit tanggal {tanggal}, LPD dan pertanggungjawaban penggunaan dana belum disampaikan dalam Musyawarah Desa maupun di papan informasi desa.',
    kriteria: `${PTO}: TPK menyusun LPD setiap tahap dan menyampaikan pertanggungjawaban penggunaan dana dalam Musyawarah Desa serta di papan informasi desa.`,
    sebab: 'Musyawarah pertanggungjawaban belum dijadwalkan.',
    akibat: 'Masyarakat tidak memperoleh informasi penggunaan dana kegiatan.',
    rekomendasi:
      'TPK menyelenggarakan Musyawarah Desa pertanggungjawaban dan menempelkan informasi penggunaan dana.',
    items: ['I1', 'I2', 'I3'],
  },
  {
    code: 'TPK-14',
    category: 'TPK — pertanggungjawaban',
    title: 'Serah terima dan pemeliharaan hasil kegiatan belum dilakukan',
    kondisi:
      'Pada pra-audit tanggal {tanggal}, berita acara serah terima hasil kegiatan, tim pemelihara atau arsip TPK belum ada.',
    kriteria: `${PTO}: hasil kegiatan diserahterimakan kepada desa/masyarakat dengan berita acara, tim pemelihara dibentuk, dan arsip TPK diserahkan untuk disimpan.`,
    sebab: 'Tahap penutupan kegiatan belum diselesaikan.',
    akibat: 'Pemeliharaan hasil kegiatan dan arsipnya tidak terjamin.',
    rekomendasi: 'TPK melaksanakan serah terima, membentuk tim pemelihara dan menyerahkan arsip kegiatan.',
    items: ['I4', 'I5', 'I6'],
  },
  {
    code: 'TPK-15',
    category: 'TPK — SPP/UEP',
    title: 'Penyaluran kepada kelompok tidak sesuai penetapan',
    kondisi:
      'Pada pra-audit tanggal {tanggal}, penyaluran dana kepada kelompok sebesar {nilai} tidak didukung tanda terima anggota atau tidak sesuai daftar penetapan.',
    kriteria: `${PTO}: dana disalurkan kepada kelompok dan pemanfaat sesuai penetapan, dibuktikan dengan tanda terima setiap anggota.`,
    sebab: 'Daftar pemanfaat berubah tanpa penetapan ulang.',
    akibat: 'Dana berisiko diterima pihak yang tidak berhak.',
    rekomendasi: 'TPK melengkapi tanda terima anggota dan mencocokkan penyaluran dengan daftar penetapan.',
    items: ['J1', 'J2'],
  },
];
