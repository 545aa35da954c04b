/** Laws of the worksheet functions, checked on thousands of random inputs against an exact reference. */
import fc from 'fast-check';
import { isFeeError } from '../errors';
import { expectAmong, expectAtLeast, expectAtMost, expectIs } from '../../test/support/quickExpect';
import * as R from '../../test/support/rational';
import { evaluate, type EvalResult } from './evaluate';
import type { HostArg } from './hostValues';
import { FUNCTIONS, findFunction } from './registry';
import { fromHostNumber } from '../money';
import { onAnotherScale } from './otherScale';

const RUNS = { numRuns: 3000 };

function call(name: string, ...args: HostArg[]): EvalResult | ReturnType<typeof evaluate> {
  return evaluate(findFunction(name)!, args);
}

function num(name: string, ...args: HostArg[]): number {
  const r = call(name, ...args);
  if (typeof r !== 'number') throw new Error(`${name}(${JSON.stringify(args)}) gave ${JSON.stringify(r)}`);
  return r;
}

/** Values as typed in a sheet: a few decimals, moderate magnitude. */
const sheetDecimal = (min: number, max: number, decimals = 3) =>
  fc
    .integer({ min: Math.round(min * 10 ** decimals), max: Math.round(max * 10 ** decimals) })
    .map((n) => n / 10 ** decimals);
/**
 * Any value a cell can hold in a range, including awkward binary fractions: a double at the 15 significant
 * digits a cell keeps (laws compare results with bounds as the function reads them).
 */
const anyDouble = (min: number, max: number) =>
  fc
    .double({ min, max, noNaN: true, noDefaultInfinity: true })
    .map((x) => Number(x.toPrecision(15)))
    .filter((x) => x >= min && x <= max);
const value = (min: number, max: number) => fc.oneof(sheetDecimal(min, max), anyDouble(min, max));
const direction = fc.constantFrom('higher', 'lower');

/** A value the scale rule refuses against these levels (otherScale.test.ts checks the rule itself). */
const otherScale = (value: number, ...levels: (number | null)[]) =>
  onAnotherScale(
    fromHostNumber(value),
    levels.filter((level): level is number => level !== null).map(fromHostNumber),
  );

/** A tolerance the band rule refuses around this target (otherScale.test.ts checks the rule itself). */
const bandScale = (tolerance: number, target: number) =>
  fromHostNumber(tolerance).gte(1) && fromHostNumber(target).gt(0) && fromHostNumber(target).lt(1);

describe('BONUSMALUS', () => {
  it('never decreases as performance improves, and stays within its caps', () => {
    fc.assert(
      fc.property(
        value(-10, 10),
        value(-10, 10),
        value(-10, 10),
        value(0, 1e5),
        value(0, 1e5),
        direction,
        value(0, 1),
        fc.option(value(0, 1e5), { nil: null }),
        fc.option(value(0, 1e5), { nil: null }),
        (a, b, target, bonusRate, malusRate, dir, tolerance, bonusCap, malusCap) => {
          fc.pre(!otherScale(a, target) && !otherScale(b, target) && !bandScale(tolerance, target));
          const [worse, better] =
            dir === 'higher' ? [Math.min(a, b), Math.max(a, b)] : [Math.max(a, b), Math.min(a, b)];
          const args = [target, bonusRate, malusRate, dir, tolerance, bonusCap, malusCap] as const;
          const low = num('BONUSMALUS', worse, ...args);
          const high = num('BONUSMALUS', better, ...args);
          expectAtMost(low, high);
          for (const r of [low, high]) {
            if (bonusCap !== null) expectAtMost(r, bonusCap);
            if (malusCap !== null) expectAtLeast(r, -malusCap);
          }
        },
      ),
      RUNS,
    );
  });

  it('equals the exact rational reference', () => {
    fc.assert(
      fc.property(
        value(-10, 10),
        value(-10, 10),
        value(0, 1e5),
        value(0, 1e5),
        direction,
        value(0, 1),
        (actual, target, bonusRate, malusRate, dir, tolerance) => {
          fc.pre(!otherScale(actual, target) && !bandScale(tolerance, target));
          const gap =
            dir === 'higher'
              ? R.sub(R.fromDouble(actual), R.fromDouble(target))
              : R.sub(R.fromDouble(target), R.fromDouble(actual));
          const tol = R.fromDouble(tolerance);
          let expected = R.ZERO;
          if (R.cmp(gap, tol) > 0) expected = R.mul(R.fromDouble(bonusRate), R.sub(gap, tol));
          else if (R.cmp(R.add(gap, tol), R.ZERO) < 0)
            expected = R.mul(R.fromDouble(malusRate), R.add(gap, tol));
          expectIs(
            num('BONUSMALUS', actual, target, bonusRate, malusRate, dir, tolerance),
            R.toDouble(expected),
          );
        },
      ),
      RUNS,
    );
  });
});

