/**
 * Repeat failures of a service level (SLA practice). Over the last `repeatPeriods` evaluation periods, this
 * one included, the misses are counted: a credit is multiplied by `escalationFactor` from `escalateAt`
 * misses on, and a key measure (`criticalAt`) gives no credit until it has missed `criticalAt` times, when it
 * becomes critical and credits its allocation. Periods before the contract's first month do not exist; a
 * period not evaluated (excluded, sample short) is no miss, nor is one with no value entered: a count
 * never guesses a miss (scenarios and single-month actuals have no history), and the explanation prints
 * the count a reader can check.
 * The escalated credit is the printed credit × the factor, rounded once: what a reader multiplies by hand.
 */
import { FREQUENCY_MONTHS, addMonths, comparePeriods } from '../../contract/period';
import { FREQUENCIES, type KpiClause, type Period, type SlaCreditClause } from '../../contract/types';
import { conditionTexts } from '../../i18n/conditions';
import { meets } from '../../models/comparison';
import { ZERO } from '../../money';
import { kpiPeriodValue } from '../aggregation/periodValue';
import type { ClauseOutcome } from '../clauses';
import type { InvoiceContext } from '../context';
import { resolveLevels } from '../levels/resolveLevels';
import { clauseCondition } from './evaluation';

/** The misses of the last `window` periods ending on `month` (a miss there included), or a problem. */
function missesWithin(
  ctx: InvoiceContext,
  clause: SlaCreditClause,
  month: Period,
  window: number,
  step: number,
): { readonly misses: number } | { readonly problem: string } {
  let misses = 1;
  for (let k = 1; k < window; k++) {
    const earlier = addMonths(month, -k * step);
    if (comparePeriods(earlier, ctx.contract.firstPeriod) < 0) break;
    const condition = clauseCondition(ctx, clause, earlier);
    if ('problem' in condition || !condition.evaluated) continue;
    // The minimum in force that period (moving levels), on that period's value.
    const levels = resolveLevels(ctx, clause, earlier);
    const value = kpiPeriodValue(ctx, clause, earlier);
    if ('problem' in levels || 'problem' in value) continue;
    const at = levels.clause as SlaCreditClause;
    if (!meets(value.actual, at.threshold, at.direction, at.comparison)) misses++;
  }
  return { misses };
}

/**
 * The service-level credit `result` of `clause` in `month` under its repeat-failure terms; unchanged
 * without them or when nothing was deducted.
 */
export function repeatFailures(
  ctx: InvoiceContext,
  clause: KpiClause,
  month: Period,
  result: ClauseOutcome,
): ClauseOutcome | { readonly problem: string } {
  if (clause.model !== 'sla-credit' || clause.repeatPeriods === undefined) return result;
  const credit = result.line.amount;
  if (!credit.isNegative()) return result;
  const invoiceMonths = FREQUENCY_MONTHS[ctx.contract.frequency];
  const step = Math.max(FREQUENCY_MONTHS[clause.period], invoiceMonths);
  const period = FREQUENCIES.find((f) => FREQUENCY_MONTHS[f] === step)!;
  const window = clause.repeatPeriods.toNumber();
  const counted = missesWithin(ctx, clause, month, window, step);
  if ('problem' in counted) return counted;
  const { misses } = counted;
  const t = conditionTexts(ctx.contract.language);
  const { line } = result;
  const criticalAt = clause.criticalAt?.toNumber();
  if (criticalAt !== undefined && misses < criticalAt) {
    const explanation = `${line.explanation}${t.keyMeasure(misses, window, period, criticalAt, ctx.money(credit.neg()))}`;
    return {
      line: { ...line, amount: ZERO, explanation },
      outcome: `${result.outcome}${t.outcomeKeyMeasure}`,
    };
  }
  let explanation = line.explanation;
  let outcome = result.outcome;
  if (criticalAt !== undefined) {
    explanation += t.critical(misses, window, period, criticalAt);
    outcome += t.outcomeCritical;
  }
  const { escalateAt, escalationFactor } = clause;
  if (escalateAt === undefined || escalationFactor === undefined || misses < escalateAt.toNumber())
    return { line: { ...line, explanation }, outcome };
  const amount = ctx.round(credit.times(escalationFactor));
  const factor = ctx.number(escalationFactor);
  explanation += t.escalated(misses, window, period, factor, ctx.money(credit), ctx.money(amount));
  return { line: { ...line, amount, explanation }, outcome: `${outcome}${t.outcomeEscalated(factor)}` };
}
