/** THRESHOLDFEE over a column: a comparison of two inputs, made on their doubles. */
import type { Column } from './columns';
import { directionSign } from './direction';
import type { Kernel } from './kernel';

function run(sign: number, [actual, threshold, fee]: readonly Column[], n: number, out: Float64Array): void {
  const { c: ac, v: av, step: as } = actual;
  const { c: tc, v: tv, step: ts } = threshold;
  const { c: fc, v: fv, step: fs } = fee;
  for (let i = 0; i < n; i++) {
    const a = av[i * as];
    const t = tv[i * ts];
    if (Number.isNaN(ac[i * as] + tc[i * ts] + fc[i * fs])) {
      out[i] = NaN;
      continue;
    }
    out[i] = (sign > 0 ? a >= t : a <= t) ? fv[i * fs] : 0;
  }
}

export const thresholdFeeKernel: Kernel<number> = {
  compile: (values, ranged) => directionSign(values, 3, ranged),
  run,
};
