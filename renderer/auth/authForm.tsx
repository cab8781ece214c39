import { Alert, PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useState } from 'react';
import { PASSWORD_MIN } from '../../shared/auth/auth';
import { errorMessage } from '../api/useApi';

/**
 * The sign-in screens show main's refusal inside the card (there is no app frame for notifications
 * yet): `run` sends, keeps `busy` while it waits, and leaves the message in `error`.
 */
export function useAuthSubmit() {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function run<T>(send: () => Promise<T>, onError?: (err: unknown) => void): Promise<T | null> {
    setBusy(true);
    setError(null);
    try {
      return await send();
    } catch (err) {
      onError?.(err);
      setError(errorMessage(err));
      return null;
    } finally {
      setBusy(false);
    }
  }
  return { error, busy, run };
}

export function AuthError({ error }: { error: string | null }) {
  return error ? (
    <Alert color="red" role="alert">
      {error}
    </Alert>
  ) : null;
}

/** A new password and its repetition (the form checks that both are the same). */
export function NewPasswordFields({
  label,
  password,
  confirm,
}: {
  label: string;
  password: PasswordInputProps;
  confirm: PasswordInputProps;
}) {
  return (
    <>
      <PasswordInput
        label={label}
        description={`Paling sedikit ${PASSWORD_MIN} karakter`}
        required
        autoComplete="new-password"
        {...password}
      />
      <PasswordInput
        label={`Ulangi ${label.toLowerCase()}`}
        required
        autoComplete="new-password"
        {...confirm}
      />
    </>
  );
}
