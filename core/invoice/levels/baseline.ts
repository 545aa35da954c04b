/**
 * The baseline levels are stated from: a number of the contract, or the average of named months of the
 * actuals — each month before the month evaluated, since a baseline is measured before the levels it sets.
 * A month the actuals exclude for the KPI (force majeure, a client-caused outage) measures no performance
 * to improve on: it is left out of the average, as aggregation and ratchets leave it out.
 */
import { exclusionReason, kpiValue } from '../../contract/actuals';
import { monthsToText } from '../../contract/levelTerms';
import { comparePeriods } from '../../contract/period';
import type { KpiClause, Period } from '../../contract/types';
import { conditionTexts } from '../../i18n/conditions';
import { levelTexts } from '../../i18n/levels';
import { dec, decSum, quotient, type Dec } from '../../money';
import type { InvoiceContext } from '../context';

/**
 * The baseline's value, the months averaged (`null`: a number of the contract) and those left out as
 * excluded (`2026-02 excluded (client-caused outage)`), or why there is none.
 */
export type Baseline =
  | { readonly value: Dec; readonly months: readonly Period[] | null; readonly excluded: readonly string[] }
  | { readonly problem: string };

/** The baseline of `clause` for the month evaluated; the clause has one (the schema guarantees it). */
export function clauseBaseline(ctx: InvoiceContext, clause: KpiClause, month: Period): Baseline {
  const months = clause.baselineMonths;
  if (months === undefined) return { value: clause.baseline!, months: null, excluded: [] };
  const t = levelTexts(ctx.contract.language);
  const late = months.find((m) => comparePeriods(m, month) >= 0);
  if (late !== undefined) return { problem: t.baselineNotBefore(clause.name, late, month) };
  const c = conditionTexts(ctx.contract.language);
  const values: Dec[] = [];
  const averaged: Period[] = [];
  const excluded: string[] = [];
  for (const m of months) {
    const reason = exclusionReason(ctx.actuals, clause.name, m);
    if (reason !== undefined) {
      excluded.push(c.excluded(m, reason));
      continue;
    }
    const value = kpiValue(ctx.actuals, clause.name, m);
    if (value === undefined) return { problem: t.baselineMissing(clause.name, m, monthsToText(months)) };
    values.push(value);
    averaged.push(m);
  }
  if (values.length === 0) return { problem: t.baselineExcluded(clause.name, excluded) };
  return { value: quotient(decSum(values), dec(values.length)), months: averaged, excluded };
}
