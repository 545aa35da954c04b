/**
 * SCORECARD over its two tables in one pass, exactly. Each cell enters as its 15-significant-digit
 * decimal, held as the double plus a correction (the decimal minus the double, to 2^-51 of itself);
 * Σ score × weight and Σ weight are accumulated in double-double arithmetic (Dekker's two-product, Knuth's
 * two-sum), and every error left is bounded. The answer is the double the decimal path returns when the
 * bounds show that the quotient is nearer to it than to any other double, by a margin that also covers that
 * path's rounding of quotients to 40 digits. Random tables of 100,000 cells come within the bounds of a
 * rounding boundary about once in 10^5 calls (smaller tables far less often); those calls, and any with a
 * blank or non-number cell, a value outside the bounds or 10^-7 … 10^15, a size or shape mismatch, or a
 * total weight not shown positive, go to the decimal path, which also words every error.
 *
 * Everything per cell is in the one loop of `accumulate` (cells read once, no helper taking or returning a
 * double, which V8 would box, and no branch the data decides but the rare scale correction). It runs at
 * twice the speed of the exact integer limbs summed per decimal scale that it replaces: half of its time
 * is finding the cells' decimals.
 *
 * Tables of short decimals (a sheet's scores and weights: 0.85, 0.3, 12.5 %) take `shortQuotient` first,
 * exact integers at one scale per table, some quarter of the operations a cell; its test is a division a cell
 * and it leaves every other table to `accumulate` after reading at most the cells up to the first long one.
 */
import { isMatrix, type HostArg, type HostMatrix, type HostScalar } from '../hostValues';
import type { FunctionSpec } from '../types';
import { boundsOf, type Bounds } from './columns';
import * as decimals from './decimals';
import { halfGap, POW10, twoProduct, TWO_PRODUCT } from './exact';
import type { TableKernel } from './kernel';

// The builtins the loop reads, as module constants (see columns.ts: globals are slow in Jest's vm context).
const { Array, Math, Number } = globalThis;

/**
 * The tables' names as this module's constants: V8 folds a module constant into the loop, while an
 * imported binding is a property read of the exports object (HIGH and BASE then index at run time).
 */
const { BASE, DOUBLE, GUESS, HIGH, SLICE_OF, SPLIT, TENS, WORDS } = decimals;

/** The double-double sums of a call and the sum of magnitudes their error bound needs. */
const SUMS = new Float64Array(5);

/**
 * Accumulates every pair of `scoreCells` and `weightCells`, tables of the same rows × width (checked
 * row by row), into SUMS: Σ score × weight as SUMS[0] + SUMS[1], Σ weight as SUMS[2] + SUMS[3], and
 * Σ |score| × weight over the doubles in SUMS[4]. False when a cell is not the kernel's to answer.
 *
 * A value a ≥ 0 enters as m · 10^-k with m = a · 10^k rounded half up to an integer in [10^14, 10^15], as
 * `toPrecision(15)` rounds (`readColumn` in columns.ts does the same). With p = fl(a · 10^k) and e its exact
 * error (Dekker), m = ⌊p + 1/2⌋ except where p is exactly a half and e < 0, where it is one less:
 * ⌊(p − ⌊p + 1/2⌋ + 1/2) + e⌋ is then −1 and 0 otherwise, without a branch. The decimal minus the double
 * is δ = (m − p − e) · 10^-k: m − p is exact, the rest errs by at most 3.01 · 2^-53 · |δ|, and |δ| ≤
 * 5.0000001 · 10^-15 · a.
 */
