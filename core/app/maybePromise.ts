/**
 * The task pane's actions are written once over values that may or may not be promises: the hosts' ports
 * (Office.js, the Sheets sidebar's `google.script.run`) answer later, the in-memory test workbook at once.
 * They keep each port's nature: sync in, sync out; async in, async out.
 */
export type MaybePromise<T> = T | Promise<T>;

function isPromise<T>(value: MaybePromise<T>): value is Promise<T> {
  return typeof (value as Promise<T>)?.then === 'function';
}

/** `fn(value)`, now if the value is here, later if it is a promise. */
export function andThen<T, R>(value: MaybePromise<T>, fn: (value: T) => MaybePromise<R>): MaybePromise<R> {
  return isPromise(value) ? value.then(fn) : fn(value);
}
