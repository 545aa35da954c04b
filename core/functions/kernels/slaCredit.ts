/** SLACREDIT over a column: a comparison on the doubles, then charges × at_risk × allocation exactly. */
import type { Column } from './columns';
import { directionSign } from './direction';
import { tripleProductOver } from './exact';
import type { Kernel } from './kernel';

function run(
  sign: number,
  [actual, minimum, charges, atRisk, allocation]: readonly Column[],
  n: number,
  out: Float64Array,
): void {
  const { c: ac, v: av, step: as } = actual;
  const { c: mc, v: mv, step: ms } = minimum;
  const { c: cc, k: ck, step: cs } = charges;
  const { c: rc, k: rk, step: rs } = atRisk;
  const { c: lc, k: lk, step: ls } = allocation;
  for (let i = 0; i < n; i++) {
    const c = cc[i * cs];
    const r = rc[i * rs];
    const l = lc[i * ls];
    if (Number.isNaN(ac[i * as] + mc[i * ms] + c + r + l)) {
      out[i] = NaN;
      continue;
    }
    const a = av[i * as];
    const m = mv[i * ms];
    const missed = sign > 0 ? a < m : a > m;
    out[i] = missed ? tripleProductOver(c, r, l, ck[i * cs] + rk[i * rs] + lk[i * ls]) : 0;
  }
}

export const slaCreditKernel: Kernel<number> = {
  compile: (values, ranged) => directionSign(values, 5, ranged),
  run,
};
