import { useCallback, useEffect, useState } from 'react';
import type { InputOf, RequestName, ResultOf } from '../../shared/contract';
import { ApiError } from '../../shared/contract/client';
import { api } from './transport';

export interface ApiState<T> {
  data: T | undefined;
  error: string | null;
  loading: boolean;
  reload: () => Promise<void>;
}

/** Loads a read request and reloads it on demand (after a write). */
export function useApi<K extends RequestName>(name: K, input: InputOf<K>): ApiState<ResultOf<K>> {
  const [data, setData] = useState<ResultOf<K>>();
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const key = JSON.stringify(input);

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

  useEffect(() => {
    void reload();
  }, [reload]);

  return { data, error, loading, reload };
}

export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  return 'Terjadi kesalahan yang tidak terduga. Coba lagi.';
}
