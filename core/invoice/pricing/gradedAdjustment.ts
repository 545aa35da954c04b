/**
 * Graded rate adjustment (article 2: "adjustment of the hourly fee according to the complexity / according
 * to cancellations"): the hourly rate moves along the KPI score curve, from the largest cut (−malusRate) at
 * the threshold or worse, linearly, to the largest uplift (+bonusRate) at the target or better. The score is
 * KPISCORE's (0 at the threshold, 1 at the target), so the adjustment is −cut + score × (cut + uplift):
 * monotone in the KPI and never beyond either end. The line is the hourly pay × that adjustment, rounded
 * once; the explanation shows the adjusted rate.
 */
import type { Direction, RateAdjustmentClause } from '../../contract/types';
import { ModelFault } from '../../errors';
import { ONE, ZERO, type Dec } from '../../money';
import { kpiScore } from '../../models/kpiScore';
import type { ClauseEvaluator } from '../clauses/types';
import { RATIO_DECIMALS, shownRatio, shownRounded } from '../shownRatio';
import { hourlyRate } from './rateAdjustments';

/** Where the KPI lies on the scale: its score (0 to 1) and the adjustment of the rate it gives. */
export interface GradedAdjustment {
  readonly score: Dec;
  readonly adjustment: Dec;
}

/** The adjustment at `actual`: −cut at the threshold or worse, +uplift at the target or better. */
export function gradedAdjustment(
  actual: Dec,
  scale: { threshold: Dec; target: Dec; direction: Direction; cut: Dec; uplift: Dec },
): GradedAdjustment {
  const { score } = kpiScore(actual, {
    threshold: scale.threshold,
    target: scale.target,
    direction: scale.direction,
    thresholdScore: ZERO,
    stretch: null,
    stretchScore: ONE,
  });
  return { score, adjustment: scale.cut.neg().plus(score.times(scale.cut.plus(scale.uplift))) };
}

/** The rate-adjustment clause with `grading: linear`. */
export const gradedAdjustmentClause: ClauseEvaluator<RateAdjustmentClause> = (ctx, clause, actual, env) => {
  const hourly = ctx.contract.hourly;
  if (env.hourlyPay === null || hourly === undefined)
    throw new ModelFault('#VALUE!', 'hourly', 'needs hourly terms');
  // The schema guarantees a threshold distinct from the target on a linear scale.
  const threshold = clause.threshold!;
  const { score, adjustment } = gradedAdjustment(actual, {
    threshold,
    target: clause.target,
    direction: clause.direction,
    cut: clause.malusRate,
    uplift: clause.bonusRate,
  });
  const amount = ctx.round(env.hourlyPay.times(adjustment));
  const signed = (fraction: Dec) => `${fraction.isNegative() ? '−' : '+'}${ctx.percent(fraction.abs())}`;
  const levels = `${signed(clause.malusRate.neg())} ${ctx.value(threshold, clause.unit)} … ${signed(clause.bonusRate)} ${ctx.value(clause.target, clause.unit)}`;
  const rate = hourlyRate(hourly);
  const adjustedRate = shownRounded(rate.times(ONE.plus(adjustment)), 4, ctx.price);
  const shownAdjustment = shownRounded(adjustment, RATIO_DECIMALS, signed);
  const scoreText = shownRatio(score, ctx.number);
  const formula = `${signed(clause.malusRate.neg())} + ${scoreText} × ${ctx.percent(clause.malusRate.plus(clause.bonusRate))}`;
  const explanation = ctx.texts.periodTerms.explainGraded(
    clause.name,
    ctx.value(actual, clause.unit),
    levels,
    shownAdjustment,
    formula,
    `${ctx.price(rate)}/h → ${adjustedRate}/h`,
    ctx.money(env.hourlyPay),
    ctx.money(amount),
  );
  return {
    line: { kind: 'kpi-adjustment', label: clause.name, kpi: clause.name, amount, explanation },
    outcome: `${ctx.texts.outcomeScore(scoreText)}, ${shownAdjustment}`,
    rateShare: adjustment,
  };
};
