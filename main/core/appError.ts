import type { AppErrorData, ErrorCode } from '../../shared/contract/envelope';

/** A refusal a service explains to the user. Anything else thrown is an internal error. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toData(): AppErrorData {
    return this.fields
      ? { code: this.code, message: this.message, fields: this.fields }
      : { code: this.code, message: this.message };
  }
}

export function notFound(what: string): AppError {
  return new AppError(
    'NOT_FOUND',
    `${what} tidak ditemukan. Mungkin sudah diubah di jendela lain; muat ulang halaman.`,
  );
}

export function conflict(message: string, fields?: Record<string, string>): AppError {
  return new AppError('CONFLICT', message, fields);
}
