import { request } from '../contract/define';
import { noInput } from '../contract/fields';

export interface SystemStatus {
  appVersion: string;
  schemaVersion: number;
  /** Only for a signed-in user (system.status also answers the login screen). */
  databasePath: string | null;
  /** True when nothing has been recorded yet: the place to offer "Muat data contoh". */
  databaseEmpty: boolean;
  hasProfile: boolean;
  /** Shown on the login screen (system.status answers before login). */
  officeName: string | null;
  /** The integrity check found the file damaged (what and the newest good backup); writes are refused. */
  damaged: string | null;
}

export const systemRequests = {
  'system.status': request<SystemStatus>()(noInput, { write: false }),
  'demo.load': request<SystemStatus>()(noInput, { write: true }),
};
