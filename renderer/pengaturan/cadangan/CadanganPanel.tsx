import { Alert, Badge, Button, Code, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconDatabaseExport, IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import { BACKUP_REASON_LABELS, type BackupInfo } from '../../../shared/backup/backup';
import { formatWaktu } from '../../../shared/format/date';
import { signedOut } from '../../api/authEvents';
import { useApi } from '../../api/useApi';
import { useCan } from '../../auth/useCan';
import { ConfirmButton } from '../../common/ConfirmButton';
import { sendForm } from '../../common/forms';
import { useAppState } from '../../shell/AppState';
import { CadanganHelp } from './CadanganHelp';
import { FolderCadangan } from './FolderCadangan';

function ukuran(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`;
}

/** A restore ends every session (the restored file has its own users): sign in again. */
function restored(message: string) {
  notifications.show({ color: 'teal', title: 'Dipulihkan', message, autoClose: 8000 });
  signedOut(`${message} Semua pengguna perlu masuk lagi.`);
}

/** Pengaturan › Data: the backups in the cadangan folder, backup now, restore and undo. */
export function CadanganPanel() {
  const list = useApi('backup.list', {});
  const damaged = useAppState().status?.damaged != null;
  const [saving, setSaving] = useState(false);
  const isAdmin = useCan('backup.toFolder');

  const backupNow = async () => {
    setSaving(true);
    const result = await sendForm(null, 'backup.now', {});
    setSaving(false);
    if (result) {
      notifications.show({ color: 'teal', title: 'Cadangan dibuat', message: result.path, autoClose: 8000 });
      void list.reload();
    }
  };

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
      <Group>
        <Button onClick={backupNow} loading={saving} leftSection={<IconDatabaseExport size={16} />}>
          Cadangkan sekarang
        </Button>
        <Text size="sm" c="dimmed">
          ke folder cadangan di sebelah database
        </Text>
      </Group>
      {isAdmin && <FolderCadangan />}
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
                  {b.problem && (
                    <Text size="xs" c="red.8" maw={220}>
                      Tidak dapat dipulihkan: {b.problem}
                    </Text>
                  )}
                  <ConfirmButton
                    disabled={b.problem !== null}
                    size="xs"
                    variant="light"
                    color="orange"
                    leftSection={<IconRestore size={14} />}
                    aria-label={`Pulihkan ${b.fileName}`}
                    title="Pulihkan dari cadangan"
                    message={
                      <>
                        Database akan diganti dengan cadangan {formatWaktu(b.time)}. Perubahan sesudah waktu
                        itu tidak terlihat lagi. Cadangan diperiksa dulu.{' '}
                        {damaged
                          ? 'Database yang sekarang rusak sehingga tidak dapat dicadangkan: berkasnya disimpan di sebelahnya (.rusak-…), dan pemulihan ini tidak dapat dibatalkan dari aplikasi.'
                          : 'Data yang sekarang dicadangkan lebih dulu ("Sebelum pemulihan"), jadi pemulihan ini dapat dibatalkan dengan "Batalkan pemulihan terakhir".'}{' '}
                        Semua pengguna perlu masuk lagi sesudahnya.
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
            Untuk menyimpan di disk USB, Admin mendaftarkan foldernya di "Folder cadangan lain" lalu menekan
            "Cadangkan ke sini". Untuk memulihkan dari USB, salin berkasnya (nama{' '}
            <Code>cadangan-….sqlite</Code>) ke folder cadangan; berkas itu lalu muncul di daftar ini.
          </List.Item>
        </List>
      </Alert>
    </Stack>
  );
}
