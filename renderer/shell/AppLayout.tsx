import { Alert, AppShell, Group, NavLink, ScrollArea, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { UserMenu } from '../auth/UserMenu';
import { useAppState } from './AppState';
import { AREAS } from './areas';

interface Props {
  current: string;
  navigate: (path: string) => void;
  children: ReactNode;
}

export function AppLayout({ current, navigate, children }: Props) {
  const { profile, error, status } = useAppState();
  // Ctrl+1 … Ctrl+7 jump between areas.
  useHotkeys(AREAS.map((area, i) => [`mod+${i + 1}`, () => navigate(area.key)]));
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 248, breakpoint: 0 }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Text fw={700} size="lg" c="teal.8">
            Audit UPK
          </Text>
          <Group gap="md">
            <Text size="sm" c="dimmed" data-testid="office-name">
              {profile ? `${profile.name} · ${profile.kabupaten}` : 'Profil kantor belum diisi'}
            </Text>
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Navigasi utama">
        <ScrollArea>
          {AREAS.map((area, i) => (
            <NavLink
              key={area.key}
              href={`#/${area.key}`}
              label={area.label}
              description={area.plan ? 'Belum tersedia' : undefined}
              leftSection={<area.icon size={18} stroke={1.6} />}
              active={current === area.key}
              title={`${area.label} (Ctrl+${i + 1})`}
            />
          ))}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        {status?.damaged && (
          <Alert color="red" mb="md" title="Database rusak" role="alert">
            {status.damaged} Perubahan tidak dapat disimpan. Admin memulihkan cadangan di{' '}
            <a href="#/pengaturan/data">Pengaturan › Data</a>.
          </Alert>
        )}
        {error && (
          <Alert color="red" mb="md" title="Tidak dapat memuat data">
            {error}
          </Alert>
        )}
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
