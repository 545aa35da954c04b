/**
 * Where a KPI clause's line can change slope or jump: its levels, the edges of its neutral band, and the
 * values at which its own caps start to bite. Between two consecutive breakpoints every model's line is
 * monotone (linear, constant, or a ratio for achievement), and rounding to the minor unit keeps it so, which
 * is what lets exposure look only at these values. A superset is harmless; a missing kink is not.
 */
import type { KpiClause } from '../contract/types';
import { levelsInReach } from '../invoice/levels/levelsInReach';
import { quotient, type Dec } from '../money';

/** Both `centre + offset` and `centre − offset`: the direction decides which side matters, not us. */
function around(centre: Dec, offset: Dec): Dec[] {
  return [centre.plus(offset), centre.minus(offset)];
}

/** Every value at which the clause's line may kink or jump, unsorted, possibly repeated. */
export function breakpoints(clause: KpiClause): Dec[] {
  // Moving levels (a ramp, a baseline, a ratchet): every level in reach, when the contract alone says them.
  const levels =
    levelsInReach(clause) ??
    [clause.threshold, clause.target, clause.stretch].filter((l): l is Dec => l !== undefined);
  switch (clause.model) {
    case 'bonus-malus': {
      const points = [...levels, ...around(clause.target, clause.tolerance)];
      if (clause.bonusCap !== undefined && !clause.bonusRate.isZero())
        points.push(
          ...around(clause.target, clause.tolerance.plus(quotient(clause.bonusCap, clause.bonusRate))),
        );
      if (clause.malusCap !== undefined && !clause.malusRate.isZero())
        points.push(
          ...around(clause.target, clause.tolerance.plus(quotient(clause.malusCap, clause.malusRate))),
        );
      return points;
    }
    case 'achievement-share':
      // The ratio reaches its cap at target × cap (higher is better) or target ÷ cap (lower).
      return [
        ...levels,
        clause.target.times(clause.achievementCap),
        quotient(clause.target, clause.achievementCap),
      ];
    case 'gain-share': {
      const points = [...levels, clause.baseline];
      if (clause.share.isZero()) return points;
      for (const bound of [clause.bonusCap, clause.floor]) {
        if (bound !== undefined) points.push(...around(clause.baseline, quotient(bound, clause.share).abs()));
      }
      return points;
    }
    default:
      return levels;
  }
}
