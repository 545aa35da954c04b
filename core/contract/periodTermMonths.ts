/**
 * The months beyond its own that an invoice reads for the period terms: the months an aggregated KPI is
 * formed over (a half-yearly average on monthly invoices reads six), those a minimum sample counts, and
 * the revision months whose index values price it.
 */
import { sampleMonths } from './conditions';
import { FREQUENCY_MONTHS, aggregationWindow, kpiDueMonth, periodFromIndex, periodIndex } from './period';
import type { Contract, Indexation, Period } from './types';

/** The revision months of an indexation from its first, every its frequency (yearly), up to `until`. */
export function revisionMonths(indexation: Indexation, until: Period): Period[] {
  const months: Period[] = [];
  const step = FREQUENCY_MONTHS[indexation.frequency ?? 'yearly'];
  for (let i = periodIndex(indexation.from); i <= periodIndex(until); i += step)
    months.push(periodFromIndex(i));
  return months;
}

/** Months the invoice whose last month is `last` reads for aggregations, samples and index revisions. */
export function periodTermMonths(contract: Contract, last: Period): Period[] {
  const months: Period[] = [];
  for (const kpi of contract.kpis) {
    const due = kpiDueMonth(contract, kpi, last);
    if (due === undefined) continue;
    if (kpi.aggregation !== undefined) months.push(...aggregationWindow(contract, kpi, due));
    if (kpi.sampleVolume !== undefined) months.push(...sampleMonths(contract, kpi, due));
  }
  if (contract.indexation?.index !== undefined) months.push(...revisionMonths(contract.indexation, last));
  return months;
}
