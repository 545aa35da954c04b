/**
 * SLACREDIT's `comparison` (issue 11, "Strict or inclusive comparison"), as a clause's and THRESHOLDFEE's:
 * `reaches` (default) meets the minimum on the minimum itself, `exceeds` ("uptime must exceed 99.5 %")
 * misses it there, so the credit is due. The column kernel and the decimal path agree row by row, exactly
 * on the minimum, one unit of the 15th digit either side, and in both directions; the kernel answers those
 * rows itself.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { evaluateFormula } from '../formula/evaluateFormula';
import { evaluate } from './evaluate';
import type { HostArg } from './hostValues';
import { findFunction } from './registry';
import type { Column } from './kernels/columns';
import { KERNELS } from './kernels/index';
import type { Kernel } from './kernels/kernel';

const spec = findFunction('SLACREDIT')!;
const col = (...xs: number[]) => xs.map((x) => [x]) as HostArg;

/** The call through the kernel, how many rows the kernel answered, and the decimal path's result. */
function both(args: readonly HostArg[]) {
  const kernel = KERNELS.get('SLACREDIT') as Kernel<unknown>;
  const original = kernel.run;
  let own = 0;
  kernel.run = (params: unknown, columns: readonly Column[], n: number, out: Float64Array) => {
    original(params, columns, n, out);
    for (let i = 0; i < n; i++) if (!Number.isNaN(out[i])) own++;
  };
  try {
    return { fast: evaluate(spec, args), reference: evaluate(spec, args, { kernels: false }), own };
  } finally {
    kernel.run = original;
  }
}

test('exceeds: a credit on the minimum itself, none above it; reaches (the default) none on it', () => {
  const at = (actual: number, ...rest: HostArg[]) =>
    evaluate(spec, [actual, 0.95, 100000, 0.1, 0.2, ...rest]);
  expect(at(0.95, 'higher', 'exceeds')).toBe(2000);
  expect(at(0.951, 'higher', 'exceeds')).toBe(0);
  expect(at(0.95, 'higher', 'reaches')).toBe(0);
  expect(at(0.95)).toBe(0);
  expect(at(0.95, null, null)).toBe(0);
  expect(at(0.95, 'hausse', 'dépasse')).toBe(2000);
  expect(evaluate(spec, [4, 4, 100000, 0.1, 0.2, 'lower', 'exceeds'])).toBe(2000);
  expect(evaluate(spec, [3.99, 4, 100000, 0.1, 0.2, 'lower', 'exceeds'])).toBe(0);
});

test('an unknown comparison is an error naming the argument', () => {
  const result = evaluate(spec, [0.95, 0.95, 100000, 0.1, 0.2, 'higher', 'above']);
  expect(result).toMatchObject({ message: expect.stringMatching(/^SLACREDIT: comparison .*"above"/) });
});

/** A double just below 0.95, which a cell shows as 0.95 (15 significant digits). */
const ULP_BELOW = 0.95 - Number.EPSILON / 2;

test.each([
  ['higher', 'exceeds', [ULP_BELOW, 0.95, 0.7 + 0.25, 0.950000000000001, 0.94], [2000, 2000, 2000, 0, 2000]],
  ['higher', 'reaches', [ULP_BELOW, 0.95, 0.7 + 0.25, 0.950000000000001, 0.94], [0, 0, 0, 0, 2000]],
  ['lower', 'exceeds', [0.95, 0.949999999999999, 0.96], [2000, 0, 2000]],
  ['lower', 'reaches', [0.95, 0.949999999999999, 0.96], [0, 0, 2000]],
])(
  '%s, %s: the kernel and the decimal path agree on and around the minimum',
  (direction, comparison, actuals, credits) => {
    const { fast, reference, own } = both([col(...actuals), 0.95, 100000, 0.1, 0.2, direction, comparison]);
    expect(fast).toEqual(reference);
    expect(fast).toEqual(credits.map((c) => [c]));
    expect(own).toBe(actuals.length);
  },
);

test('a comparison given as a range is read row by row, on the decimal path', () => {
  const comparisons = [['exceeds'], ['reaches'], [null]] as HostArg;
  const { fast, reference } = both([col(0.95, 0.95, 0.95), 0.95, 100000, 0.1, 0.2, 'higher', comparisons]);
  expect(fast).toEqual(reference);
  expect(fast).toEqual([[2000], [0], [0]]);
});

test('the formula docs/contract-format.md gives for a strict service level', () => {
  const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'contract-format.md'), 'utf8');
  const formula = '-SLACREDIT(0.995, 0.995, 10000, 0.1, 0.5, "higher", "exceeds")';
  // The same credit as the THRESHOLDFEE form, which comparison.test.ts holds to the invoice's credit line.
  const byThreshold = '-(1 - THRESHOLDFEE(0.995, 0.995, 1, "higher", "exceeds")) * 10000 * 0.1 * 0.5';
  expect(doc).toContain(`\`${formula}\` = -500`);
  expect(evaluateFormula(formula)).toBe(-500);
  expect(evaluateFormula(formula)).toBe(evaluateFormula(byThreshold));
  expect(evaluateFormula(formula.replace('0.995, 0.995', '0.996, 0.995'))).toBe(0);
});
