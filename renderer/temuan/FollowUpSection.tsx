import { Alert, Button, Group, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { localDateTimeInZone } from '../../shared/format/date';
import {
  FINDING_STATUS_LABELS,
  FINDING_STATUSES,
  type FindingStatus,
  type TrackedFinding,
} from '../../shared/temuan/temuan';
import { useAuth } from '../auth/AuthProvider';
import { useCan } from '../auth/useCan';
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
    },
  });
  const { user } = useAuth();
  const mayVerify = user.role === 'admin' || user.role === 'pemeriksa';
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [saving, setSaving] = useState(false);
  const closing = isClosed(form.values.status);
  // Closing (S/TDTD) is the verifier's step: offered only to the roles that may verify.
  const choices = FINDING_STATUSES.filter((s) => s !== 'terbuka' && (mayVerify || !isClosed(s)));

  const submit = form.onSubmit(async (v) => {
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
          <Text size="xs" c="dimmed">
            {closing
              ? `Anda (${user.fullName}) tercatat sebagai pemverifikasi. Penanggung jawab temuan dan pihak yang diperiksa tidak dapat menutup temuannya sendiri; status S hanya bila seluruh nilai rekomendasi sudah disetor.`
              : 'Menutup temuan (S atau TDTD) dilakukan oleh Pemeriksa atau Admin yang bukan penanggung jawab dan bukan pihak yang diperiksa.'}
          </Text>
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
  return <MayFollowUp finding={finding} />;
}

function MayFollowUp({ finding }: { finding: TrackedFinding }) {
  const may = useCan('finding.addFollowUp');
  return may ? <FollowUpForm key={finding.status} finding={finding} /> : null;
}
