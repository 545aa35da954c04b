import type { RateAdjustmentClause } from '../../contract/types';
import { ModelFault } from '../../errors';
import { ZERO } from '../../money';
import { meets } from '../../models/comparison';
import { gradedAdjustmentClause } from '../pricing/gradedAdjustment';
import type { ClauseEvaluator } from './types';

/**
 * The hourly rate adjusted by a KPI (article 2: response time, cancellations): a share of the hourly pay
 * added when the target is met, taken off when the KPI is worse than its threshold (the target without one).
 */
export const rateAdjustmentClause: ClauseEvaluator<RateAdjustmentClause> = (ctx, clause, actual, env) => {
  if (clause.grading === 'linear') return gradedAdjustmentClause(ctx, clause, actual, env);
  if (env.hourlyPay === null) throw new ModelFault('#VALUE!', 'hourly', 'needs hourly terms');
  const floor = clause.threshold ?? clause.target;
  const { direction, comparison } = clause;
  const outcome = meets(actual, clause.target, direction, comparison)
    ? 'met'
    : meets(actual, floor, direction, comparison)
      ? 'between'
      : 'missed';
  const share = outcome === 'met' ? clause.bonusRate : outcome === 'missed' ? clause.malusRate.neg() : ZERO;
  const amount = ctx.round(env.hourlyPay.times(share));
  const level = ctx.value(outcome === 'missed' ? floor : clause.target, clause.unit);
  const explanation = ctx.texts.explainRateAdjustment(
    clause.name,
    ctx.value(actual, clause.unit),
    outcome,
    level,
    // A miss the contract takes no cut for is 0 %, not a "−0 %" cut.
    `${share.isNegative() && !share.isZero() ? '−' : '+'}${ctx.percent(share.abs())}`,
    ctx.money(env.hourlyPay),
    ctx.money(amount),
    comparison === 'exceeds' ? direction : undefined,
    ctx.value(floor, clause.unit),
  );
  const t = ctx.texts;
  return {
    line: { kind: 'kpi-adjustment', label: clause.name, kpi: clause.name, amount, explanation },
    outcome: { met: t.outcomeMet, missed: t.outcomeMissed, between: t.outcomeNeutral }[outcome],
    status: outcome === 'between' ? 'neutral' : outcome,
    rateShare: share,
  };
};
