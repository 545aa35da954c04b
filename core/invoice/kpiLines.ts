import { kpiDueMonth } from '../contract/period';
import type { KpiClause } from '../contract/types';
import { ModelFault } from '../errors';
import type { Step } from './baseLines';
import { clauseEvaluator, type ClauseEnv } from './clauses';
import { kpiValue } from '../contract/actuals';
import type { InvoiceContext } from './context';
import { gated } from './gate';
import type { KpiEvidence } from './types';

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
    if (clause.activeMonths !== undefined && !clause.activeMonths.includes(month)) continue;
    const actual = kpiValue(ctx.actuals, clause.name, month);
    if (actual === undefined) {
      step.problems.push(ctx.texts.missingKpi(clause.name, month));
      continue;
    }
    try {
      const result = gated(ctx, clause, month, clauseEvaluator(clause)(ctx, clause, actual, env));
      if ('problem' in result) {
        step.problems.push(result.problem);
        continue;
      }
      const { outcome } = result;
      const line = clause.activeMonths
        ? {
            ...result.line,
            explanation: `${result.line.explanation}${ctx.texts.explainActive(clause.activeMonths.join(', '))}`,
          }
        : result.line;
      step.lines.push(line);
      step.evidence.push({ clause, month, actual, outcome, amount: line.amount });
    } catch (e) {
      if (!(e instanceof ModelFault)) throw e;
      step.problems.push(ctx.texts.modelFault(clause.name, `${e.argument} ${e.expectation}`));
    }
  }
  return step;
}
