import { Grid, NavLink, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { PageTitle } from '../common/PageTitle';
import { BookReport, ExamReports, LoanCards, LoanReport, PraAuditReports } from './OtherReports';
import { PdfPreview, type PreviewRequest } from './PdfPreview';
import { type StatementKey, StatementPanel } from './StatementPanel';
import { TutupBukuPanel } from './TutupBukuPanel';

interface Entry {
  key: string;
  label: string;
  description: string;
}

/** Every report the app makes, grouped as an office looks for them. */
const CATALOGUE: Array<{ group: string; entries: Entry[] }> = [
  {
    group: 'Laporan Keuangan',
    entries: [
      { key: 'neraca', label: 'Neraca', description: 'Posisi aset, kewajiban dan ekuitas per tanggal.' },
      { key: 'laba-rugi', label: 'Laba Rugi', description: 'Pendapatan, beban dan surplus satu periode.' },
      {
        key: 'arus-kas',
        label: 'Arus Kas',
        description: 'Penerimaan dan pengeluaran kas dan bank (metode langsung).',
      },
      {
        key: 'perubahan-ekuitas',
        label: 'Perubahan Ekuitas',
        description: 'Mutasi modal dan surplus satu periode.',
      },
      {
        key: 'neraca-saldo',
        label: 'Neraca Saldo',
        description: 'Saldo awal, mutasi dan saldo akhir setiap akun.',
      },
      {
        key: 'calk',
        label: 'CALK',
        description: 'Catatan atas laporan keuangan: kebijakan dan rincian pos neraca.',
      },
      {
        key: 'tutup-buku',
        label: 'Tutup Buku',
        description: 'Penutupan tahun buku, alokasi surplus menurut MAD, laporan yang dibekukan.',
      },
    ],
  },
  {
    group: 'Buku',
    entries: [
      { key: 'bku', label: 'Buku Kas Umum', description: 'Semua kas dan rekening bank dalam satu buku.' },
      {
        key: 'buku-besar',
        label: 'Buku Kas, Bank & Buku Besar',
        description: 'Buku satu akun dengan saldo berjalan.',
      },
    ],
  },
  {
    group: 'Dana Bergulir',
    entries: [
      { key: 'lpp', label: 'LPP', description: 'Laporan Perkembangan Pinjaman per desa dan kelompok.' },
      {
        key: 'kolektibilitas',
        label: 'Kolektibilitas',
        description: 'Saldo pinjaman per kelas dan cadangannya.',
      },
      { key: 'kartu-angsuran', label: 'Kartu Angsuran', description: 'Jadwal dan pembayaran satu pinjaman.' },
    ],
  },
  {
    group: 'Pemeriksaan',
    entries: [
      {
        key: 'berita-acara',
        label: 'Berita Acara Pemeriksaan Kas',
        description: 'Dicetak dari data yang dibekukan.',
      },
      {
        key: 'pra-audit',
        label: 'Dokumen Pra-Audit TPK',
        description: 'Laporan hasil, lembar tanggapan, checklist.',
      },
    ],
  },
];

const STATEMENTS: readonly string[] = [
  'neraca',
  'laba-rugi',
  'arus-kas',
  'perubahan-ekuitas',
  'neraca-saldo',
  'calk',
];

function isStatement(key: string): key is StatementKey {
  return STATEMENTS.includes(key);
}

/** Laporan: one place to find, preview and print every report. */
export function LaporanPage({
  sub,
  navigate,
}: {
  sub: string | undefined;
  navigate: (path: string) => void;
}) {
  const entries = CATALOGUE.flatMap((g) => g.entries);
  const current = entries.find((e) => e.key === sub) ?? entries[0];
  const [preview, setPreview] = useState<PreviewRequest | null>(null);
  if (!current) return null;
  const key = current.key;
  return (
    <Stack>
      <PageTitle>Laporan</PageTitle>
      <Grid>
        <Grid.Col span={{ base: 12, md: 3 }}>
          <Paper withBorder p="xs" component="nav" aria-label="Daftar laporan">
            {CATALOGUE.map((g) => (
              <div key={g.group}>
                <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="xs">
                  {g.group}
                </Text>
                {g.entries.map((e) => (
                  <NavLink
                    key={e.key}
                    label={e.label}
                    active={e.key === key}
                    onClick={() => navigate(`laporan/${e.key}`)}
                  />
                ))}
              </div>
            ))}
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          <Stack>
            <div>
              <Title order={2} size="h3">
                {current.label}
              </Title>
              <Text size="sm" c="dimmed">
                {current.description}
              </Text>
            </div>
            {isStatement(key) && (
              <StatementPanel key={key} report={key} title={current.label} onPreview={setPreview} />
            )}
            {key === 'bku' && <BookReport bku onPreview={setPreview} />}
            {key === 'buku-besar' && <BookReport bku={false} onPreview={setPreview} />}
            {key === 'lpp' && <LoanReport report="lpp" onPreview={setPreview} />}
            {key === 'kolektibilitas' && <LoanReport report="kolektibilitas" onPreview={setPreview} />}
            {key === 'kartu-angsuran' && <LoanCards onPreview={setPreview} />}
            {key === 'berita-acara' && <ExamReports onPreview={setPreview} />}
            {key === 'pra-audit' && <PraAuditReports onPreview={setPreview} />}
            {key === 'tutup-buku' && <TutupBukuPanel onPreview={setPreview} />}
          </Stack>
        </Grid.Col>
      </Grid>
      <PdfPreview request={preview} onClose={() => setPreview(null)} />
    </Stack>
  );
}
