import type { SlaCreditClause } from '../../contract/types';
import { ModelFault } from '../../errors';
import { ONE } from '../../money';
import { slaCredit } from '../../models/slaCredit';
import type { ClauseEvaluator } from './types';

/** SLACREDIT against the at-risk amount: a negative line when the minimum service level is missed. */
export const slaCreditClause: ClauseEvaluator<SlaCreditClause> = (ctx, clause, actual, env) => {
  if (env.atRisk === null)
    throw new ModelFault('#VALUE!', 'sla', 'needs service-level terms (at-risk amount)');
  const result = slaCredit(actual, {
    minimum: clause.threshold,
    charges: env.atRisk,
    atRisk: ONE,
    allocation: clause.allocation,
    direction: clause.direction,
    comparison: clause.comparison,
  });
  const credit = ctx.round(result.credit);
  const amount = credit.isZero() ? credit : credit.neg();
  // Lower is better (a resolution time): the level is a maximum, and the words say so.
  const explain = clause.direction === 'lower' ? ctx.texts.explainSlaMaximum : ctx.texts.explainSlaCredit;
  const explanation = explain(
    clause.name,
    ctx.value(actual, clause.unit),
    result.missed,
    ctx.value(clause.threshold, clause.unit),
    env.atRiskText ?? ctx.exactMoney(env.atRisk),
    ctx.percent(clause.allocation),
    ctx.money(amount),
    clause.comparison === 'exceeds',
  );
  return {
    line: { kind: 'sla-credit', label: clause.name, kpi: clause.name, amount, explanation },
    outcome: result.missed ? ctx.texts.outcomeMissed : ctx.texts.outcomeMet,
    status: result.missed ? 'missed' : 'met',
  };
};
