import { BerandaPage } from './beranda/BerandaPage';
import { BukuKasPage } from './bukukas/BukuKasPage';
import { LaporanPage } from './laporan/LaporanPage';
import { PemeriksaanPage } from './pemeriksaan/PemeriksaanPage';
import { PengaturanPage } from './pengaturan/PengaturanPage';
import { DanaBergulirPage } from './pinjaman/DanaBergulirPage';
import { PraAuditPage } from './praaudit/PraAuditPage';
import { AppLayout } from './shell/AppLayout';
import { AREAS } from './shell/areas';
import { NotBuiltPage } from './shell/NotBuiltPage';
import { useHashRoute } from './shell/useHashRoute';
import { TemuanPage } from './temuan/TemuanPage';

export function App() {
  const [[areaKey = 'beranda', sub], navigate] = useHashRoute();
  const area = AREAS.find((a) => a.key === areaKey) ?? AREAS[0];
  let page: React.ReactNode;
  if (!area || area.key === 'beranda') page = <BerandaPage navigate={navigate} />;
  else if (area.key === 'buku-kas') page = <BukuKasPage book={sub} navigate={navigate} />;
  else if (area.key === 'pemeriksaan-kas') page = <PemeriksaanPage sub={sub} navigate={navigate} />;
  else if (area.key === 'pra-audit') page = <PraAuditPage sub={sub} navigate={navigate} />;
  else if (area.key === 'dana-bergulir') page = <DanaBergulirPage sub={sub} navigate={navigate} />;
  else if (area.key === 'temuan') page = <TemuanPage sub={sub} navigate={navigate} />;
  else if (area.key === 'pengaturan') page = <PengaturanPage tab={sub} navigate={navigate} />;
  else if (area.key === 'laporan') page = <LaporanPage sub={sub} navigate={navigate} />;
  else page = <NotBuiltPage area={area} />;
  return (
    <AppLayout current={area?.key ?? 'beranda'} navigate={navigate}>
      {page}
    </AppLayout>
  );
}
