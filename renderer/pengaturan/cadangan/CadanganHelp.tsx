import { Accordion, List, Text } from '@mantine/core';

/** The in-app help page for backups: what happens by itself, what the office must do, how to restore. */
export function CadanganHelp() {
  return (
    <Accordion variant="contained" aria-label="Bantuan cadangan dan pemulihan">
      <Accordion.Item value="otomatis">
        <Accordion.Control>Apa yang dicadangkan otomatis?</Accordion.Control>
        <Accordion.Panel>
          <List size="sm" spacing={4}>
            <List.Item>Saat aplikasi dibuka dan saat ditutup.</List.Item>
            <List.Item>Setiap 5 menit selama ada perubahan data.</List.Item>
            <List.Item>Sebelum pembaruan skema database dan sebelum setiap pemulihan.</List.Item>
            <List.Item>
              Yang disimpan: 10 cadangan terbaru, satu per hari selama 30 hari, dan satu per bulan selama 2
              tahun. Yang lebih lama dihapus sendiri.
            </List.Item>
          </List>
          <Text size="sm" mt="xs">
            Cadangan dibuat dengan cara yang aman selagi aplikasi dipakai, lalu diperiksa sebelum diberi nama.
          </Text>
        </Accordion.Panel>
      </Accordion.Item>
      <Accordion.Item value="usb">
        <Accordion.Control>Yang harus dilakukan kantor</Accordion.Control>
        <Accordion.Panel>
          <Text size="sm">
            Cadangan otomatis ada di disk yang sama dengan database. Bila komputer rusak atau hilang, keduanya
            hilang. Paling sedikit seminggu sekali, dan selalu sesudah pemeriksaan kas atau pra-audit yang
            final, pasang disk USB; Admin mendaftarkan foldernya (mis. <b>E:\Cadangan</b>) di “Folder cadangan
            lain”, lalu menekan “Cadangkan ke sini”. Simpan disk USB di luar kantor.
          </Text>
        </Accordion.Panel>
      </Accordion.Item>
      <Accordion.Item value="pulihkan">
        <Accordion.Control>Cara memulihkan</Accordion.Control>
        <Accordion.Panel>
          <List size="sm" spacing={4} type="ordered">
            <List.Item>
              Pilih cadangan pada daftar (lihat waktunya), tekan “Pulihkan” dan baca konfirmasinya.
            </List.Item>
            <List.Item>
              Aplikasi memeriksa berkas itu dulu (utuh, versi skema, benar database Audit UPK). Bila ada yang
              salah, tidak ada yang diubah.
            </List.Item>
            <List.Item>
              Database yang sekarang dicadangkan sebagai “Sebelum pemulihan”, lalu diganti. Semua perubahan
              sesudah waktu cadangan itu hilang.
            </List.Item>
            <List.Item>
              Salah pilih? Tekan “Batalkan pemulihan terakhir”: database kembali seperti sebelum pemulihan.
            </List.Item>
          </List>
          <Text size="sm" mt="xs">
            Bila database rusak saat dibuka, aplikasi menunjukkan cadangan baik yang terbaru. Hanya Admin yang
            dapat memulihkan.
          </Text>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
