/**
 * The default pra-audit checklist exactly as migration 004 seeds it (published version 1), frozen at
 * release: a migration never reads live feature code (its checksum is recorded in every database).
 */
export const SEED_CHECKLIST = `INSERT INTO checklist_templates (id, name, description, active, created_at, updated_at)
   VALUES (1, 'Checklist Pra-Audit TPK (standar)', 'Bawaan aplikasi (DOMAIN §7.3); salin dan sesuaikan dengan SOP kantor.', 1, strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
INSERT INTO checklist_versions (id, template_id, version, status, created_at) VALUES (1, 1, 1, 'draft', strftime('%Y-%m-%dT%H:%M:%fZ'));
INSERT INTO checklist_sections (version_id, code, title, sort) VALUES (1, 'A', 'Kelembagaan & perencanaan', 0);
INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
        VALUES (1, (SELECT id FROM checklist_sections WHERE version_id = 1 AND code = 'A'),
          'A1', 'SK/BA penetapan TPK (hasil Musyawarah Desa) ada; susunan Ketua/Sekretaris/Bendahara sesuai', NULL, 'sedang',
          '[]', 0);
INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
        VALUES (1, (SELECT id FROM checklist_sections WHERE version_id = 1 AND code = 'A'),
          'A2', 'Dokumen usulan & BA penetapan (MAD penetapan/Musdes) untuk kegiatan yang diaudit', NULL, 'sedang',
          '[]', 1);
INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
        VALUES (1, (SELECT id FROM checklist_sections WHERE version_id = 1 AND code = 'A'),
          'A3', 'RAB final dan gambar/desain ada, ditandatangani pihak berwenang', NULL, 'berat',
          '["sarana_prasarana"]', 2);
INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
        VALUES (1, (SELECT id FROM checklist_sections WHERE version_id = 1 AND code = 'A'),
          'A4', 'Jadwal pelaksanaan kegiatan ada dan dipantau', NULL, 'ringan',
          '[]', 3);
INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
        VALUES (1, (SELECT id FROM checklist_sections WHERE version_id = 1 AND code = 'A'),
          'A5', 'Berita Acara revisi/perubahan (desain/RAB/lokasi) untuk setiap perubahan, disahkan Musdes', 'Pilih TR bila tidak pernah ada perubahan.', 'sedang',
          '[]', 4);
INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
        VALUES (1, (SELECT id FROM checklist_sections WHERE version_id = 1 AND code = 'A'),
          'A6', 'Surat perjanjian pemberian bantuan (SPPB) antara UPK dan TPK', NULL, 'sedang',
          '[]', 5);
INSERT INTO checklist_sections (version_id, code, title, sort) VALUES (1, 'B', 'Penerimaan & penyaluran dana', 1);
INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
        VALUES (1, (SELECT id FROM checklist_sections WHERE version_id = 1 AND code = 'B'),
          'B1', 'RPD untuk setiap pencairan, diperiksa & diketahui sesuai ketentuan', NULL, 'sedang',
          '[]', 0);
INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
        VALUES (1, (SELECT id FROM checklist_sections WHERE version_id = 1 AND code = 'B'),
          'B2', 'Bukti penerimaan dana dari UPK (kuitansi/BA pencairan) per tahap', NULL, 'berat',
          '[]', 1);
INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
        VALUES (1, (SELECT id FROM checklist_sections WHERE version_id = 1 AND code = 'B'),
          'B3', 'Jumlah diterima per tahap cocok dengan catatan UPK (cocokkan ke buku UPK)', 'Isi jumlah selisih bila tidak cocok.', 'berat',
          '[]', 2);
INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
        VALUES (1, (SELECT id FROM checklist_sections WHERE version_id = 1 AND code = 'B'),
          'B4', 'Syarat pencairan tahap berikut dipenuhi (LPD tahap sebelumnya, progres fisik)', NULL, 'sedang',
          '[]', 3);
INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
        VALUES (1, (SELECT id FROM checklist_sections WHERE version_id = 1 AND code = 'B'),
          'B5', 'Rekening TPK/desa (jika ada): buku bank & rekening koran cocok', 'Pilih TR bila TPK tidak memakai rekening bank.', 'sedang',
          '[]', 4);
INSERT INTO checklist_sections (version_id, code, title, sort) VALUES (1, 'C', 'Buku Kas Umum (BKU) & bukti', 2);
INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
        VALUES (1, (SELECT id FROM checklist_sections WHERE version_id = 1 AND code = 'C'),
          'C1', 'BKU diisi kronologis, tidak ada coretan tanpa paraf, ditutup tiap bulan & ditandatangani', NULL, 'sedang',
          '[]', 0);
INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
        VALUES (1, (SELECT id FROM checklist_sections WHERE version_id = 1 AND code = 'C'),
          'C2', 'Saldo BKU = kas fisik TPK + saldo bank (kas opname TPK dilakukan saat pra-audit)', 'Isi jumlah selisih bila saldo tidak sama.', 'berat',
          '[]', 1);
INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
        VALUES (1, (SELECT id FROM checklist_sections WHERE version_id = 1 AND code = 'C'),
          'C3', 'Setiap pengeluaran didukung kuitansi/nota asli, bertanggal, ditandatangani penerima', NULL, 'berat',
          '[]', 2);
INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
        VALUES (1, (SELECT id FROM checklist_sections WHERE version_id = 1 AND code = 'C'),
          'C4', 'Kuitansi di atas Rp5.000.000 bermeterai Rp10.000', 'Sejak 2021; dokumen lebih lama mengikuti ketentuan saat itu.', 'ringan',
          '[]', 3);
INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
        VALUES (1, (SELECT id FROM checklist_sections WHERE version_id = 1 AND code = 'C'),
          'C5', 'Nama toko/penyedia, alamat, dan cap (jika ada) tercantum pada nota', NULL, 'ringan',
          '[]', 4);
INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
        VALUES (1, (SELECT id FROM checklist_sections WHERE version_id = 1 AND code = 'C'),
          'C6', 'Tidak ada pembayaran ganda / bukti yang dipakai dua kali', NULL, 'berat',
          '[]', 5);
INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
        VALUES (1, (SELECT id FROM checklist_sections WHERE version_id = 1 AND code = 'C'),
          'C7', 'Harga satuan wajar dan sesuai RAB/survei harga', NULL, 'sedang',
          '[]', 6);
INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
        VALUES (1, (SELECT id FROM checklist_sections WHERE version_id = 1 AND code = 'C'),
          'C8', 'Sisa dana (jika ada) dicatat dan disetor/dikembalikan sesuai ketentuan', NULL, 'sedang',
          '[]', 7);
INSERT INTO checklist_sections (version_id, code, title, sort) VALUES (1, 'D', 'Pengadaan', 3);
INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
        VALUES (1, (SELECT id FROM checklist_sections WHERE version_id = 1 AND code = 'D'),
          'D1', 'Dokumen pengadaan (survei harga/penawaran/BA negosiasi) sesuai nilai pengadaan', NULL, 'sedang',
          '["sarana_prasarana"]', 0);
INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
        VALUES (1, (SELECT id FROM checklist_sections WHERE version_id = 1 AND code = 'D'),
          'D2', 'Surat pesanan/SPK/perjanjian dengan pemasok untuk pengadaan bernilai besar', NULL, 'sedang',
          '["sarana_prasarana"]', 1);
INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
        VALUES (1, (SELECT id FROM checklist_sections WHERE version_id = 1 AND code = 'D'),
          'D3', 'BA penerimaan/pemeriksaan barang untuk setiap penerimaan material', NULL, 'sedang',
          '["sarana_prasarana"]', 2);
INSERT INTO checklist_sections (version_id, code, title, sort) VALUES (1, 'E', 'Material & tenaga kerja', 4);
INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
        VALUES (1, (SELECT id FROM checklist_sections WHERE version_id = 1 AND code = 'E'),
          'E1', 'Buku Material: penerimaan, pemakaian, sisa; ditutup bulanan, diperiksa Ketua TPK & FK', NULL, 'sedang',
          '["sarana_prasarana"]', 0);
INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
        VALUES (1, (SELECT id FROM checklist_sections WHERE version_id = 1 AND code = 'E'),
          'E2', 'Volume material diterima = dibayar = terpasang (± sisa yang dicatat)', NULL, 'berat',
          '["sarana_prasarana"]', 1);
INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
        VALUES (1, (SELECT id FROM checklist_sections WHERE version_id = 1 AND code = 'E'),
          'E3', 'Daftar hadir pekerja (HOK) harian lengkap, ditandatangani', NULL, 'sedang',
          '["sarana_prasarana"]', 2);
INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
        VALUES (1, (SELECT id FROM checklist_sections WHERE version_id = 1 AND code = 'E'),
          'E4', 'Daftar pembayaran upah ditandatangani penerima; upah sesuai standar yang disepakati', NULL, 'sedang',
          '["sarana_prasarana"]', 3);
INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
        VALUES (1, (SELECT id FROM checklist_sections WHERE version_id = 1 AND code = 'E'),
          'E5', 'Pekerja diutamakan dari warga miskin/RTM (data tersedia)', NULL, 'ringan',
          '["sarana_prasarana"]', 4);
INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
        VALUES (1, (SELECT id FROM checklist_sections WHERE version_id = 1 AND code = 'E'),
          'E6', 'Sewa alat: bukti & daftar pemakaian', NULL, 'ringan',
          '["sarana_prasarana"]', 5);
INSERT INTO checklist_sections (version_id, code, title, sort) VALUES (1, 'F', 'Teknis & progres', 5);
INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
        VALUES (1, (SELECT id FROM checklist_sections WHERE version_id = 1 AND code = 'F'),
          'F1', 'MC-0 dilakukan, BA MC-0 ada; revisi dicatat', NULL, 'sedang',
          '["sarana_prasarana"]', 0);
INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
        VALUES (1, (SELECT id FROM checklist_sections WHERE version_id = 1 AND code = 'F'),
          'F2', 'Laporan kemajuan fisik & biaya (mingguan/bulanan) ada', NULL, 'ringan',
          '["sarana_prasarana"]', 1);
INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
        VALUES (1, (SELECT id FROM checklist_sections WHERE version_id = 1 AND code = 'F'),
          'F3', 'Sertifikasi/pemeriksaan hasil kerja oleh FT/FK per tahap', NULL, 'sedang',
          '["sarana_prasarana"]', 2);
INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
        VALUES (1, (SELECT id FROM checklist_sections WHERE version_id = 1 AND code = 'F'),
          'F4', 'MC-100 dilakukan; volume terpasang sesuai gambar & RAB (as-built)', NULL, 'berat',
          '["sarana_prasarana"]', 3);
INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
        VALUES (1, (SELECT id FROM checklist_sections WHERE version_id = 1 AND code = 'F'),
          'F5', 'Pemeriksaan fisik lapangan (jalan/jembatan/bangunan/saluran) tanpa cacat berarti', NULL, 'berat',
          '["sarana_prasarana"]', 4);
INSERT INTO checklist_sections (version_id, code, title, sort) VALUES (1, 'G', 'Dokumentasi', 6);
INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
        VALUES (1, (SELECT id FROM checklist_sections WHERE version_id = 1 AND code = 'G'),
          'G1', 'Foto 0% (kondisi awal) dari titik yang sama', NULL, 'ringan',
          '["sarana_prasarana"]', 0);
INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
        VALUES (1, (SELECT id FROM checklist_sections WHERE version_id = 1 AND code = 'G'),
          'G2', 'Foto 50% (progres)', NULL, 'ringan',
          '["sarana_prasarana"]', 1);
INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
        VALUES (1, (SELECT id FROM checklist_sections WHERE version_id = 1 AND code = 'G'),
          'G3', 'Foto 100% (selesai)', NULL, 'ringan',
          '[]', 2);
INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
        VALUES (1, (SELECT id FROM checklist_sections WHERE version_id = 1 AND code = 'G'),
          'G4', 'Papan informasi proyek/prasasti terpasang', NULL, 'ringan',
          '[]', 3);
INSERT INTO checklist_sections (version_id, code, title, sort) VALUES (1, 'H', 'Pajak', 7);
INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
        VALUES (1, (SELECT id FROM checklist_sections WHERE version_id = 1 AND code = 'H'),
          'H1', 'Pajak yang wajib dipungut/dipotong (jika TPK/desa ditetapkan sebagai pemungut) telah dipungut', 'Pilih TR bila TPK tidak ditetapkan sebagai pemungut pajak di daerah ini.', 'sedang',
          '[]', 0);
INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
        VALUES (1, (SELECT id FROM checklist_sections WHERE version_id = 1 AND code = 'H'),
          'H2', 'Bukti setor pajak (e-Billing/NTPN) tersimpan; Buku Pembantu Pajak cocok', NULL, 'sedang',
          '[]', 1);
INSERT INTO checklist_sections (version_id, code, title, sort) VALUES (1, 'I', 'Pertanggungjawaban & serah terima', 8);
INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
        VALUES (1, (SELECT id FROM checklist_sections WHERE version_id = 1 AND code = 'I'),
          'I1', 'LPD per tahap dan LPD akhir (100%) ada, cocok dengan BKU', NULL, 'berat',
          '[]', 0);
INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
        VALUES (1, (SELECT id FROM checklist_sections WHERE version_id = 1 AND code = 'I'),
          'I2', 'Pertanggungjawaban disampaikan dalam Musdes; BA & daftar hadir Musdes ada', NULL, 'sedang',
          '[]', 1);
INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
        VALUES (1, (SELECT id FROM checklist_sections WHERE version_id = 1 AND code = 'I'),
          'I3', 'Informasi penggunaan dana ditempel di papan informasi desa', NULL, 'ringan',
          '[]', 2);
INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
        VALUES (1, (SELECT id FROM checklist_sections WHERE version_id = 1 AND code = 'I'),
          'I4', 'BA Serah Terima hasil kegiatan (TPK → Kepala Desa/masyarakat) ditandatangani', NULL, 'sedang',
          '[]', 3);
INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
        VALUES (1, (SELECT id FROM checklist_sections WHERE version_id = 1 AND code = 'I'),
          'I5', 'Tim/kelompok pemelihara terbentuk dan rencana pemeliharaan ada', NULL, 'ringan',
          '["sarana_prasarana"]', 4);
INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
        VALUES (1, (SELECT id FROM checklist_sections WHERE version_id = 1 AND code = 'I'),
          'I6', 'Arsip TPK lengkap, tersusun, diserahkan untuk disimpan', NULL, 'ringan',
          '[]', 5);
INSERT INTO checklist_sections (version_id, code, title, sort) VALUES (1, 'J', 'Kegiatan SPP/UEP melalui TPK', 9);
INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
        VALUES (1, (SELECT id FROM checklist_sections WHERE version_id = 1 AND code = 'J'),
          'J1', 'Daftar kelompok & pemanfaat sesuai penetapan', NULL, 'sedang',
          '["spp_uep"]', 0);
INSERT INTO checklist_items (version_id, section_id, code, text, help, default_severity, applies_to, sort)
        VALUES (1, (SELECT id FROM checklist_sections WHERE version_id = 1 AND code = 'J'),
          'J2', 'Bukti penyaluran ke kelompok / tanda terima anggota', NULL, 'berat',
          '["spp_uep"]', 1);
UPDATE checklist_versions SET status = 'terbit', published_at = strftime('%Y-%m-%dT%H:%M:%fZ'), published_by = 'aplikasi' WHERE id = 1;`;
