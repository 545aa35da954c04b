import type { KpiScoreClause } from '../../contract/types';
import { kpiScore } from '../../models/kpiScore';
import { shownRatio } from '../shownRatio';
import type { ClauseEvaluator } from './types';

/** amount × KPISCORE: a variable fee following the payout curve. */
export const kpiScoreClause: ClauseEvaluator<KpiScoreClause> = (ctx, clause, actual) => {
  const { score } = kpiScore(actual, {
    threshold: clause.threshold,
    target: clause.target,
    direction: clause.direction,
    thresholdScore: clause.thresholdScore,
    stretch: clause.stretch ?? null,
    stretchScore: clause.stretchScore,
  });
  const amount = ctx.round(clause.amount.times(score));
  const scoreText = shownRatio(score, ctx.number);
  const explanation = ctx.texts.explainScore(
    clause.name,
    ctx.value(actual, clause.unit),
    {
      threshold: ctx.value(clause.threshold, clause.unit),
      target: ctx.value(clause.target, clause.unit),
      stretch: clause.stretch === undefined ? null : ctx.value(clause.stretch, clause.unit),
      thresholdScore: clause.thresholdScore.isZero() ? null : ctx.number(clause.thresholdScore),
      stretchScore:
        clause.stretch === undefined || clause.stretchScore.eq(1) ? null : ctx.number(clause.stretchScore),
    },
    scoreText,
    ctx.money(clause.amount),
    ctx.money(amount),
  );
  return {
    line: { kind: 'kpi-fee', label: clause.name, kpi: clause.name, amount, explanation },
    outcome: ctx.texts.outcomeScore(scoreText),
  };
};
