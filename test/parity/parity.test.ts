/**
 * Cross-host parity: 10,000 fuzzed calls (fast-check, fixed seed) through the core, the built Excel
 * functions.js (CustomFunctions shim) and the built Sheets Code.js (Apps Script fake) give the same numbers
 * and the same errors. Each host gets the call as it would send it: Excel every declared argument, each
 * value as a matrix and blanks as `null`; Sheets what was typed, blanks as `""`. Sheets cannot hold an
 * error inside an array, so there the whole call fails with the first failing element's message.
 */
import fc from 'fast-check';
import { isFeeError, type FeeError } from '../../core/errors';
import { evaluate, type CellResult } from '../../core/functions/evaluate';
import { shortenElementErrors } from '../../core/hosts/payloadLimit';
import type { HostArg, HostScalar } from '../../core/functions/hostValues';
// Parity is between the three hosts, so over the functions all three carry (not CONTRACTFEE).
import { CELL_FUNCTIONS as FUNCTIONS } from '../../core/functions/cellRegistry';
import type { ArgSpec, FunctionSpec } from '../../core/functions/types';
import { ShimError } from '../excel/customFunctionsShim';
import { loadFunctionsBundle, type LoadedFunctions } from '../excel/loadFunctionsBundle';
import { loadAddon, type LoadedAddon } from '../sheets/builtSheets';
import { withoutBlankTail, type SheetsCell } from '../../sheets-addon/withoutBlankTail';

const RUNS = 10_000;
const SEED = 20261031;

/** A blank cell or a blank argument; each host spells it its own way. */
const BLANK = Symbol('blank');
type Cell = number | string | boolean | typeof BLANK;
type Arg = Cell | Cell[][];

interface Call {
  readonly spec: FunctionSpec;
  readonly args: readonly Arg[];
}

const numbers: fc.Arbitrary<number> = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 200 }).map((i) => i / 100), weight: 8 },
  { arbitrary: fc.integer({ min: 0, max: 100_000 }), weight: 3 },
  { arbitrary: fc.integer({ min: -200, max: -1 }).map((i) => i / 100), weight: 1 },
  {
    arbitrary: fc.constantFrom(0, 1, -1, 0.75, 0.78, 50_000, 0.1, 0.2, 0.3, 1e308, -1e308, 5e-324),
    weight: 1,
  },
  { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }), weight: 1 },
);

const WORDS = [
  'higher',
  'lower',
  ' Hausse ',
  'BAISSE',
  'volume',
  'graduated',
  'Progressif',
  'reaches',
  ' Dépasse ',
  'EXCEEDS',
  'abc',
  '5',
  'TRUE',
];

const cells: fc.Arbitrary<Cell> = fc.oneof(
  { arbitrary: numbers, weight: 30 },
  { arbitrary: fc.constant<Cell>(BLANK), weight: 3 },
  { arbitrary: fc.constantFrom(...WORDS), weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
);

/** Text for a text argument: mostly words the argument accepts (asked of the registry), some it refuses. */
function textCells(spec: ArgSpec<unknown>): fc.Arbitrary<Cell> {
  const accepted = WORDS.filter((word) => spec.kind === 'scalar' && spec.parse(word) !== undefined);
  if (accepted.length === 0) throw new Error(`${spec.name}: no word of WORDS is accepted: add some`);
  return fc.oneof(
    { arbitrary: fc.constantFrom(...accepted), weight: 12 },
    { arbitrary: fc.constantFrom(...WORDS), weight: 1 },
    { arbitrary: cells, weight: 1 },
  );
}

function grid(rows: number, cols: number, cell: fc.Arbitrary<Cell>): fc.Arbitrary<Cell[][]> {
  return fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });
}

/** A scalar argument: a value, or a range shaped to broadcast against `rows × cols` (or, rarely, not). */
function scalarArg(spec: ArgSpec<unknown>, rows: number, cols: number): fc.Arbitrary<Arg> {
  const value = spec.hostType === 'string' ? textCells(spec) : cells;
  return fc.oneof(
    { arbitrary: value, weight: 8 },
    { arbitrary: grid(1, 1, value), weight: 1 },
    { arbitrary: grid(rows, 1, value), weight: 2 },
    { arbitrary: grid(1, cols, value), weight: 1 },
    { arbitrary: grid(rows, cols, value), weight: 2 },
    {
      arbitrary: fc
        .record({ r: fc.integer({ min: 1, max: 4 }), c: fc.integer({ min: 1, max: 3 }) })
        .chain(({ r, c }) => grid(r, c, value)),
      weight: 1,
    },
  );
}

/** A table argument: a small grid, or now and then something that is not one. */
const tableArg: fc.Arbitrary<Arg> = fc.oneof(
  {
    arbitrary: fc
      .record({ r: fc.integer({ min: 1, max: 4 }), c: fc.integer({ min: 1, max: 3 }) })
      .chain(({ r, c }) => grid(r, c, cells)),
    weight: 9,
  },
  { arbitrary: cells, weight: 1 },
);

const calls: fc.Arbitrary<Call> = fc
  .record({
    spec: fc.constantFrom(...FUNCTIONS),
    rows: fc.integer({ min: 1, max: 4 }),
    cols: fc.integer({ min: 1, max: 3 }),
  })
  .chain(({ spec, rows, cols }) => {
    const required = spec.args.filter((arg) => !arg.optional).length;
    return fc
      .record({
        args: fc.tuple(
          ...spec.args.map((arg) => (arg.kind === 'table' ? tableArg : scalarArg(arg, rows, cols))),
        ),
        given: fc.integer({ min: required, max: spec.args.length }),
      })
      .map(({ args, given }) => ({ spec, args: args.slice(0, given) }));
  });

