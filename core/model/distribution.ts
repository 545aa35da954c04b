/**
 * Declared distributions of a KPI, volume or hours: triangular from pessimistic / likely / optimistic, or
 * normal truncated to the valid range. Draws are floating point (a simulation, not money); each drawn value
 * enters the engine as the 15 significant digits a cell would show. A distribution collapsed to one value
 * (all three levels equal, or a zero standard deviation) returns that exact value.
 */
import type { Language } from '../contract/types';
import { modelProblemTexts } from '../i18n/modelProblems';
import { fromHostNumber, type Dec } from '../money';
import type { ValueRange } from './kpiRange';
import type { Draws } from './random';

export type Distribution =
  | { readonly kind: 'triangular'; readonly pessimistic: Dec; readonly likely: Dec; readonly optimistic: Dec }
  | { readonly kind: 'normal'; readonly mean: Dec; readonly sd: Dec };

/** Rejections before a truncated normal is declared to have (almost) no mass inside its range. */
const MAX_REJECTIONS = 10_000;

/**
 * A sampler of `distribution` within `range`, or a problem in `lang` (a level outside the range, a bad
 * shape). A normal with almost no mass in the range throws a `RangeError` when drawn, its message in `lang`.
 */
export function sampler(
  distribution: Distribution,
  range: ValueRange,
  lang: Language = 'en',
): { sample: (draws: Draws) => Dec } | { problem: string } {
  const t = modelProblemTexts(lang);
  const outside = (v: Dec) => (range.min && v.lt(range.min)) || (range.max && v.gt(range.max));
  if (distribution.kind === 'triangular') {
    const { pessimistic, likely, optimistic } = distribution;
    const low = pessimistic.lt(optimistic) ? pessimistic : optimistic;
    const high = pessimistic.lt(optimistic) ? optimistic : pessimistic;
    if (likely.lt(low) || likely.gt(high)) return { problem: t.likelyBetween };
    if ([low, likely, high].some(outside)) return { problem: t.levelOutside };
    if (low.eq(high)) return { sample: () => likely };
    const [a, c, b] = [low, likely, high].map(Number);
    const split = (c - a) / (b - a);
    return {
      sample: (draws) => {
        const u = draws.unit();
        const x =
          u < split ? a + Math.sqrt(u * (b - a) * (c - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - c));
        return fromHostNumber(x);
      },
    };
  }
  const { mean, sd } = distribution;
  if (sd.lt(0)) return { problem: t.sdNegative };
  if (outside(mean)) return { problem: t.meanOutside };
  if (sd.isZero()) return { sample: () => mean };
  const [m, s] = [Number(mean), Number(sd)];
  const lo = range.min === undefined ? -Infinity : Number(range.min);
  const hi = range.max === undefined ? Infinity : Number(range.max);
  return {
    sample: (draws) => {
      for (let i = 0; i < MAX_REJECTIONS; i++) {
        // Box–Muller; 1 − u keeps the logarithm finite.
        const z = Math.sqrt(-2 * Math.log(1 - draws.unit())) * Math.cos(2 * Math.PI * draws.unit());
        const x = m + s * z;
        if (x >= lo && x <= hi) return fromHostNumber(x);
      }
      throw new RangeError(t.noMass);
    },
  };
}
