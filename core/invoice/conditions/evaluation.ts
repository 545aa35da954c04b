/**
 * Whether a clause is evaluated in a month at all: not when the actuals exclude that month for its KPI
 * (force majeure, a client-caused outage) or, aggregated, every month of its window, nor when its sample (a volume of the invoiced months, survey
 * answers) is short of its minimum. A clause not evaluated is neutral (`neutral.ts`); a gate on it is not
 * applied (`gate.ts`); escalation and earnbacks do not count it (`repeatFailures.ts`, `earnbackLines.ts`).
 */
import { exclusionReason, volumeQuantity } from '../../contract/actuals';
import { sampleMonths } from '../../contract/conditions';
import { aggregationWindow, invoiceWindow, kpiDueMonth } from '../../contract/period';
import type { KpiClause, Period } from '../../contract/types';
import { conditionTexts } from '../../i18n/conditions';
import type { InvoiceContext } from '../context';

/** Evaluated, or why not in words (`sample 29 (Survey answers) < minimum 30`), or what stops the invoice. */
export type ClauseCondition =
  | { readonly evaluated: true }
  | { readonly evaluated: false; readonly why: string }
  | { readonly problem: string };

/** The condition of `clause` in `month`, the month it is evaluated on. */
export function clauseCondition(ctx: InvoiceContext, clause: KpiClause, month: Period): ClauseCondition {
  const t = conditionTexts(ctx.contract.language);
  // An aggregated KPI leaves an excluded month out of its period's value instead (aggregation/).
  const reason =
    clause.aggregation === undefined ? exclusionReason(ctx.actuals, clause.name, month) : undefined;
  if (reason !== undefined) return { evaluated: false, why: t.excluded(month, reason) };
  // Every month of an aggregated clause's window excluded: no value to form, neutral as a month is.
  if (clause.aggregation !== undefined) {
    const window = aggregationWindow(ctx.contract, clause, month);
    const reasons = window.map((m) => exclusionReason(ctx.actuals, clause.name, m));
    if (reasons.every((r) => r !== undefined))
      return { evaluated: false, why: window.map((m, i) => t.excluded(m, reasons[i]!)).join(', ') };
  }
  if (clause.sampleVolume === undefined || clause.sampleMinimum === undefined) return { evaluated: true };
  // The sample of the clause's period, as every volume is counted (a total), on the invoice closing it; a
  // gate reading the month's value before then, and a period priced alone (no earlier months), count the
  // invoice's.
  const closing = kpiDueMonth(ctx.contract, clause, month) === month;
  const window =
    ctx.withoutHistory || !closing
      ? (invoiceWindow(ctx.contract, month) ?? [month])
      : sampleMonths(ctx.contract, clause, month);
  // An aggregated value leaves out an excluded month and, time-boxed, the months the clause is not active:
  // their answers measure nothing it is judged on, so they would only make a short sample look enough.
  const formed = (m: Period) =>
    ctx.withoutHistory || clause.activeMonths === undefined || clause.activeMonths.includes(m);
  const excluded =
    clause.aggregation === undefined
      ? []
      : window.filter((m) => formed(m) && exclusionReason(ctx.actuals, clause.name, m) !== undefined);
  const months =
    clause.aggregation === undefined ? window : window.filter((m) => formed(m) && !excluded.includes(m));
  const sample = volumeQuantity(ctx.actuals, clause.sampleVolume, months);
  if (sample.missing.length > 0)
    return { problem: ctx.missing({ kind: 'volume', name: clause.sampleVolume, months: sample.missing }) };
  if (sample.total.gte(clause.sampleMinimum)) return { evaluated: true };
  const why = t.sampleShort(
    ctx.number(sample.total),
    clause.sampleVolume,
    ctx.number(clause.sampleMinimum),
    excluded,
  );
  return { evaluated: false, why };
}
