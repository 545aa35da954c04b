/** HYBRIDFEE over a column: fixed + variable × min(score, score_cap), exact and rounded once. */
import type { Column } from './columns';
import { sumOfProductsOver } from './exact';
import type { Kernel } from './kernel';
import { capScale, ratioScale } from './scaleRows';

// The builtins the loop reads, as module constants (see columns.ts: globals are slow in Jest's vm context).
const { Number } = globalThis;

function run(
  _: true,
  [fixed, variable, score, scoreCap]: readonly Column[],
  n: number,
  out: Float64Array,
): void {
  const { c: fc, k: fk, step: fs } = fixed;
  const { c: vc, k: vk, step: vs } = variable;
  const { c: sc, k: sk, v: sv, step: ss } = score;
  const { c: pc, k: pk, v: pv, step: ps } = scoreCap;
  for (let i = 0; i < n; i++) {
    const f = fc[i * fs];
    const v = vc[i * vs];
    const s = sc[i * ss];
    const p = pc[i * ps];
    // A score the ratio or cap rule may refuse is the decimal path's (scaleRows.ts).
    if (
      Number.isNaN(f + v + s + p) ||
      ratioScale(sv[i * ss], pv[i * ps]) ||
      capScale(sv[i * ss], pv[i * ps])
    ) {
      out[i] = Number.NaN;
      continue;
    }
    const capped = !(sv[i * ss] <= pv[i * ps]);
    out[i] = sumOfProductsOver(
      v,
      capped ? p : s,
      vk[i * vs] + (capped ? pk[i * ps] : sk[i * ss]),
      f,
      1,
      fk[i * fs],
    );
  }
}

export const hybridFeeKernel: Kernel<true> = {
  args: ['fixed', 'variable', 'score', 'score_cap'],
  compile: () => true,
  run,
};
