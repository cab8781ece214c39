import { Button, Card, Code, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconLock, IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { formatJam, formatTanggal, localDateTimeInZone } from '../../shared/format/date';
import type { Examination } from '../../shared/pemeriksaan/pemeriksaan';
import { errorMessage } from '../api/useApi';
import { Can } from '../auth/Can';
import { AddendumButton } from './AddendumButton';
import { downloadExamPdf } from './examPdf';
import { SignedCopy } from './SignedCopy';

function finalisedText(exam: Examination): string {
  const ms = exam.finalisedAt ? Date.parse(exam.finalisedAt) : Number.NaN;
  if (Number.isNaN(ms)) return '';
  const at = localDateTimeInZone(ms, exam.zone);
  const by = exam.finalisedBy ? ` oleh ${exam.finalisedBy}` : '';
  return `Difinalkan ${formatTanggal(at.date)} pukul ${formatJam(at.time, exam.zone)}${by}.`;
}

/** A final examination: its number, verification code and the berita acara. */
export function FinalPanel({ exam, navigate }: { exam: Examination; navigate: (path: string) => void }) {
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      await downloadExamPdf(exam.id);
    } catch (err) {
      notifications.show({ color: 'red', title: 'Gagal mengunduh', message: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card withBorder padding="sm" style={{ flex: 2 }} aria-label="Berita acara" component="section">
      <Stack gap="xs">
        <Group gap="xs">
          <IconLock size={18} />
          <Text fw={600}>Berita acara final</Text>
        </Group>
        <div>
          <Text size="xs" c="dimmed">
            Nomor
          </Text>
          <Text fw={700} size="lg" data-testid="exam-number">
            {exam.number}
          </Text>
        </div>
        <div>
          <Text size="xs" c="dimmed">
            Kode verifikasi (hash)
          </Text>
          <Code block data-testid="exam-hash" style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
            {exam.hash}
          </Code>
        </div>
        <Text size="xs" c="dimmed">
          {finalisedText(exam)} Isinya tidak dapat diubah lagi.
        </Text>
        <Group>
          <Can request="exam.pdf">
            <Button leftSection={<IconDownload size={16} />} onClick={download} loading={busy}>
              Unduh Berita Acara (PDF)
            </Button>
          </Can>
          <Button
            variant="default"
            leftSection={<IconShieldCheck size={16} />}
            onClick={() => navigate('pemeriksaan-kas/verifikasi')}
          >
            Verifikasi
          </Button>
          <AddendumButton exam={exam} onOpened={(id) => navigate(`pemeriksaan-kas/${id}`)} />
        </Group>
        <SignedCopy exam={exam} />
      </Stack>
    </Card>
  );
}
