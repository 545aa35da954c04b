/**
 * One adapter turns any registry function into an Excel custom function: no per-function code, so a
 * function added to the registry reaches Excel with nothing to write here.
 */
import { callForHost, type HostCell } from '../../core/hosts/customFunctionCall';
import type { FunctionSpec } from '../../core/functions/types';
import { toExcelError } from './errors';

/** What an Excel custom function returns: always a matrix, since the metadata declares matrix results. */
export type ExcelResult = HostCell<CustomFunctions.Error>[][];

/** A custom function as `CustomFunctions.associate` takes it. */
export type ExcelCustomFunction = (...args: unknown[]) => ExcelResult;

/**
 * The custom function for `spec`. Excel passes every argument as a matrix (a single cell is `[[v]]`),
 * blanks as `null` (or `""`, or `0` where the platform cannot tell), omitted optional arguments as `null`,
 * and its invocation object last; the core reads all of these. A failure of the whole call is thrown as a
 * `CustomFunctions.Error`; inside an array result each failing element is one, in place.
 */
export function excelCustomFunction(spec: FunctionSpec): ExcelCustomFunction {
  const fn = (...args: unknown[]): ExcelResult => {
    const outcome = callForHost(spec, args, { wrapScalar: true, elementError: toExcelError });
    if (!outcome.ok) throw toExcelError(outcome.error);
    return outcome.value as ExcelResult;
  };
  Object.defineProperty(fn, 'name', { value: spec.name });
  return fn;
}
