/**
 * The actuals one invoice reads. Invoicing a period needs the values of that period's evaluation windows
 * only: a "tbd" typed in next February, or rows after the last period, must not block October's invoice.
 * Those problems are still every one reported by the check (`contractProblems`); here they come back as
 * `elsewhere`, for the caller to mention without blocking.
 */
import { buildActuals } from './actuals';
import { repeatMonthsBack } from './conditions';
import { levelMonths } from './levelTerms';
import { periodTermMonths } from './periodTermMonths';
import { actualsReadingFromCsv } from './csv';
import { actualsReadingFromSheet } from './fromSheet';
import { sortIssues, type Issue } from './issues';
import {
  FREQUENCY_MONTHS,
  addMonths,
  comparePeriods,
  invoiceWindow,
  isPeriod,
  isWithinContract,
} from './period';
import { strictActuals, type ActualsReading, type TaggedIssue } from './sheet/readActuals';
import type { Grid } from './sheet/cells';
import type { Actuals, Contract, Language, Period } from './types';

/** Actuals as a host hands them over: a sheet's cells, or the text of a CSV file. */
export type ActualsInput =
  { readonly grid: Grid; readonly sheet?: string } | { readonly csv: string; readonly file?: string };

/** Reads actuals, keeping what read well beside every problem tagged with the months it concerns. */
export function readActualsInput(
  input: ActualsInput | ActualsReading,
  contract: Contract | undefined,
  lang: Language = 'en',
): ActualsReading {
  if ('issues' in input) return input;
  if ('grid' in input) return actualsReadingFromSheet(input.grid, contract, { sheet: input.sheet, lang });
  return actualsReadingFromCsv(input.csv, contract, { file: input.file, lang });
}

/** The actuals of an invoice, with the problems of the months it does not read; or what blocks it. */
export type InvoiceActuals =
  | { readonly ok: true; readonly value: Actuals; readonly elsewhere: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * The months the invoice of `period` reads: its invoicing period (volumes, hours, and the KPIs that close
 * on it) and, with an earnback, every month back to the invoice whose credits it may refund (that invoice's
 * credits and the levels met since). `undefined` when `period` is no month of the contract.
 */
export function monthsRead(contract: Contract, period: Period): Period[] | undefined {
  if (!isPeriod(period) || !isWithinContract(contract, period)) return undefined;
  const window = invoiceWindow(contract, period);
  if (window === undefined) return undefined;
  // An earnback re-prices the invoice it refunds, whose repeat-failure counts read further back still.
  const back =
    (contract.earnback?.periods ?? 0) * FREQUENCY_MONTHS[contract.frequency] + repeatMonthsBack(contract);
  let month = addMonths(window[0], -back);
  if (comparePeriods(month, contract.firstPeriod) < 0) month = contract.firstPeriod;
  const months: Period[] = [];
  for (; comparePeriods(month, window[window.length - 1]) <= 0; month = addMonths(month, 1))
    months.push(month);
  // Moving levels read earlier months too: a baseline's, a ratchet's previous contract years.
  const last = window[window.length - 1];
  const earlier = contract.kpis.flatMap((kpi) => levelMonths(contract, kpi, last));
  // Aggregated KPIs read every month of their period; index revisions their revision months.
  const terms = months.flatMap((m) => periodTermMonths(contract, m));
  return [...new Set([...months, ...earlier, ...terms])].sort(comparePeriods);
}

/**
 * The actuals the invoice of `period` reads, from the cells or CSV text of the actuals, or from a reading
 * of them against `contract` (`actualsReadingFromSheet`, `actualsReadingFromCsv`): it fails only on problems in the months
 * the invoice reads (or that cannot be placed in a month); the other problems come back as `elsewhere`.
 * The actuals hold only the months read, so no value beside a problem can reach the invoice.
 */
export function actualsForInvoice(
  actuals: ActualsInput | ActualsReading,
  contract: Contract,
  period: Period,
  options: { readonly lang?: Language } = {},
): InvoiceActuals {
  return invoiceActualsOf(readActualsInput(actuals, contract, options.lang), contract, period);
}

/**
 * `actualsForInvoice` of actuals already read. The panes call this one: it keeps the CSV reader (and
 * csv-parse, which needs Node's Buffer as soon as it loads) out of the browser bundles.
 */
export function invoiceActualsOf(
  reading: ActualsReading,
  contract: Contract,
  period: Period,
): InvoiceActuals {
  const months = monthsRead(contract, period);
  if (months === undefined) {
    // The invoice itself will refuse the period; nothing tells which problems are elsewhere.
    const strict = strictActuals(reading);
    return strict.ok ? { ...strict, elsewhere: [] } : strict;
  }
  const read = new Set(months);
  const blocks = (t: TaggedIssue) => t.months === 'all' || t.months.some((m) => read.has(m));
  const blocking = reading.issues.filter(blocks).map((t) => t.issue);
  if (blocking.length > 0) return { ok: false, issues: sortIssues(blocking) };
  const elsewhere = sortIssues(reading.issues.filter((t) => !blocks(t)).map((t) => t.issue));
  const value = buildActuals(
    reading.entries.filter((e) => read.has(e.period)),
    reading.periods.filter((p) => read.has(p)),
  );
  return { ok: true, value, elsewhere };
}
