import { Alert, Box, Group, Kbd, Text } from '@mantine/core';
import type { Tally } from '../../shared/praaudit/praaudit';
import { TallyLine } from './praAuditUi';

/** The checklist's shortcuts, the focused item and the progress; stays in view while scrolling. */
export function KeyboardLegend({ code, tally }: { code: string | undefined; tally: Tally }) {
  return (
    <Box
      pt={6}
      bg="var(--mantine-color-body)"
      style={{ position: 'sticky', top: 'var(--app-shell-header-height, 56px)', zIndex: 3 }}
    >
      <Alert color="blue" variant="light" p="xs" aria-label="Papan ketik">
        <Group gap="md" justify="space-between">
          <Group gap="md">
            <Text size="sm">
              <Kbd>↑</Kbd> <Kbd>↓</Kbd> (<Kbd>k</Kbd> <Kbd>j</Kbd>) pindah butir
            </Text>
            <Text size="sm">
              <Kbd>1</Kbd> sesuai · <Kbd>2</Kbd> belum lengkap · <Kbd>3</Kbd> tidak ada · <Kbd>4</Kbd> TR
            </Text>
            <Text size="sm">
              <Kbd>n</Kbd> / <Kbd>Enter</Kbd> tulis catatan · <Kbd>Enter</Kbd> / <Kbd>Esc</Kbd> selesai
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Text size="sm" fw={600}>
              Butir {code ?? '–'}
            </Text>
            <TallyLine tally={tally} label="Kemajuan checklist" />
          </Group>
        </Group>
      </Alert>
    </Box>
  );
}
