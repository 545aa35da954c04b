/**
 * Invoicing a range of periods: which invoices a range holds, and the totals by line kind that the Summary
 * and Portfolio sheets print. Every figure comes from the invoices the engine built; nothing is recomputed.
 */
import { comparePeriods, invoiceWindow } from '../contract/period';
import type { Contract, Language, Period } from '../contract/types';
import { actualsForInvoice, readActualsInput, type ActualsInput } from '../contract/invoiceActuals';
import type { ActualsReading } from '../contract/sheet/readActuals';
import { buildInvoice } from '../invoice/buildInvoice';
import { monthProblem, outsideContractProblem } from '../invoice/monthProblem';
import { invoicePeriodName } from '../invoice/periodName';
import type { Invoice, LineKind } from '../invoice/types';
import { ZERO, type Dec } from '../money';
import { addMonths } from '../contract/period';
import { batchLabels } from '../i18n/batch';

/**
 * The line kinds in the order the Summary prints them (an invoice's printing order). A record, so a new
 * line kind fails to compile until it has its place here, rather than dropping out of the Summary.
 */
const KIND_RANK: Readonly<Record<Exclude<LineKind, 'vat'>, number>> = {
  fixed: 0,
  hourly: 1,
  volume: 2,
  minimum: 3,
  'kpi-fee': 4,
  'kpi-adjustment': 5,
  'bonus-cap': 6,
  'malus-cap': 7,
  'sla-credit': 8,
  'sla-cap': 9,
  earnback: 10,
};
export const KIND_ORDER = (Object.keys(KIND_RANK) as Exclude<LineKind, 'vat'>[]).sort(
  (a, b) => KIND_RANK[a] - KIND_RANK[b],
);

/**
 * The first months of the invoices from `from` to `to`, oldest first; or the one problem with the range,
 * in `lang`: the reader's (the pane's), the contract's by default as the command line speaks it.
 * A range holds whole invoicing periods of the contract: one that cuts a quarter would invoice it short.
 */
export function periodsInRange(
  contract: Contract,
  from: Period,
  to: Period,
  lang: Language = contract.language,
): { ok: true; periods: Period[] } | { ok: false; problem: string } {
  const t = batchLabels(lang).range;
  for (const month of [from, to]) {
    const notAMonth = monthProblem(month, lang);
    if (notAMonth !== undefined) return { ok: false, problem: notAMonth };
  }
  if (comparePeriods(to, from) < 0) return { ok: false, problem: t.endsBeforeStart(from, to) };
  const periods: Period[] = [];
  for (let month = from; comparePeriods(month, to) <= 0; month = addMonths(month, 1)) {
    const outside = outsideContractProblem(contract, month, lang);
    if (outside !== undefined) return { ok: false, problem: outside };
    const window = invoiceWindow(contract, month) as readonly Period[];
    const first = window[0];
    const last = window[window.length - 1];
    if (comparePeriods(first, from) < 0 || comparePeriods(last, to) > 0) {
      const name = invoicePeriodName(window);
      return { ok: false, problem: t.cutsPeriod(from, to, name, `${first}..${last}`, contract.id) };
    }
    if (month === first) periods.push(first);
  }
  return { ok: true, periods };
}

/** An invoice's lines added up by kind (kinds it has none of are absent). */
export function kindTotals(invoice: Invoice): ReadonlyMap<LineKind, Dec> {
  const totals = new Map<LineKind, Dec>();
  for (const line of invoice.lines) totals.set(line.kind, (totals.get(line.kind) ?? ZERO).plus(line.amount));
  return totals;
}

/** The kinds any of the invoices prints, in `KIND_ORDER`. */
export function kindsPrinted(invoices: readonly Invoice[]): Exclude<LineKind, 'vat'>[] {
  const seen = new Set(invoices.flatMap((invoice) => invoice.lines.map((line) => line.kind)));
  return KIND_ORDER.filter((kind) => seen.has(kind));
}

/** The invoices of a contract over periods, oldest first; or every problem that blocks one of them. */
export type BatchResult =
  | { readonly ok: true; readonly invoices: readonly Invoice[] }
  | { readonly ok: false; readonly problems: readonly string[] };

/**
 * The invoice of each of `periods` from actuals read once (a CSV text, a sheet's cells, or a reading),
 * each period reading only its months as a single invoice does. `onInvoice` runs after each one (progress).
 */
export function invoicesOf(
  contract: Contract,
  actuals: ActualsInput | ActualsReading,
  periods: readonly Period[],
  onInvoice: () => void = () => undefined,
): BatchResult {
  const reading = readActualsInput(actuals, contract);
  const invoices: Invoice[] = [];
  const problems: string[] = [];
  for (const period of periods) {
    const used = actualsForInvoice(reading, contract, period);
    const result = used.ok ? buildInvoice(contract, used.value, period) : undefined;
    if (!used.ok) problems.push(...used.issues.map((issue) => issue.message));
    else if (result && !result.ok) problems.push(...result.problems.map((p) => `${period}: ${p}`));
    else if (result?.ok) invoices.push(result.invoice);
    onInvoice();
  }
  return problems.length > 0 ? { ok: false, problems: [...new Set(problems)] } : { ok: true, invoices };
}
