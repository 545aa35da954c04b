import type { ThresholdClause } from '../../contract/types';
import { relation } from '../../models/comparison';
import { thresholdFee } from '../../models/thresholdFee';
import type { ClauseEvaluator } from './types';

/** THRESHOLDFEE: performance-only fee, paid whole when the KPI meets its threshold. */
export const thresholdClause: ClauseEvaluator<ThresholdClause> = (ctx, clause, actual) => {
  const result = thresholdFee(actual, clause.threshold, clause.amount, clause.direction, clause.comparison);
  const amount = ctx.round(result.amount);
  const explanation = ctx.texts.explainThreshold(
    clause.name,
    ctx.value(actual, clause.unit),
    result.met,
    relation(result.met, clause.direction, clause.comparison),
    ctx.value(clause.threshold, clause.unit),
    ctx.money(amount),
  );
  return {
    line: { kind: 'kpi-fee', label: clause.name, kpi: clause.name, amount, explanation },
    outcome: result.met ? ctx.texts.outcomeMet : ctx.texts.outcomeMissed,
    status: result.met ? 'met' : 'missed',
  };
};