function hostCell(cell: Cell, blank: null | ''): HostScalar {
  return cell === BLANK ? blank : cell;
}

function hostArg(arg: Arg, blank: null | ''): HostArg {
  return Array.isArray(arg)
    ? arg.map((row) => row.map((cell) => hostCell(cell, blank)))
    : hostCell(arg, blank);
}

/** As Excel calls: every declared parameter, values as 1 × 1 matrices, blank or omitted as `null`. */
function excelArgs(call: Call): unknown[] {
  return call.spec.args.map((_, i) => {
    const arg = call.args[i];
    if (arg === undefined || arg === BLANK) return null;
    return Array.isArray(arg) ? hostArg(arg, null) : [[arg]];
  });
}

/** As Sheets calls: the arguments typed, blanks as `""`. */
function sheetsArgs(call: Call): unknown[] {
  return call.args.map((arg) => hostArg(arg, ''));
}

type Plain = number | '' | { readonly code: string; readonly message: string };
type Outcome = { readonly value: unknown } | { readonly thrown: Plain | string };

const plainError = (error: FeeError): Plain => ({ code: error.kind, message: error.message });
const plainCell = (cell: CellResult): Plain => (isFeeError(cell) ? plainError(cell) : cell);

/**
 * What Excel must do, given the core's result: one thrown error for a failed call or a failed single cell;
 * in an array, failing elements after the first few carry the short message naming their row.
 */
function expectedExcel(fn: string, core: ReturnType<typeof evaluate>): Outcome {
  if (isFeeError(core)) return { thrown: plainError(core) };
  const matrix = Array.isArray(core) ? core : [[core]];
  if (matrix.length === 1 && matrix[0]!.length === 1 && isFeeError(matrix[0]![0])) {
    return { thrown: plainError(matrix[0]![0] as FeeError) };
  }
  return { value: shortenElementErrors(fn, matrix).map((row) => row.map(plainCell)) };
}

/**
 * What Sheets must do, given the core's result: the first failure's message thrown, else the result, an
 * array without its trailing blank rows and columns.
 */
function expectedSheets(core: ReturnType<typeof evaluate>): Outcome {
  if (isFeeError(core)) return { thrown: core.message };
  if (!Array.isArray(core)) return { value: core };
  const failure = core.flat().find(isFeeError);
  return failure ? { thrown: failure.message } : { value: withoutBlankTail(core as SheetsCell[][]) };
}

function excelOutcome(excel: LoadedFunctions, call: Call): Outcome {
  try {
    const result = excel.call(call.spec.name, excelArgs(call)) as unknown[][];
    return {
      value: result.map((row) =>
        row.map((cell) => (cell instanceof ShimError ? { code: cell.code, message: cell.message } : cell)),
      ),
    };
  } catch (error) {
    if (error instanceof ShimError) return { thrown: { code: error.code, message: error.message } };
    throw error;
  }
}

function sheetsOutcome(sheets: LoadedAddon, call: Call): Outcome {
  try {
    return { value: sheets.fn(call.spec.name)(...sheetsArgs(call)) };
  } catch (error) {
    if (Object.prototype.toString.call(error) === '[object Error]')
      return { thrown: (error as Error).message };
    throw error;
  }
}

/**
 * Whether two outcomes are the same, stricter than `toEqual` (numbers by `Object.is`, no key left out),
 * across realms (Code.js runs in its own context): 20,000 `expect` calls cost a third of this test.
 */
function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return Object.is(a, b);
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((k) => Object.prototype.hasOwnProperty.call(b, k) && same(a[k as never], b[k as never]))
  );
}

/** `toEqual`, asked only when the outcomes differ, so that a failure still shows Jest's diff. */
function expectSame(actual: Outcome, expected: Outcome): void {
  if (!same(actual, expected)) expect(actual).toEqual(expected);
}

describe('cross-host parity of the worksheet functions', () => {
  let excel: LoadedFunctions;
  let sheets: LoadedAddon;
  beforeAll(() => {
    excel = loadFunctionsBundle();
    sheets = loadAddon({ authMode: 'CUSTOM_FUNCTION' });
  });

  it(`gives the same numbers and errors in the core, Excel and Sheets over ${RUNS} fuzzed calls`, () => {
    const seen = { values: 0, errors: 0, arrays: 0, spills: 0 };
    fc.assert(
      fc.property(calls, (call) => {
        const core = evaluate(
          call.spec,
          call.args.map((arg) => hostArg(arg, null)),
        );
        const sheetsExpected = expectedSheets(core);
        expectSame(excelOutcome(excel, call), expectedExcel(call.spec.name, core));
        expectSame(sheetsOutcome(sheets, call), sheetsExpected);
        if ('thrown' in sheetsExpected) seen.errors++;
        else seen.values++;
        if (Array.isArray(core)) seen.arrays++;
        if (Array.isArray(core) && 'value' in sheetsExpected) seen.spills++;
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // The fuzz must exercise both outcomes and spilled arrays, or it proves little.
    expect(seen.values).toBeGreaterThan(RUNS / 10);
    expect(seen.errors).toBeGreaterThan(RUNS / 10);
    expect(seen.arrays).toBeGreaterThan(RUNS / 10);
    expect(seen.spills).toBeGreaterThan(RUNS / 50);
  });
});
