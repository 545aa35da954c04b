/**
 * Declared distributions of a KPI, volume or hours: triangular from pessimistic / likely / optimistic, or
 * normal truncated to the valid range. Draws are floating point (a simulation, not money); each drawn value
 * enters the engine as the 15 significant digits a cell would show. A distribution collapsed to one value
 * (all three levels equal, or a zero standard deviation) returns that exact value.
 *
 * A measure that comes whole (a count volume, a clause's minimum sample, a `count` KPI) is drawn whole: the
 * continuous draw rounded to the nearest whole number, a triangular one kept within its levels' whole
 * numbers (pessimistic 41,000.5 draws at least 41,001), a normal one redrawn until inside the valid range.
 * The same draws of the seeded stream, so a seed still gives one forecast.
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
  /** Whether the measure comes whole (countUnits.ts): every draw is then a whole number. */
  whole = false,
): { sample: (draws: Draws) => Dec } | { problem: string } {
  const t = modelProblemTexts(lang);
  const outside = (v: Dec) => (range.min && v.lt(range.min)) || (range.max && v.gt(range.max));
  const drawn = (x: number) => fromHostNumber(whole ? Math.round(x) : x);
  if (distribution.kind === 'triangular') {
    const { pessimistic, likely, optimistic } = distribution;
    const low = pessimistic.lt(optimistic) ? pessimistic : optimistic;
    const high = pessimistic.lt(optimistic) ? optimistic : pessimistic;
    if (likely.lt(low) || likely.gt(high)) return { problem: t.likelyBetween };
    if ([low, likely, high].some(outside)) return { problem: t.levelOutside };
    const [first, last] = [low.ceil(), high.floor()];
    if (whole && first.gt(last)) return { problem: t.noWholeBetween(pessimistic, optimistic) };
    if (low.eq(high)) return { sample: () => likely };
    const [a, c, b] = [low, likely, high].map(Number);
    const [lowest, highest] = [first, last].map(Number);
    const split = (c - a) / (b - a);
    return {
      sample: (draws) => {
        const u = draws.unit();
        const x =
          u < split ? a + Math.sqrt(u * (b - a) * (c - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - c));
        return drawn(whole ? Math.min(highest, Math.max(lowest, x)) : x);
      },
    };
  }
  const { mean, sd } = distribution;
  if (sd.lt(0)) return { problem: t.sdNegative };
  if (outside(mean)) return { problem: t.meanOutside };
  if (whole && sd.isZero() && !mean.isInteger()) return { problem: t.meanNotWhole(mean) };
  if (sd.isZero()) return { sample: () => mean };
  const [m, s] = [Number(mean), Number(sd)];
  const lo = range.min === undefined ? -Infinity : Number(range.min);
  const hi = range.max === undefined ? Infinity : Number(range.max);
  return {
    sample: (draws) => {
      for (let i = 0; i < MAX_REJECTIONS; i++) {
        // Box–Muller; 1 − u keeps the logarithm finite.
        const z = Math.sqrt(-2 * Math.log(1 - draws.unit())) * Math.cos(2 * Math.PI * draws.unit());
        const x = whole ? Math.round(m + s * z) : m + s * z;
        if (x >= lo && x <= hi) return drawn(x);
      }
      throw new RangeError(t.noMass);
    },
  };
}
