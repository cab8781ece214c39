import { Badge, Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { KEGIATAN_TYPE_LABELS } from '../../../shared/kegiatan/kegiatan';
import type { ChecklistItem, ChecklistSection } from '../../../shared/praaudit/praaudit';
import { SEVERITY_LABELS, type Severity } from '../../../shared/temuan/temuan';
import { ConfirmButton } from '../../common/ConfirmButton';
import { sendForm } from '../../common/forms';

const SEVERITY_COLORS: Record<Severity, string> = { ringan: 'gray', sedang: 'orange', berat: 'red' };

/** One section of a checklist version with its items; on a draft, its edit buttons. */
export function SectionTable({
  versionId,
  section,
  draft,
  onEditSection,
  onEditItem,
}: {
  versionId: number;
  section: ChecklistSection;
  draft: boolean;
  onEditSection: () => void;
  /** null: a new item in this section. */
  onEditItem: (item: ChecklistItem | null) => void;
}) {
  return (
    <Paper withBorder p="sm" component="section" aria-label={`Bagian ${section.code}`}>
      <Group justify="space-between" mb="xs">
        <Title order={4} size="h5">
          {section.code}. {section.title}
        </Title>
        {draft && (
          <Group gap="xs">
            <Button size="compact-sm" variant="subtle" onClick={onEditSection}>
              Ubah bagian
            </Button>
            <Button
              size="compact-sm"
              variant="light"
              leftSection={<IconPlus size={14} />}
              onClick={() => onEditItem(null)}
            >
              Tambah butir
            </Button>
          </Group>
        )}
      </Group>
      {section.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          Belum ada butir di bagian ini.
        </Text>
      ) : (
        <Table verticalSpacing={6} aria-label={`Butir bagian ${section.code}`}>
          <Table.Tbody>
            {section.items.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Td w={56} fw={600} style={{ verticalAlign: 'top' }}>
                  {item.code}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{item.text}</Text>
                  {item.help && (
                    <Text size="xs" c="dimmed">
                      {item.help}
                    </Text>
                  )}
                  <Group gap={4} mt={4}>
                    <Badge size="xs" variant="light" color={SEVERITY_COLORS[item.defaultSeverity]}>
                      {SEVERITY_LABELS[item.defaultSeverity]}
                    </Badge>
                    {item.appliesTo.length === 0 ? (
                      <Badge size="xs" variant="outline" color="gray">
                        Semua jenis kegiatan
                      </Badge>
                    ) : (
                      item.appliesTo.map((t) => (
                        <Badge key={t} size="xs" variant="outline">
                          {KEGIATAN_TYPE_LABELS[t]}
                        </Badge>
                      ))
                    )}
                  </Group>
                </Table.Td>
                {draft && (
                  <Table.Td w={150} style={{ verticalAlign: 'top' }}>
                    <Group gap={4} wrap="nowrap">
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        aria-label={`Ubah butir ${item.code}`}
                        onClick={() => onEditItem(item)}
                      >
                        Ubah
                      </Button>
                      <ConfirmButton
                        size="compact-sm"
                        variant="subtle"
                        color="red"
                        aria-label={`Hapus butir ${item.code}`}
                        title={`Hapus butir ${item.code}?`}
                        message={item.text}
                        confirmLabel="Hapus"
                        onConfirm={() =>
                          sendForm(
                            null,
                            'template.removeItem',
                            { versionId, itemId: item.id },
                            'Butir dihapus.',
                          )
                        }
                      >
                        Hapus
                      </ConfirmButton>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
