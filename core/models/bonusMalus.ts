import type { Direction } from '../direction';
import { ZERO, type Dec } from '../money';

export interface BonusMalusTerms {
  readonly target: Dec;
  readonly bonusRate: Dec;
  readonly malusRate: Dec;
  readonly direction: Direction;
  /** Half-width of the neutral band around the target (franchise). */
  readonly tolerance: Dec;
  readonly bonusCap: Dec | null;
  readonly malusCap: Dec | null;
}

export interface BonusMalusResult {
  /** Signed adjustment: positive is a bonus, negative a malus. */
  readonly amount: Dec;
  /** Signed distance to target, positive when better than target. */
  readonly gap: Dec;
  /** The part of |gap| beyond the neutral band, the quantity actually paid or charged. */
  readonly beyondBand: Dec;
  readonly side: 'bonus' | 'malus' | 'neutral';
  /** Whether the bonus or malus cap cut the amount. */
  readonly capped: boolean;
}

/** A bonus above target and a malus below it, proportional to the distance beyond the neutral band. */
export function bonusMalus(actual: Dec, terms: BonusMalusTerms): BonusMalusResult {
  const gap = terms.direction === 'higher' ? actual.minus(terms.target) : terms.target.minus(actual);
  // Compared against ±tolerance rather than through |gap|: this runs once per row of a column.
  if (gap.gt(terms.tolerance)) {
    const beyondBand = gap.minus(terms.tolerance);
    const bonus = terms.bonusRate.times(beyondBand);
    const capped = terms.bonusCap !== null && bonus.gt(terms.bonusCap);
    return { amount: capped ? (terms.bonusCap as Dec) : bonus, gap, beyondBand, side: 'bonus', capped };
  }
  const shortfall = gap.plus(terms.tolerance);
  if (!shortfall.isNeg()) return { amount: ZERO, gap, beyondBand: ZERO, side: 'neutral', capped: false };
  const beyondBand = shortfall.neg();
  const malus = terms.malusRate.times(beyondBand);
  const capped = terms.malusCap !== null && malus.gt(terms.malusCap);
  const charged = capped ? (terms.malusCap as Dec) : malus;
  return { amount: charged.isZero() ? ZERO : charged.neg(), gap, beyondBand, side: 'malus', capped };
}
