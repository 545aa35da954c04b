/** GAINSHARE over a column: the gain in exact coefficients, share × gain rounded once, then the clamp. */
import type { Column } from './columns';
import { directionSign } from './direction';
import { align, noNegativeZero, productOver, safe } from './exact';
import type { Kernel } from './kernel';

// The builtins the loop reads, as module constants (see columns.ts: globals are slow in Jest's vm context).
const { Math, Number } = globalThis;

function run(sign: number, columns: readonly Column[], n: number, out: Float64Array): void {
  const [baseline, actual, share, , cap, floor] = columns;
  const { c: bc, k: bk, step: bs } = baseline;
  const { c: ac, k: ak, step: as } = actual;
  const { c: sc, k: sk, step: ss } = share;
  const { c: cc, v: cv, step: cs } = cap;
  const { c: fc, v: fv, step: fs } = floor;
  for (let i = 0; i < n; i++) {
    const b = bc[i * bs];
    const a = ac[i * as];
    const s = sc[i * ss];
    const high = cv[i * cs];
    const low = fv[i * fs];
    // A cap below the floor is an error: the decimal path words it.
    if (Number.isNaN(b + a + s + cc[i * cs] + fc[i * fs]) || high < low) {
      out[i] = Number.NaN;
      continue;
    }
    const kb = bk[i * bs];
    const ka = ak[i * as];
    const scale = kb > ka ? kb : ka;
    const gain = safe(sign * (align(a, ka, scale) - align(b, kb, scale)));
    // Rounding is monotone, so clamping the rounded share to the rounded bounds is rounding the clamp.
    const raw = productOver(s, gain, sk[i * ss] + scale);
    out[i] = noNegativeZero(Math.min(Math.max(raw, low), high));
  }
}

export const gainShareKernel: Kernel<number> = {
  args: ['baseline', 'actual', 'share', 'direction', 'cap', 'floor'],
  compile: (values, ranged) => directionSign(values, 3, ranged),
  run,
};
