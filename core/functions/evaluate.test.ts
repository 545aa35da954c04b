/** The runner's conventions: broadcasting, blank rows, typed errors on hostile input. */
import { feeError } from '../errors';
import { largestHostMoney } from '../money';
import { evaluate } from './evaluate';
import type { HostArg } from './hostValues';
import { findFunction } from './registry';
import { LARGEST_CELL_MONEY } from './resultBound';

const run = (name: string, ...args: HostArg[]) => evaluate(findFunction(name)!, args);
const value = (message: string) => feeError('#VALUE!', message);

describe('broadcasting', () => {
  it('pairs equal shapes cell by cell and repeats single cells', () => {
    expect(run('BONUSMALUS', [[0.78], [0.72]], [[0.75], [0.75]], 50000, 30000)).toEqual([[1500], [-900]]);
  });

  it('repeats a row along a column, like the hosts’ array arithmetic', () => {
    expect(run('ACHIEVEMENT', [[1], [2]], [[1, 2, 4]])).toEqual([
      [1, 0.5, 0.25],
      [2, 1, 0.5],
    ]);
  });

  it('names the two arguments that do not line up', () => {
    expect(run('BONUSMALUS', [[1], [2], [3]], [[1], [2]], 1, 1)).toEqual(
      value('BONUSMALUS: actual (3 rows × 1 column) and target (2 rows × 1 column) do not line up'),
    );
  });

  it('counts rows and columns with their digits grouped and the singular of one (core/i18n)', () => {
    const column = (n: number) => Array.from({ length: n }, () => [0.8]);
    expect(run('THRESHOLDFEE', column(12345), column(2), 100)).toEqual(
      value('THRESHOLDFEE: actual (12,345 rows × 1 column) and threshold (2 rows × 1 column) do not line up'),
    );
    expect(run('SCORECARD', column(1234), column(1000))).toEqual(
      value('SCORECARD: weights must have as many cells as scores (1,000 vs 1,234)'),
    );
  });

  it('treats a 1 × 1 range as a single cell but still returns an array', () => {
    expect(run('THRESHOLDFEE', [[0.95]], 0.9, 100)).toEqual([[100]]);
  });

  it('does not broadcast tables: TIEREDFEE over a column of quantities', () => {
    expect(
      run(
        'TIEREDFEE',
        [[650], [500], [null]],
        [
          ['up_to', 'price'],
          [100, 2],
          [500, 1.5],
          [null, 1],
        ],
      ),
    ).toEqual([[950], [800], ['']]);
  });

  it('rejects ragged and empty ranges', () => {
    expect(run('HYBRIDFEE', [[1, 2], [3]] as HostArg, 1, 1)).toEqual(
      value('HYBRIDFEE: fixed must be a rectangular, non-empty range'),
    );
    expect(run('HYBRIDFEE', [], 1, 1)).toEqual(
      value('HYBRIDFEE: fixed must be a rectangular, non-empty range'),
    );
  });
});

describe('blanks', () => {
  it('returns a blank for a row where every ranged argument is blank', () => {
    expect(run('BONUSMALUS', [[0.78], [''], [null]], 0.75, 50000, 50000)).toEqual([[1500], [''], ['']]);
  });

  it('is an error, not a zero, for a blank required input beside filled ones', () => {
    expect(run('BONUSMALUS', [[0.78], [null]], [[0.75], [0.75]], 50000, 50000)).toEqual([
      [1500],
      [value('BONUSMALUS: actual is required and must be a number (got a blank cell, row 2)')],
    ]);
    expect(run('BONUSMALUS', null, 0.75, 50000, 50000)).toEqual(
      value('BONUSMALUS: actual is required and must be a number (got a blank cell)'),
    );
  });

  it('uses the default for a blank or omitted optional argument', () => {
    expect(run('BONUSMALUS', 0.78, 0.75, 50000, 50000, '', null)).toBe(1500);
    expect(run('KPISCORE', 330, 360, 300, 'lower', undefined, undefined, 0.5)).toBe(0.75);
  });

  it('errors when a required argument is missing at the end', () => {
    expect(run('BONUSMALUS', 0.78, 0.75, 50000)).toEqual(
      value('BONUSMALUS: malus_rate is required and must be a number ≥ 0 (got a blank cell)'),
    );
  });
});

