import { Alert, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { PASSWORD_MIN, type SessionUser } from '../../shared/auth/auth';
import { ApiError } from '../../shared/contract/client';
import { api } from '../api/transport';
import { errorMessage } from '../api/useApi';
import { AuthFrame } from './AuthFrame';

/** The first run: whoever installs the app creates the Admin account. */
export function SetupScreen({ onDone }: { onDone: (user: SessionUser) => void }) {
  const form = useForm({
    initialValues: { username: 'admin', fullName: '', password: '', confirm: '' },
    validate: { confirm: (v, all) => (v === all.password ? null : 'Kedua kata sandi tidak sama') },
  });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = form.onSubmit(async ({ confirm: _, ...v }) => {
    setBusy(true);
    setError(null);
    try {
      onDone(await api.send('auth.setup', v));
    } catch (err) {
      if (err instanceof ApiError) form.setErrors(err.fields);
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  });
  return (
    <AuthFrame title="Buat akun Admin">
      <Text size="sm" c="dimmed">
        Belum ada pengguna di database ini. Akun pertama menjadi Admin: ia menambah pengguna lain dan memberi
        mereka peran.
      </Text>
      <form onSubmit={submit} aria-label="Buat akun Admin">
        <Stack>
          <TextInput
            label="Nama pengguna"
            required
            autoComplete="username"
            {...form.getInputProps('username')}
          />
          <TextInput
            label="Nama lengkap"
            required
            data-autofocus
            autoFocus
            {...form.getInputProps('fullName')}
          />
          <PasswordInput
            label="Kata sandi"
            description={`Paling sedikit ${PASSWORD_MIN} karakter`}
            required
            autoComplete="new-password"
            {...form.getInputProps('password')}
          />
          <PasswordInput
            label="Ulangi kata sandi"
            required
            autoComplete="new-password"
            {...form.getInputProps('confirm')}
          />
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Button type="submit" loading={busy}>
            Buat akun dan masuk
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}
