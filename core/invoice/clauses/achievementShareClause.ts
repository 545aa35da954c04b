import type { AchievementShareClause } from '../../contract/types';
import { ModelFault } from '../../errors';
import { ZERO, decMax, quotient } from '../../money';
import { achievement } from '../../models/achievement';
import { hourlyFee } from '../../models/hourlyFee';
import { shownRatio } from '../shownRatio';
import type { ClauseEvaluator } from './types';

/**
 * The online business manager's variable pay (article 2): the clause's weight of the hourly terms'
 * variable pay, paid in proportion to achievement (ACHIEVEMENT), capped. Variable pay is never negative:
 * an achievement below 0 (NPS −10 against a target of 30) is paid as 0, as HOURLYFEE, which refuses a
 * negative achievement, computes it: HOURLYFEE(0, 0, 0, variable × weight, MAX(0, ACHIEVEMENT(…)), cap).
 */
export const achievementShareClause: ClauseEvaluator<AchievementShareClause> = (ctx, clause, actual) => {
  const variablePay = ctx.contract.hourly?.variablePay;
  if (variablePay === undefined) throw new ModelFault('#VALUE!', 'hourly', 'needs a variable pay');
  const { ratio } = achievement(actual, clause.target, clause.direction);
  const variable = variablePay.times(clause.weight);
  const fee = hourlyFee(ZERO, decMax(ratio, ZERO), {
    rate: ZERO,
    adjustment: ZERO,
    variable,
    achievementCap: clause.achievementCap,
  });
  // Paid on the ratio itself, the share is one division, variable × actual ÷ target: exact whenever the
  // amount ends, where the ratio rounded first breaks a tie (5,649.93 × 50 % × 1/3 is 941.655: 941.66).
  const [over, under] = clause.direction === 'higher' ? [actual, clause.target] : [clause.target, actual];
  const due = fee.paidAchievement.eq(ratio) ? quotient(variable.times(over), under) : fee.amount;
  const amount = ctx.round(due);
  const shown = (value: typeof ratio) => shownRatio(value, ctx.percent);
  const limit = fee.paidAchievement.eq(ratio)
    ? null
    : { kind: ratio.isNegative() ? ('floor' as const) : ('cap' as const), paid: shown(fee.paidAchievement) };
  const explanation = ctx.texts.explainAchievement(
    clause.name,
    ctx.value(actual, clause.unit),
    ctx.value(clause.target, clause.unit),
    shown(ratio),
    limit,
    ctx.percent(clause.weight),
    ctx.money(variablePay),
    ctx.money(amount),
  );
  return {
    line: { kind: 'kpi-fee', label: clause.name, kpi: clause.name, amount, explanation },
    outcome: shown(ratio),
  };
};