function accumulate(scoreCells: HostMatrix, weightCells: HostMatrix, width: number): boolean {
  const double = DOUBLE;
  const words = WORDS;
  const guess = GUESS;
  const tens = TENS;
  const slices = SLICE_OF;
  const high = HIGH;
  const base = BASE;
  let nh = 0;
  let nl = 0;
  let dh = 0;
  let dl = 0;
  let magnitude = 0;
  let largest = 0;
  let heaviest = 0;
  for (let r = 0; r < scoreCells.length; r++) {
    const sLine: readonly HostScalar[] = scoreCells[r];
    const wLine: readonly HostScalar[] = weightCells[r];
    if (!Array.isArray(sLine) || sLine.length !== width || !Array.isArray(wLine) || wLine.length !== width)
      return false;
    for (let c = 0; c < width; c++) {
      const s = sLine[c];
      const w = wLine[c];
      if (typeof s !== 'number' || typeof w !== 'number' || !(w >= 0)) return false;
      const a = Math.abs(s);
      const b = Math.abs(w); // −0 as 0
      // Small values need no test of their own: a value the lookup below puts in [10^14, 10^15) with an
      // exact 10^k (k ≤ 22) is read exactly whatever its size; below 10^-7 it puts only those of 10^-7's
      // slice there (from 9.69e-8), none below 10^-8 (even 10^22 is too small), and between, the slice
      // wraps round to the large values' (k = 0).
      if (!(a < 1e15 && b < 1e15)) return false;
      if (a > largest && b !== 0) largest = a;
      if (b > heaviest) heaviest = b;

      // The score's decimal: a + da.
      double[0] = a;
      let q = 4 * (((words[high] >>> 16) - base) & 2047);
      let p = a * tens[q];
      if (!(p >= 1e14 && p < 1e15) && a !== 0) {
        q = 4 * slices[guess[q >> 2] + (p < 1e14 ? 1 : -1)];
        p = a * tens[q];
        if (!(p >= 1e14 && p < 1e15)) return false;
      }
      let t = SPLIT * a;
      const ah = t - (t - a);
      const al = a - ah;
      let e = ah * tens[q + 1] - p + ah * tens[q + 2] + al * tens[q + 1] + al * tens[q + 2];
      let m = Math.floor(p + 0.5);
      m += Math.floor(p - m + 0.5 + e);
      const da = (m - p - e) * tens[q + 3];

      // The weight's decimal: b + db.
      double[0] = b;
      q = 4 * (((words[high] >>> 16) - base) & 2047);
      p = b * tens[q];
      if (!(p >= 1e14 && p < 1e15) && b !== 0) {
        q = 4 * slices[guess[q >> 2] + (p < 1e14 ? 1 : -1)];
        p = b * tens[q];
        if (!(p >= 1e14 && p < 1e15)) return false;
      }
      t = SPLIT * b;
      const bh = t - (t - b);
      const bl = b - bh;
      e = bh * tens[q + 1] - p + bh * tens[q + 2] + bl * tens[q + 1] + bl * tens[q + 2];
      m = Math.floor(p + 0.5);
      m += Math.floor(p - m + 0.5 + e);
      const db = (m - p - e) * tens[q + 3];

      // (a + da)(b + db) = x + y: x = fl(a·b) exactly, y its error plus the corrections, to 3.6e-29 · ab
      // (1.1e-29 for the roundings, and da · db, at most 2.5e-29 · ab, left out).
      const x = a * b;
      const y = ah * bh - x + ah * bl + al * bh + al * bl + (a * db + b * da);
      magnitude += x;
      const sx = s < 0 ? -x : x;
      t = nh + sx;
      let back = t - nh;
      nl += nh - (t - back) + (sx - back) + (s < 0 ? -y : y);
      nh = t;
      t = dh + b;
      // Weights are ≥ 0: once the sum is the larger, Fast2Sum's three operations are exact (Dekker).
      if (dh >= b) dl += b - (t - dh) + db;
      else {
        back = t - dh;
        dl += dh - (t - back) + (b - back) + db;
      }
      dh = t;
    }
  }
  if (mayMixScales(heaviest, dh, weightCells, width)) return false;
  // The scores' rule of defs/scorecard.ts needs a score of 10 or more: only then are they scanned again.
  if (largest >= TEN_AT_MOST && mixedScores(scoreCells, weightCells, width)) return false;
  // Stored one by one: SUMS.set([…]) built an array on every call.
  SUMS[0] = nh;
  SUMS[1] = nl;
  SUMS[2] = dh;
  SUMS[3] = dl;
  SUMS[4] = magnitude;
  return true;
}

