import type { Direction } from '../direction';
import { ModelFault } from '../errors';
import { ONE, ZERO, quotient, type Dec } from '../money';

export interface KpiScoreCurve {
  readonly threshold: Dec;
  readonly target: Dec;
  readonly direction: Direction;
  /** Score paid exactly at the threshold (0 by default: the curve starts from nothing). */
  readonly thresholdScore: Dec;
  /** Optional excellence level beyond the target, paying `stretchScore`. */
  readonly stretch: Dec | null;
  readonly stretchScore: Dec;
}

export interface KpiScoreResult {
  readonly score: Dec;
  /** Which stretch of the curve the actual fell on. */
  readonly segment: 'below-threshold' | 'threshold-to-target' | 'target-to-stretch' | 'at-top';
}

/**
 * The incentive-plan payout curve: 0 below threshold, linear from (threshold, thresholdScore) to
 * (target, 1), then linear to (stretch, stretchScore), flat beyond the last point.
 * For `lower` KPIs the levels are mirrored, so one set of comparisons serves both directions.
 */
export function kpiScore(actual: Dec, curve: KpiScoreCurve): KpiScoreResult {
  const sign = curve.direction === 'higher' ? 1 : -1;
  const a = actual.times(sign);
  const threshold = curve.threshold.times(sign);
  const target = curve.target.times(sign);
  const stretch = curve.stretch === null ? null : curve.stretch.times(sign);
  const relation = curve.direction === 'higher' ? '≥' : '≤';
  if (target.lt(threshold))
    throw new ModelFault(
      '#VALUE!',
      'target',
      `must be ${relation} threshold`,
      `${curve.target}, threshold ${curve.threshold}`,
    );
  if (stretch !== null && stretch.lt(target))
    throw new ModelFault(
      '#VALUE!',
      'stretch',
      `must be ${relation} target`,
      `${curve.stretch}, target ${curve.target}`,
    );

  if (a.lt(threshold)) return { score: ZERO, segment: 'below-threshold' };
  if (a.lt(target)) {
    const progress = quotient(a.minus(threshold), target.minus(threshold));
    return {
      score: curve.thresholdScore.plus(ONE.minus(curve.thresholdScore).times(progress)),
      segment: 'threshold-to-target',
    };
  }
  if (stretch === null) return { score: ONE, segment: 'at-top' };
  if (a.lt(stretch)) {
    const progress = quotient(a.minus(target), stretch.minus(target));
    return { score: ONE.plus(curve.stretchScore.minus(ONE).times(progress)), segment: 'target-to-stretch' };
  }
  return { score: curve.stretchScore, segment: 'at-top' };
}
