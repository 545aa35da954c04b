/**
 * An independent exact reference for property tests: rationals over BigInt, built from the shortest
 * decimal form of doubles (what a spreadsheet shows), with no decimal.js anywhere.
 */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b) [a, b] = [b, a % b];
  return a;
}

export function rat(n: bigint, d = 1n): Rational {
  if (d === 0n) throw new Error('zero denominator');
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
}

/**
 * The exact value of a host double as a cell shows it: its 15-significant-digit decimal (`0.1` is exactly
 * 1/10, `0.7 + 0.2` is 9/10). Written independently of `core/money` from the same rule.
 */
export function fromDouble(x: number): Rational {
  const [mantissa, exp = '0'] = x.toPrecision(15).toLowerCase().split('e');
  const [int, frac = ''] = mantissa.split('.');
  const digits = BigInt(int + frac);
  const scale = Number(exp) - frac.length;
  return scale >= 0 ? rat(digits * 10n ** BigInt(scale)) : rat(digits, 10n ** BigInt(-scale));
}

export const add = (a: Rational, b: Rational): Rational => rat(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Rational, b: Rational): Rational => rat(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Rational, b: Rational): Rational => rat(a.n * b.n, a.d * b.d);
export const div = (a: Rational, b: Rational): Rational => rat(a.n * b.d, a.d * b.n);
export const cmp = (a: Rational, b: Rational): number => {
  const diff = a.n * b.d - b.n * a.d;
  return diff < 0n ? -1 : diff > 0n ? 1 : 0;
};
export const min = (a: Rational, b: Rational): Rational => (cmp(a, b) <= 0 ? a : b);
export const max = (a: Rational, b: Rational): Rational => (cmp(a, b) >= 0 ? a : b);
export const ZERO = rat(0n);
export const ONE = rat(1n);

/** The double nearest to a rational, through 60 significant digits (far beyond a double's 17). */
export function toDouble(r: Rational): number {
  if (r.n === 0n) return 0;
  const negative = r.n < 0n;
  const n = negative ? -r.n : r.n;
  const scale = 60 - (n.toString().length - r.d.toString().length);
  const scaled = scale >= 0 ? (n * 10n ** BigInt(scale)) / r.d : n / (r.d * 10n ** BigInt(-scale));
  const value = Number(`${scaled}e${-scale}`);
  return negative && value !== 0 ? -value : value;
}
