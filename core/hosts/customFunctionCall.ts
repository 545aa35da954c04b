/**
 * The host edge of a worksheet function call, shared by the Excel custom functions and the Sheets bundle:
 * raw host arguments in, a host-shaped result or one error out. The hosts differ only in what they can
 * return (Excel: always a matrix, an error object per failing element; Sheets: a scalar or a matrix, and no
 * error inside an array), and those differences are options here, so the two bundles cannot drift apart.
 */
import { isFeeError, type FeeError } from '../errors';
import { evaluate, type CellResult } from '../functions/evaluate';
import type { HostArg } from '../functions/hostValues';
import type { FunctionSpec } from '../functions/types';
import { checkArguments, checkResult, shortenElementErrors, type PayloadLimit } from './payloadLimit';

/** What one cell of a host result may hold: a number, a blank, or the host's error form `E`. */
export type HostCell<E> = number | '' | E;

/** A host result: a single value, or rows of values that spill. */
export type HostValue<E> = HostCell<E> | HostCell<E>[][];

/** A call either gives a value to return, or fails as a whole with one error to raise. */
export type HostCallOutcome<E> =
  { readonly ok: true; readonly value: HostValue<E> } | { readonly ok: false; readonly error: FeeError };

/** How a host takes results back. */
export interface HostCallOptions<E> {
  /**
   * Return a scalar result as a 1 × 1 matrix. Excel needs it: its metadata declares every result a matrix,
   * so the same function can spill when given ranges.
   */
  readonly wrapScalar: boolean;
  /**
   * The host's form of an error inside an array result (Excel: a `CustomFunctions.Error`). Without it the
   * host cannot hold errors in arrays (Sheets), and the whole call fails with the first failing element,
   * row by row, as FUNCTIONS.md requires.
   */
  readonly elementError?: (error: FeeError) => E;
  /**
   * The host's size limit for one call (Excel: about 5 MB). A call whose arguments or result would not
   * fit fails as a whole with an error naming the limit, rather than being dropped by the host.
   */
  readonly payloadLimit?: PayloadLimit;
}

/** The first failing element of an array result, in row order, or undefined. */
export function firstElementError(rows: readonly (readonly CellResult[])[]): FeeError | undefined {
  for (const row of rows) {
    for (const cell of row) if (isFeeError(cell)) return cell;
  }
  return undefined;
}

/**
 * Evaluates `spec` on the arguments the user wrote (hosts strip what they add themselves, such as Excel's
 * invocation object) and shapes the result for the host. Never throws for bad input:
 * every failure is a `FeeError` (in the outcome, or per element through `elementError`). In an array
 * result, failing elements after the first few carry a short message naming their row.
 */
export function callForHost<E>(
  spec: FunctionSpec,
  rawArgs: readonly unknown[],
  options: HostCallOptions<E>,
): HostCallOutcome<E> {
  const limit = options.payloadLimit;
  const argumentsTooLarge = limit && checkArguments(spec.name, rawArgs, limit);
  if (argumentsTooLarge) return { ok: false, error: argumentsTooLarge };
  const result = evaluate(spec, rawArgs as HostArg[]);
  if (isFeeError(result)) return { ok: false, error: result };
  if (!Array.isArray(result)) return { ok: true, value: options.wrapScalar ? [[result]] : result };
  const toElement = options.elementError;
  if (toElement === undefined) {
    const failure = firstElementError(result);
    if (failure !== undefined) return { ok: false, error: failure };
    return { ok: true, value: result as HostCell<E>[][] };
  }
  const rows = shortenElementErrors(spec.name, result);
  const resultTooLarge = limit && checkResult(spec.name, rows, limit);
  if (resultTooLarge) return { ok: false, error: resultTooLarge };
  return {
    ok: true,
    value: rows.map((row) => row.map((cell) => (isFeeError(cell) ? toElement(cell) : cell))),
  };
}
