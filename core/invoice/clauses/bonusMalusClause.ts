import type { BonusMalusClause } from '../../contract/types';
import { bonusMalus } from '../../models/bonusMalus';
import type { ClauseEvaluator } from './types';

/**
 * BONUSMALUS on the clause's target, rates, neutral band and caps. A capped line prints the real product,
 * then the cap it is held to; a side without a rate (a bonus-only clause below target) says the contract
 * pays nothing there rather than printing a product of zero.
 */
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
  const amount = ctx.roundWithin(
    result.amount,
    clause.malusCap === undefined ? null : clause.malusCap.neg(),
    clause.bonusCap ?? null,
  );
  const t = ctx.texts;
  const actualText = ctx.value(actual, clause.unit);
  const targetText = ctx.value(clause.target, clause.unit);
  const bonus = result.side === 'bonus';
  const rate = bonus ? clause.bonusRate : clause.malusRate;
  const unpaid = result.side !== 'neutral' && rate.isZero();
  // The band's half-width as the gap is printed (`1 pt`, `0.5 min`), so a line says how wide it was.
  const band = clause.tolerance.isZero() ? null : ctx.gap(clause.tolerance, clause.unit).replace(/^\+/, '');
  let explanation: string;
  if (result.side === 'neutral') {
    explanation = t.explainNeutral(clause.name, actualText, targetText, band);
  } else {
    const gap = ctx.gap(bonus ? result.beyondBand : result.beyondBand.neg(), clause.unit);
    if (unpaid) {
      explanation = t.explainNoRate(clause.name, actualText, targetText, gap, band, result.side);
    } else {
      const product = ctx.round(bonus ? rate.times(result.beyondBand) : rate.times(result.beyondBand).neg());
      // Held by the cap whenever the line is not the product.
      const cap = product.eq(amount) ? undefined : bonus ? clause.bonusCap : clause.malusCap?.neg();
      explanation = t.explainBonusMalus(
        clause.name,
        actualText,
        targetText,
        gap,
        band,
        ctx.ratePerUnit(rate, clause.unit),
        ctx.money(product),
        cap === undefined ? null : ctx.money(cap),
      );
    }
  }
  const outcome = unpaid
    ? bonus
      ? t.outcomeNoBonus
      : t.outcomeNoMalus
    : { bonus: t.outcomeBonus, malus: t.outcomeMalus, neutral: t.outcomeNeutral }[result.side];
  return {
    line: { kind: 'kpi-adjustment', label: clause.name, kpi: clause.name, amount, explanation },
    outcome,
    status: ({ bonus: 'met', malus: 'missed', neutral: 'neutral' } as const)[result.side],
  };
};
