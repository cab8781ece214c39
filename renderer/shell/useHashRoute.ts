import { useCallback, useEffect, useState } from 'react';

/** `#/pengaturan/pejabat` → ['pengaturan', 'pejabat']. Hash routing works on app:// and http alike. */
function read(): string[] {
  return window.location.hash.replace(/^#\/?/, '').split('/').filter(Boolean);
}

export function useHashRoute(): [string[], (path: string) => void] {
  const [segments, setSegments] = useState(read);
  useEffect(() => {
    const onChange = () => setSegments(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback((path: string) => {
    window.location.hash = `/${path}`;
  }, []);
  return [segments, navigate];
}
