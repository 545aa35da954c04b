/**
 * KPISCORE over a column: the segment is chosen by comparing inputs on their doubles (mirrored for
 * `lower`), its point computed as one exact fraction and rounded once.
 */
import type { Column } from './columns';
import { directionSign } from './direction';
import { POW10, align, safe, segmentPoint } from './exact';
import type { Kernel } from './kernel';
import { otherScale, ratioScale } from './scaleRows';

// The builtins the loop reads, as module constants (see columns.ts: globals are slow in Jest's vm context).
const { Number } = globalThis;

interface Params {
  readonly sign: number;
  readonly stretched: boolean;
}

function run({ sign, stretched }: Params, columns: readonly Column[], n: number, out: Float64Array): void {
  const [actual, threshold, target, , stretch, stretchScore, thresholdScore] = columns;
  const { c: ac, k: ak, v: av, step: as } = actual;
  const { c: hc, k: hk, v: hv, step: hs } = threshold;
  const { c: tc, k: tk, v: tv, step: ts } = target;
  const { c: sc, k: sk, v: sv, step: ss } = stretch;
  const { c: xc, k: xk, v: xv, step: xs } = stretchScore;
  const { c: zc, k: zk, step: zs } = thresholdScore;
  for (let i = 0; i < n; i++) {
    const a = sign * ac[i * as];
    const h = sign * hc[i * hs];
    const t = sign * tc[i * ts];
    const s = sign * sc[i * ss];
    if (Number.isNaN(a + h + t + s + xc[i * xs] + zc[i * zs])) {
      out[i] = Number.NaN;
      continue;
    }
    const ra = av[i * as];
    const rh = hv[i * hs];
    const rt = tv[i * ts];
    const rs = stretched ? sv[i * ss] : rt;
    // The lowest and highest level, whatever the direction (levels out of order are the decimal path's).
    const lowest = rh < rt ? (rh < rs ? rh : rs) : rt < rs ? rt : rs;
    const highest = rh > rt ? (rh > rs ? rh : rs) : rt > rs ? rt : rs;
    if (otherScale(ra, lowest, highest) || ratioScale(xv[i * xs], 1)) {
      out[i] = Number.NaN;
      continue;
    }
    const va = sign * ra;
    const vh = sign * rh;
    const vt = sign * rt;
    const vs = sign * sv[i * ss];
    // Levels out of order are an error: the decimal path words it.
    if (vt < vh || (stretched && vs < vt)) {
      out[i] = Number.NaN;
      continue;
    }
    if (va < vh) {
      out[i] = 0;
      continue;
    }
    if (va >= vt && !stretched) {
      out[i] = 1;
      continue;
    }
    if (va >= vt && !(va < vs)) {
      out[i] = xv[i * xs];
      continue;
    }
    // On a segment from (lower level, lower score) to (upper level, upper score): threshold to target,
    // or target to stretch. One call of segmentPoint for both: a second call site inlined would exhaust
    // V8's inlining budget, and a call not inlined boxes its doubles (an allocation a row).
    const low = va < vt;
    const lc = low ? h : t;
    const kl = low ? hk[i * hs] : tk[i * ts];
    const uc = low ? t : s;
    const ku = low ? tk[i * ts] : sk[i * ss];
    const ka = ak[i * as];
    const kal = ka > kl ? ka : kl;
    const kul = ku > kl ? ku : kl;
    const scale = POW10[low ? zk[i * zs] : xk[i * xs]];
    // The lower score over `scale`, and what the segment adds: 1 − threshold_score, or stretch_score − 1.
    const from = low ? zc[i * zs] : scale;
    const rise = low ? scale - zc[i * zs] : xc[i * xs] - scale;
    const u = safe(align(a, ka, kal) - align(lc, kl, kal));
    const w = safe(align(uc, ku, kul) - align(lc, kl, kul));
    out[i] = segmentPoint(from, rise, scale, u, kal, w, kul);
  }
}

export const kpiScoreKernel: Kernel<Params> = {
  args: ['actual', 'threshold', 'target', 'direction', 'stretch', 'stretch_score', 'threshold_score'],
  compile(values, ranged) {
    const sign = directionSign(values, 3, ranged);
    return sign === null ? null : { sign, stretched: ranged[4] || values[4] !== null };
  },
  run,
};
