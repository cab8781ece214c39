import { Alert, Button, Group, Paper, Radio, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { localDateTimeInZone } from '../../shared/format/date';
import {
  FINDING_STATUS_LABELS,
  FINDING_STATUSES,
  type FindingStatus,
  type TrackedFinding,
} from '../../shared/temuan/temuan';
import { DateField } from '../common/DateField';
import { sendForm } from '../common/forms';
import { useAppState } from '../shell/AppState';
import { EvidencePicker, evidenceInput, type PickedFile } from './EvidencePicker';
import { isClosed } from './findingUi';

function FollowUpForm({ finding }: { finding: TrackedFinding }) {
  const { profile } = useAppState();
  const today = localDateTimeInZone(Date.now(), profile?.timeZone ?? 'WIB').date;
  const form = useForm({
    initialValues: {
      date: today,
      status: 'dalam_proses' as FindingStatus,
      note: '',
      verifiedBy: '',
    },
  });
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [saving, setSaving] = useState(false);
  const closing = isClosed(form.values.status);
  const choices = FINDING_STATUSES.filter((s) => s !== 'terbuka');

  const submit = form.onSubmit(async (v) => {
    if (closing && v.verifiedBy.trim() === '') {
      form.setFieldError('verifiedBy', 'Isi siapa yang memverifikasi sebelum temuan ditutup');
      return;
    }
    setSaving(true);
    const saved = await sendForm(
      form,
      'finding.addFollowUp',
      { id: finding.id, ...v, evidence: evidenceInput(files) },
      'Tindak lanjut dicatat.',
    );
    setSaving(false);
    if (saved) {
      form.reset();
      setFiles([]);
    }
  });

  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate aria-label="Catat tindak lanjut">
        <Stack gap="sm">
          <Title order={3} size="h4">
            Catat tindak lanjut
          </Title>
          <DateField label="Tanggal" required w={220} {...form.getInputProps('date')} />
          <Radio.Group label="Status sesudah tindak lanjut ini" required {...form.getInputProps('status')}>
            <Group mt={6}>
              {choices.map((s) => (
                <Radio key={s} value={s} label={FINDING_STATUS_LABELS[s]} />
              ))}
            </Group>
          </Radio.Group>
          <Textarea
            label="Uraian tindak lanjut"
            description="Apa yang sudah dilakukan, oleh siapa"
            required
            autosize
            minRows={2}
            {...form.getInputProps('note')}
          />
          <TextInput
            label="Diverifikasi oleh"
            description={
              closing ? 'Wajib diisi: siapa yang memeriksa bahwa tindak lanjut sudah dilakukan' : 'Bila ada'
            }
            withAsterisk={closing}
            {...form.getInputProps('verifiedBy')}
          />
          <EvidencePicker files={files} onChange={setFiles} />
          <Group justify="flex-end">
            <Button type="submit" loading={saving}>
              Simpan tindak lanjut
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** The follow-up form, or why there is none yet (draft document) or no longer (closed). */
export function FollowUpSection({ finding }: { finding: TrackedFinding }) {
  if (!finding.sourceFinal) {
    return (
      <Alert color="yellow" title="Dokumen sumber masih draf">
        Tindak lanjut dapat dicatat setelah {finding.source === 'pra_audit' ? 'pra-audit' : 'pemeriksaan kas'}{' '}
        ini difinalkan.
      </Alert>
    );
  }
  if (isClosed(finding.status)) {
    return (
      <Alert color="teal" title={`Temuan sudah ditutup: ${FINDING_STATUS_LABELS[finding.status]}`}>
        Tindak lanjutnya sudah diverifikasi dan tidak dapat diubah lagi.
      </Alert>
    );
  }
  return <FollowUpForm key={finding.status} finding={finding} />;
}
