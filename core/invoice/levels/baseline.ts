/**
 * The baseline levels are stated from: a number of the contract, or the average of named months of the
 * actuals — each month before the month evaluated, since a baseline is measured before the levels it sets.
 */
import { kpiValue } from '../../contract/actuals';
import { monthsToText } from '../../contract/levelTerms';
import { comparePeriods } from '../../contract/period';
import type { KpiClause, Period } from '../../contract/types';
import { levelTexts } from '../../i18n/levels';
import { dec, decSum, quotient, type Dec } from '../../money';
import type { InvoiceContext } from '../context';

/** The baseline's value and the months averaged (`null`: a number of the contract), or why there is none. */
export type Baseline =
  { readonly value: Dec; readonly months: readonly Period[] | null } | { readonly problem: string };

/** The baseline of `clause` for the month evaluated; the clause has one (the schema guarantees it). */
export function clauseBaseline(ctx: InvoiceContext, clause: KpiClause, month: Period): Baseline {
  const months = clause.baselineMonths;
  if (months === undefined) return { value: clause.baseline!, months: null };
  const t = levelTexts(ctx.contract.language);
  const late = months.find((m) => comparePeriods(m, month) >= 0);
  if (late !== undefined) return { problem: t.baselineNotBefore(clause.name, late, month) };
  const values: Dec[] = [];
  for (const m of months) {
    const value = kpiValue(ctx.actuals, clause.name, m);
    if (value === undefined) return { problem: t.baselineMissing(clause.name, m, monthsToText(months)) };
    values.push(value);
  }
  return { value: quotient(decSum(values), dec(values.length)), months };
}
