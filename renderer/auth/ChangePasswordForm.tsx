import { Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { SessionUser } from '../../shared/auth/auth';
import { ApiError } from '../../shared/contract/client';
import { api } from '../api/transport';
import { AuthError, NewPasswordFields, useAuthSubmit } from './authForm';

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
  const { error, busy, run } = useAuthSubmit();
  const submit = form.onSubmit(async ({ confirm: _, ...v }) => {
    const user = await run(
      () => api.send('auth.changePassword', v),
      (err) => err instanceof ApiError && form.setErrors(err.fields),
    );
    if (user) onDone(user);
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
        <NewPasswordFields
          label="Kata sandi baru"
          password={form.getInputProps('newPassword')}
          confirm={form.getInputProps('confirm')}
        />
        <AuthError error={error} />
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
