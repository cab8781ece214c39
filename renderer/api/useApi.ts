import { useCallback, useEffect, useState } from 'react';
import type { InputOf, RequestName, ResultOf } from '../../shared/contract';
import { ApiError } from '../../shared/contract/client';
import { useDataVersion } from './dataVersion';
import { api } from './transport';

export interface ApiState<T> {
  data: T | undefined;
  error: string | null;
  loading: boolean;
  reload: () => Promise<void>;
}

/** Loads a read request; reloads after any write (dataVersion) or on demand. */
export function useApi<K extends RequestName>(name: K, input: InputOf<K>): ApiState<ResultOf<K>> {
  const [data, setData] = useState<ResultOf<K>>();
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const key = JSON.stringify(input);
  const dataVersion = useDataVersion();

  const reload = useCallback(async () => {
    setLoading(true);
    try {
      setData(await api.send(name, JSON.parse(key) as InputOf<K>));
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setLoading(false);
    }
  }, [name, key]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: dataVersion is the reload trigger.
  useEffect(() => {
    void reload();
  }, [reload, dataVersion]);

  return { data, error, loading, reload };
}

export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  return 'Terjadi kesalahan yang tidak terduga. Coba lagi.';
}