describe('hostile inputs', () => {
  it.each([
    ['text', 'abc', 'BONUSMALUS: malus_rate must be a number ≥ 0 (got "abc")'],
    ['numeric text', '5', 'BONUSMALUS: malus_rate must be a number ≥ 0 (got "5")'],
    ['a boolean', true, 'BONUSMALUS: malus_rate must be a number ≥ 0 (got TRUE)'],
    ['a negative rate', -1, 'BONUSMALUS: malus_rate must be a number ≥ 0 (got -1)'],
    ['a date', new Date('2026-10-31'), 'BONUSMALUS: malus_rate must be a number ≥ 0 (got a date)'],
    ['NaN', NaN, 'BONUSMALUS: malus_rate must be a number ≥ 0 (got NaN)'],
    ['Infinity', Infinity, 'BONUSMALUS: malus_rate must be a number ≥ 0 (got Infinity)'],
  ])('%s gives #VALUE! naming the argument', (_case, bad, message) => {
    expect(run('BONUSMALUS', 0.78, 0.75, 50000, bad as HostArg)).toEqual(value(message));
  });

  it('names the row and column of a bad cell inside a range', () => {
    expect(
      run('BONUSMALUS', 0.78, 0.75, 50000, [
        [1, 2],
        [3, 'abc'],
      ]),
    ).toEqual([
      [1500, 1500],
      [1500, value('BONUSMALUS: malus_rate must be a number ≥ 0 (got "abc", row 2, column 2)')],
    ]);
  });

  it('propagates error values from input cells with their own kind', () => {
    expect(run('THRESHOLDFEE', { code: '#N/A' }, 0.9, 100)).toEqual(
      feeError('#N/A', 'THRESHOLDFEE: actual is an error value #N/A'),
    );
    expect(run('THRESHOLDFEE', [[1], [{ code: '#DIV/0!' }]], 0.9, 100)).toEqual([
      [100],
      [feeError('#DIV/0!', 'THRESHOLDFEE: actual is an error value #DIV/0! (row 2)')],
    ]);
    expect(run('NPS', [[9, { code: '#REF!' }]])).toEqual(
      feeError('#REF!', 'NPS: responses holds an error value #REF! (row 1, column 2)'),
    );
  });

  it('gives #NUM! when an exact result does not fit a double', () => {
    expect(run('ACHIEVEMENT', 1e308, 1e-308)).toEqual(
      feeError('#NUM!', 'ACHIEVEMENT: the result is too large for a spreadsheet number'),
    );
    expect(run('ACHIEVEMENT', [[1e308], [1]], 1e-308)).toEqual([
      [feeError('#NUM!', 'ACHIEVEMENT: the result is too large for a spreadsheet number (row 1)')],
      [1e308],
    ]);
  });

  it('gives #NUM! for a money result a cell cannot hold to the cent, naming the result and the bound', () => {
    const beyond = (fn: string, result: string, where = '') =>
      feeError(
        '#NUM!',
        `${fn}: the result ${result} is beyond ±9999999999999.99, the most a cell holds to the cent${where}`,
      );
    expect(run('HOURLYFEE', 123456789012345, 1.01)).toEqual(beyond('HOURLYFEE', '124691356902468.45'));
    expect(run('BONUSMALUS', 1e308, -1e308, 10, 10)).toEqual(beyond('BONUSMALUS', '2e+309'));
    expect(run('HOURLYFEE', [[1e308], [1]], 1e308)).toEqual([
      [beyond('HOURLYFEE', '1e+616', ' (row 1)')],
      [beyond('HOURLYFEE', '1e+308', ' (row 2)')],
    ]);
    expect(run('HOURLYFEE', 9999999999999.99, 1)).toBe(9999999999999.99);
    expect(run('BONUSMALUS', 0, 1, 0, 9999999999999.99)).toBe(-9999999999999.99);
  });

  it('keeps tiny numbers exact and never returns negative zero', () => {
    expect(run('BONUSMALUS', 1e-300, 0, 1, 1)).toBe(1e-300);
    expect(run('GAINSHARE', 0, 5e-324, 1)).toBe(5e-324);
    expect(Object.is(run('BONUSMALUS', -0, 0, 1, 1), 0)).toBe(true);
    expect(Object.is(run('BONUSMALUS', 0.5, 1, 1, 0), 0)).toBe(true);
  });

  it('rejects unknown directions and modes, accepts French aliases in any case', () => {
    expect(run('BONUSMALUS', 2.5, 3, 1000, 800, ' Baisse ')).toBe(500);
    expect(run('THRESHOLDFEE', 0.95, 0.9, 10, 'HAUSSE')).toBe(10);
    expect(run('BONUSMALUS', 2.5, 3, 1000, 800, 'down')).toEqual(
      value('BONUSMALUS: direction must be "higher" or "lower" (or "hausse" / "baisse") (got "down")'),
    );
    expect(run('BONUSMALUS', 2.5, 3, 1000, 800, 1)).toEqual(
      value('BONUSMALUS: direction must be "higher" or "lower" (or "hausse" / "baisse") (got 1)'),
    );
    expect(run('TIEREDFEE', 5, [[null, 1]], 'flat')).toEqual(
      value('TIEREDFEE: mode must be "graduated" or "volume" (got "flat")'),
    );
  });

  it('refuses too many arguments', () => {
    expect(run('NPS', [[1]], 2)).toEqual(value('NPS: takes at most 1 argument (got 2)'));
  });
});

