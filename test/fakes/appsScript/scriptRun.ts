/**
 * `google.script.run` as a page sees it, over the top-level functions of a loaded Code.js. What crosses
 * follows Google's rules (HTML service guide, "Parameters and return values"; reference of
 * google.script.run), each an assumption listed in core/app/diagnostics.ts HOST_ASSUMPTIONS:
 * - a parameter may be a primitive, null, or plain objects and arrays of them; a `Date`, a function or any
 *   other object (Map, class instance) anywhere inside fails the request at once, and so does a cycle;
 *   `undefined` inside an array becomes `null`, an `undefined` field is dropped;
 * - a return value follows the same rules, except that a `Date` (or a function) anywhere inside makes the
 *   success handler receive `null` for the whole answer instead of failing;
 * - the server gets a copy, and its answer comes later (a new turn of the event loop);
 * - an `Error` the server throws reaches the failure handler as an `Error` with the same message;
 * - a function the script no longer declares (a page opened before an update of the script) fails with
 *   Apps Script's own message, `Script function not found: name` (its message for a menu item or a web
 *   app whose function is gone; undocumented for google.script.run).
 */

/** The handlers' chain of `google.script.run`, as the sidebar's `ScriptRun` types it. */
export interface FakeScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): FakeScriptRun;
  withFailureHandler(handler: (error: unknown) => void): FakeScriptRun;
}

/** A value the transfer refuses, at `path`: Apps Script's own message for a parameter. */
class IllegalValue extends Error {
  constructor(readonly path: string) {
    super(`Failed due to illegal value in property: ${path}`);
  }
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** A copy of `value` as it crosses, or IllegalValue thrown for what may not. */
function copy(value: unknown, path: string, seen: Set<object>): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value === undefined) return null;
  if (typeof value !== 'object') throw new IllegalValue(path);
  if (seen.has(value)) throw new IllegalValue(path);
  const isArray = Array.isArray(value);
  if (!isArray && !isPlainObject(value)) throw new IllegalValue(path);
  seen.add(value);
  try {
    if (isArray) return value.map((item, i) => copy(item, path ? `${path}.${i}` : String(i), seen));
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) {
      if (field !== undefined) out[key] = copy(field, path ? `${path}.${key}` : key, seen);
    }
    return out;
  } finally {
    seen.delete(value);
  }
}

/** The parameters as the server receives them; throws as the page's call does for a prohibited value. */
export function sentToServer(args: readonly unknown[]): unknown[] {
  return args.map((arg, i) => copy(arg, String(i), new Set()));
}

/** A server function's answer as the success handler receives it. */
export function returnedToPage(value: unknown): unknown {
  try {
    return copy(value, '', new Set());
  } catch (error) {
    if (error instanceof IllegalValue) return null;
    throw error;
  }
}

/** The message of anything a server function threw (errors may come from the script's realm). */
function messageOf(error: unknown): string {
  return Object.prototype.toString.call(error) === '[object Error]'
    ? (error as Error).message
    : String(error);
}

/**
 * `google.script.run` over `server(name)`, the loaded script's top-level function `name` (undefined when
 * the script declares none). `onCall` sees each call (name and the parameters as sent) before it runs.
 */
export function fakeScriptRun(
  server: (name: string) => ((...args: unknown[]) => unknown) | undefined,
  onCall: (name: string, args: readonly unknown[]) => void = () => undefined,
): FakeScriptRun {
  const runner = (
    success: ((value: unknown) => void) | null,
    failure: ((error: unknown) => void) | null,
  ): FakeScriptRun =>
    new Proxy({} as FakeScriptRun, {
      get(_target, name) {
        if (name === 'withSuccessHandler')
          return (handler: (value: unknown) => void) => runner(handler, failure);
        if (name === 'withFailureHandler')
          return (handler: (error: unknown) => void) => runner(success, handler);
        if (typeof name !== 'string') return undefined;
        return (...args: unknown[]) => {
          const sent = sentToServer(args);
          setTimeout(() => {
            onCall(name, sent);
            let answer: unknown;
            try {
              const fn = server(name);
              if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
              answer = returnedToPage(fn(...sent));
            } catch (error) {
              failure?.(new Error(messageOf(error)));
              return;
            }
            success?.(answer);
          }, 0);
        };
      },
    });
  return runner(null, null);
}
