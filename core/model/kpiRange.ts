/**
 * The values a KPI may take, as exposure, curves and forecasts explore them: the contract's valid range of
 * the clause (its declared bounds, else its unit's), the same range the readers check measured values in.
 */
import type { KpiClause } from '../contract/types';
import { validRange, type ValueRange } from '../contract/validRange';
import { ZERO, type Dec } from '../money';

export type { ValueRange } from '../contract/validRange';

/** The valid range of a clause's KPI values. */
export function kpiRange(clause: KpiClause): ValueRange {
  return validRange(clause);
}

/**
 * Whether the engine can price the clause at `value`: a lower-is-better achievement (target ÷ actual) has
 * no ratio at 0 or below, a value its unit's range allows. Its cap, reached at target ÷ cap, is what the
 * values near 0 pay.
 */
export function pricedAt(clause: KpiClause, value: Dec): boolean {
  return !(clause.model === 'achievement-share' && clause.direction === 'lower' && !value.gt(ZERO));
}
