import type { Direction } from '../direction';
import { ZERO, type Dec } from '../money';
import { meets, type Comparison } from './comparison';

export interface SlaCreditTerms {
  readonly minimum: Dec;
  /** Monthly charges the at-risk percentage applies to. */
  readonly charges: Dec;
  /** Share of charges at risk, as a fraction (10 % = 0.1). */
  readonly atRisk: Dec;
  /** Share of the at-risk pool allocated to this service level (may be pool × level allocation). */
  readonly allocation: Dec;
  readonly direction: Direction;
  /** `exceeds`: the level must be beaten, not just reached; `reaches` when absent. */
  readonly comparison?: Comparison;
}

export interface SlaCreditResult {
  /** Positive amount to deduct from the invoice; 0 when the service level is met. */
  readonly credit: Dec;
  readonly missed: boolean;
}

/**
 * Service-level credit as IT and BPO outsourcing contracts define it: charges × at-risk % × allocation %
 * when the minimum service level is missed. Capping the sum of credits at the at-risk amount is the
 * invoice's job, because it spans all service levels.
 */
export function slaCredit(actual: Dec, terms: SlaCreditTerms): SlaCreditResult {
  const missed = !meets(actual, terms.minimum, terms.direction, terms.comparison);
  return { credit: missed ? terms.charges.times(terms.atRisk).times(terms.allocation) : ZERO, missed };
}
