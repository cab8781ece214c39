import { Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { formatJam, formatTanggalPanjang } from '../../shared/format/date';
import { EXAM_TYPE_LABELS, type Examination, type Party } from '../../shared/pemeriksaan/pemeriksaan';
import { Can } from '../auth/Can';
import { ExamHeaderDialog } from './ExamHeaderDialog';

function people(parties: Party[]): string {
  return parties.length === 0 ? '—' : parties.map((p) => `${p.name} (${p.position})`).join('; ');
}

export function ExamIdentity({ exam }: { exam: Examination }) {
  const [editing, setEditing] = useState(false);
  const rows: [string, string][] = [
    ['Jenis', EXAM_TYPE_LABELS[exam.type]],
    ['Waktu', `${formatTanggalPanjang(exam.date)}, pukul ${formatJam(exam.time, exam.zone)}`],
    ['Tempat', exam.place],
    ['Dasar', exam.basis ?? '—'],
    ['Yang diperiksa', `${exam.examined.name} (${exam.examined.position})`],
    ['Pemeriksa', people(exam.examiners)],
    ['Mengetahui', people(exam.acknowledgers)],
  ];
  if (exam.addendumOf) rows.unshift(['Adendum atas', `Berita acara ${exam.addendumOf.number}`]);
  return (
    <Card withBorder padding="sm" miw={0} style={{ flex: 3 }}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600}>Identitas pemeriksaan</Text>
          {exam.status === 'draft' && (
            <Can request="exam.updateHeader">
              <Button size="compact-sm" variant="light" onClick={() => setEditing(true)}>
                Ubah identitas
              </Button>
            </Can>
          )}
        </Group>
        <Table withRowBorders={false} verticalSpacing={2} aria-label="Identitas pemeriksaan">
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w={130} fw={500} c="dimmed" fz="sm">
                  {label}
                </Table.Th>
                <Table.Td fz="sm">{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
      {editing && (
        <ExamHeaderDialog exam={exam} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />
      )}
    </Card>
  );
}
