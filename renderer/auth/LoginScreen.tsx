import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { SessionUser } from '../../shared/auth/auth';
import { ApiError } from '../../shared/contract/client';
import { api } from '../api/transport';
import { AuthFrame } from './AuthFrame';
import { AuthError, useAuthSubmit } from './authForm';

export function LoginScreen({
  notice,
  username,
  onDone,
}: {
  notice: string | null;
  username: string;
  onDone: (user: SessionUser) => void;
}) {
  const form = useForm({ initialValues: { username, password: '' } });
  const { error, busy, run } = useAuthSubmit();
  const submit = form.onSubmit(async (v) => {
    const user = await run(
      () => api.send('auth.login', v),
      (err) => {
        if (err instanceof ApiError && err.fields.username)
          form.setFieldError('username', err.fields.username);
        form.setFieldValue('password', '');
      },
    );
    if (user) onDone(user);
  });
  return (
    <AuthFrame title="Masuk">
      {notice && <Alert color="yellow">{notice}</Alert>}
      <form onSubmit={submit} aria-label="Masuk">
        <Stack>
          <TextInput
            label="Nama pengguna"
            autoComplete="username"
            required
            data-autofocus
            autoFocus={!username}
            {...form.getInputProps('username')}
          />
          <PasswordInput
            label="Kata sandi"
            autoComplete="current-password"
            required
            autoFocus={Boolean(username)}
            {...form.getInputProps('password')}
          />
          <AuthError error={error} />
          <Button type="submit" loading={busy}>
            Masuk
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}
