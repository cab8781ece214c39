import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconCopy, IconPlus, IconSend, IconVersions } from '@tabler/icons-react';
import { useState } from 'react';
import type {
  ChecklistItem,
  ChecklistSection,
  ChecklistTemplate,
  TemplateVersion,
} from '../../../shared/praaudit/praaudit';
import { useApi } from '../../api/useApi';
import { ConfirmButton } from '../../common/ConfirmButton';
import { sendForm } from '../../common/forms';
import { CopyTemplateDialog, ItemDialog, SectionDialog } from './ChecklistDialogs';
import { SectionTable } from './SectionTable';
import { KEEP_VERSION_NOTE, VersionStatusBadge } from './versionUi';

type Dialog =
  | { kind: 'section'; section: ChecklistSection | null }
  | { kind: 'item'; section: ChecklistSection; item: ChecklistItem | null }
  | { kind: 'copy' }
  | null;

/** The next free single-letter section code after the existing ones (A, B … → next letter). */
function nextSectionCode(v: TemplateVersion): string {
  const last = v.sections
    .map((s) => s.code)
    .filter((c) => /^[A-Y]$/.test(c))
    .sort()
    .pop();
  return last ? String.fromCharCode(last.charCodeAt(0) + 1) : 'A';
}

function Actions({
  v,
  template,
  onOpen,
  onCopy,
}: {
  v: TemplateVersion;
  template: ChecklistTemplate | undefined;
  onOpen: (versionId: number) => void;
  onCopy: () => void;
}) {
  if (v.status === 'draft') {
    return (
      <ConfirmButton
        leftSection={<IconSend size={16} />}
        title="Terbitkan versi ini?"
        message={`Versi ${v.version} yang sudah terbit tidak dapat diubah lagi; perubahan berikutnya dibuat sebagai versi baru. Pra-audit baru akan memakai versi ini.`}
        confirmLabel="Terbitkan"
        onConfirm={() =>
          sendForm(null, 'template.publish', { versionId: v.id }, 'Versi checklist diterbitkan.')
        }
      >
        Terbitkan
      </ConfirmButton>
    );
  }
  const draft = template?.versions.find((x) => x.status === 'draft');
  return (
    <Group gap="xs">
      {draft ? (
        <Button leftSection={<IconVersions size={16} />} onClick={() => onOpen(draft.id)}>
          Buka draf versi {draft.version}
        </Button>
      ) : (
        <Button
          leftSection={<IconVersions size={16} />}
          onClick={async () => {
            const created = await sendForm(
              null,
              'template.newVersion',
              { templateId: v.templateId },
              'Versi baru dibuat sebagai draf.',
            );
            if (created) onOpen(created.id);
          }}
        >
          Buat versi baru
        </Button>
      )}
      <Button variant="default" leftSection={<IconCopy size={16} />} onClick={onCopy}>
        Salin sebagai template baru
      </Button>
    </Group>
  );
}

/** One checklist version: its sections and items; a draft can be edited and published. */
export function VersionEditor({
  versionId,
  template,
  onOpen,
  onBack,
}: {
  versionId: number;
  template: ChecklistTemplate | undefined;
  onOpen: (versionId: number) => void;
  onBack: () => void;
}) {
  const { data: v, error } = useApi('template.get', { versionId });
  const [dialog, setDialog] = useState<Dialog>(null);
  const draft = v?.status === 'draft';
  const close = () => setDialog(null);
  const saved = () => setDialog(null);
  return (
    <Stack maw={960}>
      <Group>
        <Button variant="subtle" leftSection={<IconArrowLeft size={16} />} onClick={onBack}>
          Semua template checklist
        </Button>
      </Group>
      {error && <Alert color="red">{error}</Alert>}
      {!v && !error && <Loader size="sm" />}
      {v && (
        <>
          <Group justify="space-between" align="flex-start">
            <div>
              <Group gap="xs">
                <Title order={2} size="h3">
                  {v.templateName} — versi {v.version}
                </Title>
                <VersionStatusBadge status={v.status} />
              </Group>
              <Text size="sm" c="dimmed">
                {v.itemCount} butir · dipakai {v.usedBy} pra-audit
              </Text>
            </div>
            <Actions v={v} template={template} onOpen={onOpen} onCopy={() => setDialog({ kind: 'copy' })} />
          </Group>
          <Alert color={draft ? 'yellow' : 'gray'} title={draft ? 'Draf: masih dapat diubah' : undefined}>
            {draft
              ? 'Ubah bagian dan butir di bawah, lalu terbitkan agar dapat dipakai pada pra-audit. '
              : 'Versi ini sudah terbit dan tidak dapat diubah. '}
            {KEEP_VERSION_NOTE}
          </Alert>
          {v.sections.map((s) => (
            <SectionTable
              key={s.id}
              versionId={v.id}
              section={s}
              draft={draft}
              onEditSection={() => setDialog({ kind: 'section', section: s })}
              onEditItem={(item) => setDialog({ kind: 'item', section: s, item })}
            />
          ))}
          {draft && (
            <Group>
              <Button
                variant="light"
                leftSection={<IconPlus size={16} />}
                onClick={() => setDialog({ kind: 'section', section: null })}
              >
                Tambah bagian
              </Button>
            </Group>
          )}
          {dialog?.kind === 'section' && (
            <SectionDialog
              versionId={v.id}
              section={dialog.section}
              nextCode={nextSectionCode(v)}
              onClose={close}
              onSaved={saved}
            />
          )}
          {dialog?.kind === 'item' && (
            <ItemDialog
              versionId={v.id}
              section={dialog.section}
              item={dialog.item}
              onClose={close}
              onSaved={saved}
            />
          )}
          {dialog?.kind === 'copy' && (
            <CopyTemplateDialog
              versionId={v.id}
              templateName={v.templateName}
              onClose={close}
              onSaved={(copy) => {
                close();
                onOpen(copy.id);
              }}
            />
          )}
        </>
      )}
    </Stack>
  );
}
