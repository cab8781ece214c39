import {
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { formatJam, formatTanggal } from '../../shared/format/date';
import { formatRupiah } from '../../shared/format/money';
import type { Examination } from '../../shared/pemeriksaan/pemeriksaan';
import { ConfirmButton } from '../common/ConfirmButton';
import { sendForm } from '../common/forms';
import { ReviewPanel } from '../review/ReviewPanel';
import { suggestedConclusion } from './conclusionText';
import { differenceLook } from './examUi';

function Totals({ exam }: { exam: Examination }) {
  const { bookCashAndBank: book, examinedCashAndBank: examined } = exam.totals;
  const unexplained = exam.cash.reduce((s, c) => s + c.unexplained, 0);
  const look = differenceLook(examined - book, unexplained);
  const cells: [string, number, string | undefined][] = [
    ['Kas dan bank menurut buku', book, undefined],
    ['Kas dan bank menurut pemeriksaan', examined, undefined],
    [`Selisih (${look.label.toLowerCase()})`, examined - book, `${look.color}.8`],
    ['Belum terjelaskan', unexplained, unexplained === 0 ? 'teal.8' : 'red.8'],
  ];
  return (
    <SimpleGrid cols={4} maw={1000} role="group" aria-label="Rekapitulasi kas dan bank">
      {cells.map(([label, sen, color]) => (
        <div key={label}>
          <Text size="xs" c="dimmed">
            {label}
          </Text>
          <Text fw={700} c={color} style={{ fontVariantNumeric: 'tabular-nums' }}>
            {formatRupiah(sen)}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}

export function ConclusionTab({ exam, readOnly }: { exam: Examination; readOnly: boolean }) {
  const [text, setText] = useState(exam.conclusion ?? '');
  const [saving, setSaving] = useState(false);
  const hasUnexplained = exam.cash.some((c) => c.unexplained !== 0);
  const save = async (conclusion: string, unexplainedAcknowledged: boolean) => {
    setSaving(true);
    await sendForm(null, 'exam.setConclusion', { id: exam.id, conclusion, unexplainedAcknowledged });
    setSaving(false);
  };
  const dirty = text !== (exam.conclusion ?? '');

  if (readOnly) {
    return (
      <Stack maw={900}>
        <Totals exam={exam} />
        <div>
          <Text size="xs" c="dimmed">
            Kesimpulan
          </Text>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{exam.conclusion}</Text>
        </div>
        {exam.unexplainedAcknowledged && (
          <Text size="sm">Selisih yang belum terjelaskan diakui dan dicatat sebagai temuan.</Text>
        )}
      </Stack>
    );
  }

  return (
    <Stack maw={900}>
      <Totals exam={exam} />
      <Textarea
        label="Kesimpulan"
        description="Mis. «Kas dan saldo bank sesuai dengan pembukuan.» Tersimpan saat kolom ditinggalkan."
        autosize
        minRows={3}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        onBlur={() => {
          if (dirty) void save(text, exam.unexplainedAcknowledged);
        }}
      />
      <Group>
        <Button onClick={() => save(text, exam.unexplainedAcknowledged)} loading={saving} disabled={!dirty}>
          Simpan kesimpulan
        </Button>
        <Button variant="subtle" onClick={() => setText(suggestedConclusion(exam))}>
          Isi dengan kalimat usulan
        </Button>
      </Group>
      <Checkbox
        label="Selisih yang belum terjelaskan diakui dan dicatat sebagai temuan"
        description={
          hasUnexplained
            ? 'Centang bila selisih kas tidak dapat dijelaskan saat ini; tambahkan temuannya pada tab Temuan.'
            : 'Tidak ada selisih kas yang belum terjelaskan.'
        }
        checked={exam.unexplainedAcknowledged}
        onChange={(e) => void save(text, e.currentTarget.checked)}
      />
      <ReviewPanel kind="pemeriksaan_kas" docId={exam.id} />
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Text fw={600}>Finalkan</Text>
          {exam.missing.length > 0 ? (
            <Alert color="orange" title="Belum dapat difinalkan">
              <List size="sm" spacing={2}>
                {exam.missing.map((m) => (
                  <List.Item key={m}>{m}</List.Item>
                ))}
              </List>
            </Alert>
          ) : (
            <Text size="sm">Semua langkah sudah lengkap.</Text>
          )}
          <Group>
            <ConfirmButton
              color="teal"
              leftSection={<IconLock size={16} />}
              disabled={exam.missing.length > 0 || dirty}
              title="Finalkan pemeriksaan?"
              confirmLabel="Finalkan"
              message={
                <>
                  Pemeriksaan akan diberi nomor berita acara, jurnal dikunci sampai {formatTanggal(exam.date)}{' '}
                  pukul {formatJam(exam.time, exam.zone)}, dan isinya tidak dapat diubah lagi. Koreksi
                  sesudahnya hanya lewat jurnal baru.
                </>
              }
              onConfirm={() => sendForm(null, 'exam.finalise', { id: exam.id }, 'Pemeriksaan difinalkan.')}
            >
              Finalkan
            </ConfirmButton>
            {dirty && (
              <Text size="sm" c="orange.8">
                Simpan kesimpulan dulu.
              </Text>
            )}
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
