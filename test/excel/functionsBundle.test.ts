/**
 * The built functions.js, run with a `CustomFunctions` shim: every golden vector of FUNCTIONS.md through
 * the associated functions with arguments as Excel sends them, and the errors Excel shows for bad input.
 */
import { isFeeError, type FeeError } from '../../core/errors';
import { evaluate } from '../../core/functions/evaluate';
import type { HostArg } from '../../core/functions/hostValues';
import { FUNCTIONS, findFunction } from '../../core/functions/registry';
import type { FunctionSpec } from '../../core/functions/types';
import { GOLDEN_VECTORS, type GoldenVector } from '../golden/vectors';
import { ShimError } from './customFunctionsShim';
import { loadFunctionsBundle, plainMatrix, thrownError, type LoadedFunctions } from './loadFunctionsBundle';

let excel: LoadedFunctions;

beforeAll(() => {
  excel = loadFunctionsBundle();
});

function spec(name: string): FunctionSpec {
  const found = findFunction(name);
  if (!found) throw new Error(`no function ${name}`);
  return found;
}

/** A blank as Excel may hand it: an omitted argument (`null`), or an empty cell (`[[null]]`, `[[""]]`). */
type BlankForm = 'omitted' | 'empty cell' | 'empty text';

/**
 * Arguments as Excel sends them: every argument a matrix (`[[v]]` for a single value), every declared
 * parameter present, blanks and omitted arguments in the given form.
 */
function asExcel(fn: FunctionSpec, args: readonly HostArg[], blank: BlankForm = 'omitted'): unknown[] {
  return fn.args.map((_, i) => {
    const value = args[i];
    if (Array.isArray(value)) return value;
    if (value === null || value === undefined || value === '') {
      return blank === 'omitted' ? null : [[blank === 'empty cell' ? null : '']];
    }
    return [[value]];
  });
}

const plainError = (error: FeeError) => ({ code: error.kind, message: error.message });

describe('functions.js registers the registry', () => {
  it('associates every registry function once, under its name', () => {
    expect([...excel.associated.keys()]).toEqual(FUNCTIONS.map((f) => f.name));
  });
});

describe.each<BlankForm>(['omitted', 'empty cell', 'empty text'])(
  'golden vectors through the built functions (blanks: %s)',
  (blank) => {
    const cases = GOLDEN_VECTORS.map((v) => [v.formula, v] as const);
    expect(cases.length).toBeGreaterThanOrEqual(49);

    it.each(cases)('%s', (_formula, vector: GoldenVector) => {
      const fn = spec(vector.name);
      const args = asExcel(fn, vector.args, blank);
      const result = plainMatrix(excel.call(vector.name, args));
      expect(result).toEqual([[vector.expected]]);
      // The same as the core on the very arguments Excel sent (the core returns a scalar when only
      // tables were given; Excel always gets a matrix).
      const core = evaluate(fn, args as HostArg[]);
      expect(result).toEqual(Array.isArray(core) ? core : [[core]]);
    });
  },
);

describe('a failure of the whole call is thrown as a CustomFunctions.Error', () => {
  const cases: readonly [string, readonly HostArg[], string, string][] = [
    ['BONUSMALUS', ['abc', 0.75, 50000, 50000], '#VALUE!', 'BONUSMALUS: actual must be a number (got "abc")'],
    ['BONUSMALUS', [true, 0.75, 50000, 50000], '#VALUE!', 'BONUSMALUS: actual must be a number (got TRUE)'],
    [
      'BONUSMALUS',
      [0.78, 0.75, -1, 50000],
      '#VALUE!',
      'BONUSMALUS: bonus_rate must be a number ≥ 0 (got -1)',
    ],
    [
      'BONUSMALUS',
      [0.78, 0.75, 50000, 50000, 'sideways'],
      '#VALUE!',
      'BONUSMALUS: direction must be "higher" or "lower" (or "hausse" / "baisse") (got "sideways")',
    ],
    [
      'BONUSMALUS',
      [null, 0.75, 50000, 50000],
      '#VALUE!',
      'BONUSMALUS: actual is required and must be a number (got a blank cell)',
    ],
    ['ACHIEVEMENT', [0.78, 0], '#DIV/0!', ''],
    ['ACHIEVEMENT', [0.78, -2], '#NUM!', ''],
    ['NPS', [[[null, null]]], '#DIV/0!', ''],
    ['NPS', [[[10, 11]]], '#VALUE!', ''],
    [
      'TIEREDFEE',
      [
        10,
        [
          [100, 2],
          [50, 1],
        ],
      ],
      '#VALUE!',
      '',
    ],
    ['BONUSMALUS', [1e308, -1e308, 1e308, 0], '#NUM!', ''],
  ];

  it.each(cases)('%s(%j) → %s', (name, args, code, message) => {
    const fn = spec(name);
    const excelArgs = asExcel(fn, args);
    // The core fails either the whole call (a bad argument) or the only element (the arithmetic): a
    // one-cell call shows the same error in Excel either way, so both are thrown.
    const evaluated = evaluate(fn, excelArgs as HostArg[]);
    const core = Array.isArray(evaluated) && evaluated.length === 1 ? evaluated[0][0] : evaluated;
    if (!isFeeError(core)) throw new Error(`the core accepts ${name}(${JSON.stringify(args)})`);
    const thrown = thrownError(() => excel.call(name, excelArgs));
    expect(thrown).toEqual(plainError(core));
    expect(thrown.code).toBe(code);
    if (message) expect(thrown.message).toBe(message);
    expect(thrown.message).toMatch(new RegExp(`^${name}: `));
  });

  it('propagates an error value given as a single argument, with its own code', () => {
    for (const code of ['#N/A', '#DIV/0!', '#REF!', '#NAME?', '#NULL!', '#NUM!']) {
      const thrown = thrownError(() => excel.call('ACHIEVEMENT', [[[new ShimError(code)]], [[0.75]], null]));
      expect(thrown).toEqual({ code, message: `ACHIEVEMENT: actual is an error value ${code}` });
    }
  });

  it('propagates an error value inside a table argument, naming its cell', () => {
    const thrown = thrownError(() => excel.call('NPS', [[[10, 9, new ShimError('#N/A')]]]));
    expect(thrown).toEqual({
      code: '#N/A',
      message: 'NPS: responses holds an error value #N/A (row 1, column 3)',
    });
  });

  it('reports ranges that do not line up as one error for the whole call', () => {
    const args = [[[0.78], [0.72]], [[0.75, 0.7, 0.8]], [[1], [2], [3]], [[1]]];
    const thrown = thrownError(() => excel.call('BONUSMALUS', [...args, null, null, null, null]));
    expect(thrown.code).toBe('#VALUE!');
    expect(thrown.message).toMatch(/^BONUSMALUS: .* do not line up$/);
  });
});

