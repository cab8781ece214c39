import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { FINDING_SOURCE_LABELS, FINDING_SOURCES } from '../../shared/temuan/temuan';
import { useApi } from '../api/useApi';

/** Beranda: how many findings are still open, how many are overdue, and how old they are. */
export function TemuanTerbukaCard({ navigate }: { navigate: (path: string) => void }) {
  const { data } = useApi('finding.overview', {});
  if (!data) return null;
  return (
    <Card withBorder component="section" aria-label="Temuan terbuka">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="xs">
            <IconAlertTriangle size={20} color="var(--mantine-color-orange-7)" />
            <Title order={2} size="h4">
              Temuan terbuka
            </Title>
          </Group>
          <Group gap="lg" align="baseline">
            <Text size="xl" fw={700} data-testid="temuan-terbuka">
              {data.open}
              <Text span size="sm" fw={400} c="dimmed">
                {' '}
                belum selesai
              </Text>
            </Text>
            {data.overdue > 0 ? (
              <Anchor
                href="#/temuan/lewat-batas-waktu"
                c="red.8"
                fw={700}
                size="lg"
                data-testid="temuan-lewat-batas"
              >
                {data.overdue} lewat batas waktu
              </Anchor>
            ) : (
              <Text size="sm" c="teal.8" data-testid="temuan-lewat-batas">
                Tidak ada yang lewat batas waktu
              </Text>
            )}
          </Group>
          {data.open === 0 ? (
            <Text size="sm" c="dimmed">
              Semua temuan sudah ditindaklanjuti.
            </Text>
          ) : (
            <>
              <Group gap={6} aria-label="Temuan terbuka menurut umur" role="list">
                <Text size="xs" c="dimmed">
                  Umur:
                </Text>
                {data.byAge.map((b) => (
                  <Badge
                    key={b.label}
                    variant="light"
                    tt="none"
                    color={b.count > 0 ? 'orange' : 'gray'}
                    role="listitem"
                  >
                    {b.label}: {b.count}
                  </Badge>
                ))}
              </Group>
              <Text size="xs" c="dimmed">
                {FINDING_SOURCES.map((s) => `${FINDING_SOURCE_LABELS[s]} ${data.bySource[s] ?? 0}`).join(
                  ' · ',
                )}
              </Text>
            </>
          )}
        </Stack>
        <Button size="xs" variant="light" onClick={() => navigate('temuan')} style={{ flexShrink: 0 }}>
          Buka daftar temuan
        </Button>
      </Group>
    </Card>
  );
}
