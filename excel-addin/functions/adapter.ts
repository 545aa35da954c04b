/**
 * One adapter turns any registry function into an Excel custom function: no per-function code, so a
 * function added to the registry reaches Excel with nothing to write here.
 */
import { callForHost, type HostCell } from '../../core/hosts/customFunctionCall';
import type { FunctionSpec } from '../../core/functions/types';
import { EXCEL_PAYLOAD_LIMIT, toExcelError } from './errors';

/** What an Excel custom function returns: always a matrix, since the metadata declares matrix results. */
export type ExcelResult = HostCell<CustomFunctions.Error>[][];

/** A custom function as `CustomFunctions.associate` takes it. */
export type ExcelCustomFunction = (...args: unknown[]) => ExcelResult;

/**
 * Whether `value` is the invocation object the runtime appends after the arguments. Excel hands over only
 * numbers, text, booleans, `null`, arrays and error values (objects with a `code`), so any other object
 * is it.
 */
function isInvocation(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { code?: unknown }).code !== 'string'
  );
}

/** The arguments without the trailing invocation object, however many arguments Excel filled in. */
export function excelArguments(args: readonly unknown[]): unknown[] {
  return args.length > 0 && isInvocation(args[args.length - 1]) ? args.slice(0, -1) : args.slice();
}

/**
 * The custom function for `spec`. Excel passes every argument as a matrix (a single cell is `[[v]]`),
 * blanks as `null` (or `""`, or `0` where the platform cannot tell), omitted optional arguments as `null`
 * or not at all, and its invocation object last; the core reads all of these. A failure of the whole call,
 * and the only error of a one-cell result, is thrown as a `CustomFunctions.Error`; inside a larger array
 * each failing element is one, in place. A call too large for Excel's payload limit fails with #VALUE!.
 */
export function excelCustomFunction(spec: FunctionSpec): ExcelCustomFunction {
  const fn = (...args: unknown[]): ExcelResult => {
    const outcome = callForHost(spec, excelArguments(args), {
      wrapScalar: true,
      elementError: toExcelError,
      payloadLimit: EXCEL_PAYLOAD_LIMIT,
    });
    if (!outcome.ok) throw toExcelError(outcome.error);
    const value = outcome.value as ExcelResult;
    // Numbers and blanks are primitives: an object in a result cell is an error.
    if (value.length === 1 && value[0].length === 1 && typeof value[0][0] === 'object') throw value[0][0];
    return value;
  };
  Object.defineProperty(fn, 'name', { value: spec.name });
  return fn;
}
