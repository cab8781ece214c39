import { Alert, Badge, Button, Code, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconDatabaseExport, IconFolderPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { BRIDGE_KEY, type PreloadApi } from '../../../shared/contract/bridge';
import { useApi } from '../../api/useApi';
import { ConfirmButton } from '../../common/ConfirmButton';
import { sendForm } from '../../common/forms';

/** The Electron bridge's folder dialog, when the page runs inside the app window. */
function folderDialog(): PreloadApi['pickFolder'] {
  const bridge = (globalThis as Record<string, unknown>)[BRIDGE_KEY] as PreloadApi | undefined;
  return bridge?.pickFolder;
}

/** Pengaturan › Data (admin): the folders outside the app a backup may go to, and a backup to each. */
export function FolderCadangan() {
  const folders = useApi('backup.folders', {});
  const form = useForm({ initialValues: { folder: '' } });
  const [busy, setBusy] = useState<string | null>(null);
  const pick = folderDialog();

  const add = form.onSubmit(async (values) => {
    const result = await sendForm(form, 'backup.addFolder', { folder: values.folder.trim() });
    if (result) {
      form.reset();
      notifications.show({ color: 'teal', message: 'Folder cadangan didaftarkan.' });
    }
  });

  const backupTo = async (folder: string) => {
    setBusy(folder);
    const result = await sendForm(null, 'backup.toFolder', { folder });
    setBusy(null);
    if (result)
      notifications.show({ color: 'teal', title: 'Cadangan dibuat', message: result.path, autoClose: 8000 });
  };

  return (
    <Stack gap="xs" component="section" aria-labelledby="folder-cadangan-judul">
      <Title order={2} size="h4" id="folder-cadangan-judul">
        Folder cadangan lain (disk USB)
      </Title>
      <Text size="sm" c="dimmed">
        Cadangan berisi seluruh data, termasuk sandi pengguna (tersandi). Hanya folder yang didaftarkan Admin
        di sini yang dapat dipakai, dan tidak boleh di dalam folder aplikasi sendiri.
      </Text>
      {folders.error && <Alert color="red">{folders.error}</Alert>}
      {folders.data && folders.data.length > 0 && (
        <Table verticalSpacing="xs" aria-label="Folder cadangan lain">
          <Table.Tbody>
            {folders.data.map((f) => (
              <Table.Tr key={f.path}>
                <Table.Td>
                  <Code>{f.path}</Code>{' '}
                  {!f.available && (
                    <Badge color="gray" variant="light">
                      tidak tersedia
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td w={340}>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    <Button
                      size="xs"
                      leftSection={<IconDatabaseExport size={14} />}
                      disabled={!f.available}
                      loading={busy === f.path}
                      aria-label={`Cadangkan ke ${f.path}`}
                      onClick={() => backupTo(f.path)}
                    >
                      Cadangkan ke sini
                    </Button>
                    <ConfirmButton
                      size="xs"
                      variant="default"
                      title="Hapus folder dari daftar"
                      message={`Folder ${f.path} tidak dipakai lagi untuk cadangan. Berkas yang sudah ada di sana tidak dihapus.`}
                      confirmLabel="Hapus dari daftar"
                      onConfirm={async () => {
                        await sendForm(null, 'backup.removeFolder', { folder: f.path });
                      }}
                    >
                      Hapus dari daftar
                    </ConfirmButton>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <form onSubmit={add} aria-label="Daftarkan folder cadangan">
        <Group align="flex-end">
          <TextInput
            label="Folder baru"
            placeholder="mis. E:\Cadangan atau /media/usb/Cadangan"
            style={{ flex: 1 }}
            {...form.getInputProps('folder')}
          />
          {pick && (
            <Button
              variant="default"
              onClick={async () => {
                const chosen = await pick();
                if (chosen) form.setFieldValue('folder', chosen);
              }}
            >
              Pilih folder…
            </Button>
          )}
          <Button type="submit" variant="light" leftSection={<IconFolderPlus size={16} />}>
            Daftarkan folder
          </Button>
        </Group>
      </form>
    </Stack>
  );
}
