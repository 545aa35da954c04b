/**
 * The worksheet functions as Google Sheets calls them: the built Code.js in a fresh V8 context, called
 * through its top-level declarations with arguments shaped as Sheets passes them (scalars, 2-D arrays
 * with "" for blanks, `Date`s made in the script's own realm). Results must be the core's; failures a
 * thrown Error carrying the core's message, the first failing element's for an array.
 */
import { runInContext } from 'node:vm';
import { isFeeError } from '../../core/errors';
import { evaluate } from '../../core/functions/evaluate';
import type { HostArg, HostScalar } from '../../core/functions/hostValues';
import {
  CELL_FUNCTIONS as FUNCTIONS,
  findCellFunction as findFunction,
} from '../../core/functions/cellRegistry';
import { SHEETS_GOLDEN_VECTORS as GOLDEN_VECTORS } from '../golden/vectors';
import { loadAddon, thrownMessage, type LoadedAddon } from './builtSheets';

/** What Sheets must show for a call, derived from the core: a value, or the message of the error thrown. */
type Expected = { readonly value: unknown } | { readonly error: string };

function expectedFromCore(name: string, args: readonly HostArg[]): Expected {
  const spec = findFunction(name);
  if (!spec) throw new Error(`no function ${name}`);
  const result = evaluate(spec, args);
  if (isFeeError(result)) return { error: result.message };
  if (Array.isArray(result)) {
    const failure = result.flat().find(isFeeError);
    return failure ? { error: failure.message } : { value: result };
  }
  return { value: result };
}

function sheetsOutcome(addon: LoadedAddon, name: string, args: readonly unknown[]): Expected {
  const fn = addon.fn(name);
  try {
    return { value: fn(...args) };
  } catch {
    return { error: thrownMessage(() => fn(...args)) };
  }
}

let addon: LoadedAddon;
beforeAll(() => {
  addon = loadAddon({ authMode: 'CUSTOM_FUNCTION' });
});

describe('golden vectors of FUNCTIONS.md through the top-level functions', () => {
  it('covers every registry function', () => {
    expect(new Set(GOLDEN_VECTORS.map((v) => v.name))).toEqual(new Set(FUNCTIONS.map((f) => f.name)));
  });

  it.each(GOLDEN_VECTORS.map((v) => [v.formula, v] as const))('%s', (_formula, vector) => {
    // Sheets passes a skipped argument as "" and a skipped range cell as "".
    const sheetsArgs = vector.args.map((arg: HostArg) =>
      Array.isArray(arg)
        ? arg.map((row: readonly HostScalar[]) => row.map((cell) => cell ?? ''))
        : (arg ?? ''),
    );
    const result = addon.fn(vector.name)(...sheetsArgs);
    expect(result).toBe(vector.expected);
    expect({ value: result }).toEqual(expectedFromCore(vector.name, vector.args));
  });

  it('gives the same results when trailing optional arguments are omitted', () => {
    expect(addon.fn('BONUSMALUS')(0.78, 0.75, 50000, 50000)).toBe(1500);
    expect(addon.fn('KPISCORE')(330, 360, 300, 'lower', undefined, undefined, 0.5)).toBe(0.75);
  });
});

describe('ranges', () => {
  it('spill a column with "" for blank rows, as a 2-D array', () => {
    expect(addon.fn('BONUSMALUS')([[0.78], [''], [0.72]], 0.75, 50000, [[50000], [''], [30000]])).toEqual([
      [1500],
      [''],
      [-900],
    ]);
  });

  it('broadcast a row against a column like the hosts’ array arithmetic', () => {
    expect(addon.fn('ACHIEVEMENT')([[0.78, 0.72]], [[0.75], [0.8]])).toEqual([
      [1.04, 0.96],
      [0.975, 0.9],
    ]);
  });

  it('return a 1 × 1 range as a 1 × 1 array and an all-blank row as a blank', () => {
    expect(addon.fn('HYBRIDFEE')([[20000]], 5000, 0.8)).toEqual([[24000]]);
    expect(addon.fn('HYBRIDFEE')([[''], [20000]], [[''], [5000]], 0.8)).toEqual([[''], [24000]]);
  });

  it('read tables whole: TIEREDFEE over a column of quantities', () => {
    const tiers = [
      ['up_to', 'unit_price'],
      [100, 2],
      [500, 1.5],
      ['', 1],
    ];
    expect(addon.fn('TIEREDFEE')([[650], [500], [''], [0]], tiers)).toEqual([[950], [800], [''], [0]]);
    expect(
      addon.fn('NPS')([
        [10, 9, 9, 8, 7],
        [6, 5, 10, 3, 9],
        ['', '', '', '', ''],
      ]),
    ).toBe(20);
  });
});

