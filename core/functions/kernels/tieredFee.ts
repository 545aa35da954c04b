/**
 * TIEREDFEE over a column of quantities. The grid is compiled once: for each tier, its bound, the units'
 * lower end and price, and the amount due before the tier's first unit (the full tiers below it plus its
 * own flat fee, in graduated mode; the flat fee alone in volume mode). A row is then one tier lookup on
 * the doubles and base + (quantity − lower) × price, exact and rounded once.
 */
import { toHostNumber, type Dec } from '../../money';
import type { Tier, TierMode } from '../../models/tieredFee';
import { fixedColumn, type Column } from './columns';
import { align, safe, sumOfProductsOver } from './exact';
import type { Kernel } from './kernel';

// The builtins the loop reads, as module constants (see columns.ts: globals are slow in Jest's vm context).
const { Number } = globalThis;

interface Params {
  /** Upper bounds as doubles; +Infinity for an unbounded last tier. */
  readonly upTo: Float64Array;
  readonly lowerC: Float64Array;
  readonly lowerK: Int32Array;
  readonly priceC: Float64Array;
  readonly priceK: Int32Array;
  readonly baseC: Float64Array;
  readonly baseK: Int32Array;
}

/** A decimal of the grid as coefficient and scale, or null when it has none the kernel can use. */
function coefficient(value: Dec): [number, number] | null {
  const { c, k } = fixedColumn(value);
  return Number.isNaN(c[0]) ? null : [c[0], k[0]];
}

/**
 * Each grid's parameters by mode, kept while the grid lives: the runner hands the same grid to the calls
 * that pass the same cells (evaluate.ts), and the loop only reads them.
 */
const GRADUATED = new WeakMap<readonly Tier[], Params | null>();
const VOLUME = new WeakMap<readonly Tier[], Params | null>();

function compile(values: readonly unknown[], ranged: readonly boolean[]): Params | null {
  if (ranged[2]) return null;
  const tiers = values[1] as readonly Tier[];
  const graduated = (values[2] as TierMode) === 'graduated';
  const kept = graduated ? GRADUATED : VOLUME;
  let params = kept.get(tiers);
  if (params === undefined) kept.set(tiers, (params = compileGrid(tiers, graduated)));
  return params;
}

function compileGrid(tiers: readonly Tier[], graduated: boolean): Params | null {
  const n = tiers.length;
  const p: Params = {
    upTo: new Float64Array(n),
    lowerC: new Float64Array(n),
    lowerK: new Int32Array(n),
    priceC: new Float64Array(n),
    priceK: new Int32Array(n),
    baseC: new Float64Array(n),
    baseK: new Int32Array(n),
  };
  // The amount of the full tiers so far, as an exact coefficient at scale `doneK`.
  let done = 0;
  let doneK = 0;
  let lower: [number, number] = [0, 0];
  for (let i = 0; i < n; i++) {
    const { upTo, unitPrice, flatFee } = tiers[i];
    const price = coefficient(unitPrice);
    const flat = coefficient(flatFee);
    const bound = upTo === null ? null : coefficient(upTo);
    if (price === null || flat === null || (upTo !== null && bound === null)) return null;
    p.upTo[i] = upTo === null ? Infinity : (toHostNumber(upTo) as number);
    p.priceC[i] = price[0];
    p.priceK[i] = price[1];
    const [baseC, baseK] = graduated ? add(done, doneK, flat[0], flat[1]) : flat;
    p.baseC[i] = baseC;
    p.baseK[i] = baseK;
    p.lowerC[i] = graduated ? lower[0] : 0;
    p.lowerK[i] = graduated ? lower[1] : 0;
    if (graduated && bound !== null) {
      const k = bound[1] > lower[1] ? bound[1] : lower[1];
      const units = safe(align(bound[0], bound[1], k) - align(lower[0], lower[1], k));
      [done, doneK] = add(...add(done, doneK, safe(units * price[0]), k + price[1]), flat[0], flat[1]);
      lower = bound;
    }
    if (Number.isNaN(baseC + done)) return null;
  }
  return p;
}

/** The exact sum of two coefficients at their scales (NaN coefficient when it is not a safe integer). */
function add(a: number, ka: number, b: number, kb: number): [number, number] {
  const k = ka > kb ? ka : kb;
  return k > 22 ? [Number.NaN, k] : [safe(align(a, ka, k) + align(b, kb, k)), k];
}

function run(p: Params, [quantity]: readonly Column[], n: number, out: Float64Array): void {
  const { c: qc, k: qk, v: qv, step: qs } = quantity;
  const { upTo, lowerC, lowerK, priceC, priceK, baseC, baseK } = p;
  const last = upTo.length - 1;
  for (let i = 0; i < n; i++) {
    const q = qc[i * qs];
    const x = qv[i * qs];
    // Beyond the last bound is an error, worded by the decimal path.
    if (Number.isNaN(q) || x > upTo[last]) {
      out[i] = Number.NaN;
      continue;
    }
    if (q === 0) {
      out[i] = 0;
      continue;
    }
    let t = 0;
    while (x > upTo[t]) t++;
    const kq = qk[i * qs];
    const kl = lowerK[t];
    const k = kq > kl ? kq : kl;
    const units = safe(align(q, kq, k) - align(lowerC[t], kl, k));
    out[i] = sumOfProductsOver(units, priceC[t], k + priceK[t], baseC[t], 1, baseK[t]);
  }
}

export const tieredFeeKernel: Kernel<Params> = { args: ['quantity', 'tiers', 'mode'], compile, run };
