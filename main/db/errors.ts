/** Thrown when the file cannot be used as it is; the message is for the person at the screen. */
export class DatabaseOpenError extends Error {
  constructor(
    readonly reason: 'too-new' | 'not-audit-upk' | 'corrupt',
    message: string,
  ) {
    super(message);
    this.name = 'DatabaseOpenError';
  }
}
