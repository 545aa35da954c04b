import type { GainShareClause } from '../../contract/types';
import { ZERO } from '../../money';
import { gainShare } from '../../models/gainShare';
import type { ClauseEvaluator } from './types';

/**
 * GAINSHARE against the clause's baseline: a bonus (or, with a negative floor, a shared loss). A line held
 * by its cap or floor prints the real product, then the limit.
 */
export const gainShareClause: ClauseEvaluator<GainShareClause> = (ctx, clause, actual) => {
  const floor = clause.floor ?? ZERO;
  const cap = clause.bonusCap ?? null;
  const result = gainShare(clause.baseline, actual, {
    share: clause.share,
    direction: clause.direction,
    cap,
    floor,
  });
  const amount = ctx.roundWithin(result.amount, floor, cap);
  const product = ctx.round(clause.share.times(result.gain));
  const limit = product.eq(amount) ? null : cap !== null && product.gt(amount) ? cap : floor;
  const explanation = ctx.texts.explainGainShare(
    clause.name,
    ctx.value(actual, clause.unit),
    ctx.value(clause.baseline, clause.unit),
    ctx.value(result.gain, clause.unit),
    clause.unit === 'currency' ? ctx.percent(clause.share) : ctx.price(clause.share),
    ctx.money(product),
    limit === null ? null : ctx.money(limit),
  );
  const side = amount.isZero() ? 'neutral' : amount.isPositive() ? 'bonus' : 'malus';
  const t = ctx.texts;
  return {
    line: { kind: 'kpi-adjustment', label: clause.name, kpi: clause.name, amount, explanation },
    outcome: { bonus: t.outcomeBonus, neutral: t.outcomeNeutral, malus: t.outcomeMalus }[side],
    status: ({ bonus: 'met', neutral: 'neutral', malus: 'missed' } as const)[side],
  };
};
