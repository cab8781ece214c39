import { Center, Loader } from '@mantine/core';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { AuthStatus, SessionUser } from '../../shared/auth/auth';
import { onSignedOut } from '../api/authEvents';
import { api } from '../api/transport';
import { errorMessage } from '../api/useApi';
import { AuthFrame } from './AuthFrame';
import { ChangePasswordForm } from './ChangePasswordForm';
import { LoginScreen } from './LoginScreen';
import { SetupScreen } from './SetupScreen';
import { useIdleLock } from './useIdleLock';

interface Auth {
  user: SessionUser;
  idleMinutes: number;
  /** Ends the session; `locked` keeps the user name on the login screen. */
  signOut: (locked?: boolean) => Promise<void>;
  replaceUser: (user: SessionUser) => void;
}

const Context = createContext<Auth | null>(null);

/** Shows the first-run, login or forced password change screen until someone is signed in. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<AuthStatus | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [lastUser, setLastUser] = useState('');

  const load = useCallback(async () => {
    try {
      setStatus(await api.send('auth.status', {}));
      setLoadError(null);
    } catch (err) {
      setLoadError(errorMessage(err));
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(
    () =>
      onSignedOut((message) => {
        setNotice(message);
        setStatus((s) => (s ? { ...s, user: null } : s));
      }),
    [],
  );

  const signIn = useCallback((user: SessionUser) => {
    setNotice(null);
    setLastUser(user.username);
    setStatus((s) => (s ? { ...s, needsSetup: false, user } : s));
  }, []);
  const signOut = useCallback(async (locked = false) => {
    await api.send('auth.logout', {}).catch(() => undefined);
    setNotice(locked ? 'Layar dikunci. Masuk lagi untuk melanjutkan.' : null);
    setStatus((s) => (s ? { ...s, user: null } : s));
  }, []);
  const user = status?.user ?? null;
  useIdleLock(user !== null, status?.idleMinutes ?? 15, () => {
    void signOut(true).then(() =>
      setNotice('Aplikasi terkunci karena lama tidak dipakai. Masuk lagi untuk melanjutkan.'),
    );
  });

  const value = useMemo(
    () => (user ? { user, idleMinutes: status?.idleMinutes ?? 15, signOut, replaceUser: signIn } : null),
    [user, status?.idleMinutes, signOut, signIn],
  );

  if (!status) {
    return <Center h="100vh">{loadError ?? <Loader aria-label="Memuat" />}</Center>;
  }
  if (status.needsSetup) return <SetupScreen onDone={signIn} />;
  if (!value) return <LoginScreen notice={notice} username={lastUser} onDone={signIn} />;
  if (value.user.mustChangePassword) {
    return (
      <AuthFrame title="Ganti kata sandi sementara">
        <ChangePasswordForm
          intro="Admin memberi Anda kata sandi sementara. Buat kata sandi Anda sendiri sebelum mulai bekerja."
          onDone={signIn}
          onCancel={() => void signOut()}
          cancelLabel="Keluar"
        />
      </AuthFrame>
    );
  }
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(Context);
  if (!auth) throw new Error('useAuth di luar AuthProvider');
  return auth;
}
