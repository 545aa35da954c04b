/**
 * SCORECARD over its two tables in one pass, exactly. Each cell enters as its 15-significant-digit
 * decimal m · 10^-k with m in [10^14, 10^15) (no trailing zeros removed: the scale only picks an
 * accumulator); Σ score × weight and Σ weight are accumulated as exact integers in 17-bit limbs,
 * one set per decimal scale, carried into BigInt before any limb sum could pass 2^53; the one division is
 * the decimal path's own quotient of the same two exact sums. A call with any blank or non-number cell, a
 * value outside the bounds or the exact range, a size or shape mismatch, or a zero total weight goes to
 * the decimal path, which words the error.
 *
 * Everything per cell is in the one loop of `sums` (cells read once, no helper taking or returning a
 * double, which V8 would box): a fresh closure or a per-cell method call ran several times slower.
 */
import { dec, quotient, toHostNumber } from '../../money';
import { isMatrix, type HostArg, type HostMatrix } from '../hostValues';
import type { FunctionSpec } from '../types';
import { boundsOf, type Bounds } from './columns';
import { POW10 } from './exact';
import type { TableKernel } from './kernel';

/**
 * Cells per carry. A coefficient below 2^50 splits into limbs below 2^17 (the top one signed, below 2^16
 * in size): each product limb sum grows by < 3 · 2^34 a cell, each weight limb by < 2^17, so 2^16
 * cells stay below 2^53.
 */
const CARRY_EVERY = 2 ** 16;
/** Scales of one cell: 0 … 21 (values from 10^-7 to 10^15); of a product of two: 0 … 42. */
const SCALES = 43;
const TOP = SCALES - 1;

/** The exact sums of a call, as limbs by scale and the BigInt totals carried out of them. */
interface Sums {
  /** Σ score × weight: five 17-bit limbs per product scale. */
  readonly products: Float64Array;
  /** Σ weight: three 17-bit limbs per scale (the weights' own). */
  readonly weights: Float64Array;
  weighted: bigint;
  total: bigint;
}

/** Moves the limbs into the BigInt totals (at scale TOP) and clears them. */
function carry(sums: Sums): void {
  const { products, weights } = sums;
  for (let k = 0; k < SCALES; k++) {
    let p = 0n;
    for (let j = 4; j >= 0; j--) p = (p << 17n) + BigInt(products[k * 5 + j]);
    let w = 0n;
    for (let j = 2; j >= 0; j--) w = (w << 17n) + BigInt(weights[k * 3 + j]);
    const unit = 10n ** BigInt(TOP - k);
    if (p !== 0n) sums.weighted += p * unit;
    if (w !== 0n) sums.total += w * unit;
  }
  products.fill(0);
  weights.fill(0);
}

/** A double and its two 32-bit words, to read the exponent (a DataView read twice as slow here). */
const DOUBLE = new Float64Array(1);
const WORDS = new Uint32Array(DOUBLE.buffer);
DOUBLE[0] = 1;
const HIGH = WORDS[1] === 0x3ff00000 ? 1 : 0;

/**
 * By biased binary exponent e (of a positive double), 14 − ⌊log10 2^(e−1023)⌋: the scale that puts the
 * value in [10^14, 10^15), or one off, which `coefficient` corrects. Clamped to the powers of ten held
 * exactly; values outside 10^-7 … 10^15 never look it up.
 */
const SCALE_GUESS = Int32Array.from({ length: 2048 }, (_, e) =>
  Math.max(0, Math.min(22, 14 - Math.floor((e - 1023) * Math.log10(2)))),
);

/** The scale of the last `coefficient`: 0 … 21. */
const SCALE = new Int32Array(1);

/** Veltkamp's halves of 10^0 … 10^22 (26 bits each), for the exact error of a · 10^k. */
const SPLIT = 2 ** 27 + 1;
const POW10_HIGH = POW10.map((p) => SPLIT * p - (SPLIT * p - p));
const POW10_LOW = POW10.map((p, k) => p - POW10_HIGH[k]);

/**
 * The 15-significant-digit coefficient of a (10^-7 ≤ a < 10^15), about [10^14, 10^15], its scale left in
 * SCALE[0]: a · 10^scale rounded half up, as `toPrecision(15)` rounds the exact value (`readColumn` in
 * columns.ts, without its trailing-zero removal). Halves lie on the grid of p = fl(a · 10^scale), and
 * rounding to nearest is monotone, so p rounds as the exact value does except where p is exactly a half
 * and the exact value just below it; only then the exact product error (Dekker's) is computed. Testing a
 * window around 1/2 instead was twice as slow: V8 compiled it as branches the processor could not
 * predict. Small enough for V8 to inline, where its double is never boxed.
 */
function coefficient(a: number): number {
  DOUBLE[0] = a;
  let scale = SCALE_GUESS[WORDS[HIGH] >>> 20];
  let p = a * POW10[scale];
  if (p >= 1e15) p = a * POW10[--scale];
  else if (p < 1e14) p = a * POW10[++scale];
  SCALE[0] = scale;
  const m = Math.floor(p + 0.5);
  if (p - m !== -0.5) return m;
  const t = SPLIT * a;
  const high = t - (t - a);
  const low = a - high;
  const ph = POW10_HIGH[scale];
  const pl = POW10_LOW[scale];
  return high * ph - p + high * pl + low * ph + low * pl < 0 ? m - 1 : m;
}

