import { Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { SessionUser } from '../../shared/auth/auth';
import { ApiError } from '../../shared/contract/client';
import { api } from '../api/transport';
import { AuthFrame } from './AuthFrame';
import { AuthError, NewPasswordFields, useAuthSubmit } from './authForm';

/** The first run: whoever installs the app creates the Admin account. */
export function SetupScreen({ onDone }: { onDone: (user: SessionUser) => void }) {
  const form = useForm({
    initialValues: { username: 'admin', fullName: '', password: '', confirm: '' },
    validate: { confirm: (v, all) => (v === all.password ? null : 'Kedua kata sandi tidak sama') },
  });
  const { error, busy, run } = useAuthSubmit();
  const submit = form.onSubmit(async ({ confirm: _, ...v }) => {
    const user = await run(
      () => api.send('auth.setup', v),
      (err) => err instanceof ApiError && form.setErrors(err.fields),
    );
    if (user) onDone(user);
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
          <NewPasswordFields
            label="Kata sandi"
            password={form.getInputProps('password')}
            confirm={form.getInputProps('confirm')}
          />
          <AuthError error={error} />
          <Button type="submit" loading={busy}>
            Buat akun dan masuk
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}
