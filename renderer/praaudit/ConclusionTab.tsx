import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { PraAudit } from '../../shared/praaudit/praaudit';
import { ConfirmButton } from '../common/ConfirmButton';
import { sendForm } from '../common/forms';
import { ReviewPanel } from '../review/ReviewPanel';

export function ConclusionTab({ audit, readOnly }: { audit: PraAudit; readOnly: boolean }) {
  const [text, setText] = useState(audit.conclusion ?? '');
  useEffect(() => setText(audit.conclusion ?? ''), [audit.conclusion]);
  if (readOnly) return <Text style={{ whiteSpace: 'pre-wrap' }}>{audit.conclusion}</Text>;
  const dirty = text !== (audit.conclusion ?? '');
  return (
    <Stack maw={800}>
      <Textarea
        label="Kesimpulan"
        description="Dicetak pada Laporan Hasil Pra-Audit."
        autosize
        minRows={4}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <Group>
        <Button
          variant="default"
          disabled={!dirty}
          onClick={() =>
            void sendForm(
              null,
              'praAudit.setConclusion',
              { id: audit.id, conclusion: text },
              'Kesimpulan disimpan.',
            )
          }
        >
          Simpan kesimpulan
        </Button>
      </Group>
      {audit.missing.length > 0 ? (
        <Alert color="orange" title="Belum dapat difinalkan">
          {audit.missing.map((m) => (
            <Text key={m} size="sm">
              • {m}
            </Text>
          ))}
        </Alert>
      ) : (
        <Alert color="teal">
          Semua butir sudah diperiksa dan setiap kekurangan punya catatan dengan batas waktu.
        </Alert>
      )}
      <ReviewPanel kind="pra_audit" docId={audit.id} />
      <Group>
        <ConfirmButton
          color="teal"
          disabled={dirty || audit.missing.length > 0}
          title="Finalkan pra-audit?"
          message="Pra-audit diberi nomor dan dikunci: jawaban, catatan kekurangan dan tanggapan tidak dapat diubah lagi. Laporan, lembar tanggapan dan checklist dapat dicetak sesudahnya."
          confirmLabel="Finalkan"
          onConfirm={() => sendForm(null, 'praAudit.finalise', { id: audit.id }, 'Pra-audit difinalkan.')}
        >
          Finalkan pra-audit
        </ConfirmButton>
        {(dirty || audit.missing.length > 0) && (
          <Text size="xs" c="dimmed">
            {dirty ? 'Simpan kesimpulan dulu.' : 'Lengkapi dulu yang tertera di atas.'}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
