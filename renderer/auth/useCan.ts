import { roleMay } from '../../shared/auth/access';
import type { RequestName } from '../../shared/contract';
import { useAuth } from './AuthProvider';

/** Whether the signed-in user's role may make `name` (main checks it anyway; this hides what cannot work). */
export function useCan(name: RequestName): boolean {
  return roleMay(useAuth().user.role, name);
}
