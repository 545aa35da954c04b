/**
 * SCORECARD's exact integers for tables of short decimals (`shortQuotient`) against the decimal.js path,
 * bit for bit: seeded random tables of what sheets hold (cents, percentages, scores to a few decimals, at
 * scales 0 to 14, some beyond the 12 it reads), with coefficients up to 16 digits (beyond the 15 a cell
 * shows), products and totals either side of 2^53, ulp neighbours of short values (which are no short
 * decimal), zeros, −0, and the two scales' rules. Every answer it gives must be the decimal path's, and it
 * must answer a good share: a path that gave up on everything could not pass unnoticed.
 */
import fc from 'fast-check';
import { expectIs } from '../../../test/support/quickExpect';
import { evaluate } from '../evaluate';
import type { HostMatrix } from '../hostValues';
import { FUNCTIONS } from '../registry';
import { scorecardKernel, shortQuotient } from './scorecard';

const spec = FUNCTIONS.find((f) => f.name === 'SCORECARD')!;

function nextUp(x: number): number {
  const bits = new BigInt64Array(new Float64Array([x]).buffer);
  bits[0] += x >= 0 ? 1n : -1n;
  return new Float64Array(bits.buffer)[0];
}

/** m · 10^-k, the double nearest to it, for m of 1 to `digits` digits and k up to `scales`. */
const decimal = (digits: number, scales: number) =>
  fc
    .tuple(fc.integer({ min: 1, max: digits }), fc.nat(scales))
    .chain(([n, k]) => fc.bigInt(0n, 10n ** BigInt(n) - 1n).map((m) => Number(`${m}e-${k}`)));

/** A non-negative short cell: mostly a few digits at a few decimals, sometimes up to 9 at 8, or zero. */
const shortCell = fc.oneof(
  { weight: 12, arbitrary: decimal(5, 4) },
  { weight: 1, arbitrary: decimal(9, 8) },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, 1, 0.5, 999999999999999) },
);

/**
 * Any non-negative cell: a short one, or up to 16 digits at up to 14 decimals (beyond the 15 digits a cell
 * shows, and the 12 decimals read), one ulp beside a short value (no short decimal), or 10^15.
 */
const anyCell = fc.oneof(
  { weight: 6, arbitrary: shortCell },
  { weight: 2, arbitrary: decimal(16, 14) },
  { weight: 1, arbitrary: decimal(5, 4).map((x) => (x === 0 ? 0 : nextUp(x))) },
  { weight: 1, arbitrary: fc.constantFrom(1e15, 1234567890123456) },
);

/**
 * A table's pairs: all short (most tables: scores of any short kind, weights mostly of a few digits), or
 * of any cells, where a long one is the rule.
 */
const pairsOf = (score: fc.Arbitrary<number>, weight: fc.Arbitrary<number>) =>
  fc.array(
    fc.tuple(
      fc.oneof(
        score,
        score.map((x) => -x),
      ),
      weight,
    ),
    { minLength: 1, maxLength: 40 },
  );

const shortWeight = fc.oneof({ weight: 12, arbitrary: decimal(4, 3) }, { weight: 1, arbitrary: shortCell });

/** Pairs as a column (rows of one cell) or as one row. */
function tables(pairs: readonly (readonly [number, number])[], asRow: boolean): [HostMatrix, HostMatrix] {
  if (asRow) return [[pairs.map(([s]) => s)], [pairs.map(([, w]) => w)]];
  return [pairs.map(([s]) => [s]), pairs.map(([, w]) => [w])];
}

it('gives the decimal path’s double, bit for bit, for every short table it answers, and answers most', () => {
  let runs = 0;
  let answered = 0;
  fc.assert(
    fc.property(
      fc.oneof(
        { weight: 3, arbitrary: pairsOf(shortCell, shortWeight) },
        { weight: 1, arbitrary: pairsOf(anyCell, anyCell) },
      ),
      fc.boolean(),
      (pairs, asRow) => {
        const [scores, weights] = tables(pairs, asRow);
        const reference = evaluate(spec, [scores, weights], { kernels: false });
        const short = shortQuotient(scores, weights, asRow ? pairs.length : 1, pairs.length);
        runs++;
        if (short === short) {
          answered++;
          expectIs(short, reference);
        }
        const fast = scorecardKernel.run([scores, weights], spec);
        if (fast !== undefined) expectIs(fast, reference);
      },
    ),
    { numRuns: 20000, seed: 20261204 },
  );
  // Of the short tables (three in four), those whose integers stay below 2^53.
  expect(answered / runs).toBeGreaterThan(0.35);
});

