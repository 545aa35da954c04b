/**
 * Scenarios, curves and exposure price one value per KPI. For an aggregated KPI that value is its
 * period's: spread over the months of its window so that aggregating them gives it back exactly — the
 * value every month (an average, a minimum, each month evaluated alike), or for a sum the value on the
 * closing month and 0 on the others.
 */
import { exclusionReason, kpiValue, type ActualEntry } from '../../contract/actuals';
import { aggregationWindow } from '../../contract/period';
import type { Actuals, Contract, KpiClause, Period } from '../../contract/types';
import { ZERO, type Dec } from '../../money';
import { invoiceContext } from '../context';
import { kpiPeriodValue } from './periodValue';

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

/**
 * The months of an aggregated KPI as measured in `history`, when the scenario's value is the one they give:
 * a period's own values then price exactly as its invoice (each month evaluated as entered, the evidence
 * listing the real months). Exclusions within the invoiced months come with them, but the due month's,
 * which the scenario carries itself. Not for a weighted average, whose weights a scenario moves.
 */
export function measuredMonths(
  contract: Contract,
  clause: KpiClause,
  dueMonth: Period,
  value: Dec,
  history: Actuals,
  invoiced: ReadonlySet<Period>,
): ActualEntry[] | undefined {
  if (clause.aggregation === undefined || clause.aggregation === 'weighted-average') return undefined;
  const window = aggregationWindow(contract, clause, dueMonth);
  const measured = kpiPeriodValue(invoiceContext(contract, history, window), clause, dueMonth);
  if ('problem' in measured || !measured.actual.eq(value)) return undefined;
  return window.flatMap((month): ActualEntry[] => {
    const entries: ActualEntry[] = [];
    const v = kpiValue(history, clause.name, month);
    if (v !== undefined) entries.push({ period: month, kind: 'kpi', name: clause.name, value: v });
    const reason =
      invoiced.has(month) && month !== dueMonth ? exclusionReason(history, clause.name, month) : undefined;
    if (reason !== undefined) entries.push({ period: month, kind: 'excluded', name: clause.name, reason });
    return entries;
  });
}