describe('KPISCORE', () => {
  const curve = fc
    .tuple(value(-100, 100), value(0, 50), value(0, 50), fc.boolean(), value(1, 3), value(0, 1), direction)
    .map(([threshold, up1, up2, withStretch, stretchScore, thresholdScore, dir]) => {
      const s = dir === 'higher' ? 1 : -1;
      const target = threshold + s * up1;
      return {
        threshold,
        target,
        stretch: withStretch ? target + s * up2 : null,
        stretchScore,
        thresholdScore,
        dir,
      };
    });

  it('lies between 0 and its top score and is monotone', () => {
    fc.assert(
      fc.property(curve, value(-200, 200), value(-200, 200), (c, a, b) => {
        const args = [c.threshold, c.target, c.dir, c.stretch, c.stretchScore, c.thresholdScore] as const;
        const levels = [c.threshold, c.target, c.stretch];
        fc.pre(!otherScale(a, ...levels) && !otherScale(b, ...levels));
        const r = call('KPISCORE', a, ...args);
        if (isFeeError(r)) {
          // Only a rounding of threshold + s × up in doubles may break the order; then it must be the level check.
          expect(r.message).toMatch(/must be [≥≤] (threshold|target)/);
          return;
        }
        const top = c.stretch === null ? 1 : c.stretchScore;
        const [worse, better] =
          c.dir === 'higher' ? [Math.min(a, b), Math.max(a, b)] : [Math.max(a, b), Math.min(a, b)];
        const low = num('KPISCORE', worse, ...args);
        const high = num('KPISCORE', better, ...args);
        expectAtMost(low, high);
        for (const x of [low, high]) {
          expectAtLeast(x, 0);
          expectAtMost(x, Math.max(top, 1));
        }
      }),
      RUNS,
    );
  });
});

describe('TIEREDFEE', () => {
  const grid = fc
    .array(fc.tuple(sheetDecimal(0.001, 1000), sheetDecimal(0, 50, 2)), { minLength: 1, maxLength: 5 })
    .map((rows) => {
      let bound = 0;
      return rows.map(([width, price], i) => {
        bound = Math.round((bound + width) * 1000) / 1000;
        return [i === rows.length - 1 ? null : bound, price];
      });
    });

  it('graduated is monotone and continuous in quantity (no flat fees)', () => {
    fc.assert(
      fc.property(grid, sheetDecimal(0, 10000), sheetDecimal(0, 1, 3), (tiers, q, step) => {
        const maxPrice = Math.max(...tiers.map((t) => t[1] as number));
        const a = num('TIEREDFEE', q, tiers);
        const b = num('TIEREDFEE', q + step, tiers);
        expectAtMost(a, b);
        const jump = R.sub(R.fromDouble(b), R.fromDouble(a));
        const bound = R.mul(R.fromDouble(maxPrice), R.sub(R.fromDouble(q + step), R.fromDouble(q)));
        expectAtMost(R.cmp(jump, R.add(bound, R.rat(1n, 10n ** 9n))), 0);
      }),
      RUNS,
    );
  });

  it('graduated equals the exact reference: Σ units in tier × price', () => {
    fc.assert(
      fc.property(grid, sheetDecimal(0, 10000), (tiers, q) => {
        let expected = R.ZERO;
        let lower = R.ZERO;
        const quantity = R.fromDouble(q);
        for (const [upTo, price] of tiers) {
          if (R.cmp(quantity, lower) <= 0) break;
          const top = upTo === null ? quantity : R.min(quantity, R.fromDouble(upTo));
          expected = R.add(expected, R.mul(R.sub(top, lower), R.fromDouble(price as number)));
          if (upTo === null) break;
          lower = R.fromDouble(upTo);
        }
        expectIs(num('TIEREDFEE', q, tiers), R.toDouble(expected));
      }),
      RUNS,
    );
  });
});

