/**
 * The SCORECARD kernel on the cells hardest for its 15-digit rounding: values whose 16th significant digit
 * is a 5 (a tie at 15 digits, where the exact product error decides) and their ulp neighbours, beside
 * arbitrary doubles. The kernel itself must answer (not leave it to the decimal path) and give the decimal
 * path's double bit for bit, except on the scores that path refuses as on two scales; where the quotient sits on a rounding boundary it must leave the call to the
 * decimal path rather than guess.
 */
import fc from 'fast-check';
import { expectIs } from '../../../test/support/quickExpect';
import { evaluate } from '../evaluate';
import { FUNCTIONS } from '../registry';
import { scorecardKernel } from './scorecard';

const spec = FUNCTIONS.find((f) => f.name === 'SCORECARD')!;

/** A 16-significant-digit decimal ending in 5, as a double, or one ulp beside it. */
const tie = fc
  .tuple(fc.bigInt(10n ** 14n, 10n ** 15n - 1n), fc.integer({ min: -21, max: 14 }), fc.constantFrom(-1, 0, 1))
  .map(([digits, exponent, step]) => {
    const x = Number(`${digits}5e${exponent - 15}`);
    return step === 0 ? x : step > 0 ? nextUp(x) : -nextUp(-x);
  })
  .filter((x) => x >= 1e-7 && x < 1e15);

function nextUp(x: number): number {
  const bits = new BigInt64Array(new Float64Array([x]).buffer);
  bits[0] += x >= 0 ? 1n : -1n;
  return new Float64Array(bits.buffer)[0];
}

const value = fc.oneof(tie, fc.double({ min: 1e-7, max: 1e6, noNaN: true }), fc.constantFrom(0, 0.8, 0.25));

it('answers tie-heavy tables itself, exactly as the decimal path does', () => {
  fc.assert(
    fc.property(
      fc.array(
        fc.tuple(
          fc.oneof(
            value,
            value.map((x) => -x),
          ),
          value,
        ),
        { minLength: 1, maxLength: 30 },
      ),
      (pairs) => {
        fc.pre(pairs.some(([, w]) => w !== 0));
        const scores = pairs.map(([s]) => [s]);
        const weights = pairs.map(([, w]) => [w]);
        const fast = scorecardKernel.run([scores, weights], spec);
        const reference = evaluate(spec, [scores, weights], { kernels: false });
        // Scores of 10 and more beside scores up to 1.5 are refused there (defs/scorecard.ts), and left.
        if (typeof reference !== 'number') return expectIs(fast, undefined);
        expectIs(typeof fast, 'number');
        expectIs(fast, reference);
      },
    ),
    { numRuns: 3000, seed: 20261201 },
  );
});

it('pairs a row of scores with a column of weights in reading order, and refuses ragged tables', () => {
  const scores = [[0.8, 1.2, 0.5]];
  const weights = [[0.5], [0.3], [0.2]];
  expect(scorecardKernel.run([scores, weights], spec)).toBe(0.86);
  expect(scorecardKernel.run([[[0.8, 1.2], [0.5]], weights], spec)).toBeUndefined();
  expect(scorecardKernel.run([scores, [[0.5], [0.3]]], spec)).toBeUndefined();
});

/** A table of `n` tie-heavy values drawn from a seeded generator. */
function tieTable(n: number, seed: number, negatives: boolean): number[][] {
  const values = fc.sample(
    negatives
      ? fc.oneof(
          value,
          value.map((x) => -x),
        )
      : value,
    { numRuns: n, seed },
  );
  return values.map((x) => [x]);
}

it('answers tables of 20,000 cells itself, exactly as the decimal path does', () => {
  for (const seed of [1, 2, 3]) {
    const scores = tieTable(20000, seed, seed === 3);
    const weights = tieTable(20000, seed + 10, false);
    const fast = scorecardKernel.run([scores, weights], spec);
    expect(typeof fast).toBe('number');
    expect(Object.is(fast, evaluate(spec, [scores, weights], { kernels: false }))).toBe(true);
  }
});

it('leaves a quotient exactly on a rounding boundary to the decimal path', () => {
  // Σ weight = 2^53 · 10^-15 and Σ score × weight = (2^53 + 1) · 10^-15: the quotient is 1 + 2^-53, halfway
  // between 1 and the next double. The decimal path's 40-digit quotient lies just below it, so it answers 1.
  const scores = [[1], [1], [1.00000001]];
  const weights = [[9.00719905474099], [1.00000002e-7], [1e-7]];
  expect(scorecardKernel.run([scores, weights], spec)).toBeUndefined();
  expect(evaluate(spec, [scores, weights], { kernels: false })).toBe(1);
  expect(evaluate(spec, [scores, weights])).toBe(1);
});

