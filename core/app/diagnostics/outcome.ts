import type { MaybePromise } from '../maybePromise';

export type Outcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };

/** `run()`'s value or its failure, thrown or rejected, as data; keeps the port's sync or async nature. */
export function attempt<T>(run: () => MaybePromise<T>): MaybePromise<Outcome<T>> {
  let result: MaybePromise<T>;
  try {
    result = run();
  } catch (error) {
    return { ok: false, error };
  }
  if (typeof (result as Promise<T>)?.then === 'function')
    return (result as Promise<T>).then(
      (value): Outcome<T> => ({ ok: true, value }),
      (error: unknown): Outcome<T> => ({ ok: false, error }),
    );
  return { ok: true, value: result as T };
}
