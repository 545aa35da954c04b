/** Building and querying Actuals: the measured values the invoice engine reads. */
import { ZERO, type Dec } from '../money';
import { comparePeriods } from './period';
import type { Actuals, Period, PeriodActuals } from './types';

/** What a measured value is about. */
export type ActualKind = 'kpi' | 'volume' | 'hours';
/** Every kind of actual, in the order the Actuals sheet lists them. */
export const ACTUAL_KINDS: readonly ActualKind[] = ['kpi', 'volume', 'hours'];

/** One measured value; `name` is empty for hours (a contract has at most one hourly fee). */
export interface ActualEntry {
  readonly period: Period;
  readonly kind: ActualKind;
  readonly name: string;
  readonly value: Dec;
}

/**
 * Actuals from a list of entries. `periods` lists months that exist even without values (an empty column of
 * the Actuals sheet). A repeated entry is a programming error here (the sheet reader reports it to the user
 * first), so it throws.
 */
export function buildActuals(entries: readonly ActualEntry[], periods: readonly Period[] = []): Actuals {
  const byPeriod = new Map<Period, { kpis: Map<string, Dec>; volumes: Map<string, Dec>; hours?: Dec }>();
  const slot = (period: Period) => {
    let found = byPeriod.get(period);
    if (!found) byPeriod.set(period, (found = { kpis: new Map(), volumes: new Map() }));
    return found;
  };
  for (const period of periods) slot(period);
  for (const entry of entries) {
    const target = slot(entry.period);
    const repeated = () => new Error(`${entry.kind} ${entry.name} has two values for ${entry.period}`);
    if (entry.kind === 'hours') {
      if (target.hours !== undefined) throw repeated();
      target.hours = entry.value;
    } else {
      const map = entry.kind === 'kpi' ? target.kpis : target.volumes;
      if (map.has(entry.name)) throw repeated();
      map.set(entry.name, entry.value);
    }
  }
  const sorted = [...byPeriod.keys()].sort(comparePeriods);
  return { periods: new Map(sorted.map((p) => [p, byPeriod.get(p) as PeriodActuals])) };
}

/** Every value of the actuals as entries: months ascending, then hours, volumes and KPIs as stored. */
export function actualEntries(actuals: Actuals): ActualEntry[] {
  const entries: ActualEntry[] = [];
  for (const [period, values] of actuals.periods) {
    if (values.hours !== undefined) entries.push({ period, kind: 'hours', name: '', value: values.hours });
    for (const [name, value] of values.volumes) entries.push({ period, kind: 'volume', name, value });
    for (const [name, value] of values.kpis) entries.push({ period, kind: 'kpi', name, value });
  }
  return entries;
}

/** The value of a KPI measured on `month`, or `undefined` when none was entered. */
export function kpiValue(actuals: Actuals, name: string, month: Period): Dec | undefined {
  return actuals.periods.get(month)?.kpis.get(name);
}

/** A sum over the months of an invoicing period, with the months that had no value. */
export interface PeriodTotal {
  readonly total: Dec;
  readonly missing: readonly Period[];
}

/** Total quantity of a volume over `months` (an invoicing period). */
export function volumeQuantity(actuals: Actuals, name: string, months: readonly Period[]): PeriodTotal {
  return totalOver(months, (month) => actuals.periods.get(month)?.volumes.get(name));
}

/** Total hours over `months`. */
export function hoursWorked(actuals: Actuals, months: readonly Period[]): PeriodTotal {
  return totalOver(months, (month) => actuals.periods.get(month)?.hours);
}

function totalOver(months: readonly Period[], valueOf: (month: Period) => Dec | undefined): PeriodTotal {
  let total = ZERO;
  const missing: Period[] = [];
  for (const month of months) {
    const value = valueOf(month);
    if (value === undefined) missing.push(month);
    else total = total.plus(value);
  }
  return { total, missing };
}
