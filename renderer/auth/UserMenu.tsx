import { Badge, Button, Group, Menu, Modal, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconKey, IconLock, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { ROLE_LABELS } from '../../shared/auth/auth';
import { useAuth } from './AuthProvider';
import { ChangePasswordForm } from './ChangePasswordForm';

/** The signed-in user in the header: change password, lock the screen, sign out. */
export function UserMenu() {
  const { user, signOut, replaceUser } = useAuth();
  const [changing, setChanging] = useState(false);
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="subtle" color="gray" leftSection={<IconUserCircle size={18} />}>
            <Group gap={6} wrap="nowrap">
              <Text size="sm" data-testid="signed-in-user">
                {user.fullName}
              </Text>
              <Badge size="sm" variant="light" color={user.role === 'pembaca' ? 'gray' : 'teal'}>
                {ROLE_LABELS[user.role]}
              </Badge>
            </Group>
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>Masuk sebagai {user.username}</Menu.Label>
          <Menu.Item leftSection={<IconKey size={16} />} onClick={() => setChanging(true)}>
            Ganti kata sandi
          </Menu.Item>
          <Menu.Item leftSection={<IconLock size={16} />} onClick={() => void signOut(true)}>
            Kunci layar
          </Menu.Item>
          <Menu.Item leftSection={<IconLogout size={16} />} onClick={() => void signOut()}>
            Keluar
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={changing} onClose={() => setChanging(false)} title="Ganti kata sandi">
        <ChangePasswordForm
          onCancel={() => setChanging(false)}
          onDone={(u) => {
            replaceUser(u);
            setChanging(false);
            notifications.show({
              color: 'teal',
              title: 'Tersimpan',
              message: 'Kata sandi Anda sudah diganti.',
            });
          }}
        />
      </Modal>
    </>
  );
}
