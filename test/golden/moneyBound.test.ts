/**
 * Issue 8: a money result a cell cannot hold to the cent is #NUM!, naming the result and the bound, the
 * same through the core, the built Excel functions.js (a CustomFunctions.Error) and the built Sheets
 * Code.js (a thrown Error with the message); an amount at the bound is returned as is.
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

const BOUND = '±9999999999999.99, the most a cell holds to the cent';

/** Formula, arguments, and the number or the #NUM! message every host must give. */
const VECTORS: readonly [string, HostArg[], number | string][] = [
  // 124,691,356,902,468.45: a cell shows …468.4 or …468.5, a silent wrong cent.
  [
    'HOURLYFEE(123456789012345, 1.01)',
    [123456789012345, 1.01],
    `HOURLYFEE: the result 124691356902468.45 is beyond ${BOUND}`,
  ],
  ['HOURLYFEE(9999999999999.99, 1)', [9999999999999.99, 1], 9999999999999.99],
  ['BONUSMALUS(0, 1, 0, 1E13)', [0, 1, 0, 1e13], `BONUSMALUS: the result -10000000000000 is beyond ${BOUND}`],
  // A ratio is not money: any finite double.
  ['ACHIEVEMENT(123456789012345, 1.01)', [123456789012345, 1.01], 122234444566678.22],
];

const nameOf = (formula: string) => formula.slice(0, formula.indexOf('('));

let excel: LoadedFunctions;
let sheets: LoadedAddon;
beforeAll(() => {
  excel = loadFunctionsBundle();
  sheets = loadAddon({ authMode: 'CUSTOM_FUNCTION' });
});

describe.each(VECTORS)('%s', (formula, args, expected) => {
  const name = nameOf(formula);
  const spec = findFunction(name)!;

  it('through core/functions', () => {
    const result = evaluate(spec, args);
    expect(result).toEqual(typeof expected === 'number' ? expected : { kind: '#NUM!', message: expected });
  });

  it('through the built dist/excel/functions.js', () => {
    // Excel hands every declared argument, each a matrix, null for an omitted one.
    const excelArgs = spec.args.map((_, i) => (i < args.length ? [[args[i]]] : null));
    if (typeof expected === 'number') expect(plainMatrix(excel.call(name, excelArgs))).toEqual([[expected]]);
    else expect(thrownError(() => excel.call(name, excelArgs))).toEqual({ code: '#NUM!', message: expected });
  });

  it('through the built dist/sheets/Code.js', () => {
    const fn = sheets.fn(name);
    if (typeof expected === 'number') expect(fn(...args)).toBe(expected);
    else expect(thrownMessage(() => fn(...args))).toBe(expected);
  });
});
