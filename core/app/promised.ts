/**
 * The task pane's side of the actions: each action as a promise. The actions are declared once, over
 * `MaybePromise` (actions.ts, controlActions.ts, modelActions.ts); the pane's `Bridge` is derived from
 * them here, so a method added to the actions is a method of the bridge with no second declaration.
 */
import type { MaybePromise } from './maybePromise';

/** Any function: the actions' methods take and return plain JSON. */
type Method = (...args: never[]) => unknown;

/** `A`'s methods with the same parameters, each returning a promise of what the method gives. */
export type Promised<A extends Record<keyof A, Method>> = {
  readonly [K in keyof A]: (...args: Parameters<A[K]>) => Promise<Awaited<ReturnType<A[K]>>>;
};

/** `fn()` as a promise: a synchronous throw becomes a rejection. */
export function settle<T>(fn: () => MaybePromise<T>): Promise<T> {
  return new Promise<T>((resolve) => resolve(fn()));
}

/** Every method of `actions` as a promise (see `Promised`); a synchronous throw is a rejection. */
export function promised<A extends Record<keyof A, Method>>(actions: A): Promised<A> {
  const bridge: Partial<Record<keyof A, Method>> = {};
  for (const name of Object.keys(actions) as (keyof A)[]) {
    const method = actions[name];
    bridge[name] = (...args) => settle(() => method.apply(actions, args));
  }
  // Each method above is `Promised<A>[name]`; a mapped type cannot be built key by key.
  return bridge as Promised<A>;
}
