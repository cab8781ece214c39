/** Thrown when the file cannot be used as it is; the message is for the person at the screen. */
export class DatabaseOpenError extends Error {
  constructor(
    readonly reason:
      | 'too-new'
      | 'not-audit-upk'
      | 'corrupt'
      | 'migration-changed'
      | 'backup-failed'
      | 'locked',
    message: string,
    /** For 'corrupt': the newest backup that passed every check, if any (full path). */
    readonly goodBackup: string | null = null,
  ) {
    super(message);
    this.name = 'DatabaseOpenError';
  }
}
