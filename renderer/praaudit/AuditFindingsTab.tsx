import { Alert, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconListCheck, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { formatTanggal } from '../../shared/format/date';
import { formatRupiah } from '../../shared/format/money';
import { FINDING_ANSWERS, type PraAudit } from '../../shared/praaudit/praaudit';
import { SEVERITY_LABELS, type TrackedFinding } from '../../shared/temuan/temuan';
import { ConfirmButton } from '../common/ConfirmButton';
import { sendForm } from '../common/forms';
import { FindingBadges } from '../temuan/findingUi';
import { FindingDialog } from './FindingDialog';

export function AuditFindingsTab({ audit, readOnly }: { audit: PraAudit; readOnly: boolean }) {
  const [editing, setEditing] = useState<TrackedFinding | 'new' | null>(null);
  const pending = audit.sections
    .flatMap((s) => s.items)
    .filter((i) => FINDING_ANSWERS.includes(i.answer) && i.findingNumber === null);
  return (
    <Stack>
      {!readOnly && (
        <Group>
          <Button
            leftSection={<IconListCheck size={16} />}
            disabled={pending.length === 0}
            onClick={() =>
              void sendForm(null, 'praAudit.createFindings', { id: audit.id }, 'Catatan kekurangan dibuat.')
            }
          >
            Buat catatan dari butir yang belum sesuai{pending.length > 0 ? ` (${pending.length})` : ''}
          </Button>
          <Button variant="default" leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            Catatan lain
          </Button>
        </Group>
      )}
      {audit.findings.length === 0 && (
        <Alert color="gray">
          Belum ada catatan kekurangan. Butir yang dijawab «belum lengkap» atau «tidak ada» menjadi catatan
          bernomor.
        </Alert>
      )}
      {audit.findings.map((f) => (
        <Paper key={f.id} withBorder p="sm" aria-label={`Catatan kekurangan No. ${f.number}`}>
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={4} style={{ flex: 1 }}>
              <Group gap="xs">
                <Text fw={700}>No. {f.number}</Text>
                {f.checklistItemCode && <Badge variant="outline">Butir {f.checklistItemCode}</Badge>}
                {f.severity && <Badge variant="light">{SEVERITY_LABELS[f.severity]}</Badge>}
                {readOnly && <FindingBadges finding={f} />}
              </Group>
              <Text size="sm">{f.kondisi}</Text>
              <Text size="sm" c="dimmed">
                Rekomendasi: {f.rekomendasi}
                {f.amount > 0 ? ` · Nilai ${formatRupiah(f.amount)}` : ''}
              </Text>
              <Text size="sm">
                Tanggapan TPK: {f.tanggapan ?? <em>belum ada</em>} · PIC: {f.pic ?? '—'} · Batas waktu:{' '}
                {f.dueDate ? (
                  formatTanggal(f.dueDate)
                ) : (
                  <Text span c="orange" size="sm">
                    belum ditentukan
                  </Text>
                )}
              </Text>
            </Stack>
            {!readOnly && (
              <Group gap="xs" wrap="nowrap">
                <Button
                  size="compact-sm"
                  variant="default"
                  onClick={() => setEditing(f)}
                  aria-label={`Ubah catatan ${f.number}`}
                >
                  Ubah / tanggapan
                </Button>
                <ConfirmButton
                  size="compact-sm"
                  variant="subtle"
                  color="red"
                  title={`Hapus catatan No. ${f.number}?`}
                  message="Catatan draf ini dihapus dan nomor catatan sesudahnya bergeser."
                  confirmLabel="Hapus"
                  onConfirm={() =>
                    sendForm(
                      null,
                      'praAudit.removeFinding',
                      { id: audit.id, findingId: f.id },
                      'Catatan dihapus.',
                    )
                  }
                >
                  Hapus
                </ConfirmButton>
              </Group>
            )}
          </Group>
        </Paper>
      ))}
      {editing && (
        <FindingDialog
          auditId={audit.id}
          finding={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
