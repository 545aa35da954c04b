/**
 * Recording proxies. Every fake object is handed out wrapped: each method call through the wrapper is
 * logged, then runs on the bare object, so calls a fake makes on itself are not counted twice. Objects a
 * method returns are wrapped too, and wrapped arguments are unwrapped before the fake sees them.
 */
import { CallLog, ServiceGroup, summarizeArgs } from './callLog';

const RAW = Symbol('raw fake object');

/**
 * Base of every fake Apps Script object. Members whose names start with `__` are fake-only helpers
 * (inspection, set-up): they exist on no real object and are never recorded.
 */
export abstract class Recorded {
  /** The Apps Script class name, as recorded in the call log. */
  abstract readonly __service: string;
  /** The top-level service the object belongs to. */
  abstract readonly __group: ServiceGroup;

  constructor(readonly __log: CallLog) {}

  /** Which object this is, for the call log (`Invoice!A1:C3`). */
  __describe(): string {
    return '';
  }
}

const proxies = new WeakMap<object, object>();

/** The recording wrapper of a fake object (the same wrapper every time). */
export function recorded<T extends Recorded>(target: T): T {
  const known = proxies.get(target);
  if (known) return known as T;
  const proxy = new Proxy(target, {
    get(object, prop) {
      if (prop === RAW) return object;
      const value: unknown = Reflect.get(object, prop, object);
      if (typeof value !== 'function') return value;
      if (typeof prop === 'symbol' || prop === 'constructor' || prop.startsWith('__')) {
        return (value as (...args: unknown[]) => unknown).bind(object);
      }
      return (...args: unknown[]): unknown => {
        object.__log.record({
          group: object.__group,
          service: object.__service,
          method: prop,
          target: object.__describe(),
          args: summarizeArgs(args.map((arg) => unwrap(arg))),
        });
        const result = (value as (...a: unknown[]) => unknown).apply(object, args.map(unwrapDeep));
        return wrapDeep(result);
      };
    },
  });
  proxies.set(target, proxy);
  return proxy;
}

/** The bare object behind a recording wrapper; anything else is returned as is. */
export function unwrap<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    const raw = (value as { [RAW]?: T })[RAW];
    if (raw !== undefined) return raw;
  }
  return value;
}

function unwrapDeep(value: unknown): unknown {
  if (Array.isArray(value) && value.some((item) => Array.isArray(item) || isWrapped(item))) {
    return value.map(unwrapDeep);
  }
  return unwrap(value);
}

function isWrapped(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { [RAW]?: unknown })[RAW] !== undefined;
}

function wrapDeep(value: unknown): unknown {
  if (value instanceof Recorded) return recorded(value);
  if (Array.isArray(value) && value.some((item) => item instanceof Recorded || Array.isArray(item))) {
    return value.map(wrapDeep);
  }
  return value;
}
