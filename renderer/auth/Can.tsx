import type { ReactNode } from 'react';
import type { RequestName } from '../../shared/contract';
import { useCan } from './useCan';

/**
 * Shows `children` — the control that sends `request` or opens its form — only to a role that may send
 * it (the table in shared/auth/access.ts that main enforces). The wrapper takes no room in the layout;
 * its `data-request` lets the role walk (tests/e2e/a11y/roles.spec.ts) match controls to requests.
 */
export function Can({ request, children }: { request: RequestName; children: ReactNode }) {
  if (!useCan(request)) return null;
  return (
    <span data-request={request} style={{ display: 'contents' }}>
      {children}
    </span>
  );
}
