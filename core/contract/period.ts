/**
 * Months and the windows built from them. Invoicing periods and KPI evaluation periods are counted from the
 * contract's first period (contract quarters, contract years): with a first period of 2026-01, quarters
 * close in March, June, September and December; with 2026-02, in April, July, October and January.
 */
import type { Actuals, Contract, Frequency, KpiClause, Period } from './types';

/** Length of each frequency in months. */
export const FREQUENCY_MONTHS: Readonly<Record<Frequency, number>> = {
  monthly: 1,
  quarterly: 3,
  'half-yearly': 6,
  yearly: 12,
};

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;
// Month arithmetic runs past what a user may type: the month after 9999-12 is 10000-01, compared, not typed.
const COMPUTED_PERIOD = /^(\d{4,})-(0[1-9]|1[0-2])$/;

/** Whether `text` is a month written `YYYY-MM`. */
export function isPeriod(text: string): boolean {
  return PERIOD.test(text);
}

/** Months since year 0: a total order on periods. The caller guarantees a valid period. */
export function periodIndex(period: Period): number {
  // Invoicing reads a few dozen months hundreds of thousands of times (forecasts): parsed once each.
  let index = PERIOD_INDEX.get(period);
  if (index === undefined) {
    const match = COMPUTED_PERIOD.exec(period);
    if (!match) throw new RangeError(`not a period YYYY-MM: ${period}`);
    index = Number(match[1]) * 12 + Number(match[2]) - 1;
    PERIOD_INDEX.set(period, index);
  }
  return index;
}
const PERIOD_INDEX = new Map<Period, number>();

/** The period of a month index (inverse of `periodIndex`). */
export function periodFromIndex(index: number): Period {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** `period` moved by `months` (negative goes back). */
export function addMonths(period: Period, months: number): Period {
  return periodFromIndex(periodIndex(period) + months);
}

/** Negative, zero or positive as `a` is before, equal to or after `b`. */
export function comparePeriods(a: Period, b: Period): number {
  return periodIndex(a) - periodIndex(b);
}

/** Whether the month lies between the contract's first and last periods (inclusive). */
export function isWithinContract(
  contract: Pick<Contract, 'firstPeriod' | 'lastPeriod'>,
  month: Period,
): boolean {
  if (comparePeriods(month, contract.firstPeriod) < 0) return false;
  return contract.lastPeriod === undefined || comparePeriods(month, contract.lastPeriod) <= 0;
}

/**
 * The months of the window of `length` months, counted from `anchor`, that contains `month`; `undefined`
 * when `month` is before the anchor.
 */
export function windowOf(anchor: Period, length: number, month: Period): readonly Period[] | undefined {
  const offset = periodIndex(month) - periodIndex(anchor);
  if (offset < 0) return undefined;
  const start = periodIndex(anchor) + offset - (offset % length);
  // Every invoice asks for its windows again (forecasts: hundreds of thousands): one frozen array each.
  const key = `${start}/${length}`;
  let window = WINDOWS.get(key);
  if (window === undefined) {
    window = Object.freeze(Array.from({ length }, (_, i) => periodFromIndex(start + i)));
    WINDOWS.set(key, window);
  }
  return window;
}
const WINDOWS = new Map<string, readonly Period[]>();

/** Whether `month` is the last month of its window of `length` months counted from `anchor`. */
export function closesWindow(anchor: Period, length: number, month: Period): boolean {
  const offset = periodIndex(month) - periodIndex(anchor);
  return offset >= 0 && offset % length === length - 1;
}

/** The months invoiced together with `month` (its invoicing period); `undefined` before the first period. */
export function invoiceWindow(contract: Contract, month: Period): readonly Period[] | undefined {
  return windowOf(contract.firstPeriod, FREQUENCY_MONTHS[contract.frequency], month);
}

/**
 * The month whose actual value a KPI clause is evaluated on in the invoice containing `month`, or
 * `undefined` when the clause is not due on that invoice. A quarterly KPI on monthly invoices is due on the
 * invoice that closes its quarter. The schema guarantees a KPI period is never shorter than the invoicing
 * frequency, so a due KPI closes exactly on the invoice's last month.
 */
export function kpiDueMonth(contract: Contract, kpi: KpiClause, month: Period): Period | undefined {
  const window = invoiceWindow(contract, month);
  if (window === undefined) return undefined;
  const last = window[window.length - 1];
  return closesWindow(contract.firstPeriod, FREQUENCY_MONTHS[kpi.period], last) ? last : undefined;
}

/**
 * How many months apart a KPI's values are entered: an aggregated KPI is measured every month; any other
 * has one value on the month closing its period.
 */
export function kpiEntryMonths(kpi: Pick<KpiClause, 'period' | 'aggregation'>): number {
  return kpi.aggregation === undefined ? FREQUENCY_MONTHS[kpi.period] : 1;
}

/**
 * The months an aggregated KPI due on `dueMonth` is formed over: its evaluation period, or the invoice's
 * when that is longer (a monthly KPI on quarterly invoices is evaluated over the quarter).
 */
export function aggregationWindow(contract: Contract, kpi: KpiClause, dueMonth: Period): readonly Period[] {
  const length = Math.max(FREQUENCY_MONTHS[kpi.period], FREQUENCY_MONTHS[contract.frequency]);
  const window = windowOf(contract.firstPeriod, length, dueMonth) ?? [dueMonth];
  // A time-boxed clause is formed over its active months only: Black Friday's November on a Q4 invoice.
  const active = kpi.activeMonths;
  return active === undefined ? window : window.filter((m) => active.includes(m));
}

/**
 * Whether a clause due on `dueMonth` is evaluated there: always, unless it is time-boxed, when one of its
 * active months must be that month or, when it aggregates, one of the months its value is formed over (a
 * quarterly invoice holding November evaluates the Black Friday clause).
 */
export function activeOn(contract: Contract, kpi: KpiClause, dueMonth: Period): boolean {
  if (kpi.activeMonths === undefined) return true;
  if (kpi.aggregation === undefined) return kpi.activeMonths.includes(dueMonth);
  return aggregationWindow(contract, kpi, dueMonth).length > 0;
}

/**
 * The invoicing periods that have at least one month of actuals inside the contract, each named by its
 * first month, oldest first: what a period picker offers.
 */
export function invoicePeriods(contract: Contract, actuals: Actuals): Period[] {
  const starts = new Set<Period>();
  for (const month of actuals.periods.keys()) {
    if (!isWithinContract(contract, month)) continue;
    const window = invoiceWindow(contract, month);
    if (window) starts.add(window[0]);
  }
  return [...starts].sort(comparePeriods);
}

/** `2026-01 – 2026-06`: months as printed. */
export function windowName(window: readonly Period[]): string {
  return window.length === 1 ? window[0] : `${window[0]} – ${window[window.length - 1]}`;
}
