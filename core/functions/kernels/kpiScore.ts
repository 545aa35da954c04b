/**
 * KPISCORE over a column: the segment is chosen by comparing inputs on their doubles (mirrored for
 * `lower`), its point computed as one exact fraction and rounded once.
 */
import type { Column } from './columns';
import { directionSign } from './direction';
import { POW10, align, safe, segmentPoint } from './exact';
import type { Kernel } from './kernel';

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
      out[i] = NaN;
      continue;
    }
    const va = sign * av[i * as];
    const vh = sign * hv[i * hs];
    const vt = sign * tv[i * ts];
    const vs = sign * sv[i * ss];
    // Levels out of order are an error: the decimal path words it.
    if (vt < vh || (stretched && vs < vt)) {
      out[i] = NaN;
      continue;
    }
    const ka = ak[i * as];
    if (va < vh) {
      out[i] = 0;
    } else if (va < vt) {
      const kh = hk[i * hs];
      const kt = tk[i * ts];
      const kah = ka > kh ? ka : kh;
      const kth = kt > kh ? kt : kh;
      const z = zc[i * zs];
      const scale = POW10[zk[i * zs]];
      const u = safe(align(a, ka, kah) - align(h, kh, kah));
      const w = safe(align(t, kt, kth) - align(h, kh, kth));
      out[i] = segmentPoint(z, scale - z, scale, u, kah, w, kth);
    } else if (!stretched) {
      out[i] = 1;
    } else if (va < vs) {
      const kt = tk[i * ts];
      const ks = sk[i * ss];
      const kat = ka > kt ? ka : kt;
      const kst = ks > kt ? ks : kt;
      const x = xc[i * xs];
      const scale = POW10[xk[i * xs]];
      const u = safe(align(a, ka, kat) - align(t, kt, kat));
      const w = safe(align(s, ks, kst) - align(t, kt, kst));
      out[i] = segmentPoint(scale, x - scale, scale, u, kat, w, kst);
    } else {
      out[i] = xv[i * xs];
    }
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
