import { Alert, List, Text } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';

/** What still blocks finalisation, in main's words. */
export function MissingPanel({
  missing,
  title = 'Yang masih kurang',
}: {
  missing: string[];
  title?: string;
}) {
  if (missing.length === 0) {
    return (
      <Alert color="teal" icon={<IconCircleCheck />} title="Siap difinalkan" style={{ flex: 2 }}>
        <Text size="sm">Semua langkah sudah lengkap. Finalkan pada tab «Kesimpulan & final».</Text>
      </Alert>
    );
  }
  return (
    <Alert
      color="orange"
      icon={<IconAlertCircle />}
      title={title}
      style={{ flex: 2 }}
      role="region"
      aria-label={title}
    >
      <List size="sm" spacing={2}>
        {missing.map((m) => (
          <List.Item key={m}>{m}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
