/**
 * The Sheets edge of the worksheet functions: what every generated `=NAME(...)` stub calls. Sheets hands
 * over numbers, text, booleans, `Date`s and 2-D arrays with `""` for blanks, which the core reads as they
 * are. Sheets cannot hold an error in one element of an array result, so a failure anywhere fails the
 * whole call with the message of the first failing element (the shared host edge decides which).
 *
 * This module and what it imports are the whole custom-function path of `Code.js`: keep contract, layout
 * and sidebar code out of it.
 */
import type { FeeError } from '../core/errors';
import type { HostArg } from '../core/functions/hostValues';
import { findCellFunction } from '../core/functions/cellRegistry';
import { callForHost, type HostCallOptions, type HostValue } from '../core/hosts/customFunctionCall';

/** What a custom function gives back to Sheets: a number, a blank, or a spilled 2-D array of them. */
export type SheetsResult = HostValue<never>;

/** Sheets takes scalars as scalars and has no error value to put inside an array. */
const SHEETS: HostCallOptions<never> = { wrapScalar: false };

/** Sheets shows a thrown `Error`'s message on the cell: the core's message, word for word. */
function fail(error: FeeError): never {
  throw new Error(error.message);
}

/** Runs the registry function `name` on the arguments Sheets passed to its stub. */
export function callCustomFunction(name: string, args: ArrayLike<unknown>): SheetsResult {
  const spec = findCellFunction(name);
  // Stubs are generated from the registry, so this only fails when the bundle was built from another one.
  if (!spec) throw new Error(`${name} is not an Outcome Fees function`);
  const raw = Array.prototype.slice.call(args) as HostArg[];
  const outcome = callForHost(spec, raw, SHEETS);
  return outcome.ok ? outcome.value : fail(outcome.error);
}
