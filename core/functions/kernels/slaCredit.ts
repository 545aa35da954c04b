/** SLACREDIT over a column: a comparison on the doubles, then charges × at_risk × allocation exactly. */
import type { Column } from './columns';
import { directionSign, isStrict } from './direction';
import { tripleProductOver } from './exact';
import type { Kernel } from './kernel';
import { otherScale } from './scaleRows';

// The builtins the loop reads, as module constants (see columns.ts: globals are slow in Jest's vm context).
const { Number } = globalThis;

interface Params {
  readonly sign: number;
  /** `exceeds`: the minimum itself is missed. */
  readonly strict: boolean;
}

function run(
  { sign, strict }: Params,
  [actual, minimum, charges, atRisk, allocation]: readonly Column[],
  n: number,
  out: Float64Array,
): void {
  const { c: ac, v: av, step: as } = actual;
  const { c: mc, v: mv, step: ms } = minimum;
  const { c: cc, k: ck, step: cs } = charges;
  const { c: rc, k: rk, step: rs } = atRisk;
  const { c: lc, k: lk, v: lv, step: ls } = allocation;
  for (let i = 0; i < n; i++) {
    const c = cc[i * cs];
    const r = rc[i * rs];
    const l = lc[i * ls];
    if (Number.isNaN(ac[i * as] + mc[i * ms] + c + r + l)) {
      out[i] = Number.NaN;
      continue;
    }
    const a = av[i * as];
    const m = mv[i * ms];
    // An allocation above 1 (refused, at ten times as on another scale) is the decimal path's.
    if (otherScale(a, m, m) || lv[i * ls] > 1) {
      out[i] = Number.NaN;
      continue;
    }
    // Positive when better than the minimum, for both directions.
    const better = sign * (a - m);
    const missed = !(better > 0 || (!strict && better === 0));
    out[i] = missed ? tripleProductOver(c, r, l, ck[i * cs] + rk[i * rs] + lk[i * ls]) : 0;
  }
}

export const slaCreditKernel: Kernel<Params> = {
  args: ['actual', 'minimum', 'charges', 'at_risk', 'allocation', 'direction', 'comparison'],
  compile(values, ranged) {
    const sign = directionSign(values, 5, ranged);
    const strict = isStrict(values, 6, ranged);
    return sign === null || strict === null ? null : { sign, strict };
  },
  run,
};
