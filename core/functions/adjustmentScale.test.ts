/**
 * HOURLYFEE's adjustment is a fraction of the rate (+10 % = 0.1): a 5 typed for 5 % multiplied the rate by
 * six, and only 10 and above was refused. An adjustment above 1 (more than doubling the rate) is refused
 * with the fraction it most likely meant; 1 (a doubled rate) and below are paid. Kernels and the decimal
 * path agree on every row.
 */
import fc from 'fast-check';
import { evaluate, type CellResult } from './evaluate';
import { findFunction } from './registry';

const spec = findFunction('HOURLYFEE')!;
const one = (adjustment: number) => evaluate(spec, [40, 75, adjustment, 1000, 0.8]);

test.each([
  [5, 'did you mean 0.05?'],
  [1.5, 'did you mean 0.015?'],
  [2, 'did you mean 0.02?'],
  [10, 'did you mean 0.1?'],
])('an adjustment of %d is refused: %s', (adjustment, hint) => {
  expect(one(adjustment)).toEqual({
    kind: '#VALUE!',
    message: `HOURLYFEE: adjustment ${adjustment} would multiply the rate by ${adjustment + 1} (an adjustment is a fraction, +10 % = 0.1): ${hint}`,
  });
});

test.each([
  [1, 6800],
  [0.1, 4100],
  [-0.5, 2300],
])('an adjustment of %d is paid', (adjustment, fee) => {
  expect(one(adjustment)).toBe(fee);
});

test('kernels and the decimal path agree on columns around 1', () => {
  const adjustment = fc.oneof(
    fc.constantFrom(1, 1.0000000000001, 0.999999999999999, 2, 9.99, 10, -0.99),
    fc.integer({ min: -90, max: 300 }).map((n) => n / 100),
  );
  fc.assert(
    fc.property(fc.array(adjustment, { minLength: 2, maxLength: 30 }), (values) => {
      const args = [40, 75, values.map((v) => [v]), 1000, 0.8];
      const fast = evaluate(spec, args) as CellResult[][];
      expect(fast).toEqual(evaluate(spec, args, { kernels: false }));
      values.forEach((v, i) => expect(typeof fast[i][0] === 'object').toBe(v > 1));
    }),
    { numRuns: 300, seed: 21 },
  );
});