it('answers zero scores with 0, and leaves a sum of long decimals that cancels exactly to the decimal path', () => {
  expect(
    scorecardKernel.run(
      [
        [[0], [-0]],
        [[0.5], [0.25]],
      ],
      spec,
    ),
  ).toBe(0);
  // Fifteen decimals: beyond the short decimals' scales, so the double-double sums, which cannot tell an
  // exact 0 (shortScorecard.test.ts has 0.8 and −0.8, which the exact integers answer).
  const cancelling = [
    [[0.812345678901234], [-0.812345678901234]],
    [[0.5], [0.5]],
  ];
  expect(scorecardKernel.run(cancelling, spec)).toBeUndefined();
  expect(evaluate(spec, cancelling)).toBe(0);
});

it('pairs a row of 150,000 scores with a column of 150,000 weights as the same pairs in columns', () => {
  // More cells than V8 takes as the arguments of one call.
  const row = Array.from({ length: 150000 }, (_, i) => 0.5 + (i % 997) / 1000);
  const weights = row.map((_, i) => [1 + (i % 13) / 10]);
  const asColumns = scorecardKernel.run([row.map((x) => [x]), weights], spec);
  expect(typeof asColumns).toBe('number');
  expect(scorecardKernel.run([[row], weights], spec)).toBe(asColumns);
});

it('answers weights in points itself and leaves only weights that may be on two scales', () => {
  const scores = [[0.8], [1.2], [0.5]];
  // 50/30/20 (a total of 100, which the loop scans again) and 2/0.5 (no weight in (0, 1) sums to 1).
  expectIs(scorecardKernel.run([scores, [[50], [30], [20]]], spec), 0.86);
  expectIs(scorecardKernel.run([scores.slice(0, 2), [[2], [0.5]]], spec), 0.88);
  // {50, 0.3, 0.2}: 0.5 + 0.3 + 0.2 = 1 once 50 is read as a percentage; the decimal path refuses it.
  expectIs(scorecardKernel.run([scores, [[50], [0.3], [0.2]]], spec), undefined);
  expectIs(scorecardKernel.run([scores, [[50], [0.3], [0.2000001]]], spec), undefined);
  expectIs(typeof scorecardKernel.run([scores, [[50], [0.3], [0.21]]], spec), 'number');
});

it('answers scores on one scale itself and leaves scores that may be on two scales', () => {
  const weights = [[0.3], [0.3], [0.4]];
  expectIs(scorecardKernel.run([[[0.8], [0.9], [85]], weights], spec), undefined);
  // 10 − 2^-49 (9.999999999999998) shows as 10 at 15 digits: the decimal path refuses it beside 0.5, so must the kernel.
  expectIs(scorecardKernel.run([[[0.8], [0.5], [10 - 2 ** -49]], weights], spec), undefined);
  expectIs(scorecardKernel.run([[[45], [5], [80]], weights], spec), 0.3 * 45 + 0.3 * 5 + 0.4 * 80);
  expectIs(scorecardKernel.run([[[0.8], [3], [12]], weights], spec), 5.94);
  expectIs(
    scorecardKernel.run(
      [
        [[0.8], [0.9], [85]],
        [[0.5], [0.5], [0]],
      ],
      spec,
    ),
    0.85,
  );
});

it('reads a value below 10^-7 exactly or leaves the table to the decimal path, down to subnormals', () => {
  let seed = 5;
  const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  for (let i = 0; i < 4000; i++) {
    // One small value among ordinary ones, from just under 10^-7 down to 5e-324.
    const small = i % 50 === 0 ? 5e-324 : (0.1 + 0.9 * next()) * 10 ** -(7 + Math.floor(next() * 300));
    const scores = [[0.8], [i % 2 ? small : 0.5], [1.2]];
    const weights = [[i % 2 ? 0.3 : small], [0.5], [0.2]];
    const fast = scorecardKernel.run([scores, weights], spec);
    if (fast !== undefined) expectIs(fast, evaluate(spec, [scores, weights], { kernels: false }));
  }
  // Of more digits than a short decimal's (shortScorecard.test.ts), 9.7123456e-8 shares 10^-7's slice
  // (k = 22) and is read, exactly; 10^-8 and below are left.
  expectIs(
    scorecardKernel.run(
      [
        [[0.8], [9.7123456e-8]],
        [[0.3], [0.5]],
      ],
      spec,
    ),
    evaluate(spec, [
      [[0.8], [9.7123456e-8]],
      [[0.3], [0.5]],
    ]),
  );
  expectIs(
    typeof scorecardKernel.run(
      [
        [[0.8], [9.7123456e-8]],
        [[0.3], [0.5]],
      ],
      spec,
    ),
    'number',
  );
  expectIs(
    scorecardKernel.run(
      [
        [[0.8], [9.7123456e-9]],
        [[0.3], [0.5]],
      ],
      spec,
    ),
    undefined,
  );
});
