/** ACHIEVEMENT over a column: one quotient of two inputs, rounded once. */
import type { Column } from './columns';
import { directionSign } from './direction';
import { quotientOf } from './exact';
import type { Kernel } from './kernel';
import { otherScale } from './scaleRows';

// The builtins the loop reads, as module constants (see columns.ts: globals are slow in Jest's vm context).
const { Number } = globalThis;

function run(sign: number, [actual, target]: readonly Column[], n: number, out: Float64Array): void {
  const { c: ac, k: ak, v: av, step: as } = actual;
  const { c: tc, k: tk, v: tv, step: ts } = target;
  for (let i = 0; i < n; i++) {
    const a = ac[i * as];
    const t = tc[i * ts];
    // A divisor ≤ 0 is an error: the decimal path words it.
    const vt = tv[i * ts];
    if (!(t > 0) || !(sign > 0 || a > 0) || otherScale(av[i * as], vt, vt)) {
      out[i] = Number.NaN;
      continue;
    }
    // actual ÷ target, or target ÷ actual when lower is better, in one call site (see bonusMalus.ts).
    const ka = ak[i * as];
    const kt = tk[i * ts];
    const higher = sign > 0;
    out[i] = quotientOf(higher ? a : t, higher ? ka : kt, higher ? t : a, higher ? kt : ka);
  }
}

export const achievementKernel: Kernel<number> = {
  args: ['actual', 'target', 'direction'],
  compile: (values, ranged) => directionSign(values, 2, ranged),
  run,
};
