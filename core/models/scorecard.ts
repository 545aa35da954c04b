import { ModelFault } from '../errors';
import { ZERO, quotient, type Dec } from '../money';

export interface ScorecardEntry {
  readonly score: Dec;
  readonly weight: Dec;
}

export interface ScorecardResult {
  /** Σ score × weight ÷ Σ weight. */
  readonly score: Dec;
  readonly totalWeight: Dec;
}

/** One overall achievement from several KPI scores and their weights (supplier scorecards). */
export function scorecard(entries: readonly ScorecardEntry[]): ScorecardResult {
  let weighted = ZERO;
  let totalWeight = ZERO;
  for (const { score, weight } of entries) {
    weighted = weighted.plus(score.times(weight));
    totalWeight = totalWeight.plus(weight);
  }
  if (totalWeight.isZero()) throw new ModelFault('#DIV/0!', 'weights', 'must have a positive sum');
  return { score: quotient(weighted, totalWeight), totalWeight };
}
