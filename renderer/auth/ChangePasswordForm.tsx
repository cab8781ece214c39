import { Alert, Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { PASSWORD_MIN, type SessionUser } from '../../shared/auth/auth';
import { ApiError } from '../../shared/contract/client';
import { api } from '../api/transport';
import { errorMessage } from '../api/useApi';

export function ChangePasswordForm({
  intro,
  onDone,
  onCancel,
  cancelLabel = 'Batal',
}: {
  intro?: string;
  onDone: (user: SessionUser) => void;
  onCancel: () => void;
  cancelLabel?: string;
}) {
  const form = useForm({
    initialValues: { oldPassword: '', newPassword: '', confirm: '' },
    validate: { confirm: (v, all) => (v === all.newPassword ? null : 'Kedua kata sandi tidak sama') },
  });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = form.onSubmit(async ({ confirm: _, ...v }) => {
    setBusy(true);
    setError(null);
    try {
      onDone(await api.send('auth.changePassword', v));
    } catch (err) {
      if (err instanceof ApiError) form.setErrors(err.fields);
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  });
  return (
    <form onSubmit={submit} aria-label="Ganti kata sandi">
      <Stack>
        {intro && (
          <Text size="sm" c="dimmed">
            {intro}
          </Text>
        )}
        <PasswordInput
          label="Kata sandi lama"
          required
          autoComplete="current-password"
          data-autofocus
          {...form.getInputProps('oldPassword')}
        />
        <PasswordInput
          label="Kata sandi baru"
          description={`Paling sedikit ${PASSWORD_MIN} karakter`}
          required
          autoComplete="new-password"
          {...form.getInputProps('newPassword')}
        />
        <PasswordInput
          label="Ulangi kata sandi baru"
          required
          autoComplete="new-password"
          {...form.getInputProps('confirm')}
        />
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {cancelLabel}
          </Button>
          <Button type="submit" loading={busy}>
            Simpan kata sandi
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
