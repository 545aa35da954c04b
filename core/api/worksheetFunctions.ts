/** The worksheet functions as plain Node functions: `BONUSMALUS(0.78, 0.75, 50000, 50000) === 1500`. */
import { isFeeError, type ErrorKind, type FeeError } from '../errors';
import { evaluate, type CellResult } from '../functions/evaluate';
import type { HostArg } from '../functions/hostValues';
import { FUNCTIONS } from '../functions/registry';
import type { FunctionSpec } from '../functions/types';

/** An `Error` carrying the spreadsheet error kind in `code` (`#VALUE!`, `#DIV/0!`, `#NUM!`…). */
export interface WorksheetError extends Error {
  readonly code: ErrorKind;
}

export type WorksheetResult = number | '' | WorksheetError | (number | '' | WorksheetError)[][];
export type WorksheetFunction = (...args: HostArg[]) => WorksheetResult;

/** Turns a core error into an `Error` with a `code`, the form Node callers expect. */
export function toWorksheetError(error: FeeError): WorksheetError {
  return Object.assign(new Error(error.message), { code: error.kind });
}

function toNode(cell: CellResult): number | '' | WorksheetError {
  return isFeeError(cell) ? toWorksheetError(cell) : cell;
}

/**
 * Wraps one registry entry: a failure of a scalar call is thrown; inside an array result each failing
 * element is an error object in place, so one bad row does not hide the others.
 */
export function worksheetFunction(spec: FunctionSpec): WorksheetFunction {
  const fn = (...args: HostArg[]): WorksheetResult => {
    const result = evaluate(spec, args);
    if (isFeeError(result)) throw toWorksheetError(result);
    return Array.isArray(result) ? result.map((row) => row.map(toNode)) : result;
  };
  Object.defineProperty(fn, 'name', { value: spec.name });
  return fn;
}

/** Every worksheet function under its upper-case name. */
export const worksheetFunctions: Readonly<Record<string, WorksheetFunction>> = Object.freeze(
  Object.fromEntries(FUNCTIONS.map((spec) => [spec.name, worksheetFunction(spec)])),
);
