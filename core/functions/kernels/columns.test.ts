/** Reading host numbers into coefficients: the decimal `toPrecision(15)` gives, found without strings. */
import fc from 'fast-check';
import { boundsOf, readColumn } from './columns';
import { FUNCTIONS } from '../registry';

const ANY = { min: -Infinity, minExclusive: false, max: Infinity };

/** The 15-digit decimal of x as [digits without trailing zeros, power of ten of the last digit]. */
function reference(x: number): [string, number] {
  const [mantissa, exponent = '0'] = Math.abs(x).toPrecision(15).split('e');
  const [whole, fraction = ''] = mantissa.split('.');
  let digits = (whole + fraction).replace(/^0+/, '');
  let power = Number(exponent) - fraction.length;
  while (digits.endsWith('0')) {
    digits = digits.slice(0, -1);
    power++;
  }
  return [(x < 0 ? '-' : '') + digits, power];
}

function decomposed(xs: number[]): [string, number][] {
  const { c, k } = readColumn(
    xs.map((x) => [x]),
    xs.length,
    1,
    xs.length,
    1,
    ANY,
  );
  return xs.map((_, i) => {
    let digits = String(c[i]);
    let power = 0 - k[i];
    while (digits.endsWith('0') && digits !== '0') {
      digits = digits.slice(0, -1);
      power++;
    }
    return [digits, power];
  });
}

describe('readColumn', () => {
  it('finds the 15-digit decimal of doubles of every kind, including those that do not round-trip', () => {
    const xs: number[] = [0.7 + 0.2, 0.1 + 0.2, 0.8999999999999999, 1e-7, 999999999999999, 0.001, 0.3];
    // Powers of ten and their neighbours, halves at the 16th digit, doubles of 16 and 17 digits.
    for (let e = -7; e < 15; e++) {
      const p = Number(`1e${e}`);
      xs.push(p, p * (1 + 2 ** -52), p * (1 - 2 ** -53), Number(`1.234567890123455e${e}`));
      xs.push(Number(`9.999999999999995e${e}`), Number(`1.0000000000000005e${e}`));
    }
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let i = 0; i < 200000; i++) {
      const e = Math.floor(next() * 22) - 7;
      const x = next() * 10 ** e;
      xs.push(i % 3 === 0 ? Number(x.toPrecision(1 + (i % 15))) : i % 3 === 1 ? -x : x);
    }
    const inRange = xs.filter((x) => Math.abs(x) >= 1e-7 && Math.abs(x) < 1e15);
    expect(inRange.length).toBeGreaterThan(190000);
    const found = decomposed(inRange);
    const wrong = inRange.filter((x, i) => found[i].join() !== reference(x).join());
    expect(wrong).toEqual([]);
  });

  it('rounds as toPrecision(15) within two ulps of every half unit of the 15th digit, at every scale', () => {
    // Where the 15-digit rounding turns over, for coefficients of 1 to 15 digits from 10^-9 to 10^17.
    const f = new Float64Array(1);
    const bits = new BigInt64Array(f.buffer);
    const xs: number[] = [];
    let seed = 11;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let i = 0; i < 12000; i++) {
      const digits = 1 + Math.floor(next() * 15);
      const m = Math.floor(next() * 10 ** digits);
      const exponent = Math.floor(next() * 26) - 9 - digits;
      f[0] = Number(`${m}${'0'.repeat(15 - digits)}5e${exponent - 16 + digits}`);
      const half = bits[0];
      for (const step of [-2n, -1n, 0n, 1n, 2n]) {
        bits[0] = half + step;
        if (Math.abs(f[0]) >= 1e-7 && Math.abs(f[0]) < 1e15) xs.push(f[0], -f[0]);
      }
    }
    expect(xs.length).toBeGreaterThan(90000);
    const found = decomposed(xs);
    expect(xs.filter((x, i) => found[i].join() !== reference(x).join())).toEqual([]);
  });

  it('property: any double from 1e-7 to 1e15 gives its 15-digit decimal', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-7, max: 1e15, noNaN: true, maxExcluded: true }), (x) => {
        const [found, expected] = [decomposed([x])[0], reference(x)];
        // Jest's matcher only on a mismatch, for its message: 20,000 expect() calls were most of the time.
        if (found[0] !== expected[0] || found[1] !== expected[1]) expect(found).toEqual(expected);
      }),
      { numRuns: 20000 },
    );
  });

  it('leaves zero as +0 and sends tiny, huge and non-numbers to the decimal path', () => {
    const { c, v } = readColumn([[-0], [1e-8], [1e15], [NaN], ['1'], [null]], 6, 1, 6, 1, ANY);
    expect(Object.is(c[0], 0) && Object.is(v[0], 0)).toBe(true);
    expect([...c.slice(1)].every(Number.isNaN)).toBe(true);
  });

  it('applies the bounds the parser applies', () => {
    const bounds = { min: -1, minExclusive: true, max: 1 };
    const { c } = readColumn([[-1], [-0.5], [1], [1.5]], 4, 1, 4, 1, bounds);
    expect([...c].map(Number.isNaN)).toEqual([true, false, false, true]);
  });
});

describe('readColumn into a slot of the pool', () => {
  const read = (xs: number[]) =>
    readColumn(
      xs.map((x) => [x]),
      xs.length,
      1,
      xs.length,
      1,
      ANY,
      31,
    );

  it('hands out the same views again for a call of as many rows, refilled', () => {
    const first = read([0.5, 0.25]);
    const again = read([0.125, 3]);
    expect(again).toBe(first);
    expect([...again.c, ...again.k, ...again.v]).toEqual([125, 3, 3, 0, 0.125, 3]);
  });

  it('gives views of the rows asked for when their number changes, larger or smaller', () => {
    for (const n of [2, 5, 1, 40, 3, 40]) {
      const xs = Array.from({ length: n }, (_, i) => i + 0.5);
      const { c, k, v, step } = read(xs);
      expect([c.length, k.length, v.length, step]).toEqual([n, n, n, n === 1 ? 0 : 1]);
      expect([...v]).toEqual(xs);
    }
  });
});

describe('boundsOf', () => {
  it('understands the bounds of every numeric argument of every function', () => {
    const numeric = FUNCTIONS.flatMap((f) => f.args).filter(
      (a) => a.kind === 'scalar' && a.hostType === 'number',
    );
    expect(numeric.filter((a) => a.kind === 'scalar' && boundsOf(a) === undefined)).toEqual([]);
  });
});
