/**
 * Paint failures in the pane's language. A host rejects a failed paint with the failure as data (see
 * `core/i18n/paintFailure.ts`); this wrapper, between the pane and its bridge, turns it into a message in
 * the language the pane speaks at that moment, so no English sentence lands inside a French status.
 */
import type { Bridge, Lang } from '../core/app/bridge';
import { isPaintFailure, paintFailureText } from '../core/i18n/paintFailure';

/** `bridge`, whose paint failures reject with an `Error` written in `lang()`; everything else as is. */
export function withPaintMessages(bridge: Bridge, lang: () => Lang): Bridge {
  const translate = (error: unknown): unknown =>
    isPaintFailure(error) ? new Error(paintFailureText(lang(), error), { cause: error }) : error;
  return new Proxy(bridge, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]): unknown => {
        const result: unknown = value.apply(target, args);
        return result instanceof Promise
          ? result.catch((error: unknown) => Promise.reject(translate(error)))
          : result;
      };
    },
  });
}
