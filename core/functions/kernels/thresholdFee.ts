/** THRESHOLDFEE over a column: a comparison of two inputs, made on their doubles. */
import type { Column } from './columns';
import { directionSign, isStrict } from './direction';
import type { Kernel } from './kernel';
import { otherScale } from './scaleRows';

// The builtins the loop reads, as module constants (see columns.ts: globals are slow in Jest's vm context).
const { Number } = globalThis;

interface Params {
  readonly sign: number;
  /** `exceeds`: the threshold itself does not pass. */
  readonly strict: boolean;
}

function run(
  { sign, strict }: Params,
  [actual, threshold, fee]: readonly Column[],
  n: number,
  out: Float64Array,
): void {
  const { c: ac, v: av, step: as } = actual;
  const { c: tc, v: tv, step: ts } = threshold;
  const { c: fc, v: fv, step: fs } = fee;
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(ac[i * as] + tc[i * ts] + fc[i * fs])) {
      out[i] = Number.NaN;
      continue;
    }
    const a = av[i * as];
    const t = tv[i * ts];
    if (otherScale(a, t, t)) {
      out[i] = Number.NaN;
      continue;
    }
    // Positive when better than the threshold, for both directions.
    const better = sign * (a - t);
    out[i] = better > 0 || (!strict && better === 0) ? fv[i * fs] : 0;
  }
}

export const thresholdFeeKernel: Kernel<Params> = {
  args: ['actual', 'threshold', 'fee', 'direction', 'comparison'],
  compile(values, ranged) {
    const sign = directionSign(values, 3, ranged);
    const strict = isStrict(values, 4, ranged);
    return sign === null || strict === null ? null : { sign, strict };
  },
  run,
};
