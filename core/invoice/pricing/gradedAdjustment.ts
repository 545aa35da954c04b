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
import type { InvoiceContext } from '../context';
import { shownRatio } from '../shownRatio';
import type { InvoiceLine, KpiEvidence } from '../types';

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
  const adjustedRate = hourly.rate.times(ONE.plus(adjustment)).toDecimalPlaces(4);
  const scoreText = shownRatio(score, ctx.number);
  const formula = `${signed(clause.malusRate.neg())} + ${scoreText} × ${ctx.percent(clause.malusRate.plus(clause.bonusRate))}`;
  const explanation = ctx.texts.periodTerms.explainGraded(
    clause.name,
    ctx.value(actual, clause.unit),
    levels,
    signed(adjustment.toDecimalPlaces(6)),
    formula,
    `${ctx.price(hourly.rate)}/h → ${ctx.price(adjustedRate)}/h`,
    ctx.money(env.hourlyPay),
    ctx.money(amount),
  );
  return {
    line: { kind: 'kpi-adjustment', label: clause.name, kpi: clause.name, amount, explanation },
    outcome: `${ctx.texts.outcomeScore(scoreText)}, ${signed(adjustment.toDecimalPlaces(6))}`,
  };
};

/**
 * The hourly line saying which graded adjustments apply to its rate (their lines follow with the
 * amounts): `…; rate adjusted by the KPI scales: Cancellations +2% (€81.60/h)`.
 */
export function withGradedRates(
  ctx: InvoiceContext,
  lines: readonly InvoiceLine[],
  evidence: readonly KpiEvidence[],
): InvoiceLine[] {
  const hourly = ctx.contract.hourly;
  const graded = evidence.flatMap((e) => {
    const clause = e.clause;
    if (clause.model !== 'rate-adjustment' || clause.grading !== 'linear' || hourly === undefined) return [];
    // A clause not evaluated (an excluded month, a short sample) leaves the rate as it is.
    if (e.notEvaluated !== undefined || e.actual === undefined) return [];
    // A gate that withheld the uplift leaves the rate as it was.
    if (clause.gateKpi !== undefined && e.amount.isZero()) return [];
    const { adjustment } = gradedAdjustment(e.actual, {
      threshold: clause.threshold!,
      target: clause.target,
      direction: clause.direction,
      cut: clause.malusRate,
      uplift: clause.bonusRate,
    });
    const rate = hourly.rate.times(ONE.plus(adjustment)).toDecimalPlaces(4);
    const sign = adjustment.isNegative() ? '−' : '+';
    return [
      `${clause.name} ${sign}${ctx.percent(adjustment.abs().toDecimalPlaces(6))} (${ctx.price(rate)}/h)`,
    ];
  });
  if (graded.length === 0) return [...lines];
  return lines.map((line) =>
    line.kind === 'hourly'
      ? { ...line, explanation: `${line.explanation}${ctx.texts.periodTerms.gradedRates(graded)}` }
      : line,
  );
}
