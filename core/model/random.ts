/** The seeded generator of forecasts: pure-rand's xoroshiro128+, so a seed gives the same draws anywhere. */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** Uniform draws from one seeded stream. */
export interface Draws {
  /** In [0, 1). */
  unit(): number;
  /** An integer in [0, n). */
  index(n: number): number;
}

export function seededDraws(seed: number): Draws {
  const rng = xoroshiro128plus(seed);
  return { unit: () => uniformFloat64(rng), index: (n) => uniformInt(rng, 0, n - 1) };
}
