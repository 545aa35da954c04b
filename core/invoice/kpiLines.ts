import { activeOn, aggregationWindow, kpiDueMonth } from '../contract/period';
import type { KpiClause, Period } from '../contract/types';
import { ModelFault } from '../errors';
import type { Step } from './baseLines';
import { clauseEvaluator, type ClauseEnv } from './clauses';
import { evaluateOnPeriod } from './aggregation/evaluateOnPeriod';
import { kpiPeriodValue } from './aggregation/periodValue';
import type { InvoiceContext } from './context';
import { gated } from './gate';
import { neutralClause } from './conditions/neutral';
import { repeatFailures } from './conditions/repeatFailures';
import { hasMovingLevels, resolveLevels, withLevelNote, type ResolvedLevels } from './levels/resolveLevels';
import type { KpiEvidence } from './types';
import type { Dec } from '../money';

export interface KpiStep extends Step {
  readonly evidence: KpiEvidence[];
}

/**
 * One line per KPI clause due on this invoice (a quarterly KPI on the invoice that closes its quarter),
 * evaluated on the value of the month that closes its period. A missing value is a problem, never a zero.
 */
export function kpiLines(
  ctx: InvoiceContext,
  env: ClauseEnv,
  include: (clause: KpiClause) => boolean,
): KpiStep {
  const step: KpiStep = { lines: [], problems: [], evidence: [] };
  const lastMonth = ctx.months[ctx.months.length - 1];
  for (const clause of ctx.contract.kpis) {
    if (!include(clause)) continue;
    const month = kpiDueMonth(ctx.contract, clause, lastMonth);
    if (month === undefined) continue;
    if (!activeOn(ctx.contract, clause, month)) continue;
    // Not evaluated (an excluded month, a sample short of its minimum): a neutral line (conditions/).
    const neutral = neutralClause(ctx, clause, month);
    if (neutral !== undefined) {
      if ('problem' in neutral) step.problems.push(neutral.problem);
      else {
        step.lines.push(neutral.line);
        step.evidence.push(neutral.evidence);
      }
      continue;
    }
    // The value of its period: the closing month's, or formed from every month (aggregation/).
    const value = kpiPeriodValue(ctx, clause, month);
    if ('problem' in value) {
      step.problems.push(value.problem);
      continue;
    }
    const { actual } = value;
    // The levels of this month (baseline, ramp, schedule, ratchet): what the model, the evidence and the
    // explanation all use.
    const levels = resolveLevels(ctx, clause, month);
    if ('problem' in levels) {
      step.problems.push(levels.problem);
      continue;
    }
    // Evaluated each month, each month is judged at its own levels, its part of the line saying them.
    const byMonth = monthLevels(ctx, clause, month);
    if ('problem' in byMonth) {
      step.problems.push(byMonth.problem);
      continue;
    }
    try {
      const at = levels.clause;
      const evaluate = (v: Dec, m?: Period) => {
        const own = m === undefined ? undefined : byMonth.get(m);
        if (own === undefined) return clauseEvaluator(at)(ctx, at, v, env);
        return withLevelNote(own, clauseEvaluator(own.clause)(ctx, own.clause, v, env), 'line');
      };
      const period = evaluateOnPeriod(ctx, at, value, evaluate);
      const noted = withLevelNote(levels, period.result, byMonth.size > 0 ? 'evidence' : 'both');
      // Repeated misses escalate a credit or make a key measure critical (conditions/repeatFailures.ts).
      const repeated = repeatFailures(ctx, at, month, noted);
      const result = 'problem' in repeated ? repeated : gated(ctx, at, month, repeated, period.aggregate);
      if ('problem' in result) {
        step.problems.push(result.problem);
        continue;
      }
      const { outcome, status } = result;
      const line = clause.activeMonths
        ? {
            ...result.line,
            explanation: `${result.line.explanation}${ctx.texts.explainActive(clause.activeMonths)}`,
          }
        : result.line;
      step.lines.push(line);
      const aggregate = period.aggregate ? { aggregate: period.aggregate } : {};
      step.evidence.push({
        clause: levels.clause,
        month,
        actual,
        outcome,
        ...(status === undefined ? {} : { status }),
        amount: line.amount,
        ...aggregate,
        ...(result.rateShare === undefined ? {} : { rateShare: result.rateShare }),
      });
    } catch (e) {
      if (!(e instanceof ModelFault)) throw e;
      // Hourly terms without an hourly line: the hours are missing, already said once for the invoice.
      if (e.argument === 'hourly' && ctx.contract.hourly !== undefined) continue;
      step.problems.push(ctx.texts.modelFault(clause.name, `${e.argument} ${e.expectation}`));
    }
  }
  return step;
}

type MonthLevels = ReadonlyMap<Period, Extract<ResolvedLevels, { clause: KpiClause }>>;

/**
 * The levels of each month of an `each-month` clause with moving levels (a ramp, a schedule): the months its
 * monthly invoices would judge at those levels. Empty for any other clause.
 */
function monthLevels(
  ctx: InvoiceContext,
  clause: KpiClause,
  month: Period,
): MonthLevels | { readonly problem: string } {
  const levels = new Map<Period, Extract<ResolvedLevels, { clause: KpiClause }>>();
  if (clause.aggregation !== 'each-month' || !hasMovingLevels(clause)) return levels;
  for (const m of aggregationWindow(ctx.contract, clause, month)) {
    const resolved = resolveLevels(ctx, clause, m);
    if ('problem' in resolved) return resolved;
    levels.set(m, resolved);
  }
  return levels;
}