describe('hostile inputs: a thrown Error with the core’s message', () => {
  const cases: readonly (readonly [string, string, readonly HostArg[]])[] = [
    ['text for a number', 'BONUSMALUS', ['abc', 0.75, 50000, 50000]],
    ['numeric text', 'BONUSMALUS', [0.78, '0.75', 50000, 50000]],
    ['a boolean', 'THRESHOLDFEE', [true, 0.9, 100]],
    ['a negative rate', 'BONUSMALUS', [0.78, 0.75, -1, 50000]],
    ['an unknown direction', 'BONUSMALUS', [0.78, 0.75, 50000, 50000, 'sideways']],
    ['a blank required argument', 'BONUSMALUS', [0.78, '', 50000, 50000]],
    ['too many arguments', 'BONUSMALUS', [0.78, 0.75, 50000, 50000, 'higher', 0, 1, 1, 1]],
    ['a bad cell in a range', 'BONUSMALUS', [[[0.78], ['abc'], [0.72]], 0.75, 50000, 50000]],
    ['ranges that do not line up', 'BONUSMALUS', [[[0.78], [0.72]], [[0.75], [0.7], [0.6]], 1, 1]],
    ['a ragged range', 'HYBRIDFEE', [[[1, 2], [3]], 1, 1]],
    ['an empty range', 'HYBRIDFEE', [[[]], 1, 1]],
    ['a zero divisor', 'ACHIEVEMENT', [1, 0]],
    ['a negative divisor', 'ACHIEVEMENT', [1, -2]],
    ['a zero actual when lower is better', 'ACHIEVEMENT', [0, 3, 'lower']],
    ['levels out of order', 'KPISCORE', [0.5, 0.8, 0.7]],
    ['a bad tier', 'TIEREDFEE', [5, [[10, 'x']]]],
    ['an unknown tier mode', 'TIEREDFEE', [5, [[10, 1]], 'flat']],
    ['no survey answers', 'NPS', [[['', '']]]],
    ['an answer out of range', 'NPS', [[[9, 11]]]],
    ['tables of different sizes', 'SCORECARD', [[[0.8, 1]], [[1]]]],
    ['weights summing to zero', 'SCORECARD', [[[0.8]], [[0]]]],
    ['text for a table', 'EARNBACK', [100, 'abc', 0.9]],
    ['an adjustment of -100 %', 'HOURLYFEE', [40, 75, -1]],
    ['a result too large for a double', 'BONUSMALUS', [1e308, -1e308, 10, 10]],
  ];

  it.each(cases)('%s', (_case, name, args) => {
    const expected = expectedFromCore(name, args);
    expect('error' in expected).toBe(true);
    expect(sheetsOutcome(addon, name, args)).toEqual(expected);
  });

  it('names the row and column of the first failing element, in row order', () => {
    const message = thrownMessage(() =>
      addon.fn('BONUSMALUS')(0.78, 0.75, 50000, [
        [1, 'first'],
        ['second', 2],
      ]),
    );
    expect(message).toBe('BONUSMALUS: malus_rate must be a number ≥ 0 (got "first", row 1, column 2)');
  });

  it('reads a Sheets date as a date, not as a number', () => {
    const date = runInContext('new Date(2026, 9, 31)', addon.context);
    expect(thrownMessage(() => addon.fn('BONUSMALUS')(0.78, 0.75, 50000, date))).toBe(
      'BONUSMALUS: malus_rate must be a number ≥ 0 (got a date)',
    );
  });

  it('touches no Apps Script service', () => {
    const before = addon.fake.log.mark();
    addon.fn('BONUSMALUS')(0.78, 0.75, 50000, 50000);
    expect(() => addon.fn('NPS')([['']])).toThrow();
    expect(addon.fake.log.since(before)).toEqual([]);
  });
});
