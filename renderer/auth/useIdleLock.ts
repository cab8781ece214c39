import { useEffect, useRef } from 'react';
import { api } from '../api/transport';

const EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel'] as const;

/**
 * Locks the screen after `minutes` without keyboard or mouse. Main enforces the same limit on its
 * side (a request after the idle time is refused); this hides the screen in time, and tells main
 * about keyboard and mouse use that made no request, so reading a long page does not lock it.
 */
export function useIdleLock(active: boolean, minutes: number, onIdle: () => void): void {
  const onIdleRef = useRef(onIdle);
  onIdleRef.current = onIdle;
  useEffect(() => {
    if (!active) return;
    let last = Date.now();
    let told = last;
    const seen = () => {
      last = Date.now();
    };
    for (const e of EVENTS) window.addEventListener(e, seen, { passive: true });
    const timer = window.setInterval(() => {
      if (Date.now() - last > minutes * 60_000) onIdleRef.current();
      else if (last > told && Date.now() - told > 60_000) {
        told = last;
        void api.send('auth.status', {}).catch(() => undefined);
      }
    }, 15_000);
    return () => {
      for (const e of EVENTS) window.removeEventListener(e, seen);
      window.clearInterval(timer);
    };
  }, [active, minutes]);
}