describe('other functions against the exact reference', () => {
  it('HOURLYFEE = hours × rate × (1 + adjustment) + variable × min(achievement, cap)', () => {
    fc.assert(
      fc.property(
        value(0, 300),
        value(0, 500),
        value(-0.99, 1), // above 1, an adjustment is refused (adjustmentScale.test.ts)
        value(0, 1e4),
        value(0, 3),
        value(0, 3),
        (h, rate, adj, variable, ach, cap) => {
          const expected = R.add(
            R.mul(R.mul(R.fromDouble(h), R.fromDouble(rate)), R.add(R.ONE, R.fromDouble(adj))),
            R.mul(R.fromDouble(variable), R.min(R.fromDouble(ach), R.fromDouble(cap))),
          );
          expectIs(num('HOURLYFEE', h, rate, adj, variable, ach, cap), R.toDouble(expected));
        },
      ),
      RUNS,
    );
  });

  it('ACHIEVEMENT = actual ÷ target (or the inverse), rounded once', () => {
    fc.assert(
      fc.property(value(0.001, 1e6), value(0.001, 1e6), direction, (a, t, dir) => {
        fc.pre(!otherScale(a, t));
        const expected =
          dir === 'higher'
            ? R.div(R.fromDouble(a), R.fromDouble(t))
            : R.div(R.fromDouble(t), R.fromDouble(a));
        expectIs(num('ACHIEVEMENT', a, t, dir), R.toDouble(expected));
      }),
      RUNS,
    );
  });

  it('GAINSHARE stays within [floor, cap] and equals share × gain inside', () => {
    fc.assert(
      fc.property(
        value(-1e6, 1e6),
        value(-1e6, 1e6),
        value(0, 1),
        direction,
        value(0, 1e5),
        value(-1e5, 0),
        (base, actual, share, dir, cap, floor) => {
          const r = num('GAINSHARE', base, actual, share, dir, cap, floor);
          expectAtLeast(r, floor);
          expectAtMost(r, cap);
          const gain =
            dir === 'higher'
              ? R.sub(R.fromDouble(actual), R.fromDouble(base))
              : R.sub(R.fromDouble(base), R.fromDouble(actual));
          const expected = R.max(
            R.fromDouble(floor),
            R.min(R.fromDouble(cap), R.mul(R.fromDouble(share), gain)),
          );
          expectIs(r, R.toDouble(expected));
        },
      ),
      RUNS,
    );
  });
});

describe('every function, any finite input', () => {
  const hostile = fc.oneof(
    anyDouble(-Number.MAX_VALUE, Number.MAX_VALUE),
    value(-10, 10),
    fc.constantFrom(
      0,
      -0,
      1e308,
      -1e308,
      5e-324,
      1e-300,
      Number.MAX_SAFE_INTEGER,
      '',
      null,
      'higher',
      'lower',
      'abc',
      true,
      false,
    ),
  );
  const arg = fc.oneof(
    { weight: 4, arbitrary: hostile },
    {
      weight: 1,
      arbitrary: fc.array(fc.array(hostile, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 3 }),
    },
  );

  it.each(FUNCTIONS.map((f) => [f.name, f] as const))(
    '%s returns a finite number, a blank or a typed error, never NaN or Infinity',
    (_name, spec) => {
      fc.assert(
        fc.property(fc.array(arg, { minLength: 0, maxLength: spec.args.length }), (args) => {
          const result = evaluate(spec, args as HostArg[]);
          const cells = Array.isArray(result) ? result.flat() : [result];
          for (const cell of cells) {
            if (isFeeError(cell)) {
              expectAmong(['#VALUE!', '#DIV/0!', '#NUM!'], cell.kind);
              expectIs(cell.message.startsWith(`${spec.name}: `), true);
            } else if (cell !== '') {
              expectIs(Number.isFinite(cell), true);
              expectIs(Object.is(cell, -0), false);
            }
          }
        }),
        { numRuns: 1500 },
      );
    },
  );
});
