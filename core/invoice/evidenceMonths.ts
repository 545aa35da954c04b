/**
 * The months a KPI's evidence read, with the value of each, the same for an invoice as built
 * (`KpiEvidence`) and as issued (`IssuedInvoice`, read back from its JSON), so that a correction note's
 * values as issued and its sheet's values as recomputed list the same months.
 */
import type { Period } from '../contract/types';
import type { Dec } from '../money';

/** What both forms of a KPI's evidence hold of its months. */
export interface EvidenceOfMonths {
  readonly month: Period;
  readonly actual?: Dec;
  readonly aggregate?: { readonly months: readonly { readonly month: Period; readonly value?: Dec }[] };
}

/**
 * An aggregated KPI's months (a month without a value among them: excluded), else its one month's actual;
 * none for an excluded month without a value.
 */
export function evidenceMonths(
  e: EvidenceOfMonths,
): readonly { readonly month: Period; readonly value?: Dec }[] {
  if (e.aggregate) return e.aggregate.months;
  return e.actual === undefined ? [] : [{ month: e.month, value: e.actual }];
}