/**
 * The rule of defs/scorecard.ts refuses weights above 1 beside weights in (0, 1) whose sum, those above 1
 * read as percentages, is 1: with S the sum of those at most 1, in (0, 1), their sum is then
 * S + 100 (1 − S), in (1, 100). Only a table with a weight above 1 (the heaviest, as a double: none above
 * 1 shows above 1) and such a total (with slack for the doubles) is scanned again: the rule's test inside
 * the loops (a division a cell) made every call some 5 % slower, and the scan was a tenth of a 20-cell
 * call.
 */
function mayMixScales(heaviest: number, total: number, weightCells: HostMatrix, width: number): boolean {
  return heaviest > 1 && total > 0.999 && total < 100.001 && mixedScales(weightCells, width);
}

/**
 * Whether the weights (numbers ≥ 0, checked by `accumulate`) may be on two scales as the rule of
 * defs/scorecard.ts says: some above 1, some in (0, 1), and their sum with those above 1 read as
 * percentages within 1e-6 of 1 (far more than a sum of such doubles errs by).
 */
function mixedScales(weightCells: HostMatrix, width: number): boolean {
  let big = false;
  let small = false;
  let read = 0;
  for (const line of weightCells) {
    for (let c = 0; c < width; c++) {
      const b = Math.abs(line[c] as number);
      big ||= b > 1;
      small ||= b < 1 && b > 0;
      read += b > 1 ? b / 100 : b;
    }
  }
  return big && small && Math.abs(read - 1) < 1e-6;
}

/** The doubles that may show as 10 or more, and as at most 1.5, at 15 significant digits. */
const TEN_AT_MOST = 9.99999999999999;
const FRACTION_AT_LEAST = 1.5000000000001;

/**
 * Whether the scores (numbers, checked by `accumulate`) may be on two scales as the rule of defs/scorecard.ts
 * says, of those whose weight is not 0: one of 10 or more, one in (0, 1.5], none between. With slack on
 * each edge, since a double just below 10 can show as 10 at 15 digits (from 9.999999999999995) and one just
 * above 1.5 as 1.5: a call the rule may refuse is never answered here.
 */
function mixedScores(scoreCells: HostMatrix, weightCells: HostMatrix, width: number): boolean {
  let big = false;
  let small = false;
  for (let r = 0; r < scoreCells.length; r++) {
    for (let c = 0; c < width; c++) {
      const a = Math.abs(scoreCells[r][c] as number);
      if (a === 0 || weightCells[r][c] === 0) continue;
      if (a >= TEN_AT_MOST) big = true;
      else if (a <= FRACTION_AT_LEAST) small = true;
      else return false;
    }
  }
  return big && small;
}

const U = 2 ** -53;

/** Keeps the verdict away from a rounding boundary by far more than the decimal path's 40-digit rounding. */
const MARGIN = 1 - 2 ** -30;

/** What the roundings in the last `remainder` can have changed, at most. */
const ROUNDING = new Float64Array(1);

/** N − d · D from SUMS in double-double: d · dh exactly (Dekker), the rest rounded once each. */
function remainder(d: number): number {
  // Read one by one: destructuring a typed array runs its iterator.
  const nh = SUMS[0];
  const nl = SUMS[1];
  const dh = SUMS[2];
  const dl = SUMS[3];
  const head = nh - twoProduct(d, dh);
  const tail = nl - TWO_PRODUCT[0] - d * dl;
  ROUNDING[0] = 8 * U * (Math.abs(head) + Math.abs(nl) + Math.abs(TWO_PRODUCT[0]) + Math.abs(d * dl));
  return head + tail;
}

/**
 * The double nearest to N / D from the sums of `accumulate` over n pairs, or undefined. N and D are known
 * to within n · (10^-28 + 5 · 10^-32 · n) times Σ |score| × weight and Σ weight: below 1.1e-29 per term
 * for the corrections, and the roundings of the low sums (n² · 2^-106 and below); each with a margin of two
 * or more, which also covers the sums of magnitudes being themselves rounded.
 */
