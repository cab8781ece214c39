import { Button, Checkbox, Group, NumberInput, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { ROLE_LABELS } from '../../../shared/auth/auth';
import { REVIEWER_ROLES, type ReviewerRole } from '../../../shared/review/review';
import { useApi } from '../../api/useApi';
import { useCan } from '../../auth/useCan';
import { sendForm } from '../../common/forms';
import { LibraryPanel } from './LibraryPanel';

function RulesForm() {
  const findings = useApi('finding.settings', {});
  const review = useApi('review.settings', {});
  const mayEditDays = useCan('finding.setSettings');
  const mayEditReview = useCan('review.setSettings');
  const mayEdit = mayEditDays && mayEditReview;
  const [days, setDays] = useState<number | string>(60);
  const [required, setRequired] = useState(false);
  const [roles, setRoles] = useState<ReviewerRole[]>(['admin', 'pemeriksa']);
  useEffect(() => {
    if (findings.data) setDays(findings.data.deadlineDays);
  }, [findings.data]);
  useEffect(() => {
    if (review.data) {
      setRequired(review.data.required);
      setRoles(review.data.roles);
    }
  }, [review.data]);
  const save = async () => {
    const a = await sendForm(null, 'finding.setSettings', { deadlineDays: Number(days) });
    if (a) await sendForm(null, 'review.setSettings', { required, roles }, 'Aturan disimpan.');
  };
  return (
    <Paper withBorder p="md" maw={720}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          Tindak lanjut dan reviu
        </Title>
        <NumberInput
          label="Batas waktu tindak lanjut (hari sejak tanggal laporan)"
          description="Dipakai bila temuan tidak punya batas waktu sendiri; lazimnya 60 hari."
          min={1}
          max={365}
          w={360}
          value={days}
          onChange={setDays}
          disabled={!mayEdit}
        />
        <Switch
          label="Wajib reviu sebelum berita acara dan laporan pra-audit difinalkan"
          description="Matikan bila kantor hanya punya satu pemeriksa; cetakan lalu menyebut «tanpa reviu»."
          checked={required}
          onChange={(e) => setRequired(e.currentTarget.checked)}
          disabled={!mayEdit}
        />
        <Checkbox.Group
          label="Peran yang boleh mereviu"
          value={roles}
          onChange={(v) => setRoles(REVIEWER_ROLES.filter((r) => v.includes(r)))}
        >
          <Group mt={4}>
            {REVIEWER_ROLES.map((r) => (
              <Checkbox key={r} value={r} label={ROLE_LABELS[r]} disabled={!mayEdit} />
            ))}
          </Group>
        </Checkbox.Group>
        {mayEdit ? (
          <Group>
            <Button onClick={() => void save()}>Simpan aturan</Button>
          </Group>
        ) : (
          <Text size="xs" c="dimmed">
            Hanya Admin yang dapat mengubah aturan ini.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/** Pengaturan › Temuan & Reviu: the office's follow-up days, review rule and the bank temuan. */
export function TemuanSettingsPanel() {
  return (
    <Stack>
      <RulesForm />
      <LibraryPanel />
    </Stack>
  );
}
