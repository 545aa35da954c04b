import type { AchievementShareClause } from '../../contract/types';
import { ModelFault } from '../../errors';
import { ZERO } from '../../money';
import { achievement } from '../../models/achievement';
import { hybridFee } from '../../models/hybridFee';
import type { ClauseEvaluator } from './types';

/**
 * The online business manager's variable pay (article 2): the clause's weight of the hourly terms'
 * variable pay, paid in proportion to achievement (ACHIEVEMENT), capped.
 */
export const achievementShareClause: ClauseEvaluator<AchievementShareClause> = (ctx, clause, actual) => {
  const variablePay = ctx.contract.hourly?.variablePay;
  if (variablePay === undefined) throw new ModelFault('#VALUE!', 'hourly', 'needs a variable pay');
  const { ratio } = achievement(actual, clause.target, clause.direction);
  const share = variablePay.times(clause.weight);
  const fee = hybridFee(ZERO, share, ratio, clause.achievementCap);
  const amount = ctx.round(fee.amount);
  const explanation = ctx.texts.explainAchievement(
    clause.name,
    ctx.value(actual, clause.unit),
    ctx.value(clause.target, clause.unit),
    ctx.percent(fee.paidScore.toDecimalPlaces(4)),
    ctx.percent(clause.weight),
    ctx.money(variablePay),
    ctx.money(amount),
  );
  return {
    line: { kind: 'kpi-fee', label: clause.name, kpi: clause.name, amount, explanation },
    outcome: ctx.percent(ratio.toDecimalPlaces(4)),
  };
};
