import type { GainShareClause } from '../../contract/types';
import { ZERO } from '../../money';
import { gainShare } from '../../models/gainShare';
import type { ClauseEvaluator } from './types';

/** GAINSHARE against the clause's baseline: a bonus (or, with a negative floor, a shared loss). */
export const gainShareClause: ClauseEvaluator<GainShareClause> = (ctx, clause, actual) => {
  const result = gainShare(clause.baseline, actual, {
    share: clause.share,
    direction: clause.direction,
    cap: clause.bonusCap ?? null,
    floor: clause.floor ?? ZERO,
  });
  const amount = ctx.round(result.amount);
  const explanation = ctx.texts.explainGainShare(
    clause.name,
    ctx.value(actual, clause.unit),
    ctx.value(clause.baseline, clause.unit),
    ctx.value(result.gain, clause.unit),
    clause.unit === 'currency' ? ctx.percent(clause.share) : ctx.price(clause.share),
    ctx.money(amount),
    result.clamped ? ctx.money(amount) : null,
  );
  return {
    line: { kind: 'kpi-adjustment', label: clause.name, kpi: clause.name, amount, explanation },
    outcome:
      amount.isPositive() && !amount.isZero()
        ? ctx.texts.outcomeBonus
        : amount.isZero()
          ? ctx.texts.outcomeNeutral
          : ctx.texts.outcomeMalus,
  };
};
