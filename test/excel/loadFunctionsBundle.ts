/**
 * Loads the built dist/excel/functions.js as Excel's runtime would, in a fresh JavaScript context whose
 * only global is the `CustomFunctions` shim (no window, no document: the bundle must not need them), and
 * calls the associated functions with arguments shaped as Excel sends them.
 */
import { runInContext, createContext } from 'node:vm';
import { createCustomFunctionsShim, ShimError, type Associated } from './customFunctionsShim';
import { builtFile, readBuilt } from './builtExcel';

/** A cell of a result, made plain for comparison: errors become `{ code, message }`. */
export type PlainCell = number | string | null | boolean | { code: string; message: string };

/** What the custom functions bundle registered. */
export interface LoadedFunctions {
  readonly associated: ReadonlyMap<string, Associated>;
  /** Calls `id` as Excel does: declared arguments, then the invocation object. */
  call(id: string, args: readonly unknown[]): unknown;
}

/** Runs functions.js in a new context with a fresh shim. */
export function loadFunctionsBundle(): LoadedFunctions {
  const shim = createCustomFunctionsShim();
  const context = createContext({ CustomFunctions: shim.CustomFunctions });
  runInContext(readBuilt('functions.js'), context, { filename: builtFile('functions.js') });
  return {
    associated: shim.associated,
    call(id, args) {
      const fn = shim.associated.get(id);
      if (!fn) throw new Error(`${id} was not associated`);
      const invocation = { functionName: id, address: 'Sheet1!B2', parameterAddresses: null };
      return fn.call(null, ...args, invocation);
    },
  };
}

function plainCell(cell: unknown): PlainCell {
  if (cell instanceof ShimError) return { code: cell.code, message: cell.message };
  if (cell === null || ['number', 'string', 'boolean'].includes(typeof cell)) return cell as PlainCell;
  throw new Error(`unexpected result cell ${String(cell)}`);
}

/** A matrix result with plain cells; anything that is not a matrix fails the test that reads it. */
export function plainMatrix(result: unknown): PlainCell[][] {
  if (!Array.isArray(result) || !result.every((row) => Array.isArray(row))) {
    throw new Error(`expected a matrix result, got ${JSON.stringify(result)}`);
  }
  return result.map((row: unknown[]) => row.map(plainCell));
}

/** The error a call threw, made plain; fails if the call returned instead or threw something else. */
export function thrownError(call: () => unknown): { code: string; message: string } {
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    if (error instanceof ShimError) return { code: error.code, message: error.message };
    throw new Error(`expected a CustomFunctions.Error, got ${String(error)}`);
  }
  throw new Error(`expected the call to throw, it returned ${JSON.stringify(result)}`);
}
