/**
 * Exact arithmetic on integer coefficients held in doubles, for the column kernels. A host number enters as
 * its 15-significant-digit decimal c · 10^-k (|c| ≤ 10^15, 0 ≤ k ≤ 22); +, −, × on coefficients are exact
 * while every step stays within ±(2^53 − 1) (each kernel checks); a result leaves as one correctly rounded
 * division by an exact double. Where exactness cannot be shown, a kernel yields NaN and the row goes to
 * the decimal.js path, which stays the reference.
 *
 * The helpers return through one variable set on each path (`let result = Number.NaN; if (shown) result = …`),
 * never a constant from a branch of their own: in V8 (Node 20), a constant returned from a branch that had
 * not run, merged with a computed double, boxed that double, an allocation on every row (16 to 124 bytes
 * a row in the kernels, and the collections of them).
 */

// The builtins the loop reads, as module constants (see columns.ts: globals are slow in Jest's vm context).
const { Math, Number } = globalThis;

/** 10^0 … 10^22: the powers of ten a double holds exactly (5^22 < 2^53). */
const POW10 = new Float64Array(23);
for (let i = 0, p = 1; i < POW10.length; i++, p *= 10) POW10[i] = p;

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** |x| if it is a safe integer magnitude, else NaN: the guard after every coefficient operation. */
export function safe(x: number): number {
  let result = Number.NaN;
  if (x <= MAX_SAFE && x >= -MAX_SAFE) result = x;
  return result;
}

/** Veltkamp's constant 2^27 + 1: splits a double into two 26-bit halves whose products are exact. */
const SPLIT = 134217729;

/** The rounding error of the last `twoProduct`: a · b = product + TWO_PRODUCT[0] exactly (Dekker). */
const TWO_PRODUCT = new Float64Array(1);

/** fl(a · b); the exact error is left in TWO_PRODUCT[0]. Exact for all finite a, b far from overflow. */
export function twoProduct(a: number, b: number): number {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  TWO_PRODUCT[0] = ah * bh - p + ah * bl + al * bh + al * bl;
  return p;
}

/**
 * Half the distance from |d| to its nearer neighbour double (a quarter of the spacing above a power of
 * two, which is conservative on the other side); 0 for zero, subnormals and tiny results, so that the
 * caller falls back there. Found without reading bits: for |d| = 2^e · (1 + f) with f > 0, |d| · 2^-53 lies
 * strictly between half a spacing and one, so adding it rounds up to the next double and the difference is
 * the spacing; at a power of two (f = 0) it is a tie, which rounds back to |d|, and the difference is 0.
 * Three times faster than writing the double and reading its bits, and a third of the bytecode, which
 * leaves more of V8's inlining budget to the kernels that call it.
 */
export function halfGap(d: number): number {
  const a = Math.abs(d);
  const gap = a + a * 2 ** -53 - a;
  let result = 0;
  // Up to 2^-969 the half-gap is a subnormal or less; from 2^1023 the next double up may be infinite.
  if (a > 2 ** -969 && a < 2 ** 1023) result = gap === 0 ? a * 2 ** -54 : gap * 0.5;
  return result;
}

/** Keeps a kernel's verdict away from a rounding boundary by far more than any error in the remainder. */
const MARGIN = 1 - 2 ** -30;

/**
 * The double nearest to (hi + lo) / den, or NaN when the quotient lies within 2^-30 of a half-gap of a
 * rounding boundary (a tie, or too close to tell). `hi + lo` is a numerator known to ~106 bits (an exact
 * two-product, or a sum of non-negative ones), `den` > 0 an exact double. The margin also absorbs the
 * decimal path's 40-significant-digit rounding of quotients (an error below 10^-39 of the value), so the
 * answer is the double that path returns.
 */
export function divide(hi: number, lo: number, den: number): number {
  let d = hi / den;
  let p = twoProduct(d, den);
  d += (hi - p - TWO_PRODUCT[0] + lo) / den;
  p = twoProduct(d, den);
  const remainder = hi - p - TWO_PRODUCT[0] + lo;
  let result = Number.NaN;
  if (hi === 0 && lo === 0) result = 0;
  else if (Math.abs(remainder) < halfGap(d) * den * MARGIN) result = d;
  return result;
}

/**
 * The double nearest to (hi + lo) / 10^k for 0 ≤ k ≤ 44, or NaN. Beyond 10^22, the largest exact power,
 * the numerator is first divided by 10^22 into a (high, low) pair of ~106 bits, far finer than the margin.
 */
export function overPow10(hi: number, lo: number, k: number): number {
  // One call of `divide` for both cases: each call site inlined is another 400 bytes of V8's budget.
  let h = hi;
  let l = lo;
  if (k > 22) {
    h = hi / 1e22;
    const p = twoProduct(h, 1e22);
    l = (hi - p - TWO_PRODUCT[0] + lo) / 1e22;
  }
  let result = Number.NaN;
  if (k <= 44) result = divide(h, l, POW10[k > 22 ? k - 22 : k]);
  return result;
}

