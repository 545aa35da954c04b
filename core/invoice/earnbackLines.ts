import { FREQUENCY_MONTHS, addMonths, comparePeriods, invoiceWindow, kpiDueMonth } from '../contract/period';
import type { SlaCreditClause } from '../contract/types';
import { earnback } from '../models/earnback';
import { relation } from '../models/comparison';
import type { Dec } from '../money';
import { kpiPeriodValue } from './aggregation/periodValue';
import type { InvoiceContext } from './context';
import type { InvoiceLine } from './types';
import { resolveLevels } from './levels/resolveLevels';
import { clauseCondition } from './conditions/evaluation';

/** The at-risk cap's cut of an invoice's credits: what it let through, of which credits, in all. */
export interface CreditsCut {
  readonly deducted: Dec;
  readonly total: Dec;
  /** Each service level's credit as its line printed it, positive. */
  readonly credits: ReadonlyMap<string, Dec>;
}

/** What an earlier invoice deducted for each service level, after the at-risk cap, and the cap's cut. */
export interface EarlierCredits {
  readonly shares: ReadonlyMap<string, Dec>;
  /** Absent when the cap did not cut, or when only amounts are priced (no text says it). */
  readonly cut?: CreditsCut;
}
export type NetCredits = (months: readonly string[]) => EarlierCredits | null;

/**
 * Earnbacks: the credit of the invoice `periods` invoices back is refunded on this invoice when every
 * invoice since met the clause's expected level (its target, or its minimum without one). A value not
 * measured yet means no earnback now, never a guess.
 */
export function earnbackLines(ctx: InvoiceContext, netCredits: NetCredits): InvoiceLine[] {
  const terms = ctx.contract.earnback;
  if (!terms) return [];
  const length = FREQUENCY_MONTHS[ctx.contract.frequency];
  const creditStart = addMonths(ctx.months[0], -terms.periods * length);
  if (comparePeriods(creditStart, ctx.contract.firstPeriod) < 0) return [];
  const creditMonths = invoiceWindow(ctx.contract, creditStart);
  const earlier = creditMonths ? netCredits(creditMonths) : null;
  if (!earlier) return [];
  const credits = earlier.shares;
  const lines: InvoiceLine[] = [];
  const slaClauses = ctx.contract.kpis.filter((k): k is SlaCreditClause => k.model === 'sla-credit');
  for (const clause of slaClauses) {
    const credit = credits.get(clause.name);
    if (credit === undefined || credit.isZero()) continue;
    // Moving levels: the expected level in force on this invoice (its problems are the clause line's).
    const levels = resolveLevels(ctx, clause, ctx.months[ctx.months.length - 1]);
    if ('problem' in levels) continue;
    const at = levels.clause as SlaCreditClause;
    const expected = at.target ?? at.threshold;
    const later: (Dec | null)[] = [];
    const checked: string[] = [];
    for (let i = 1; i <= terms.periods; i++) {
      const windowEnd = addMonths(creditStart, i * length + length - 1);
      const month = kpiDueMonth(ctx.contract, clause, windowEnd);
      if (month === undefined) continue;
      // A period not evaluated (excluded, sample short) neither breaks nor proves the level: left out.
      const condition = clauseCondition(ctx, clause, month);
      if (!('problem' in condition) && !condition.evaluated) continue;
      checked.push(month);
      // A sample not entered yet is a value not measured yet: no earnback now.
      if ('problem' in condition) {
        later.push(null);
        continue;
      }
      // An aggregated service level is judged on its period's value, as its credit was.
      const value = kpiPeriodValue(ctx, clause, month);
      later.push('problem' in value ? null : value.actual);
    }
    const result = earnback(credit, later, expected, clause.direction, clause.comparison);
    if (result.status !== 'earned') continue;
    const amount = ctx.round(result.amount);
    const passes = relation(true, clause.direction, clause.comparison);
    // Under the cap the refund is the level's share of the deduction, not the credit its line printed.
    const { cut } = earlier;
    const stated = cut?.credits.get(clause.name);
    const share =
      cut && stated && !stated.eq(credit)
        ? { deducted: ctx.money(cut.deducted), credit: ctx.money(stated), total: ctx.money(cut.total) }
        : null;
    lines.push({
      kind: 'earnback',
      label: ctx.texts.earnback(clause.name),
      kpi: clause.name,
      amount,
      explanation: ctx.texts.explainEarnback(
        clause.name,
        creditMonths!,
        checked,
        `${passes} ${ctx.value(expected, clause.unit)}`,
        ctx.money(amount),
        share,
      ),
    });
  }
  return lines;
}
