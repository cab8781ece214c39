import { Stack, Tabs } from '@mantine/core';
import { PageTitle } from '../common/PageTitle';
import { KelompokPanel } from './KelompokPanel';
import { LoanPage } from './LoanPage';
import { LoanRegister } from './LoanRegister';
import { PortfolioPage } from './PortfolioPage';
import { PresetComparePanel } from './PresetComparePanel';
import { RatioPanel } from './RatioPanel';

const TABS = ['pinjaman', 'kelompok', 'kolektibilitas', 'rasio', 'banding'] as const;

/**
 * `#/dana-bergulir` (pinjaman), `#/dana-bergulir/kelompok`, `#/dana-bergulir/kolektibilitas` (LPP),
 * `#/dana-bergulir/rasio` (rasio kesehatan), `#/dana-bergulir/banding` (two class tables side by side),
 * `#/dana-bergulir/<id>` (one loan).
 */
export function DanaBergulirPage({
  sub,
  navigate,
}: {
  sub: string | undefined;
  navigate: (path: string) => void;
}) {
  const id = sub && /^\d+$/.test(sub) ? Number(sub) : null;
  if (id !== null) return <LoanPage key={id} id={id} />;
  const active = TABS.find((t) => t === sub) ?? 'pinjaman';
  return (
    <Stack>
      <PageTitle>Dana Bergulir</PageTitle>
      <Tabs value={active} onChange={(t) => navigate(`dana-bergulir/${t ?? 'pinjaman'}`)} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="pinjaman">Pinjaman</Tabs.Tab>
          <Tabs.Tab value="kelompok">Kelompok</Tabs.Tab>
          <Tabs.Tab value="kolektibilitas">Kolektibilitas & LPP</Tabs.Tab>
          <Tabs.Tab value="rasio">Rasio Kesehatan</Tabs.Tab>
          <Tabs.Tab value="banding">Bandingkan Tabel</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="pinjaman" pt="md">
          <LoanRegister navigate={navigate} />
        </Tabs.Panel>
        <Tabs.Panel value="kelompok" pt="md">
          <KelompokPanel />
        </Tabs.Panel>
        <Tabs.Panel value="kolektibilitas" pt="md">
          <PortfolioPage />
        </Tabs.Panel>
        <Tabs.Panel value="rasio" pt="md">
          <RatioPanel />
        </Tabs.Panel>
        <Tabs.Panel value="banding" pt="md">
          <Stack>
            <PresetComparePanel />
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
