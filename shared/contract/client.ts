import type { AppErrorData, Envelope, ErrorCode } from './envelope';
import type { InputOf, RequestName, ResultOf } from './index';

/** How a request reaches main: Electron IPC or the browser host's HTTP. */
export type Transport = (name: RequestName, input: unknown) => Promise<Envelope<unknown>>;

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly fields: Record<string, string>;
  constructor(data: AppErrorData) {
    super(data.message);
    this.name = 'ApiError';
    this.code = data.code;
    this.fields = data.fields ?? {};
  }
}

export interface ApiClient {
  /** Resolves with the typed result, or rejects with an ApiError carrying the Indonesian message. */
  send<K extends RequestName>(name: K, input: InputOf<K>): Promise<ResultOf<K>>;
}

export function createClient(transport: Transport): ApiClient {
  return {
    async send(name, input) {
      const envelope = await transport(name, input);
      if (!envelope.ok) throw new ApiError(envelope.error);
      // The contract guarantees the result type of `name`; main built it from the same map.
      return envelope.value as ResultOf<typeof name>;
    },
  };
}
