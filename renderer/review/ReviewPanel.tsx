import { Alert, Badge, Button, Group, List, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { formatWaktu } from '../../shared/format/date';
import { REVIEW_ACTION_LABELS, type ReviewDocKind, type ReviewState } from '../../shared/review/review';
import { useApi } from '../api/useApi';
import { useAuth } from '../auth/AuthProvider';
import { useCan } from '../auth/useCan';
import { sendForm } from '../common/forms';

const STATE_LOOK: Record<ReviewState, { label: string; color: string }> = {
  draft: { label: 'Belum diajukan', color: 'gray' },
  diajukan: { label: 'Menunggu reviu', color: 'blue' },
  perlu_revisi: { label: 'Perlu revisi', color: 'orange' },
  disetujui: { label: 'Disetujui reviewer', color: 'teal' },
};

/**
 * Review before finalising: "disusun oleh" submits, a second user of a reviewer role approves or
 * sends it back with notes. Used by every finalised document (kind + id).
 */
export function ReviewPanel({ kind, docId }: { kind: ReviewDocKind; docId: number }) {
  const { user } = useAuth();
  const status = useApi('review.get', { kind, docId });
  const settings = useApi('review.settings', {});
  const maySubmit = useCan('review.submit');
  const mayDecideRole = useCan('review.decide') && (settings.data?.roles ?? []).some((r) => r === user.role);
  const [note, setNote] = useState('');
  const s = status.data;
  if (!s) return null;
  const submitter = s.events.filter((e) => e.action === 'diajukan').at(-1);
  const mayDecide = s.state === 'diajukan' && mayDecideRole && submitter?.userId !== user.id;
  const look = STATE_LOOK[s.state];
  const decide = async (decision: 'disetujui' | 'perlu_revisi') => {
    const saved = await sendForm(
      null,
      'review.decide',
      { kind, docId, decision, note: note.trim() || null },
      decision === 'disetujui' ? 'Disetujui.' : 'Dikembalikan untuk direvisi.',
    );
    if (saved) setNote('');
  };
  return (
    <Paper withBorder p="md" aria-label="Reviu">
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600}>Reviu sebelum difinalkan</Text>
          <Badge color={look.color} variant="light" tt="none">
            {look.label}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {s.required
            ? 'Kantor mewajibkan reviu: dokumen baru dapat difinalkan setelah disetujui pengguna lain.'
            : 'Reviu tidak diwajibkan kantor; tanpa reviu, cetakan menyebut «tanpa reviu».'}
        </Text>
        {s.events.length > 0 && (
          <List size="sm" spacing={2}>
            {s.events.map((e) => (
              <List.Item key={e.id}>
                {REVIEW_ACTION_LABELS[e.action]} — {e.userName}, {formatWaktu(e.at)}
                {e.note ? `: ${e.note}` : ''}
              </List.Item>
            ))}
          </List>
        )}
        {s.state === 'perlu_revisi' && (
          <Alert color="orange" title="Perlu revisi">
            Perbaiki sesuai catatan reviewer, lalu ajukan lagi.
          </Alert>
        )}
        {maySubmit && (s.state === 'draft' || s.state === 'perlu_revisi') && (
          <Button
            variant="light"
            w="fit-content"
            onClick={() => void sendForm(null, 'review.submit', { kind, docId }, 'Diajukan untuk direviu.')}
          >
            Ajukan reviu
          </Button>
        )}
        {mayDecide && (
          <Stack gap={6}>
            <Textarea
              label="Catatan reviu"
              description="Wajib bila dikembalikan untuk direvisi"
              autosize
              minRows={2}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
            />
            <Group>
              <Button color="teal" onClick={() => void decide('disetujui')}>
                Setujui
              </Button>
              <Button color="orange" variant="light" onClick={() => void decide('perlu_revisi')}>
                Perlu revisi
              </Button>
            </Group>
          </Stack>
        )}
        {s.state === 'diajukan' && submitter?.userId === user.id && (
          <Text size="xs" c="dimmed">
            Menunggu reviu pengguna lain; dokumen yang Anda susun tidak dapat Anda reviu sendiri.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
