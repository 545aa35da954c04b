/**
 * The values a KPI may take, as exposure, curves and forecasts explore them: the contract's valid range of
 * the clause (its declared bounds, else its unit's), the same range the readers check measured values in.
 */
import type { KpiClause } from '../contract/types';
import { validRange, type ValueRange } from '../contract/validRange';

export type { ValueRange } from '../contract/validRange';

/** The valid range of a clause's KPI values. */
export function kpiRange(clause: KpiClause): ValueRange {
  return validRange(clause);
}
