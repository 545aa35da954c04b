/**
 * Actions run synchronously in Apps Script (google.script.run needs a plain return value) and
 * asynchronously in Excel (every read is a context.sync()). Written once over values that may or may not
 * be promises, they keep each host's nature: sync in, sync out; async in, async out.
 */
export type MaybePromise<T> = T | Promise<T>;

function isPromise<T>(value: MaybePromise<T>): value is Promise<T> {
  return typeof (value as Promise<T>)?.then === 'function';
}

/** `fn(value)`, now if the value is here, later if it is a promise. */
export function andThen<T, R>(value: MaybePromise<T>, fn: (value: T) => MaybePromise<R>): MaybePromise<R> {
  return isPromise(value) ? value.then(fn) : fn(value);
}

/** All values, as an array, synchronously when none is a promise. */
export function all<T>(values: readonly MaybePromise<T>[]): MaybePromise<T[]> {
  return values.some(isPromise) ? Promise.all(values) : (values as T[]);
}