describe('array arguments return arrays, with errors per element', () => {
  const rest = [[[0.75]], [[50000]], [[30000]], null, null, null, null];

  it('spills one result per row, blanks for blank rows and an error in place of each bad row', () => {
    const actuals = [[0.78], ['x'], [null], [0.72], [''], [new ShimError('#DIV/0!')]];
    expect(plainMatrix(excel.call('BONUSMALUS', [actuals, ...rest]))).toEqual([
      [1500],
      [{ code: '#VALUE!', message: 'BONUSMALUS: actual must be a number (got "x", row 2)' }],
      [''],
      [-900],
      [''],
      // Excel shows no message on #DIV/0!, but the element still carries the core's.
      [{ code: '#DIV/0!', message: 'BONUSMALUS: actual is an error value #DIV/0! (row 6)' }],
    ]);
  });

  it('reads arguments Excel left out after the last one given (the invocation object comes earlier)', () => {
    const result = plainMatrix(excel.call('BONUSMALUS', [[[0.78], [0.72]], [[0.75]], [[50000]], [[30000]]]));
    expect(result).toEqual([[1500], [-900]]);
  });

  it('broadcasts a row against a column, as Excel arrays do', () => {
    const actuals = [[0.78], [0.72]];
    const targets = [[0.75, 0.7]];
    const result = plainMatrix(excel.call('BONUSMALUS', [actuals, targets, [[50000]], [[30000]], null]));
    expect(result).toEqual([
      [1500, 4000],
      [-900, 1000],
    ]);
  });

  it('names the row and column of a bad cell inside a 2-D range', () => {
    const actuals = [
      [0.78, 0.78],
      [0.78, 'n/a'],
    ];
    expect(plainMatrix(excel.call('BONUSMALUS', [actuals, ...rest]))).toEqual([
      [1500, 1500],
      [
        1500,
        { code: '#VALUE!', message: 'BONUSMALUS: actual must be a number (got "n/a", row 2, column 2)' },
      ],
    ]);
  });

  it('gives the same matrix as the core on a long column', () => {
    const actuals = Array.from({ length: 500 }, (_, i) => [i % 50 === 7 ? null : 0.6 + (i % 37) / 100]);
    const args = [actuals, ...rest];
    const core = evaluate(spec('BONUSMALUS'), args as HostArg[]);
    if (!Array.isArray(core)) throw new Error('the core did not return an array');
    const expected = core.map((row) => row.map((cell) => (isFeeError(cell) ? plainError(cell) : cell)));
    expect(plainMatrix(excel.call('BONUSMALUS', args))).toEqual(expected);
  });
});

describe('empty cells arrive as null, "" or 0', () => {
  const base = [[[0.78]], [[0.75]], [[50000]], [[50000]]];

  it('reads null and "" as blank: an optional argument takes its default', () => {
    for (const blank of [null, [[null]], [['']]]) {
      // direction blank → "higher"; tolerance blank → 0; bonus_cap blank → no cap.
      const args = [...base, blank, blank, blank, blank];
      expect(plainMatrix(excel.call('BONUSMALUS', args))).toEqual([[1500]]);
    }
  });

  it('reads 0 as the number 0: a bonus cap of 0 caps, as a typed 0 would (the docs say so)', () => {
    expect(plainMatrix(excel.call('BONUSMALUS', [...base, null, null, [[0]], null]))).toEqual([[0]]);
    expect(plainMatrix(excel.call('BONUSMALUS', [...base, null, [[0]], null, null]))).toEqual([[1500]]);
  });

  it('reads a blank required cell beside filled ones as an error, never as 0', () => {
    for (const blank of [null, '']) {
      const result = plainMatrix(
        excel.call('BONUSMALUS', [[[0.78], [blank]], [[0.75], [0.75]], ...base.slice(2)]),
      );
      expect(result).toEqual([
        [1500],
        [
          {
            code: '#VALUE!',
            message: 'BONUSMALUS: actual is required and must be a number (got a blank cell, row 2)',
          },
        ],
      ]);
    }
  });

  it('skips blank cells inside a table argument as the function documents', () => {
    const responses = [[10, 9, null, 9, 8, 7, '', 6, 5, 10, 3, 9]];
    expect(plainMatrix(excel.call('NPS', [responses]))).toEqual([[20]]);
  });
});
