import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useApi } from '../api/useApi';

/** The centred card of the sign-in screens. */
export function AuthFrame({ title, children }: { title: string; children: ReactNode }) {
  const office = useApi('system.status', {}).data?.officeName;
  return (
    <Center mih="100vh" bg="gray.1" p="md">
      <Paper withBorder shadow="sm" p="xl" w={420} radius="md">
        <Stack gap="md">
          <div>
            <Text fw={700} size="xl" c="teal.8">
              Audit UPK
            </Text>
            {office && (
              <Text size="sm" c="dimmed" data-testid="login-office">
                {office}
              </Text>
            )}
            <Title order={1} size="h4" mt={4}>
              {title}
            </Title>
          </div>
          {children}
        </Stack>
      </Paper>
    </Center>
  );
}
