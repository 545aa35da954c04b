/**
 * The column kernels at the places exactness breaks, one by one: a band edge and one unit of the 15th
 * digit or one ulp off it, a product exactly halfway between two doubles above 2^53, coefficients at 2^53
 * once aligned, −0 in every argument, the largest amounts a cell holds to the cent, and ranges mixing
 * blanks and error values. Each call must give what the decimal path gives, bit for bit, and the values
 * worked out here by hand; where it says so, the kernel must have answered the rows itself (not sent them
 * to the decimal path) or must have sent them there.
 */
import { evaluate, type EvalResult } from '../evaluate';
import type { FeeError } from '../../errors';
import type { HostArg } from '../hostValues';
import { findFunction } from '../registry';
import type { Column } from './columns';
import { KERNELS } from './index';
import type { Kernel } from './kernel';

// Plain CommonJS shared with the benchmark scripts.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { difference } = require('../../../bench/differentialCases.js') as {
  difference: (fast: unknown, reference: unknown) => string | null;
};

const col = (...xs: HostArg[]) => xs.map((x) => [x]) as HostArg;

/**
 * The call through the kernels, which rows the kernel answered itself and its doubles (NaN where it left
 * the row; a money result beyond the bound is still the decimal path's, see resultBound.ts), and the
 * decimal path's result.
 */
function run(name: string, args: readonly HostArg[]) {
  const spec = findFunction(name)!;
  const kernel = KERNELS.get(name) as Kernel<unknown>;
  const original = kernel.run;
  let raw: number[] = [];
  kernel.run = (params: unknown, columns: readonly Column[], n: number, out: Float64Array) => {
    original(params, columns, n, out);
    raw = [...out];
  };
  try {
    const fast = evaluate(spec, args);
    const reference = evaluate(spec, args, { kernels: false });
    return { fast, reference, own: raw.map((x) => !Number.isNaN(x)), raw };
  } finally {
    kernel.run = original;
  }
}

/** The results of a one-column call, as a list. */
function column(result: EvalResult | FeeError): unknown[] {
  return (result as unknown[][]).map((line) => line[0]);
}

function nextUp(x: number): number {
  const f = new Float64Array([x]);
  const i = new BigInt64Array(f.buffer);
  i[0] += x >= 0 ? 1n : -1n;
  return f[0];
}

function nextDown(x: number): number {
  return -nextUp(-x);
}

function expectSame(fast: unknown, reference: unknown) {
  expect(difference(fast, reference)).toBeNull();
}

describe('BONUSMALUS at its band edges', () => {
  // Target 0.75, tolerance 0.01: the band ends at 0.76 and 0.74 exactly (in decimals).
  const actuals = [
    0.76,
    0.74,
    0.760000000000001,
    0.759999999999999,
    0.740000000000001,
    0.739999999999999,
    nextUp(0.76),
    nextDown(0.74),
    0.75 + 0.01, // 0.76 in doubles is 0.76000000000000001, whose 15 digits are 0.76
  ];
  const { fast, reference, own } = run('BONUSMALUS', [col(...actuals), 0.75, 50000, 30000, 'higher', 0.01]);

  it('gives the decimal path its answers, every row answered by the kernel', () => {
    expectSame(fast, reference);
    expect(own).toEqual(actuals.map(() => true));
  });

  it('pays nothing on the edge and one 15th-digit unit × the rate past it', () => {
    const results = column(fast);
    expect(results.slice(0, 2)).toEqual([0, 0]);
    // 1e-15 beyond the band: 50,000 × 1e-15 bonus, −30,000 × 1e-15 malus; 1e-15 inside: nothing.
    expect(results.slice(2, 6)).toEqual([5e-11, 0, 0, -3e-11]);
    // An ulp of 0.76 or 0.74 is below the 15th digit: the cell shows the edge, and pays nothing.
    expect(results.slice(6)).toEqual([0, 0, 0]);
  });
});

