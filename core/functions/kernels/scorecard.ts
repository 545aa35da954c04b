/**
 * SCORECARD over its two tables in one pass, exactly: Σ score × weight and Σ weight are accumulated as
 * exact integers (17-bit limbs of the coefficients, one accumulator per decimal scale, carried into BigInt
 * before any limb sum could pass 2^53), and the one division is the decimal path's own quotient. A call
 * with any blank or non-number cell, a size mismatch or a zero total weight goes to the decimal path,
 * which words the error.
 */
import { dec, quotient, toHostNumber } from '../../money';
import { isMatrix, type HostArg, type HostMatrix } from '../hostValues';
import type { FunctionSpec } from '../types';
import { boundsOf, readColumn, type Bounds, type Column } from './columns';
import type { TableKernel } from './kernel';

const LIMB = 2 ** 17;
/** Cells per carry: each limb sum grows by < 3 · 2^34 per cell, so 2^16 cells stay below 2^53. */
const CARRY_EVERY = 2 ** 16;
/** Scales of a product of two coefficients: 0 … 44. */
const SCALES = 45;

function table(raw: HostArg | undefined, bounds: Bounds, slot: number): Column | undefined {
  if (raw === undefined || !isMatrix(raw)) return undefined;
  const cells: HostMatrix = raw;
  const width = cells.length > 0 && Array.isArray(cells[0]) ? cells[0].length : 0;
  if (width === 0 || cells.some((row) => !Array.isArray(row) || row.length !== width)) return undefined;
  return readColumn(cells, cells.length, width, cells.length, width, bounds, slot);
}

/** Exact sums as BigInt coefficients at scale `scale`: products in `products`, plain values in `values`. */
class ExactSum {
  private readonly limbs = new Float64Array(SCALES * 5);
  private total = 0n;
  readonly scale = SCALES - 1;

  carry(): void {
    const { limbs } = this;
    for (let k = 0; k < SCALES; k++) {
      let sum = 0n;
      for (let j = 4; j >= 0; j--) {
        const limb = limbs[k * 5 + j];
        sum = (sum << 17n) + BigInt(limb);
        limbs[k * 5 + j] = 0;
      }
      if (sum !== 0n) this.total += sum * 10n ** BigInt(this.scale - k);
    }
  }

  /** Adds a · b · 10^-k for integer a, b (|a|, |b| < 2^51). */
  add(a: number, b: number, k: number): void {
    const sign = a < 0 ? -1 : 1;
    let x = a * sign;
    const a2 = Math.floor(x / 2 ** 34);
    x -= a2 * 2 ** 34;
    const a1 = Math.floor(x / LIMB);
    const a0 = (x - a1 * LIMB) * sign;
    let y = b;
    const b2 = Math.floor(y / 2 ** 34);
    y -= b2 * 2 ** 34;
    const b1 = Math.floor(y / LIMB);
    const b0 = y - b1 * LIMB;
    const at = k * 5;
    const l = this.limbs;
    l[at] += a0 * b0;
    l[at + 1] += a0 * b1 + a1 * sign * b0;
    l[at + 2] += a0 * b2 + a1 * sign * b1 + a2 * sign * b0;
    l[at + 3] += a1 * sign * b2 + a2 * sign * b1;
    l[at + 4] += a2 * sign * b2;
  }

  /** The sum as a decimal (after a final carry). */
  value() {
    this.carry();
    return dec(`${this.total}e-${this.scale}`);
  }
}

function run(args: readonly HostArg[], spec: FunctionSpec): number | undefined {
  const scoreBounds = boundsOf(spec.args[0]);
  const weightBounds = boundsOf(spec.args[1]);
  if (scoreBounds === undefined || weightBounds === undefined) return undefined;
  const scores = table(args[0], scoreBounds, 0);
  const weights = table(args[1], weightBounds, 1);
  if (scores === undefined || weights === undefined || scores.c.length !== weights.c.length) return undefined;
  const { c: sc, k: sk } = scores;
  const { c: wc, k: wk } = weights;
  const weighted = new ExactSum();
  const total = new ExactSum();
  for (let i = 0; i < sc.length; i++) {
    const s = sc[i];
    const w = wc[i];
    if (Number.isNaN(s + w)) return undefined;
    weighted.add(s, w, sk[i] + wk[i]);
    total.add(w, 1, wk[i]);
    if ((i + 1) % CARRY_EVERY === 0) {
      weighted.carry();
      total.carry();
    }
  }
  const sumOfWeights = total.value();
  if (sumOfWeights.isZero()) return undefined;
  return toHostNumber(quotient(weighted.value(), sumOfWeights));
}

export const scorecardKernel: TableKernel = { args: ['scores', 'weights'], run };