/**
 * Accumulates every pair into `sums`, scores and weights paired in reading order (row by row); false when
 * a cell is not the kernel's to answer or a table is not rectangular.
 */
function accumulate(
  scores: HostMatrix,
  scoreWidth: number,
  weightsTable: HostMatrix,
  weightWidth: number,
  scoreBounds: Bounds,
  weightBounds: Bounds,
  sums: Sums,
): boolean {
  const n = scores.length * scoreWidth;
  const { min: sMin, minExclusive: sExclusive, max: sMax } = scoreBounds;
  const { min: wMin, minExclusive: wExclusive, max: wMax } = weightBounds;
  const { products, weights } = sums;
  const scale = SCALE;
  let sRow = 0;
  let sCol = 0;
  let wRow = 0;
  let wCol = 0;
  let sLine = scores[0];
  let wLine = weightsTable[0];
  let untilCarry = CARRY_EVERY;
  for (let i = 0; i < n; i++) {
    if (sCol === scoreWidth) {
      sLine = scores[++sRow];
      if (!Array.isArray(sLine) || sLine.length !== scoreWidth) return false;
      sCol = 0;
    }
    if (wCol === weightWidth) {
      wLine = weightsTable[++wRow];
      if (!Array.isArray(wLine) || wLine.length !== weightWidth) return false;
      wCol = 0;
    }
    const s = sLine[sCol++];
    const w = wLine[wCol++];
    if (typeof s !== 'number' || !(s >= sMin && s <= sMax) || (sExclusive && s === sMin)) return false;
    if (typeof w !== 'number' || !(w >= wMin && w <= wMax) || (wExclusive && w === wMin)) return false;
    let sm = 0;
    let sk = 0;
    let wm = 0;
    let wk = 0;
    if (s !== 0) {
      const a = Math.abs(s);
      if (!(a >= 1e-7 && a < 1e15)) return false;
      sm = coefficient(a) * (s < 0 ? -1 : 1);
      sk = scale[0];
    }
    if (w !== 0) {
      const a = Math.abs(w);
      if (!(a >= 1e-7 && a < 1e15)) return false;
      wm = coefficient(a) * (w < 0 ? -1 : 1);
      wk = scale[0];
    }
    // Limbs: sm = a2·2^34 + a1·2^17 + a0 with a1, a0 in [0, 2^17) (a2 carries the sign); wm likewise.
    const a2 = Math.floor(sm * 2 ** -34);
    let r = sm - a2 * 2 ** 34;
    const a1 = Math.floor(r * 2 ** -17);
    const a0 = r - a1 * 2 ** 17;
    const b2 = Math.floor(wm * 2 ** -34);
    r = wm - b2 * 2 ** 34;
    const b1 = Math.floor(r * 2 ** -17);
    const b0 = r - b1 * 2 ** 17;
    const at = (sk + wk) * 5;
    products[at] += a0 * b0;
    products[at + 1] += a0 * b1 + a1 * b0;
    products[at + 2] += a0 * b2 + a1 * b1 + a2 * b0;
    products[at + 3] += a1 * b2 + a2 * b1;
    products[at + 4] += a2 * b2;
    weights[wk * 3] += b0;
    weights[wk * 3 + 1] += b1;
    weights[wk * 3 + 2] += b2;
    if (--untilCarry === 0) {
      carry(sums);
      untilCarry = CARRY_EVERY;
    }
  }
  return true;
}

/** The width of a table's first row (the loop checks the others), or 0. */
function widthOf(cells: HostMatrix): number {
  return cells.length > 0 && Array.isArray(cells[0]) ? cells[0].length : 0;
}

function run(args: readonly HostArg[], spec: FunctionSpec): number | undefined {
  const scoreBounds = boundsOf(spec.args[0]);
  const weightBounds = boundsOf(spec.args[1]);
  const [scores, weights] = args;
  if (scoreBounds === undefined || weightBounds === undefined) return undefined;
  if (scores === undefined || weights === undefined || !isMatrix(scores) || !isMatrix(weights))
    return undefined;
  const scoreWidth = widthOf(scores);
  const weightWidth = widthOf(weights);
  if (scoreWidth === 0 || weightWidth === 0 || scores.length * scoreWidth !== weights.length * weightWidth)
    return undefined;
  const sums: Sums = {
    products: new Float64Array(SCALES * 5),
    weights: new Float64Array(SCALES * 3),
    weighted: 0n,
    total: 0n,
  };
  if (!accumulate(scores, scoreWidth, weights, weightWidth, scoreBounds, weightBounds, sums))
    return undefined;
  carry(sums);
  if (sums.total === 0n) return undefined;
  return toHostNumber(quotient(dec(`${sums.weighted}e-${TOP}`), dec(`${sums.total}e-${TOP}`)));
}

export const scorecardKernel: TableKernel = { args: ['scores', 'weights'], run };
