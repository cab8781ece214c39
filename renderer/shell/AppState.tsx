import { createContext, type ReactNode, useCallback, useContext, useMemo } from 'react';
import type { OfficeProfile } from '../../shared/office/profile';
import type { SystemStatus } from '../../shared/system/system';
import { useApi } from '../api/useApi';

interface AppState {
  status: SystemStatus | undefined;
  profile: OfficeProfile | null | undefined;
  error: string | null;
  /** Call after a write that changes what the frame shows (office name, empty database). */
  refresh: () => Promise<void>;
}

const Context = createContext<AppState | null>(null);

export function AppStateProvider({ children }: { children: ReactNode }) {
  const status = useApi('system.status', {});
  const profile = useApi('office.getProfile', {});
  const reloadStatus = status.reload;
  const reloadProfile = profile.reload;
  const refresh = useCallback(async () => {
    await Promise.all([reloadStatus(), reloadProfile()]);
  }, [reloadStatus, reloadProfile]);
  const value = useMemo(
    () => ({ status: status.data, profile: profile.data, error: status.error ?? profile.error, refresh }),
    [status.data, profile.data, status.error, profile.error, refresh],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useAppState(): AppState {
  const state = useContext(Context);
  if (!state) throw new Error('useAppState di luar AppStateProvider');
  return state;
}
