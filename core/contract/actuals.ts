/** Building and querying Actuals: the measured values the invoice engine reads. */
import { ZERO, type Dec } from '../money';
import { comparePeriods } from './period';
import type { Actuals, Period, PeriodActuals } from './types';

/** What a measured value is about; `excluded` marks a KPI's month as excluded, with its reason. */
export type ActualKind = 'kpi' | 'volume' | 'hours' | 'excluded' | 'index';
/** Every kind of actual, in the order the Actuals sheet lists them (`index`: a price index, Syntec). */
export const ACTUAL_KINDS: readonly ActualKind[] = ['kpi', 'volume', 'hours', 'excluded', 'index'];

/**
 * One measured value; `name` is empty for hours (a contract has at most one hourly fee). An exclusion names
 * its KPI and carries the reason the invoice prints instead of a value.
 */
export type ActualEntry =
  | {
      readonly period: Period;
      readonly kind: Exclude<ActualKind, 'excluded'>;
      readonly name: string;
      readonly value: Dec;
    }
  | { readonly period: Period; readonly kind: 'excluded'; readonly name: string; readonly reason: string };
/** An entry holding a measured value (every kind but `excluded`). */
export type MeasuredEntry = Extract<ActualEntry, { readonly value: Dec }>;

/**
 * Actuals from a list of entries. `periods` lists months that exist even without values (an empty column of
 * the Actuals sheet). A repeated entry is a programming error here (the sheet reader reports it to the user
 * first), so it throws.
 */
export function buildActuals(entries: readonly ActualEntry[], periods: readonly Period[] = []): Actuals {
  const byPeriod = new Map<
    Period,
    {
      kpis: Map<string, Dec>;
      volumes: Map<string, Dec>;
      hours?: Dec;
      exclusions?: Map<string, string>;
      indices?: Map<string, Dec>;
    }
  >();
  const slot = (period: Period) => {
    let found = byPeriod.get(period);
    if (!found) byPeriod.set(period, (found = { kpis: new Map(), volumes: new Map() }));
    return found;
  };
  for (const period of periods) slot(period);
  for (const entry of entries) {
    const target = slot(entry.period);
    const repeated = () => new Error(`${entry.kind} ${entry.name} has two values for ${entry.period}`);
    if (entry.kind === 'excluded') {
      // Only months with an exclusion carry the map, so actuals without any stay as they always were.
      target.exclusions ??= new Map();
      if (target.exclusions.has(entry.name)) throw repeated();
      target.exclusions.set(entry.name, entry.reason);
    } else if (entry.kind === 'hours') {
      if (target.hours !== undefined) throw repeated();
      target.hours = entry.value;
    } else {
      const map =
        entry.kind === 'kpi'
          ? target.kpis
          : entry.kind === 'volume'
            ? target.volumes
            : (target.indices ??= new Map());
      if (map.has(entry.name)) throw repeated();
      map.set(entry.name, entry.value);
    }
  }
  const sorted = [...byPeriod.keys()].sort(comparePeriods);
  return { periods: new Map(sorted.map((p) => [p, byPeriod.get(p) as PeriodActuals])) };
}

/** Every value of the actuals as entries: months ascending, then hours, volumes and KPIs as stored. */
export function actualEntries(actuals: Actuals): ActualEntry[] {
  return [...actuals.periods].flatMap(([period, values]) => periodEntries(period, values));
}

/** The values of one month as entries: hours, volumes, KPIs, then exclusions. */
export function periodEntries(period: Period, values: PeriodActuals): ActualEntry[] {
  const entries: ActualEntry[] = [];
  if (values.hours !== undefined) entries.push({ period, kind: 'hours', name: '', value: values.hours });
  for (const [name, value] of values.volumes) entries.push({ period, kind: 'volume', name, value });
  for (const [name, value] of values.kpis) entries.push({ period, kind: 'kpi', name, value });
  for (const [name, reason] of values.exclusions ?? [])
    entries.push({ period, kind: 'excluded', name, reason });
  for (const [name, value] of values.indices ?? []) entries.push({ period, kind: 'index', name, value });
  return entries;
}

/** Why a KPI's month is excluded (force majeure, a client-caused outage), or `undefined` when it is not. */
export function exclusionReason(actuals: Actuals, name: string, month: Period): string | undefined {
  return actuals.periods.get(month)?.exclusions?.get(name);
}

/** The value of a KPI measured on `month`, or `undefined` when none was entered. */
export function kpiValue(actuals: Actuals, name: string, month: Period): Dec | undefined {
  return actuals.periods.get(month)?.kpis.get(name);
}

/** The value of a price index (`Syntec`) entered on `month`, or `undefined`. */
export function indexValue(actuals: Actuals, name: string, month: Period): Dec | undefined {
  return actuals.periods.get(month)?.indices?.get(name);
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
