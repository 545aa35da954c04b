/** Plausible mistakes in worksheet arguments: each is an error naming its argument, never a number. */
import { feeError } from '../../errors';
import { evaluate } from '../evaluate';
import type { HostArg } from '../hostValues';
import { findFunction } from '../registry';

const run = (name: string, ...args: HostArg[]) => evaluate(findFunction(name)!, args);
const value = (message: string) => feeError('#VALUE!', message);

describe('user text is looked up in a Map: prototype names are nothing', () => {
  test.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])('%j', (word) => {
    expect(run('BONUSMALUS', 0.72, 0.75, 50000, 50000, word)).toEqual(
      value(`BONUSMALUS: direction must be "higher" or "lower" (or "hausse" / "baisse") (got "${word}")`),
    );
    expect(
      run(
        'TIEREDFEE',
        650,
        [
          [100, 2],
          [500, 1.5],
          [null, 1],
        ],
        word,
      ),
    ).toEqual(value(`TIEREDFEE: mode must be "graduated" or "volume" (got "${word}")`));
    expect(findFunction(word)).toBeUndefined();
  });
});

describe('TIEREDFEE: a header is a row with no cell that reads as a number', () => {
  const grid = [
    [100, 2],
    [500, 1.5],
    [null, 1],
  ];

  test('a first tier of numbers stored as text is refused, not taken for a header', () => {
    expect(run('TIEREDFEE', 650, [['100', '2'], ...grid.slice(1)])).toEqual(
      value(
        'TIEREDFEE: tiers up_to must be a number ≥ 0, not a number stored as text (got "100", row 1, column 1)',
      ),
    );
    expect(run('TIEREDFEE', 650, [['1,5', 'price'], ...grid])).toEqual(
      value(
        'TIEREDFEE: tiers up_to must be a number ≥ 0, not a number stored as text (got "1,5", row 1, column 1)',
      ),
    );
  });

  test('a header of text is skipped', () => {
    expect(run('TIEREDFEE', 650, [['up_to', 'unit_price'], ...grid])).toBe(950);
    expect(run('TIEREDFEE', 650, [['Tier 1 up to', ''], ...grid])).toBe(950);
  });
});

describe('SCORECARD: a blank beside a filled cell is an error', () => {
  test('a blank weight beside a score', () => {
    expect(run('SCORECARD', [[0.8, 1.2, 0.5]], [[0.5, null, 0.2]])).toEqual(
      value('SCORECARD: weights must not be blank beside a score (cell 2)'),
    );
  });

  test('a blank score beside a weight', () => {
    expect(run('SCORECARD', [[0.8, null, 0.5]], [[0.5, 0.3, 0.2]])).toEqual(
      value('SCORECARD: scores must not be blank where the weight is not 0 (cell 2)'),
    );
  });

  test('a pair left blank, or a blank score with a zero weight, is skipped', () => {
    expect(run('SCORECARD', [[0.8, null, 0.5]], [[0.5, null, 0.5]])).toBe(0.65);
    expect(run('SCORECARD', [[0.8, null, 0.5]], [[0.5, 0, 0.5]])).toBe(0.65);
  });
});

describe('HOURLYFEE: variable pay is never negative', () => {
  test('a negative achievement is refused, as the invoice clamps its variable pay at 0', () => {
    expect(run('HOURLYFEE', 40, 75, 0, 1000, -0.333)).toEqual(
      value('HOURLYFEE: achievement must be a number ≥ 0 (got -0.333)'),
    );
    expect(run('HOURLYFEE', 40, 75, 0, 1000, 0)).toBe(3000);
  });
});