/** The double nearest to c1 · c2 / 10^k for integer coefficients, or NaN when it cannot be shown exactly. */
export function productOver(c1: number, c2: number, k: number): number {
  const p = c1 * c2;
  if (p <= MAX_SAFE && p >= -MAX_SAFE && k <= 22) return p / POW10[k];
  const hi = twoProduct(c1, c2);
  return overPow10(hi, TWO_PRODUCT[0], k);
}

/** c · 10^(to − from) for to ≥ from, or NaN when it leaves the safe integers. */
export function align(c: number, from: number, to: number): number {
  return safe(c * POW10[to - from]);
}

/** Negative zero folded to zero, as `toHostNumber` does. */
export function noNegativeZero(x: number): number {
  // −0 + 0 is +0, and x + 0 is x for every other x: no branch (see the header).
  return x + 0;
}

/** hi · 10^j as a (hi, lo) pair: the high part is returned, the low part left in SCALED[0]. */
const SCALED = new Float64Array(1);

function scaleUp(hi: number, lo: number, j: number): number {
  if (j === 0) {
    SCALED[0] = lo;
    return hi;
  }
  const h = twoProduct(hi, POW10[j]);
  SCALED[0] = TWO_PRODUCT[0] + lo * POW10[j];
  return h;
}

/**
 * The double nearest to a·b·10^-kab + c·d·10^-kcd for integer coefficients, or NaN. Exact integer
 * arithmetic while every term and the sum are safe integers; otherwise a (hi, lo) pair of ~106 bits, which
 * is only sound without cancellation: the kernels call it on non-negative terms only.
 */
export function sumOfProductsOver(
  a: number,
  b: number,
  kab: number,
  c: number,
  d: number,
  kcd: number,
): number {
  const k = kab > kcd ? kab : kcd;
  let result = Number.NaN;
  if (k - kab <= 22 && k - kcd <= 22) {
    const p = a * b * POW10[k - kab];
    const q = c * d * POW10[k - kcd];
    const s = p + q;
    if (
      p <= MAX_SAFE &&
      q <= MAX_SAFE &&
      s <= MAX_SAFE &&
      p >= -MAX_SAFE &&
      q >= -MAX_SAFE &&
      s >= -MAX_SAFE &&
      k <= 22
    ) {
      result = s / POW10[k];
    } else {
      let h1 = twoProduct(a, b);
      h1 = scaleUp(h1, TWO_PRODUCT[0], k - kab);
      const l1 = SCALED[0];
      let h2 = twoProduct(c, d);
      h2 = scaleUp(h2, TWO_PRODUCT[0], k - kcd);
      const l2 = SCALED[0];
      const sum = h1 + h2;
      const back = sum - h1;
      const error = h1 - (sum - back) + (h2 - back);
      result = overPow10(sum, error + l1 + l2, k);
    }
  }
  return result;
}

/** The double nearest to a·b·c·10^-k (non-negative coefficients), or NaN. */
export function tripleProductOver(a: number, b: number, c: number, k: number): number {
  const ab = a * b;
  if (ab <= MAX_SAFE) return productOver(ab, c, k);
  const hi = twoProduct(a, b);
  const lo = TWO_PRODUCT[0];
  const h = twoProduct(hi, c);
  return overPow10(h, TWO_PRODUCT[0] + lo * c, k);
}

/**
 * The double nearest to (cn · 10^-kn) ÷ (cd · 10^-kd) for cd > 0, as the decimal path's 40-digit quotient
 * rounds to it; NaN when that cannot be shown.
 */
export function quotientOf(cn: number, kn: number, cd: number, kd: number): number {
  if (kd >= kn) {
    const hi = twoProduct(cn, POW10[kd - kn]);
    return divide(hi, TWO_PRODUCT[0], cd);
  }
  const den = twoProduct(cd, POW10[kn - kd]);
  let result = Number.NaN;
  if (TWO_PRODUCT[0] === 0) result = divide(cn, 0, den);
  return result;
}

/**
 * The double nearest to s0 + (1 − s0) · u/w for non-negative integers u (scale ku) and w > 0 (scale kw),
 * with s0 = a/scale and 1 − s0 = b/scale given as integers a, b ≥ 0 over `scale` = 10^ks: the point of a
 * linear segment of a payout curve, as (a·w' + b·u') / (scale·w') with u', w' brought to one scale.
 */
export function segmentPoint(
  a: number,
  b: number,
  scale: number,
  u: number,
  ku: number,
  w: number,
  kw: number,
): number {
  let un = u;
  let wn = w;
  if (kw > ku) un = safe(u * POW10[kw - ku]);
  else if (ku > kw) wn = safe(w * POW10[ku - kw]);
  const den = safe(scale * wn);
  let result = Number.NaN;
  if (!Number.isNaN(un + den)) {
    const h1 = twoProduct(a, wn);
    const l1 = TWO_PRODUCT[0];
    const h2 = twoProduct(b, un);
    const l2 = TWO_PRODUCT[0];
    const sum = h1 + h2;
    const back = sum - h1;
    const error = h1 - (sum - back) + (h2 - back);
    result = divide(sum, error + l1 + l2, den);
  }
  return result;
}

// Exported by list so that this module reads its own constants as locals (the CommonJS build would
// otherwise look each one up on `exports` in the hot loops).
export { POW10, MAX_SAFE, TWO_PRODUCT };
