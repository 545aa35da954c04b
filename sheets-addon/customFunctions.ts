/**
 * The Sheets edge of the worksheet functions: what every generated `=NAME(...)` stub calls. Sheets hands
 * over numbers, text, booleans, `Date`s and 2-D arrays with `""` for blanks, which the core reads as they
 * are, and a cell holding an error as its code in text (`"#N/A"`), which is read as that error value.
 * Sheets cannot hold an error in one element of an array result, so a failure anywhere fails the whole
 * call with the message of the first failing element (the shared host edge decides which). An array result
 * leaves without its trailing blank rows and columns, so it spills no further than its data.
 *
 * This module and what it imports are the whole custom-function path of `Code.js`: keep contract, layout
 * and sidebar code out of it.
 */
import { ERROR_KINDS, type FeeError } from '../core/errors';
import type { HostArg } from '../core/functions/hostValues';
import { findCellFunction } from '../core/functions/cellRegistry';
import { callForHost, type HostCallOptions, type HostValue } from '../core/hosts/customFunctionCall';
import { withoutBlankTail } from './withoutBlankTail';

/** What a custom function gives back to Sheets: a number, a blank, or a spilled 2-D array of them. */
export type SheetsResult = HostValue<never>;

/** Sheets takes scalars as scalars and has no error value to put inside an array. */
const SHEETS: HostCallOptions<never> = { wrapScalar: false };

/** The codes Sheets writes for a cell holding an error (not documented by Google: see HOST_ASSUMPTIONS). */
const ERROR_CODES: ReadonlySet<unknown> = new Set(ERROR_KINDS);

/** An error code as the error value it stands for, so the message says "is an error value #N/A". */
function errorValue(value: unknown): unknown {
  return ERROR_CODES.has(value) ? { code: value } : value;
}

/** One argument with its error codes read as error values; a range holding none is passed on uncopied. */
function hostArg(raw: unknown): HostArg {
  if (!Array.isArray(raw)) return errorValue(raw) as HostArg;
  const hasError = raw.some((row) => Array.isArray(row) && row.some((cell) => ERROR_CODES.has(cell)));
  return (hasError ? raw.map((row) => (Array.isArray(row) ? row.map(errorValue) : row)) : raw) as HostArg;
}

/** Sheets shows a thrown `Error`'s message on the cell: the core's message, word for word. */
function fail(error: FeeError): never {
  throw new Error(error.message);
}

/** Runs the registry function `name` on the arguments Sheets passed to its stub. */
export function callCustomFunction(name: string, args: ArrayLike<unknown>): SheetsResult {
  const spec = findCellFunction(name);
  // Stubs are generated from the registry, so this only fails when the bundle was built from another one.
  if (!spec) throw new Error(`${name} is not an Outcome Fees function`);
  const outcome = callForHost(spec, Array.prototype.map.call(args, hostArg), SHEETS);
  if (!outcome.ok) fail(outcome.error);
  const value = outcome.value;
  return Array.isArray(value) ? withoutBlankTail(value) : value;
}