describe('HYBRIDFEE where the exact amount is halfway between two doubles', () => {
  // 321 × 28,059,810,762,433 = 9,007,199,254,740,993 = 2^53 + 1: halfway between 2^53 and 2^53 + 2, which
  // rounds to the even 2^53. The kernel cannot show which side a tie falls: the row is the decimal path's.
  // (A score cap of 1,000 lets the score through.)
  // Both are beyond what a cell holds to the cent: #NUM!, whatever the kernel found.
  const { fast, reference, own, raw } = run('HYBRIDFEE', [0, 28059810762433, col(321, 320), 1000]);

  it('gives the decimal path its answers: amounts a cell cannot hold to the cent', () => {
    expectSame(fast, reference);
    expect(column(fast).map((x) => (x as FeeError).message)).toEqual([
      'HYBRIDFEE: the result 9007199254740993 is beyond ±9999999999999.99, the most a cell holds to the cent (row 1)',
      'HYBRIDFEE: the result 8979139443978560 is beyond ±9999999999999.99, the most a cell holds to the cent (row 2)',
    ]);
  });

  it('sends the tie to the decimal path and finds the exact product itself', () => {
    expect(own).toEqual([false, true]);
    expect(raw[1]).toBe(320 * 28059810762433);
  });
});

describe('GAINSHARE with coefficients at 2^53 once aligned', () => {
  // Lower is better: the gain 900,719,925,474,099 − 0.1 at one decimal is 9,007,199,254,740,990 − 1, within
  // 2^53 − 1 and exact; 900,719,925,474,100 aligned is 9,007,199,254,741,000, beyond it: that row goes to the
  // decimal path.
  const baselines = col(900719925474099, 900719925474100);
  const { fast, reference, own, raw } = run('GAINSHARE', [baselines, 0.1, 1, 'lower']);

  it('gives the decimal path its answers (#NUM!: beyond what a cell holds to the cent)', () => {
    expectSame(fast, reference);
    expect(column(fast).map((x) => (x as FeeError).kind)).toEqual(['#NUM!', '#NUM!']);
  });

  it('finds the aligned coefficient within 2^53 and sends the one beyond to the decimal path', () => {
    expect(own).toEqual([true, false]);
    expect(raw[0]).toBe(900719925474098.9);
  });
});

describe('−0 in every argument', () => {
  it.each([
    ['ACHIEVEMENT', [col(-0, 0), 1]],
    ['KPISCORE', [col(-0, 0), -0, 1]],
    ['THRESHOLDFEE', [col(-0, 0), -0, -0]],
    ['BONUSMALUS', [col(-0, 0), -0, -0, -0, 'higher', -0, -0, -0]],
    ['TIEREDFEE', [col(-0, 0), [[null, -0, -0]]]],
    ['HYBRIDFEE', [col(-0, 0), -0, -0, -0]],
    ['HOURLYFEE', [col(-0, 0), -0, -0, -0, -0, -0]],
    ['SLACREDIT', [col(-0, 0), 1, -0, -0, -0]],
    ['EARNBACK', [col(-0, 0), [[-0]], -0]],
    ['GAINSHARE', [col(-0, 0), -0, -0, 'higher', -0, -0]],
  ] as [string, HostArg[]][])('%s gives +0 as the decimal path does', (name, args) => {
    const { fast, reference, own } = run(name, args);
    expectSame(fast, reference);
    expect(column(fast).every((x) => Object.is(x, 0))).toBe(true);
    expect(own).toEqual([true, true]);
  });
});

