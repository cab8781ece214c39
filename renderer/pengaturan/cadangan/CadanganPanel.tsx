import { Alert, Badge, Button, Code, Group, List, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconDatabaseExport, IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import { BACKUP_REASON_LABELS, type BackupInfo } from '../../../shared/backup/backup';
import { formatWaktu } from '../../../shared/format/date';
import { useApi } from '../../api/useApi';
import { ConfirmButton } from '../../common/ConfirmButton';
import { sendForm } from '../../common/forms';
import { CadanganHelp } from './CadanganHelp';

function ukuran(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`;
}

function restored(message: string) {
  notifications.show({ color: 'teal', title: 'Dipulihkan', message, autoClose: 8000 });
}

/** Pengaturan › Data: the backups in the cadangan folder, backup now, restore and undo. */
export function CadanganPanel() {
  const list = useApi('backup.list', {});
  const form = useForm({ initialValues: { folder: '' } });
  const [saving, setSaving] = useState(false);

  const backupNow = form.onSubmit(async (values) => {
    setSaving(true);
    const result = await sendForm(form, 'backup.now', { folder: values.folder.trim() || null });
    setSaving(false);
    if (result) {
      notifications.show({ color: 'teal', title: 'Cadangan dibuat', message: result.path, autoClose: 8000 });
      void list.reload();
    }
  });

  const restore = async (b: BackupInfo) => {
    const result = await sendForm(null, 'backup.restore', { fileName: b.fileName });
    if (result) {
      restored(
        result.undoPoint
          ? `Database dipulihkan ke keadaan ${formatWaktu(b.time)}. Data sebelumnya disimpan sebagai ${result.undoPoint.fileName}.`
          : `Database dipulihkan ke keadaan ${formatWaktu(b.time)}. Berkas yang rusak disimpan sebagai ${result.setAside ?? '-'}.`,
      );
    }
  };

  const undo = list.data?.undoPoint;
  return (
    <Stack maw={960} component="section" aria-labelledby="cadangan-judul">
      <Title order={2} size="h3" id="cadangan-judul">
        Cadangan & Pemulihan
      </Title>
      <CadanganHelp />
      {list.error && <Alert color="red">{list.error}</Alert>}
      <form onSubmit={backupNow} aria-label="Cadangkan sekarang">
        <Group align="flex-end">
          <TextInput
            label="Folder tujuan (opsional)"
            description="Kosongkan untuk folder cadangan; atau tulis folder disk USB, mis. E:\Cadangan"
            placeholder="Folder cadangan (bawaan)"
            style={{ flex: 1 }}
            {...form.getInputProps('folder')}
          />
          <Button type="submit" loading={saving} leftSection={<IconDatabaseExport size={16} />}>
            Cadangkan sekarang
          </Button>
        </Group>
      </form>
      <Group justify="space-between">
        <Text size="sm">
          Folder cadangan: <Code>{list.data?.folder ?? '…'}</Code>
        </Text>
        <ConfirmButton
          variant="default"
          leftSection={<IconArrowBackUp size={16} />}
          disabled={!undo}
          title="Batalkan pemulihan terakhir"
          message={
            undo
              ? `Database dikembalikan ke keadaan sesaat sebelum pemulihan terakhir (${formatWaktu(undo.time)}). Keadaan sekarang dicadangkan dulu.`
              : ''
          }
          confirmLabel="Batalkan pemulihan"
          onConfirm={async () => {
            const result = await sendForm(null, 'backup.undoRestore', {});
            if (result) restored('Pemulihan terakhir dibatalkan; data kembali seperti sebelum pemulihan.');
          }}
        >
          Batalkan pemulihan terakhir
        </ConfirmButton>
      </Group>
      {list.data && list.data.backups.length === 0 && (
        <Alert color="gray" title="Belum ada cadangan">
          Cadangan pertama dibuat saat aplikasi dibuka berikutnya, atau tekan "Cadangkan sekarang".
        </Alert>
      )}
      {list.data && list.data.backups.length > 0 && (
        <Table striped highlightOnHover verticalSpacing="xs" aria-label="Daftar cadangan">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Waktu</Table.Th>
              <Table.Th>Alasan</Table.Th>
              <Table.Th>Ukuran</Table.Th>
              <Table.Th>Skema</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.backups.map((b) => (
              <Table.Tr key={b.fileName}>
                <Table.Td>
                  <Text size="sm">{formatWaktu(b.time)}</Text>
                  <Text size="xs" c="dimmed">
                    {b.fileName}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={b.reason === 'sebelum-pemulihan' ? 'orange' : 'blue'}>
                    {BACKUP_REASON_LABELS[b.reason]}
                  </Badge>
                </Table.Td>
                <Table.Td>{ukuran(b.sizeBytes)}</Table.Td>
                <Table.Td>{b.schemaVersion}</Table.Td>
                <Table.Td>
                  <ConfirmButton
                    size="xs"
                    variant="light"
                    color="orange"
                    leftSection={<IconRestore size={14} />}
                    aria-label={`Pulihkan ${b.fileName}`}
                    title="Pulihkan dari cadangan"
                    message={
                      <>
                        Database akan diganti dengan cadangan {formatWaktu(b.time)}. Perubahan sesudah waktu
                        itu tidak terlihat lagi. Cadangan diperiksa dulu, dan data yang sekarang dicadangkan
                        lebih dulu ("Sebelum pemulihan"), jadi pemulihan ini dapat dibatalkan dengan "Batalkan
                        pemulihan terakhir".
                      </>
                    }
                    confirmLabel="Pulihkan"
                    onConfirm={() => restore(b)}
                  >
                    Pulihkan
                  </ConfirmButton>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Alert color="gray" title="Tentang cadangan">
        <List size="sm" spacing={4}>
          <List.Item>
            Cadangan dibuat otomatis saat aplikasi dibuka, saat ditutup, dan paling sering setiap 5 menit
            selama ada perubahan data. Setiap cadangan diperiksa keutuhannya sesudah ditulis.
          </List.Item>
          <List.Item>
            Tempatnya folder <Code>cadangan</Code> di sebelah berkas database. Yang disimpan: 10 terbaru, satu
            per hari selama 30 hari, dan satu per bulan selama 24 bulan; yang lain dihapus otomatis.
          </List.Item>
          <List.Item>
            Pulihkan: cadangan diperiksa dulu (utuh, database Audit UPK, bukan dari versi yang lebih baru),
            data sekarang dicadangkan lebih dulu, lalu database diganti. "Batalkan pemulihan terakhir"
            mengembalikannya.
          </List.Item>
          <List.Item>
            Untuk menyimpan di disk USB, tulis foldernya di "Folder tujuan" lalu tekan "Cadangkan sekarang".
            Untuk memulihkan dari USB, salin berkasnya (nama <Code>cadangan-….sqlite</Code>) ke folder
            cadangan; berkas itu lalu muncul di daftar ini.
          </List.Item>
        </List>
      </Alert>
    </Stack>
  );
}