describe('model faults carry the function name and place', () => {
  it('division by zero and out-of-range divisors', () => {
    expect(run('ACHIEVEMENT', 1, 0)).toEqual(feeError('#DIV/0!', 'ACHIEVEMENT: target must not be 0'));
    expect(run('ACHIEVEMENT', [[1], [-2]], 3, 'lower')).toEqual([
      [3],
      [feeError('#NUM!', 'ACHIEVEMENT: actual must be > 0 (got -2, row 2)')],
    ]);
  });

  it('levels out of order', () => {
    expect(run('KPISCORE', 0.5, 0.8, 0.7)).toEqual(
      value('KPISCORE: target must be ≥ threshold (got 0.7, threshold 0.8)'),
    );
    expect(run('KPISCORE', 300, 300, 360, 'lower')).toEqual(
      value('KPISCORE: target must be ≤ threshold (got 360, threshold 300)'),
    );
    expect(run('KPISCORE', [[0.5], [0.6]], 0.7, 0.8, 'higher', 0.75)).toEqual([
      [value('KPISCORE: stretch must be ≥ target (got 0.75, target 0.8, row 1)')],
      [value('KPISCORE: stretch must be ≥ target (got 0.75, target 0.8, row 2)')],
    ]);
    expect(run('GAINSHARE', 100, 80, 0.5, 'lower', 5, 10)).toEqual(
      value('GAINSHARE: cap must be ≥ floor (got 5, floor 10)'),
    );
    expect(run('KPISCORE', 0.5, 0.7, 0.8, 'higher', 0.9, 0.5)).toEqual(
      value('KPISCORE: stretch_score must be a number ≥ 1 (got 0.5)'),
    );
  });
});

describe('tables', () => {
  it('TIEREDFEE skips a header row and validates the grid cell by cell', () => {
    expect(
      run('TIEREDFEE', 650, [
        ['Up to', 'Price'],
        [100, 2],
        [500, 1.5],
        [null, 1],
      ]),
    ).toBe(950);
    expect(
      run('TIEREDFEE', 5, [
        [100, 2],
        [50, 1],
      ]),
    ).toEqual(value('TIEREDFEE: tiers up_to must strictly increase (got 50, row 2, column 1)'));
    expect(
      run('TIEREDFEE', 5, [
        [null, 2],
        [50, 1],
      ]),
    ).toEqual(
      value('TIEREDFEE: tiers up_to may be blank only in the last row (got a blank cell, row 1, column 1)'),
    );
    expect(run('TIEREDFEE', 5, [[100, -2]])).toEqual(
      value('TIEREDFEE: tiers unit_price must be a number ≥ 0 (got -2, row 1, column 2)'),
    );
    expect(run('TIEREDFEE', 5, [[100, 2, 'x']])).toEqual(
      value('TIEREDFEE: tiers flat_fee must be a number ≥ 0 (got "x", row 1, column 3)'),
    );
    expect(run('TIEREDFEE', 5, [[100]])).toEqual(
      value(
        'TIEREDFEE: tiers must have 2 or 3 columns (up_to, unit_price, flat_fee) (got "1 column", row 1, column 1)',
      ),
    );
    expect(run('TIEREDFEE', 150, [[100, 2]])).toEqual(
      feeError('#NUM!', "TIEREDFEE: quantity must be ≤ the last tier's up_to (100)"),
    );
  });

  it('NPS validates answers and needs at least one', () => {
    expect(run('NPS', [[10, null, 0]])).toBe(0);
    expect(run('NPS', [[10, 11]])).toEqual(
      value('NPS: responses must hold only whole numbers from 0 to 10 (got 11, row 1, column 2)'),
    );
    expect(run('NPS', [[8.5]])).toEqual(
      value(
        'NPS: responses must hold only whole numbers from 0 to 10 (got 8.5)'.replace(
          ')',
          ', row 1, column 1)',
        ),
      ),
    );
    expect(run('NPS', [[null, '']])).toEqual(
      feeError('#DIV/0!', 'NPS: responses must hold at least one answer'),
    );
  });

  it('SCORECARD pairs scores with weights', () => {
    expect(run('SCORECARD', [[0.8], [null]], [[1], [0]])).toBe(0.8);
    expect(run('SCORECARD', [[0.8], [null]], [[1], [1]])).toEqual(
      value('SCORECARD: scores must not be blank where the weight is not 0 (cell 2)'),
    );
    expect(run('SCORECARD', [[0.8, 1]], [[1]])).toEqual(
      value('SCORECARD: weights must have as many cells as scores (1 vs 2)'),
    );
    expect(run('SCORECARD', [[1]], [[-1]])).toEqual(
      value('SCORECARD: weights must hold only numbers ≥ 0 (got -1, row 1, column 1)'),
    );
    expect(run('SCORECARD', [[1]], [[0]])).toEqual(
      feeError('#DIV/0!', 'SCORECARD: weights must have a positive sum'),
    );
  });

  it('EARNBACK treats blanks as not measured yet', () => {
    expect(run('EARNBACK', 2000, [[0.97, null]], 0.95)).toBe(0);
    expect(run('EARNBACK', 2000, 0.97, 0.95)).toBe(2000);
    expect(run('EARNBACK', 2000, null, 0.95)).toEqual(
      value('EARNBACK: later_actuals is required and must be a range of numbers'),
    );
  });
});

it('bounds money results by the bound of contracts and invoices, written out in resultBound.ts', () => {
  expect(LARGEST_CELL_MONEY.eq(largestHostMoney('EUR'))).toBe(true);
});
