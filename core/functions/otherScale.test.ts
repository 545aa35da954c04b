/**
 * The scale rule (otherScale.ts) on columns: the kernels (kernels/scaleRows.ts leaves every row the rule
 * may refuse to the decimal path) and the decimal path agree cell for cell, errors by kind and message, on
 * values and levels drawn around the rule's edges (1, 100, ten times the level, levels 0 and 1); and a
 * refused row is refused for the reason the rule states, a row outside it answered. The same for the ratio
 * rule (refuseRatioScale: a ratio at least ten times the larger of 1 and its cap).
 */
import fc from 'fast-check';
import { fromHostNumber } from '../money';
import { evaluate, type CellResult } from './evaluate';
import type { HostArg, HostMatrix } from './hostValues';
import { findFunction } from './registry';

/** Values near each edge of the rule: whole-number percentages, fractions, 1 and 100 and their neighbours. */
const value = fc.oneof(
  fc.integer({ min: 0, max: 1200 }).map((n) => n / 10),
  fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000),
  fc.constantFrom(1, 100, 1.0000000000001, 99.9999999999999, 100.000000000001, 1.0000000000000002, 101),
  fc.double({ min: 0, max: 150, noNaN: true }),
);

/** Levels as fractions (0 and 1 included), just below 1, and above it. */
const level = fc.oneof(
  fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
  fc.constantFrom(0, 1, 0.999999999999999, 0.1, 0.01, 0.001, 0.0011, 1.5, 3),
);

/** Each function with its level as argument index, and a call built from an actual column and a level. */
const CALLS: readonly [string, (actual: HostMatrix, level: HostArg) => HostArg[]][] = [
  ['THRESHOLDFEE', (a, l) => [a, l, 5000]],
  ['BONUSMALUS', (a, l) => [a, l, 1000, 1000, 'lower']],
  ['SLACREDIT', (a, l) => [a, l, 100000, 0.1, 0.2]],
  ['ACHIEVEMENT', (a, l) => [a, l]],
  ['KPISCORE', (a, l) => [a, 0, l]],
  ['EARNBACK', (a, l) => [[[1000], [2000]], a, l]],
];

const column = (values: readonly number[]): HostMatrix => values.map((v) => [v]);

describe.each(CALLS)('%s', (name, call) => {
  const spec = findFunction(name)!;

  test('kernels and the decimal path agree on columns around the rule’s edges', () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 2, maxLength: 40 }), level, (values, l) => {
        const args = call(column(values), l);
        expect(evaluate(spec, args)).toEqual(evaluate(spec, args, { kernels: false }));
        // The level ranged too, a different one per row.
        const ranged = call(column(values), column(values.map((_, i) => (i % 2 ? l : values[i] / 100))));
        expect(evaluate(spec, ranged)).toEqual(evaluate(spec, ranged, { kernels: false }));
      }),
      { numRuns: 300, seed: 9 },
    );
  });

  test('a refused row is one the rule names: above 1, at most 100, 10 to 1,000 times a level in (0, 1)', () => {
    fc.assert(
      fc.property(value, level, (v, l) => {
        const result = evaluate(spec, call(column([v, v]), l)) as CellResult[][] | { message: string };
        const cell = Array.isArray(result) ? result[0][0] : result;
        const refused = typeof cell === 'object' && /another scale/.test(cell.message);
        const x = fromHostNumber(v);
        const y = fromHostNumber(l);
        const rule =
          x.gt(1) && x.lte(100) && y.gt(0) && y.lt(1) && x.gte(y.times(10)) && x.lte(y.times(1000));
        expect(refused).toBe(rule);
      }),
      { numRuns: 1000, seed: 10 },
    );
  });
});

/** Ratios near the rule's edges (10, 100, ten times a cap) and the caps around 1 and 10. */
const ratio = fc.oneof(
  value,
  fc.constantFrom(10, 9.99999999999999, 10.0000000000001, 12, 11.9999999999999, 50, 150, 1000, 1e6),
);
const cap = fc.oneof(
  fc.constantFrom(0, 0.5, 1, 1.2, 5, 9.99, 10, 100),
  fc.integer({ min: 0, max: 300 }).map((n) => n / 10),
);

