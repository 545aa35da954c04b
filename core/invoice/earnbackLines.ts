import { FREQUENCY_MONTHS, addMonths, comparePeriods, invoiceWindow, kpiDueMonth } from '../contract/period';
import type { SlaCreditClause } from '../contract/types';
import { earnback } from '../models/earnback';
import { relation } from '../models/comparison';
import type { Dec } from '../money';
import { kpiPeriodValue } from './aggregation/periodValue';
import { isWhatIf, type InvoiceContext } from './context';
import type { InvoiceLine } from './types';
import { resolveLevels } from './levels/resolveLevels';
import { clauseCondition } from './conditions/evaluation';
import { earnbackProblems } from '../i18n/earnbackProblems';

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
/**
 * The credits of the invoice of `months`: `null` when a period priced alone has no history to refund
 * from; `problems` when the actuals lack what that invoice needs (the refund would be dropped silently).
 */
export type NetCredits = (
  months: readonly string[],
) => EarlierCredits | { readonly problems: readonly string[] } | null;

/** The earnback lines of an invoice, or why they cannot be known. */
export interface Earnbacks {
  readonly lines: InvoiceLine[];
  readonly problems: string[];
}

/**
 * Earnbacks: the credit of the invoice `periods` invoices back is refunded on this invoice when every
 * invoice since met the clause's expected level (its target, or its minimum without one). Every period
 * read is this invoice's or earlier, so a value missing there stops the invoice, never a refund dropped.
 */
export function earnbackLines(ctx: InvoiceContext, netCredits: NetCredits): Earnbacks {
  const none: Earnbacks = { lines: [], problems: [] };
  const terms = ctx.contract.earnback;
  if (!terms) return none;
  const length = FREQUENCY_MONTHS[ctx.contract.frequency];
  const creditStart = addMonths(ctx.months[0], -terms.periods * length);
  if (comparePeriods(creditStart, ctx.contract.firstPeriod) < 0) return none;
  const creditMonths = invoiceWindow(ctx.contract, creditStart);
  const earlier = creditMonths ? netCredits(creditMonths) : null;
  if (!earlier) return none;
  if ('problems' in earlier) return { lines: [], problems: [...earlier.problems] };
  const credits = earlier.shares;
  const lines: InvoiceLine[] = [];
  const problems: string[] = [];
  const t = earnbackProblems(ctx.contract.language);
  const slaClauses = ctx.contract.kpis.filter((k): k is SlaCreditClause => k.model === 'sla-credit');
  for (const clause of slaClauses) {
    const credit = credits.get(clause.name);
    if (credit === undefined || credit.isZero()) continue;
    // Moving levels: the expected level in force on this invoice (its problems are the clause line's).
    const levels = resolveLevels(ctx, clause, ctx.months[ctx.months.length - 1]);
    if ('problem' in levels) continue;
    const at = levels.clause as SlaCreditClause;
    const expected = at.target ?? at.threshold;
    const later: Dec[] = [];
    const checked: string[] = [];
    // What the window lacks is said as this refund's need; the check places it on the value's cell.
    const needs = (problem: string) => t.windowMissing(problem, clause.name, creditMonths!);
    const reading: InvoiceContext = {
      ...ctx,
      missing: (value) => {
        const text = ctx.missing(value);
        ctx.noteMissing?.(value, needs(text));
        return text;
      },
    };
    const lacking: string[] = [];
    // Named on the line: a reader counting the window's periods sees why one is not among them.
    const skipped: string[] = [];
    for (let i = 1; i <= terms.periods; i++) {
      const windowEnd = addMonths(creditStart, i * length + length - 1);
      const month = kpiDueMonth(ctx.contract, clause, windowEnd);
      if (month === undefined) continue;
      // A period not evaluated (excluded, sample short) neither breaks nor proves the level: left out.
      const condition = clauseCondition(reading, clause, month);
      if (!('problem' in condition) && !condition.evaluated) {
        // An exclusion names its month; a short sample does not.
        skipped.push(condition.why.includes(month) ? condition.why : `${month} ${condition.why}`);
        continue;
      }
      checked.push(month);
      // An aggregated service level is judged on its period's value, as its credit was.
      const value = 'problem' in condition ? condition : kpiPeriodValue(reading, clause, month);
      if ('problem' in value) lacking.push(needs(value.problem));
      else later.push(value.actual);
    }
    if (lacking.length > 0) {
      // A scenario past its history's end: a period not measured yet, so no earnback now.
      if (!isWhatIf(ctx)) problems.push(...lacking);
      continue;
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
        skipped,
      ),
    });
  }
  return { lines, problems };
}
