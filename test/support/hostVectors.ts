/**
 * Golden vectors of the worksheet functions held in every host: each formula gives the same number, or the
 * same error code and message, through the core (on the column kernels and on the decimal path), the built
 * Excel functions.js (a CustomFunctions.Error) and the built Sheets Code.js (a thrown Error with the
 * message). Run `npm run build` first.
 */
import { evaluate } from '../../core/functions/evaluate';
import type { HostArg } from '../../core/functions/hostValues';
import { findFunction } from '../../core/functions/registry';
import {
  loadFunctionsBundle,
  plainMatrix,
  thrownError,
  type LoadedFunctions,
} from '../excel/loadFunctionsBundle';
import { loadAddon, thrownMessage, type LoadedAddon } from '../sheets/builtSheets';

/** Formula, arguments, and the number or the error message every host must give. */
export type HostVector = readonly [string, HostArg[], number | string];

export function describeHostVectors(vectors: readonly HostVector[], code: '#NUM!' | '#VALUE!'): void {
  let excel: LoadedFunctions;
  let sheets: LoadedAddon;
  beforeAll(() => {
    excel = loadFunctionsBundle();
    sheets = loadAddon({ authMode: 'CUSTOM_FUNCTION' });
  });

  describe.each(vectors)('%s', (formula, args, expected) => {
    const name = formula.slice(0, formula.indexOf('('));
    const spec = findFunction(name)!;

    it('through core/functions, on the kernels and on the decimal path alike', () => {
      const want = typeof expected === 'number' ? expected : { kind: code, message: expected };
      expect(evaluate(spec, args)).toEqual(want);
      expect(evaluate(spec, args, { kernels: false })).toEqual(want);
    });

    it('through the built dist/excel/functions.js', () => {
      // Excel hands every declared argument, each a matrix, null for an omitted one.
      const excelArgs = spec.args.map((_, i) => {
        if (i >= args.length) return null;
        const arg = args[i];
        return Array.isArray(arg) ? arg : [[arg]];
      });
      if (typeof expected === 'number')
        expect(plainMatrix(excel.call(name, excelArgs))).toEqual([[expected]]);
      else expect(thrownError(() => excel.call(name, excelArgs))).toEqual({ code, message: expected });
    });

    it('through the built dist/sheets/Code.js', () => {
      const fn = sheets.fn(name);
      if (typeof expected === 'number') expect(fn(...args)).toBe(expected);
      else expect(thrownMessage(() => fn(...args))).toBe(expected);
    });
  });
}
