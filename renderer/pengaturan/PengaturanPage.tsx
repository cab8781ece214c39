import { Code, Loader, Stack, Table, Tabs } from '@mantine/core';
import { JejakAuditPanel } from '../audit/JejakAuditPanel';
import { PageTitle } from '../common/PageTitle';
import { MappingPanel } from '../laporan/MappingPanel';
import { DanaBergulirSettings } from '../pinjaman/pengaturan/DanaBergulirSettings';
import { useAppState } from '../shell/AppState';
import { AkunPanel } from './AkunPanel';
import { CadanganPanel } from './cadangan/CadanganPanel';
import { ChecklistPanel } from './checklist/ChecklistPanel';
import { DesaPanel } from './DesaPanel';
import { KegiatanPanel } from './kegiatan/KegiatanPanel';
import { OfficersPanel } from './OfficersPanel';
import { PemeriksaanSettingsPanel } from './PemeriksaanSettingsPanel';
import { ProfileForm } from './ProfileForm';
import { UsersPanel } from './pengguna/UsersPanel';
import { TemuanSettingsPanel } from './temuan/TemuanSettingsPanel';

const TABS = [
  'profil',
  'pejabat',
  'desa',
  'kegiatan',
  'akun',
  'pemeriksaan',
  'checklist',
  'dana-bergulir',
  'pengguna',
  'jejak-audit',
  'data',
  'temuan',
] as const;

function DataPanel() {
  const { status } = useAppState();
  if (!status) return null;
  return (
    <Table maw={720} aria-label="Tentang data">
      <Table.Tbody>
        <Table.Tr>
          <Table.Th>Versi aplikasi</Table.Th>
          <Table.Td>{status.appVersion}</Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th>Versi skema database</Table.Th>
          <Table.Td>{status.schemaVersion}</Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th>Lokasi database</Table.Th>
          <Table.Td>
            <Code>{status.databasePath}</Code>
          </Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}

export function PengaturanPage({
  tab,
  navigate,
}: {
  tab: string | undefined;
  navigate: (path: string) => void;
}) {
  const { profile } = useAppState();
  const active = TABS.find((t) => t === tab) ?? 'profil';
  return (
    <Stack>
      <PageTitle>Pengaturan</PageTitle>
      <Tabs value={active} onChange={(t) => navigate(`pengaturan/${t ?? 'profil'}`)} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="profil">Profil kantor</Tabs.Tab>
          <Tabs.Tab value="pejabat">Pejabat</Tabs.Tab>
          <Tabs.Tab value="desa">Desa & TPK</Tabs.Tab>
          <Tabs.Tab value="kegiatan">Kegiatan</Tabs.Tab>
          <Tabs.Tab value="akun">Akun & Rekening</Tabs.Tab>
          <Tabs.Tab value="pemeriksaan">Pemeriksaan</Tabs.Tab>
          <Tabs.Tab value="checklist">Checklist Pra-Audit</Tabs.Tab>
          <Tabs.Tab value="dana-bergulir">Dana Bergulir</Tabs.Tab>
          <Tabs.Tab value="pengguna">Pengguna</Tabs.Tab>
          <Tabs.Tab value="jejak-audit">Jejak Audit</Tabs.Tab>
          <Tabs.Tab value="data">Data</Tabs.Tab>
          <Tabs.Tab value="temuan">Temuan & Reviu</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="profil" pt="md">
          {profile === undefined ? <Loader /> : <ProfileForm profile={profile} />}
        </Tabs.Panel>
        <Tabs.Panel value="pejabat" pt="md">
          <OfficersPanel />
        </Tabs.Panel>
        <Tabs.Panel value="desa" pt="md">
          <DesaPanel />
        </Tabs.Panel>
        <Tabs.Panel value="kegiatan" pt="md">
          <KegiatanPanel />
        </Tabs.Panel>
        <Tabs.Panel value="akun" pt="md">
          <Stack gap="xl">
            <AkunPanel />
            <MappingPanel />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="pemeriksaan" pt="md">
          <PemeriksaanSettingsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="checklist" pt="md">
          <ChecklistPanel />
        </Tabs.Panel>
        <Tabs.Panel value="dana-bergulir" pt="md">
          <DanaBergulirSettings />
        </Tabs.Panel>
        <Tabs.Panel value="pengguna" pt="md">
          <UsersPanel />
        </Tabs.Panel>
        <Tabs.Panel value="jejak-audit" pt="md">
          <JejakAuditPanel />
        </Tabs.Panel>
        <Tabs.Panel value="data" pt="md">
          <Stack gap="xl">
            <DataPanel />
            <CadanganPanel />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="temuan" pt="md">
          <TemuanSettingsPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
