import type { BonusMalusClause } from '../../contract/types';
import { bonusMalus } from '../../models/bonusMalus';
import type { ClauseEvaluator } from './types';

/** BONUSMALUS on the clause's target, rates, neutral band and caps. */
export const bonusMalusClause: ClauseEvaluator<BonusMalusClause> = (ctx, clause, actual) => {
  const result = bonusMalus(actual, {
    target: clause.target,
    bonusRate: clause.bonusRate,
    malusRate: clause.malusRate,
    direction: clause.direction,
    tolerance: clause.tolerance,
    bonusCap: clause.bonusCap ?? null,
    malusCap: clause.malusCap ?? null,
  });
  const amount = ctx.round(result.amount);
  const t = ctx.texts;
  const actualText = ctx.value(actual, clause.unit);
  const targetText = ctx.value(clause.target, clause.unit);
  let explanation: string;
  if (result.side === 'neutral') {
    explanation = t.explainNeutral(
      clause.name,
      actualText,
      targetText,
      ctx.gap(clause.tolerance, clause.unit).replace(/^\+/, ''),
    );
  } else {
    const bonus = result.side === 'bonus';
    const signedGap = bonus ? result.beyondBand : result.beyondBand.neg();
    const cap = bonus ? clause.bonusCap : clause.malusCap;
    explanation = t.explainBonusMalus(
      clause.name,
      actualText,
      targetText,
      ctx.gap(signedGap, clause.unit),
      !clause.tolerance.isZero(),
      ctx.ratePerUnit(bonus ? clause.bonusRate : clause.malusRate, clause.unit),
      ctx.money(amount),
      result.capped && cap !== undefined ? ctx.money(cap) : null,
    );
  }
  const outcome = { bonus: t.outcomeBonus, malus: t.outcomeMalus, neutral: t.outcomeNeutral }[result.side];
  return {
    line: { kind: 'kpi-adjustment', label: clause.name, kpi: clause.name, amount, explanation },
    outcome,
  };
};
