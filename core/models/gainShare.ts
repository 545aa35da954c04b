import type { Direction } from '../direction';
import { ModelFault } from '../errors';
import { clamp, type Dec } from '../money';

export interface GainShareTerms {
  readonly share: Dec;
  readonly direction: Direction;
  /** Upper bound of the provider's share, or none. */
  readonly cap: Dec | null;
  /** Lower bound: 0 means no pain share; a negative floor makes the provider share losses. */
  readonly floor: Dec;
}

export interface GainShareResult {
  readonly amount: Dec;
  /** Improvement against the baseline: savings for `lower` (costs), uplift for `higher`. */
  readonly gain: Dec;
  readonly clamped: boolean;
}

/** The provider's share of the gain against a baseline, clamped to [floor, cap]. */
export function gainShare(baseline: Dec, actual: Dec, terms: GainShareTerms): GainShareResult {
  if (terms.cap !== null && terms.cap.lt(terms.floor))
    throw new ModelFault('#VALUE!', 'cap', 'must be ≥ floor', `${terms.cap}, floor ${terms.floor}`);
  const gain = terms.direction === 'higher' ? actual.minus(baseline) : baseline.minus(actual);
  const raw = terms.share.times(gain);
  const amount = clamp(raw, terms.floor, terms.cap);
  return { amount, gain, clamped: !amount.eq(raw) };
}