function quotient(n: number): number | undefined {
  const nh = SUMS[0];
  const nl = SUMS[1];
  const dh = SUMS[2];
  const dl = SUMS[3];
  const magnitude = SUMS[4];
  const relative = n * (1e-28 + 5e-32 * n);
  const low = dh - Math.abs(dl) - dh * relative;
  if (!(low > 0)) return undefined;
  // Every product of doubles zero: every score or its weight is zero, and so is N, exactly.
  if (magnitude === 0) return 0;
  let d = (nh + nl) / (dh + dl);
  d += remainder(d) / (dh + dl);
  const r = remainder(d);
  const error = magnitude * relative + Math.abs(d) * dh * relative + ROUNDING[0];
  return Math.abs(r) + error < halfGap(d) * low * MARGIN ? d : undefined;
}

/** The finest scale a short cell is read at, 10^-SHORT_SCALE: beyond it a cell is left to `accumulate`. */
const SHORT_SCALE = 12;

/** 2^53: integers below it are exact doubles, and so is every sum and product of them that stays below. */
const EXACT = 2 ** 53;

/**
 * p + 1.5 · 2^52 − 1.5 · 2^52 is p rounded to an integer for |p| < 2^51 (the sum's spacing is 1): a
 * candidate m, which the division of `shortQuotient` then proves or refuses, so the way it rounds a half
 * and what it gives for larger p decide nothing. Math.floor(p + 0.5), a module constant's method called
 * on every cell, was a sixth of a 20-cell call.
 */
const ROUNDER = 1.5 * 2 ** 52;

/**
 * Σ score × weight ÷ Σ weight when every cell is a short decimal, or NaN to leave the table to `accumulate`.
 * A cell x is read as D = m · 10^-k, m the integer nearest to x · 10^k, when m ÷ 10^k, one correctly
 * rounded division, gives x back and |m| < 10^15: x is then the double nearest to D, a decimal of at most
 * 15 significant digits, whose 15-digit form is D again, the decimal the decimal path reads.
 *
 * The scores share one k and the weights another, the smallest that reads every cell so far (a finer one
 * multiplies what was summed by a power of ten), so Σ m_s · m_w and Σ m_w are integers, exact while
 * n · max |m_s| · max m_w (a bound of every partial sum, at every scale reached) and the denominator stay
 * below 2^53: a double sum or product of integers that reaches 2^53 is at least 2^53, so one test at the
 * end tells, as it tells |m| < 10^15 from the largest |m| (scaled with the sums: a test that a cell read
 * at a coarser scale would have passed may fail, never the reverse). The bound, where a sum of
 * |m_s · m_w| was, is two operations a cell fewer.
 *
 * The score is then one division of two exact integers, (Σ m_s · m_w) ÷ (Σ m_w · 10^k_s), correctly
 * rounded, which the decimal path's 40-digit quotient rounds to as well: a double's midpoint is an odd
 * integer of 54 bits over a power of two, so a quotient of integers below 2^53 is never one, and lies at
 * least 2^-107 of itself away from one, far beyond the 10^-39 of the 40-digit rounding.
 */
