import type { z } from 'zod';

/**
 * One request of the contract: its input schema (validated at run time in main) and its
 * result type (a compile-time phantom). `write` says whether it may change the database.
 */
export interface RequestSpec<I extends z.ZodType, R> {
  readonly input: I;
  readonly write: boolean;
  /** Phantom: never set at run time, only carries the result type. */
  readonly __result?: R;
}

/** `request<Result>()(schema, { write })` — the result type is named, the input type is inferred. */
export function request<R>() {
  return <I extends z.ZodType>(input: I, opts: { write: boolean }): RequestSpec<I, R> => ({
    input,
    write: opts.write,
  });
}

// biome-ignore lint/suspicious/noExplicitAny: the widest spec type, used only as a constraint.
export type AnySpec = RequestSpec<z.ZodType, any>;
export type SpecInput<S extends AnySpec> = z.input<S['input']>;
export type SpecParsed<S extends AnySpec> = z.output<S['input']>;
export type SpecResult<S extends AnySpec> = S extends RequestSpec<z.ZodType, infer R> ? R : never;
