import type { KpiClause } from '../../contract/types';
import { achievementShareClause } from './achievementShareClause';
import { bonusMalusClause } from './bonusMalusClause';
import { gainShareClause } from './gainShareClause';
import { kpiScoreClause } from './kpiScoreClause';
import { rateAdjustmentClause } from './rateAdjustmentClause';
import { slaCreditClause } from './slaCreditClause';
import { thresholdClause } from './thresholdClause';
import type { ClauseEvaluator } from './types';

type Evaluators = { [M in KpiClause['model']]: ClauseEvaluator<Extract<KpiClause, { model: M }>> };

/** The evaluator of each KPI model: a new model is one file here and one entry. */
const EVALUATORS: Evaluators = {
  threshold: thresholdClause,
  'bonus-malus': bonusMalusClause,
  'kpi-score': kpiScoreClause,
  'achievement-share': achievementShareClause,
  'rate-adjustment': rateAdjustmentClause,
  'sla-credit': slaCreditClause,
  'gain-share': gainShareClause,
};

export function clauseEvaluator<C extends KpiClause>(clause: C): ClauseEvaluator<C> {
  return EVALUATORS[clause.model] as unknown as ClauseEvaluator<C>;
}

export type { ClauseEnv, ClauseOutcome } from './types';