/** Each ratio argument with a call built from its column and its cap (ignored where the cap is 1). */
const RATIO_CALLS: readonly [string, string, boolean, (ratio: HostMatrix, cap: HostArg) => HostArg[]][] = [
  ['HYBRIDFEE', 'score', true, (r, c) => [20000, 5000, r, c]],
  ['SLACREDIT', 'allocation', false, (r) => [0.9, 0.95, 100000, 0.1, r]],
  ['KPISCORE', 'stretch_score', false, (r) => [0.95, 0.7, 0.8, 'higher', 0.9, r]],
];

describe.each(RATIO_CALLS)('%s %s', (name, argument, capped, call) => {
  const spec = findFunction(name)!;

  test('kernels and the decimal path agree on columns around the ratio rule’s edges', () => {
    fc.assert(
      fc.property(fc.array(ratio, { minLength: 2, maxLength: 40 }), cap, (values, c) => {
        const args = call(column(values), c);
        expect(evaluate(spec, args)).toEqual(evaluate(spec, args, { kernels: false }));
        const ranged = call(column(values), column(values.map((v, i) => (i % 2 ? c : v / 10))));
        expect(evaluate(spec, ranged)).toEqual(evaluate(spec, ranged, { kernels: false }));
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  test('a refused row is one the rule names: ten times the larger of 1 and its cap', () => {
    fc.assert(
      fc.property(ratio, cap, (v, c) => {
        const result = evaluate(spec, call(column([v, v]), c)) as CellResult[][] | { message: string };
        const cell = Array.isArray(result) ? result[0][0] : result;
        const refused =
          typeof cell === 'object' &&
          cell.message.includes(`${argument} `) &&
          /another scale/.test(cell.message);
        const x = fromHostNumber(v);
        const y = capped ? fromHostNumber(c) : fromHostNumber(1);
        expect(refused).toBe(x.gte((y.gt(1) ? y : fromHostNumber(1)).times(10)));
      }),
      { numRuns: 1000, seed: 12 },
    );
  });
});

/** Caps around 100 (a percentage typed as a whole number above it) and ratios around 0 and 10. */
const bigCap = fc.oneof(
  cap,
  fc.constantFrom(100, 99.9999999999999, 100.000000000001, 101, 120, 150, 1000),
  fc.integer({ min: 900, max: 1600 }).map((n) => n / 10),
);
const smallRatio = fc.oneof(ratio, fc.constantFrom(0, 5e-324, 1e-16, 9.99999999999999, 10 - 2 ** -49, 10));

/** Each cap typed as a percentage (refuseCapScale) with a call from its ratio's column and the cap. */
const CAP_CALLS: readonly [string, string, (ratio: HostMatrix, cap: HostArg) => HostArg[]][] = [
  ['HYBRIDFEE', 'score_cap', (r, c) => [20000, 5000, r, c]],
  ['HOURLYFEE', 'achievement_cap', (r, c) => [40, 75, 0.1, 1000, r, c]],
];

describe.each(CAP_CALLS)('%s %s', (name, argument, call) => {
  const spec = findFunction(name)!;

  test('kernels and the decimal path agree on columns around the cap rule’s edges', () => {
    fc.assert(
      fc.property(fc.array(smallRatio, { minLength: 2, maxLength: 40 }), bigCap, (values, c) => {
        const args = call(column(values), c);
        expect(evaluate(spec, args)).toEqual(evaluate(spec, args, { kernels: false }));
        const ranged = call(column(values), column(values.map((v, i) => (i % 2 ? c : v * 20))));
        expect(evaluate(spec, ranged)).toEqual(evaluate(spec, ranged, { kernels: false }));
      }),
      { numRuns: 300, seed: 13 },
    );
  });

  test('a refused cap is one the rule names: above 100 beside a ratio above 0 and below 10', () => {
    fc.assert(
      fc.property(smallRatio, bigCap, (v, c) => {
        const result = evaluate(spec, call(column([v, v]), c)) as CellResult[][] | { message: string };
        const cell = Array.isArray(result) ? result[0][0] : result;
        const refused = typeof cell === 'object' && cell.message.startsWith(`${name}: ${argument} `);
        const x = fromHostNumber(v);
        expect(refused).toBe(fromHostNumber(c).gt(100) && x.gt(0) && x.lt(10));
      }),
      { numRuns: 1000, seed: 14 },
    );
  });
});

/** Tolerances around 1 and targets around 0 and 1, for the band rule (refuseBandScale). */
const tolerance = fc.oneof(
  fc.constantFrom(0, 0.5, 0.999999999999999, 0.9999999999999999, 1, 1.0000000000001, 2, 5, 100, 250),
  fc.integer({ min: 0, max: 300 }).map((n) => n / 100),
);
const target = fc.oneof(
  level,
  fc.constantFrom(5e-324, 0.9999999999999999, 4, 0.05),
  fc.integer({ min: 0, max: 200 }).map((n) => n / 100),
);

describe('BONUSMALUS tolerance', () => {
  const spec = findFunction('BONUSMALUS')!;
  const call = (actual: HostArg, t: HostArg, l: HostArg): HostArg[] => [actual, t, 1000, 800, 'lower', l];

  test('kernels and the decimal path agree on columns around the band rule’s edges', () => {
    fc.assert(
      fc.property(fc.array(tolerance, { minLength: 2, maxLength: 40 }), target, (values, t) => {
        const args = call(0.5, t, column(values));
        expect(evaluate(spec, args)).toEqual(evaluate(spec, args, { kernels: false }));
        const ranged = call(0.5, column(values.map((v, i) => (i % 2 ? t : v / 3))), column(values));
        expect(evaluate(spec, ranged)).toEqual(evaluate(spec, ranged, { kernels: false }));
      }),
      { numRuns: 300, seed: 15 },
    );
  });

  test('a refused tolerance is one the rule names: at least 1 around a target above 0 and below 1', () => {
    fc.assert(
      fc.property(tolerance, target, (l, t) => {
        const result = evaluate(spec, call(0.5, t, column([l, l]))) as CellResult[][] | { message: string };
        const cell = Array.isArray(result) ? result[0][0] : result;
        const refused = typeof cell === 'object' && cell.message.startsWith('BONUSMALUS: tolerance ');
        const y = fromHostNumber(t);
        expect(refused).toBe(fromHostNumber(l).gte(1) && y.gt(0) && y.lt(1));
      }),
      { numRuns: 1000, seed: 16 },
    );
  });
});

describe('SCORECARD weights on two scales', () => {
  const spec = findFunction('SCORECARD')!;
  /** Weights as fractions summing to 1, some of them typed as percentages, beside random weights. */
  const weights = fc.oneof(
    fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 2, maxLength: 8 }).map((parts) => {
      const total = parts.reduce((a, b) => a + b, 0) || 1;
      const cents = parts.map((p) => Math.floor((p * 100) / total));
      cents[0] += 100 - cents.reduce((a, b) => a + b, 0);
      return cents.map((c, i) => (i % 2 ? c : c / 100));
    }),
    fc.array(
      fc.oneof(
        fc.integer({ min: 0, max: 300 }).map((n) => n / 10),
        fc.constantFrom(1, 100),
      ),
      {
        minLength: 2,
        maxLength: 8,
      },
    ),
  );

  test('kernel and decimal path agree; refused exactly when the weights read as percentages sum to 1', () => {
    fc.assert(
      fc.property(weights, (w) => {
        fc.pre(w.some((x) => x > 0));
        const args = [[w.map((_, i) => (i % 3) / 2)], [w]];
        const result = evaluate(spec, args);
        expect(result).toEqual(evaluate(spec, args, { kernels: false }));
        const refused =
          typeof result === 'object' && /another scale/.test((result as { message: string }).message);
        const read = w.reduce((sum, x) => sum.plus(fromHostNumber(x > 1 ? x / 100 : x)), fromHostNumber(0));
        const mixed = w.some((x) => x > 1) && w.some((x) => x > 0 && x < 1);
        expect(refused).toBe(mixed && read.eq(1));
      }),
      { numRuns: 1000, seed: 17 },
    );
  });
});
