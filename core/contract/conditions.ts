/**
 * What the clause conditions (`core/invoice/conditions/`) need of the actuals: the sample volumes a
 * contract does not price, and how far back repeat-failure counts read.
 */
import { FREQUENCY_MONTHS, aggregationWindow } from './period';
import type { Contract, KpiClause, Period } from './types';

/**
 * A clause with a minimum sample names a volume of the actuals (survey answers); one the contract does not
 * also price is entered like any volume but gives no invoice line. These, in clause order, each once.
 */
export function unpricedSampleVolumes(contract: Pick<Contract, 'volumes' | 'kpis'>): string[] {
  const known = new Set(contract.volumes.map((v) => v.name.toLowerCase()));
  const names: string[] = [];
  for (const kpi of contract.kpis) {
    const name = kpi.sampleVolume;
    if (name === undefined || known.has(name.toLowerCase())) continue;
    known.add(name.toLowerCase());
    names.push(name);
  }
  return names;
}

/**
 * How many months before an invoice's first month its repeat-failure counts read: the earlier evaluation
 * periods of every service level with `repeatPeriods` (0 without any).
 */
export function repeatMonthsBack(contract: Contract): number {
  const invoiceMonths = FREQUENCY_MONTHS[contract.frequency];
  let back = 0;
  for (const kpi of contract.kpis) {
    if (kpi.repeatPeriods === undefined) continue;
    const step = Math.max(FREQUENCY_MONTHS[kpi.period], invoiceMonths);
    back = Math.max(back, (kpi.repeatPeriods.toNumber() - 1) * step + step - invoiceMonths);
  }
  return back;
}

/**
 * The months a clause's minimum sample counts on the invoice evaluating it on `month`: its evaluation
 * period's (a half-yearly NPS counts the half-year's answers on a monthly invoice), or the invoice's when
 * that is longer; a time-boxed clause's sample is its whole period's too.
 */
export function sampleMonths(contract: Contract, clause: KpiClause, month: Period): readonly Period[] {
  return aggregationWindow(contract, { ...clause, activeMonths: undefined }, month);
}