/** The largest coefficient of `digits` digits (99…9) at `scale` decimals. */
function nines(digits: number, scale: number): number {
  return Number(`${10 ** digits - 1}e-${scale}`);
}

it('gives the decimal path’s double where the exact integers reach 2^53, or leaves the table', () => {
  // Products of a 9-digit and an 8-digit coefficient (some 10^17) overflow 2^53 on their own; 6 × 6 digits
  // summed over 9 … 11 cells lie either side of it; so do totals of 16-digit weights.
  const cases: [number[], number[]][] = [];
  for (let n = 1; n <= 12; n++) {
    cases.push([Array(n).fill(nines(9, 8)), Array(n).fill(nines(8, 8))]);
    cases.push([Array(n).fill(nines(9, 8)), Array(n).fill(nines(6, 6))]);
    cases.push([Array(n).fill(-nines(9, 1)), Array(n).fill(nines(6, 3))]);
    cases.push([Array(n).fill(0.5), Array(n).fill(nines(15, 0) / 10 ** (n % 4))]);
  }
  for (const [s, w] of cases) {
    const scores = s.map((x) => [x]);
    const weights = w.map((x) => [x]);
    const reference = evaluate(spec, [scores, weights], { kernels: false });
    const short = shortQuotient(scores, weights, 1, s.length);
    if (short === short) expectIs(short, reference);
  }
});

it('reads a 16-digit coefficient as the cell shows it, to 15 digits, or leaves it', () => {
  // 1234567890123456 is a double; a cell shows 1.23456789012346E+15, and the decimal path reads that.
  for (const [scores, weights] of [
    [[[1234567890123456]], [[1]]],
    [
      [[0.5], [1]],
      [[1234567890123456], [1]],
    ],
    [[[1e15]], [[3]]],
    // A weight's 16th digit changes the score: 1234567890123460 / 2234567890123460 is not the quotient of
    // the doubles.
    [
      [[1], [0]],
      [[1234567890123456], [1e15]],
    ],
  ] as [HostMatrix, HostMatrix][]) {
    expectIs(shortQuotient(scores, weights, 1, scores.length), Number.NaN);
    const fast = scorecardKernel.run([scores, weights], spec);
    if (fast !== undefined) expectIs(fast, evaluate(spec, [scores, weights], { kernels: false }));
  }
});

it('answers an exact cancellation, a table of integers and mixed scales itself', () => {
  expectIs(shortQuotient([[0.8], [-0.8]], [[0.5], [0.5]], 1, 2), 0);
  expectIs(
    evaluate(spec, [
      [[0.8], [-0.8]],
      [[0.5], [0.5]],
    ]),
    0,
  );
  expectIs(shortQuotient([[45], [5], [80]], [[3], [3], [4]], 1, 3), 47);
  // 0.125 (3 decimals) after 0.5 (1): what was summed is carried to the finer scale.
  const scores = [[0.5], [0.125], [1.25]];
  const weights = [[0.3], [0.25], [0.0001]];
  const reference = evaluate(spec, [scores, weights], { kernels: false });
  expectIs(shortQuotient(scores, weights, 1, 3), reference);
  expectIs(typeof reference, 'number');
});

it('leaves to the decimal path what is not a short table of numbers', () => {
  const weights = [[0.5], [0.5]];
  for (const odd of [0.1 + 0.2, 1e-13, Number.NaN, Infinity, -Infinity, '0.5', null, true]) {
    expectIs(shortQuotient([[0.8], [odd as number]], weights, 1, 2), Number.NaN);
  }
  // Weights of 0 (the decimal path's #DIV/0!), a negative weight, an infinite one.
  expectIs(shortQuotient([[0.8], [0.5]], [[0], [-0]], 1, 2), Number.NaN);
  expectIs(shortQuotient([[0.8], [0.5]], [[0.5], [-0.5]], 1, 2), Number.NaN);
  expectIs(shortQuotient([[0.8], [0.5]], [[0.5], [Infinity]], 1, 2), Number.NaN);
  // Weights on two scales, and scores: the decimal path refuses them, naming the first.
  expectIs(shortQuotient([[0.8], [1.2], [0.5]], [[50], [0.3], [0.2]], 1, 3), Number.NaN);
  expectIs(shortQuotient([[0.8], [0.9], [85]], [[0.3], [0.3], [0.4]], 1, 3), Number.NaN);
  expectIs(typeof shortQuotient([[0.8], [1.2], [0.5]], [[50], [0.3], [0.21]], 1, 3), 'number');
});
