/**
 * Repeat failures of a service level (SLA practice). Over the last `repeatPeriods` evaluation periods, this
 * one included, the misses are counted: a credit is multiplied by `escalationFactor` from `escalateAt`
 * misses on, and a key measure (`criticalAt`) gives no credit until it has missed `criticalAt` times, when it
 * becomes critical and credits its allocation. Periods before the contract's first month do not exist and
 * a period not evaluated (excluded, sample short) is no miss; a period inside the contract with no value
 * is an error, never a guessed "met" (an actuals file holding only the invoiced month would otherwise drop
 * an escalation). A period priced alone (scenarios, exposure, curves, forecasts) counts no earlier period
 * and says so. The explanation prints the count a reader can check.
 * The escalated credit is the printed credit × the factor, rounded once: what a reader multiplies by hand.
 */
import { FREQUENCY_MONTHS, addMonths, comparePeriods } from '../../contract/period';
import { FREQUENCIES, type KpiClause, type Period, type SlaCreditClause } from '../../contract/types';
import { conditionTexts } from '../../i18n/conditions';
import { meets } from '../../models/comparison';
import { ZERO } from '../../money';
import { kpiValue } from '../../contract/actuals';
import { kpiPeriodValue } from '../aggregation/periodValue';
import type { ClauseOutcome } from '../clauses';
import type { InvoiceContext } from '../context';
import { resolveLevels } from '../levels/resolveLevels';
import { clauseCondition } from './evaluation';

/**
 * How many of the window's periods were missed, whether earlier ones went uncounted (priced alone), and
 * the periods not evaluated, each with why (`2026-02 excluded (client-caused outage)`): no miss, but a
 * reader checking the count by hand sees their values.
 */
interface Counted {
  readonly misses: number;
  readonly unseen: boolean;
  readonly skipped: readonly string[];
}

/**
 * The misses of the last `window` periods ending on `month` (a miss there included), or a problem. A
 * period before the contract cannot be missed; one inside it with no value (not excluded) stops the
 * invoice, naming every such month: counting it as met would silently drop an escalation.
 */
function missesWithin(
  ctx: InvoiceContext,
  clause: SlaCreditClause,
  month: Period,
  window: number,
  step: number,
): Counted | { readonly problem: string } {
  let misses = 1;
  const missing: Period[] = [];
  const skipped: string[] = [];
  for (let k = 1; k < window; k++) {
    const earlier = addMonths(month, -k * step);
    if (comparePeriods(earlier, ctx.contract.firstPeriod) < 0) break;
    if (ctx.withoutHistory) return { misses, unseen: true, skipped };
    const condition = clauseCondition(ctx, clause, earlier);
    if ('problem' in condition) return condition;
    if (!condition.evaluated) {
      // An exclusion names its month; a short sample does not.
      skipped.unshift(condition.why.includes(earlier) ? condition.why : `${earlier} ${condition.why}`);
      continue;
    }
    if (clause.aggregation === undefined && kpiValue(ctx.actuals, clause.name, earlier) === undefined) {
      missing.push(earlier);
      continue;
    }
    // The minimum in force that period (moving levels), on that period's value.
    const levels = resolveLevels(ctx, clause, earlier);
    if ('problem' in levels) return levels;
    const value = kpiPeriodValue(ctx, clause, earlier);
    if ('problem' in value) return value;
    const at = levels.clause as SlaCreditClause;
    if (!meets(value.actual, at.threshold, at.direction, at.comparison)) misses++;
  }
  if (missing.length > 0) {
    const t = conditionTexts(ctx.contract.language);
    return { problem: t.repeatMissing(clause.name, [...missing].reverse().join(', ')) };
  }
  return { misses, unseen: false, skipped };
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
  const { misses, skipped } = counted;
  const t = conditionTexts(ctx.contract.language);
  const line = counted.unseen
    ? { ...result.line, explanation: `${result.line.explanation}${t.noHistory}` }
    : result.line;
  const criticalAt = clause.criticalAt?.toNumber();
  if (criticalAt !== undefined && misses < criticalAt) {
    const explanation = `${line.explanation}${t.keyMeasure(misses, window, period, criticalAt, ctx.money(credit.neg()), skipped)}`;
    return {
      ...result,
      line: { ...line, amount: ZERO, explanation },
      outcome: `${result.outcome}${t.outcomeKeyMeasure}`,
    };
  }
  let explanation = line.explanation;
  let outcome = result.outcome;
  if (criticalAt !== undefined) {
    explanation += t.critical(misses, window, period, criticalAt, skipped);
    outcome += t.outcomeCritical;
  }
  const { escalateAt, escalationFactor } = clause;
  if (escalateAt === undefined || escalationFactor === undefined || misses < escalateAt.toNumber())
    return { ...result, line: { ...line, explanation }, outcome };
  const amount = ctx.round(credit.times(escalationFactor));
  const factor = ctx.number(escalationFactor);
  explanation += t.escalated(misses, window, period, factor, ctx.money(credit), ctx.money(amount), skipped);
  return {
    ...result,
    line: { ...line, amount, explanation },
    outcome: `${outcome}${t.outcomeEscalated(factor)}`,
  };
}
