/**
 * Scenarios, curves and exposure price one value per KPI. For an aggregated KPI that value is its
 * period's: spread over the months of its window so that aggregating them gives it back exactly — the
 * value every month (an average, a minimum, each month evaluated alike), or for a sum the value on the
 * closing month and 0 on the others.
 */
import type { ActualEntry } from '../../contract/actuals';
import { aggregationWindow } from '../../contract/period';
import type { Contract, KpiClause, Period } from '../../contract/types';
import { ZERO, type Dec } from '../../money';

/** The months whose entered values an aggregated clause due on `dueMonth` replaces; none otherwise. */
export function aggregatedMonths(contract: Contract, clause: KpiClause, dueMonth: Period): readonly Period[] {
  return clause.aggregation === undefined ? [] : aggregationWindow(contract, clause, dueMonth);
}

/** The KPI entries that give `value` as the clause's value on the invoice due on `dueMonth`. */
export function periodValueEntries(
  contract: Contract,
  clause: KpiClause,
  dueMonth: Period,
  value: Dec,
): ActualEntry[] {
  if (clause.aggregation === undefined) return [{ period: dueMonth, kind: 'kpi', name: clause.name, value }];
  return aggregationWindow(contract, clause, dueMonth).map((month) => ({
    period: month,
    kind: 'kpi',
    name: clause.name,
    value: clause.aggregation === 'sum' && month !== dueMonth ? ZERO : value,
  }));
}
