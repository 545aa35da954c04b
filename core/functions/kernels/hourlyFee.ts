/**
 * HOURLYFEE over a column: hours × rate × (1 + adjustment) + variable × min(achievement, cap), exact and
 * rounded once.
 */
import type { Column } from './columns';
import { POW10, safe, sumOfProductsOver } from './exact';
import type { Kernel } from './kernel';
import { adjustmentScale, capScale } from './scaleRows';

// The builtins the loop reads, as module constants (see columns.ts: globals are slow in Jest's vm context).
const { Number } = globalThis;

function run(_: true, columns: readonly Column[], n: number, out: Float64Array): void {
  const [hours, rate, adjustment, variable, achievement, achievementCap] = columns;
  const { c: hc, k: hk, step: hs } = hours;
  const { c: rc, k: rk, step: rs } = rate;
  const { c: jc, k: jk, v: jv, step: js } = adjustment;
  const { c: vc, k: vk, step: vs } = variable;
  const { c: ac, k: ak, v: av, step: as } = achievement;
  const { c: pc, k: pk, v: pv, step: ps } = achievementCap;
  for (let i = 0; i < n; i++) {
    const h = hc[i * hs];
    const r = rc[i * rs];
    const j = jc[i * js];
    const v = vc[i * vs];
    const a = ac[i * as];
    const p = pc[i * ps];
    // An adjustment or a cap the scale rules may refuse is the decimal path's (scaleRows.ts).
    if (
      Number.isNaN(h + r + j + v + a + p) ||
      adjustmentScale(jv[i * js]) ||
      capScale(av[i * as], pv[i * ps])
    ) {
      out[i] = Number.NaN;
      continue;
    }
    const kj = jk[i * js];
    // The adjusted rate r · (1 + adjustment) as one coefficient at scale kr + kj; it is > 0 when rate is.
    const adjusted = safe(r * safe(POW10[kj] + j));
    const capped = !(av[i * as] <= pv[i * ps]);
    out[i] = sumOfProductsOver(
      h,
      adjusted,
      hk[i * hs] + rk[i * rs] + kj,
      v,
      capped ? p : a,
      vk[i * vs] + (capped ? pk[i * ps] : ak[i * as]),
    );
  }
}

export const hourlyFeeKernel: Kernel<true> = {
  args: ['hours', 'rate', 'adjustment', 'variable', 'achievement', 'achievement_cap'],
  compile: () => true,
  run,
};
