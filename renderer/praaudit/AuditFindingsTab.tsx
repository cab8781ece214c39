import { Alert, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconListCheck, IconPlus } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { formatTanggal } from '../../shared/format/date';
import { formatRupiah } from '../../shared/format/money';
import { FINDING_ANSWERS, type PraAudit } from '../../shared/praaudit/praaudit';
import { SEVERITY_LABELS, type Severity, type TrackedFinding } from '../../shared/temuan/temuan';
import { ConfirmButton } from '../common/ConfirmButton';
import { sendForm } from '../common/forms';
import { FindingBadges } from '../temuan/findingUi';
import { FindingDialog } from './FindingDialog';

const SEVERITY_COLORS: Record<Severity, string> = { ringan: 'gray', sedang: 'yellow', berat: 'red' };

function Labelled({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Text size="sm">
      <Text span size="sm" c="dimmed">
        {label}:
      </Text>{' '}
      {children}
    </Text>
  );
}

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
            Catatan lain (tanpa butir)
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
                {f.checklistItemCode && (
                  <Badge variant="outline" tt="none">
                    Butir {f.checklistItemCode}
                  </Badge>
                )}
                {f.severity && (
                  <Badge variant="light" color={SEVERITY_COLORS[f.severity]} tt="none">
                    {SEVERITY_LABELS[f.severity]}
                  </Badge>
                )}
                {readOnly && <FindingBadges finding={f} />}
              </Group>
              <Text size="sm">{f.kondisi}</Text>
              <Labelled label="Rekomendasi">
                {f.rekomendasi}
                {f.amount > 0 ? ` · Nilai ${formatRupiah(f.amount)}` : ''}
              </Labelled>
              <Labelled label="Tanggapan TPK">{f.tanggapan ?? <em>belum ada</em>}</Labelled>
              <Group gap="lg">
                <Labelled label="PIC">{f.pic ?? '—'}</Labelled>
                <Labelled label="Batas waktu">
                  {f.dueDate ? (
                    formatTanggal(f.dueDate)
                  ) : (
                    <Text span c="orange.8" size="sm">
                      belum ditentukan
                    </Text>
                  )}
                </Labelled>
                {f.dibawaKeMad && <Labelled label="Dibawa ke">Musdes/MAD</Labelled>}
              </Group>
            </Stack>
            {!readOnly && (
              <Group gap="xs" wrap="nowrap">
                <Button
                  size="compact-sm"
                  variant="default"
                  onClick={() => setEditing(f)}
                  aria-label={`Ubah / tanggapan catatan ${f.number}`}
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
          auditDate={audit.auditDate}
          finding={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
