import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { SessionUser } from '../../shared/auth/auth';
import { ApiError } from '../../shared/contract/client';
import { api } from '../api/transport';
import { errorMessage } from '../api/useApi';
import { AuthFrame } from './AuthFrame';

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
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = form.onSubmit(async (v) => {
    setBusy(true);
    setError(null);
    try {
      onDone(await api.send('auth.login', v));
    } catch (err) {
      setError(errorMessage(err));
      if (err instanceof ApiError && err.fields.username) form.setFieldError('username', err.fields.username);
      form.setFieldValue('password', '');
    } finally {
      setBusy(false);
    }
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
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Button type="submit" loading={busy}>
            Masuk
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}
