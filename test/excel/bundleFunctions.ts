/**
 * The built functions.js as the Excel fake's worksheet functions: `=FEES.ACHIEVEMENT(A1:B1,1)` written in
 * the fake is computed by the bundle's own ACHIEVEMENT, called as Excel calls it (functions.json declares
 * every parameter a matrix): a range as its rows of values, an empty cell among them `null` as Excel on the
 * web passes it or `0` as Excel on Windows and Mac does (office-js #4702), a literal as a 1 × 1 matrix, an
 * omitted or skipped argument as `null`, the invocation object last. The fake has no spilling, so a cell
 * shows the first element of an array result; an error shows its code.
 */
import type { CustomFunction } from '../fakes/excel';
import { readBuilt } from './builtExcel';
import { ShimError } from './customFunctionsShim';
import { loadFunctionsBundle } from './loadFunctionsBundle';

/** The manifest's custom-functions namespace (dist/excel/manifest.xml, `Namespace`). */
const NAMESPACE = 'FEES.';

export interface ExcelArgumentShapes {
  /** How an empty cell of a range arrives: `null` (Excel on the web, the default) or `0` (desktop). */
  readonly blank?: null | 0;
  /** How many reads of each function's cells show `#BUSY!` before its result (`Infinity`: it stays busy). */
  readonly busyReads?: number;
}

/** Every function of the built bundle, by the name formulas use (`FEES.ACHIEVEMENT`). */
export function bundleFunctions(shapes: ExcelArgumentShapes = {}): Record<string, CustomFunction> {
  const blank = shapes.blank === undefined ? null : shapes.blank;
  const loaded = loadFunctionsBundle();
  const declared = JSON.parse(readBuilt('functions.json')) as {
    functions: { id: string; name: string; parameters: unknown[] }[];
  };
  const functions: Record<string, CustomFunction> = {};
  for (const { id, name, parameters } of declared.functions) {
    let reads = 0;
    functions[NAMESPACE + name] = (args) => {
      reads += 1;
      if (reads <= (shapes.busyReads ?? 0)) return '#BUSY!';
      const matrices = Array.from({ length: parameters.length }, (_, i) => {
        const arg = args[i];
        if (arg === undefined || arg === null) return null;
        if (!Array.isArray(arg)) return [[arg]];
        return arg.map((row: readonly unknown[]) => row.map((cell) => (cell === '' ? blank : cell)));
      });
      try {
        return shown(loaded.call(id, matrices));
      } catch (error) {
        if (error instanceof ShimError) return error.code;
        throw error;
      }
    };
  }
  return functions;
}

/** What the formula's cell shows of a result: its first element, an error as its code, a blank as ''. */
function shown(result: unknown): string | number {
  const first = Array.isArray(result) ? (result[0] as unknown[])[0] : result;
  if (first instanceof ShimError) return first.code;
  if (first === null || first === undefined) return '';
  if (typeof first === 'number' || typeof first === 'string') return first;
  throw new Error(`unexpected result ${String(first)}`);
}