describe('the largest amounts a cell holds to the cent', () => {
  const largest = 9999999999999.99;

  it('HYBRIDFEE gives the fixed fee as entered, and the sum to the cent', () => {
    const { fast, reference, raw } = run('HYBRIDFEE', [largest, 0.01, col(0, 1, 1.5)]);
    expectSame(fast, reference);
    // 9,999,999,999,999.99 + 0.01 = 10,000,000,000,000 exactly (the score is capped at 1 by default): one
    // cent beyond the bound, #NUM!, though the kernel found the exact double.
    expect(raw).toEqual([largest, 1e13, 1e13]);
    const [fee, ...beyond] = column(fast);
    expect(fee).toBe(largest);
    expect(beyond.map((x) => (x as FeeError).message)).toEqual([
      'HYBRIDFEE: the result 10000000000000 is beyond ±9999999999999.99, the most a cell holds to the cent (row 2)',
      'HYBRIDFEE: the result 10000000000000 is beyond ±9999999999999.99, the most a cell holds to the cent (row 3)',
    ]);
  });

  it('SLACREDIT gives charges × at_risk × allocation rounded once', () => {
    const { fast, reference } = run('SLACREDIT', [col(0.9, 1), 0.95, largest, 0.1, 0.5]);
    expectSame(fast, reference);
    expect(column(fast)).toEqual([499999999999.9995, 0]);
  });

  it('TIEREDFEE gives units × price, beyond 2^53 in coefficients, rounded once, or #NUM! beyond the bound', () => {
    // 999,999,999,999,999 × 123,456 is beyond 2^53 (the exact 12,345,599,999,999,987.6544) and beyond what
    // a cell holds to the cent; 1,234,567.89 × 1,234.56 is 1,524,148,134.2784 exactly.
    const { fast, reference } = run('TIEREDFEE', [col(largest, 1234567.89), [[null, 1234.56]]]);
    expectSame(fast, reference);
    const [beyond, fee] = column(fast);
    expect((beyond as FeeError).message).toBe(
      'TIEREDFEE: the result 12345599999999987.654 is beyond ±9999999999999.99, the most a cell holds to the cent (row 1)',
    );
    expect(fee).toBe(1524148134.2784);
  });
});

describe('money results at the bound a cell holds to the cent', () => {
  const largest = 9999999999999.99;

  it('HOURLYFEE is exact up to the bound and #NUM! one cent beyond, as the decimal path says', () => {
    // One cent under the bound (the kernel's), the bound, a double one ulp above it (its 15 digits are the
    // bound), one cent beyond, and 123,456,789,012,345 h × 1.01 = 124,691,356,902,468.45 (issue 8).
    const hours = col(largest - 1, largest, nextUp(largest), 1e13, 123456789012345);
    const rates = col(1, 1, 1, 1, 1.01);
    const { fast, reference, own } = run('HOURLYFEE', [hours, rates]);
    expectSame(fast, reference);
    const results = column(fast);
    expect(results.slice(0, 3)).toEqual([9999999999998.99, largest, largest]);
    expect(results.slice(3).map((x) => (x as FeeError).message)).toEqual([
      'HOURLYFEE: the result 10000000000000 is beyond ±9999999999999.99, the most a cell holds to the cent (row 4)',
      'HOURLYFEE: the result 124691356902468.45 is beyond ±9999999999999.99, the most a cell holds to the cent (row 5)',
    ]);
    expect(own[0]).toBe(true);
  });

  it('BONUSMALUS bounds a malus as a bonus', () => {
    const { fast, reference } = run('BONUSMALUS', [col(0, 0), 1, 0, col(largest, 1e13)]);
    expectSame(fast, reference);
    const [malus, beyond] = column(fast);
    expect(malus).toBe(-largest);
    expect((beyond as FeeError).message).toBe(
      'BONUSMALUS: the result -10000000000000 is beyond ±9999999999999.99, the most a cell holds to the cent (row 2)',
    );
  });

  it('ACHIEVEMENT is a ratio, not money: any finite double, answered by the kernel', () => {
    const { fast, reference, own } = run('ACHIEVEMENT', [col(1e20, 123456789012345), 1]);
    expectSame(fast, reference);
    expect(column(fast)).toEqual([1e20, 123456789012345]);
    expect(own[1]).toBe(true);
  });
});

describe('ranges mixing blanks and error values', () => {
  const actuals = col(0.8, null, { code: '#N/A' }, 'abc', '', undefined, 0.7, true);
  const targets = col(0.75, 0.75, 0.75, null, { code: '#DIV/0!' }, '', 0.75, 0.75);
  const { fast, reference, own } = run('BONUSMALUS', [actuals, targets, 1000, 2000]);

  it('gives the decimal path its blanks, errors and numbers', () => {
    expectSame(fast, reference);
    const results = column(fast) as (number | string | FeeError)[];
    expect(results[0]).toBe(50);
    expect(results[5]).toBe('');
    expect(results[6]).toBe(-100);
    // A row with one blank and one error value is an error, not a blank.
    expect((results[4] as FeeError).kind).toBe('#VALUE!');
    expect((results[2] as FeeError).kind).toBe('#N/A');
  });

  it('answers only the rows with a number in every range', () => {
    expect(own).toEqual([true, false, false, false, false, false, true, false]);
  });
});