export function shortQuotient(
  scoreCells: HostMatrix,
  weightCells: HostMatrix,
  width: number,
  n: number,
): number {
  const pow10 = POW10;
  let ks = 0;
  let kw = 0;
  let ts = 1;
  let tw = 1;
  let num = 0;
  let den = 0;
  // The largest |m| of the scores, and m of the weights, at the scales reached.
  let top = 0;
  let heaviest = 0;
  let result = Number.NaN;
  for (let r = 0; r < scoreCells.length; r++) {
    const sLine: readonly HostScalar[] = scoreCells[r];
    const wLine: readonly HostScalar[] = weightCells[r];
    if (!Array.isArray(sLine) || sLine.length !== width || !Array.isArray(wLine) || wLine.length !== width)
      return result;
    for (let c = 0; c < width; c++) {
      const s = sLine[c];
      const w = wLine[c];
      if (typeof s !== 'number' || typeof w !== 'number' || !(w >= 0)) return result;
      let ms = s * ts + ROUNDER - ROUNDER;
      if (ms / ts !== s) {
        // A finer scale for the scores: the smallest that reads this one, or none.
        let k = ks + 1;
        for (; k <= SHORT_SCALE; k++) {
          ms = s * pow10[k] + ROUNDER - ROUNDER;
          if (ms / pow10[k] === s) break;
        }
        if (k > SHORT_SCALE) return result;
        num *= pow10[k - ks];
        top *= pow10[k - ks];
        ks = k;
        ts = pow10[k];
      }
      let mw = w * tw + ROUNDER - ROUNDER;
      if (mw / tw !== w) {
        let k = kw + 1;
        for (; k <= SHORT_SCALE; k++) {
          mw = w * pow10[k] + ROUNDER - ROUNDER;
          if (mw / pow10[k] === w) break;
        }
        if (k > SHORT_SCALE) return result;
        num *= pow10[k - kw];
        den *= pow10[k - kw];
        heaviest *= pow10[k - kw];
        kw = k;
        tw = pow10[k];
      }
      num += ms * mw;
      den += mw;
      const size = ms < 0 ? -ms : ms;
      if (size > top) top = size;
      if (mw > heaviest) heaviest = mw;
    }
  }
  const total = den * ts;
  // Infinity reads as itself at any scale, and fails here. A total weight of 0 is the decimal path's
  // #DIV/0!, and the tables the rules may refuse are its too (see `accumulate`).
  if (!(top < 1e15 && heaviest < 1e15 && n * top * heaviest < EXACT && total < EXACT && den > 0))
    return result;
  if (mayMixScales(heaviest / tw, den / tw, weightCells, width)) return result;
  // A score of 10 or more, exactly (of a weight of 0 too, which the scan then passes over).
  if (top >= 10 * ts && mixedScores(scoreCells, weightCells, width)) return result;
  result = num / total;
  return result;
}

/** The width of a table's first row (the loop checks the others), or 0. */
function widthOf(cells: HostMatrix): number {
  return cells.length > 0 && Array.isArray(cells[0]) ? cells[0].length : 0;
}

/** The table as one row, in reading order, or undefined when it is not rectangular. */
function oneRow(cells: HostMatrix, width: number): HostMatrix | undefined {
  const row: HostScalar[] = [];
  for (const line of cells) {
    if (!Array.isArray(line) || line.length !== width) return undefined;
    for (const cell of line) row.push(cell);
  }
  return [row];
}

/** Bounds that hold any number. */
function isAny(b: Bounds): boolean {
  return b.min === -Infinity && b.max === Infinity;
}

/** Whether the function's arguments have the bounds the loops are written for: any score, weights ≥ 0. */
function servesBounds(spec: FunctionSpec): boolean {
  const scoreBounds = boundsOf(spec.args[0]);
  const weightBounds = boundsOf(spec.args[1]);
  if (scoreBounds === undefined || weightBounds === undefined || !isAny(scoreBounds)) return false;
  return weightBounds.min === 0 && !weightBounds.minExclusive && weightBounds.max === Infinity;
}

/** The last function `servesBounds` said yes to: its two lookups were a tenth of a 20-cell call. */
let served: FunctionSpec | undefined;

function run(args: readonly HostArg[], spec: FunctionSpec): number | undefined {
  if (spec !== served) {
    if (!servesBounds(spec)) return undefined;
    served = spec;
  }
  let scoreCells = args[0];
  let weightCells = args[1];
  if (
    scoreCells === undefined ||
    weightCells === undefined ||
    !isMatrix(scoreCells) ||
    !isMatrix(weightCells)
  )
    return undefined;
  let width = widthOf(scoreCells);
  const weightWidth = widthOf(weightCells);
  const n = scoreCells.length * width;
  if (n === 0 || n !== weightCells.length * weightWidth) return undefined;
  if (width !== weightWidth) {
    // Paired in reading order: a row of scores beside a column of weights.
    const s = oneRow(scoreCells, width);
    const w = oneRow(weightCells, weightWidth);
    if (s === undefined || w === undefined) return undefined;
    [scoreCells, weightCells, width] = [s, w, n];
  }
  const short = shortQuotient(scoreCells, weightCells, width, n);
  if (short === short) return short;
  return accumulate(scoreCells, weightCells, width) ? quotient(n) : undefined;
}

export const scorecardKernel: TableKernel = { args: ['scores', 'weights'], run };
