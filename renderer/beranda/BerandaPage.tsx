import { Alert, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBuildingCommunity, IconDatabaseImport } from '@tabler/icons-react';
import { formatTanggalPanjang, localDateTimeInZone } from '../../shared/format/date';
import type { PositionCode } from '../../shared/officers/positions';
import { positionLabel } from '../../shared/officers/positions';
import { api } from '../api/transport';
import { errorMessage, useApi } from '../api/useApi';
import { IntegrityAlert } from '../audit/IntegrityFindings';
import { ConfirmButton } from '../common/ConfirmButton';
import { PageTitle } from '../common/PageTitle';
import { useAppState } from '../shell/AppState';
import { TemuanTerbukaCard } from '../temuan/TemuanTerbukaCard';
import { JadwalPemeriksaan } from './JadwalPemeriksaan';
import { SaldoKasBank } from './SaldoKasBank';

const KEY_POSITIONS: PositionCode[] = ['ketua_upk', 'sekretaris_upk', 'bendahara_upk'];

function Welcome({ navigate }: { navigate: (path: string) => void }) {
  const { refresh } = useAppState();
  return (
    <Card withBorder padding="xl" maw={760}>
      <Stack>
        <PageTitle>Selamat datang di Audit UPK</PageTitle>
        <Text>
          Database ini masih kosong. Mulailah dengan mengisi profil kantor UPK / BUM Desa Bersama, daftar
          pejabat dan desa. Ingin melihat aplikasi bekerja dulu? Muat kantor contoh — data contoh hanya dimuat
          ke database yang masih kosong.
        </Text>
        <Group>
          <Button
            leftSection={<IconBuildingCommunity size={18} />}
            onClick={() => navigate('pengaturan/profil')}
          >
            Isi profil kantor
          </Button>
          <ConfirmButton
            variant="default"
            leftSection={<IconDatabaseImport size={18} />}
            title="Muat data contoh?"
            message="Kantor contoh UPK DAPM Kecamatan Sukamaju beserta pejabat dan desanya akan dimuat ke database ini."
            confirmLabel="Muat data contoh"
            onConfirm={async () => {
              try {
                await api.send('demo.load', {});
                await refresh();
                notifications.show({ color: 'teal', message: 'Data contoh dimuat.' });
              } catch (err) {
                notifications.show({ color: 'red', title: 'Gagal', message: errorMessage(err) });
              }
            }}
          >
            Muat data contoh
          </ConfirmButton>
        </Group>
      </Stack>
    </Card>
  );
}

function OfficerOnDate({ position, date }: { position: PositionCode; date: string }) {
  const { data } = useApi('officers.onDate', { position, date });
  const names = data?.map((o) => o.fullName).join(', ');
  return (
    <Card withBorder>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {positionLabel(position)}
      </Text>
      <Text fw={600} c={names ? undefined : 'orange.8'}>
        {data === undefined ? '…' : names || 'Belum ada pejabat'}
      </Text>
    </Card>
  );
}

export function BerandaPage({ navigate }: { navigate: (path: string) => void }) {
  const { status, profile } = useAppState();
  const desa = useApi('desa.list', { includeInactive: false });
  if (!status) return null;
  if (status.databaseEmpty) return <Welcome navigate={navigate} />;
  const today = localDateTimeInZone(Date.now(), profile?.timeZone ?? 'WIB').date;
  return (
    <Stack maw={960}>
      <div>
        <PageTitle>{profile?.name ?? 'Beranda'}</PageTitle>
        <Text c="dimmed">
          {profile ? `Kecamatan ${profile.kecamatan}, ${profile.kabupaten}, ${profile.provinsi} · ` : ''}
          {formatTanggalPanjang(today)}
        </Text>
      </div>
      {!profile && (
        <Alert color="orange" title="Profil kantor belum diisi">
          Kop surat dan laporan memerlukan profil kantor.{' '}
          <Button variant="subtle" size="compact-sm" onClick={() => navigate('pengaturan/profil')}>
            Isi sekarang
          </Button>
        </Alert>
      )}
      <IntegrityAlert navigate={navigate} />
      <JadwalPemeriksaan onOpen={() => navigate('pemeriksaan-kas')} />
      <SaldoKasBank date={today} onOpen={() => navigate('buku-kas')} />
      <TemuanTerbukaCard navigate={navigate} />
      <Title order={2} size="h4">
        Pejabat hari ini
      </Title>
      <SimpleGrid cols={3}>
        {KEY_POSITIONS.map((p) => (
          <OfficerOnDate key={p} position={p} date={today} />
        ))}
      </SimpleGrid>
      <Title order={2} size="h4">
        Wilayah
      </Title>
      <Card withBorder>
        <Text>
          {desa.data === undefined
            ? '…'
            : `${desa.data.length} desa aktif, ${desa.data.reduce((n, d) => n + d.tpk.filter((m) => m.active).length, 0)} anggota TPK`}
        </Text>
        <Group mt="xs">
          <Button variant="light" size="xs" onClick={() => navigate('pengaturan/desa')}>
            Kelola desa & TPK
          </Button>
          <Button variant="light" size="xs" onClick={() => navigate('pengaturan/pejabat')}>
            Kelola pejabat
          </Button>
        </Group>
      </Card>
    </Stack>
  );
}
