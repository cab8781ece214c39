import {
  IconAlertTriangle,
  IconBook2,
  IconCash,
  IconChecklist,
  IconCoins,
  IconHome,
  IconPrinter,
  IconSettings,
} from '@tabler/icons-react';

export interface Area {
  key: string;
  label: string;
  icon: typeof IconHome;
  /** What the area will do, shown while it is not built yet. */
  plan?: string;
}

export const AREAS: Area[] = [
  { key: 'beranda', label: 'Beranda', icon: IconHome },
  { key: 'buku-kas', label: 'Buku Kas & Bank', icon: IconBook2 },
  {
    key: 'pemeriksaan-kas',
    label: 'Pemeriksaan Kas',
    icon: IconCash,
  },
  {
    key: 'pra-audit',
    label: 'Pra-Audit TPK',
    icon: IconChecklist,
  },
  { key: 'dana-bergulir', label: 'Dana Bergulir', icon: IconCoins },
  {
    key: 'temuan',
    label: 'Temuan & Tindak Lanjut',
    icon: IconAlertTriangle,
  },
  {
    key: 'laporan',
    label: 'Laporan',
    icon: IconPrinter,
  },
  { key: 'pengaturan', label: 'Pengaturan', icon: IconSettings },
];
