import { Alert, Stack, Text } from '@mantine/core';
import { IconTools } from '@tabler/icons-react';
import { PageTitle } from '../common/PageTitle';
import type { Area } from './areas';

/** Areas that are not built yet say so plainly — no sample screens that look real. */
export function NotBuiltPage({ area }: { area: Area }) {
  return (
    <Stack maw={720}>
      <PageTitle>{area.label}</PageTitle>
      <Alert icon={<IconTools />} color="gray" title="Bagian ini belum tersedia">
        <Text size="sm">Bagian {area.label} sedang dibangun dan belum dapat dipakai pada versi ini.</Text>
        {area.plan && (
          <Text size="sm" mt="xs">
            Rencananya: {area.plan}
          </Text>
        )}
      </Alert>
    </Stack>
  );
}
