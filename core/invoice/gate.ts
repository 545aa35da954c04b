/**
 * Gates (anti-gaming): a clause's payment, or a volume's price, stands only when another KPI reaches its
 * level in the month the clause is evaluated on. A failed gate withholds what the clause would pay and
 * leaves a malus as it is, so a gate never raises an invoice. A gate KPI not evaluated that month (an
 * excluded month, a sample short of its minimum: `conditions/evaluation.ts`) cannot judge: the gate is not
 * applied and the payment stands.
 */
import { kpiValue } from '../contract/actuals';
import type { KpiClause, Period } from '../contract/types';
import { conditionTexts } from '../i18n/conditions';
import { meets, relation } from '../models/comparison';
import { ZERO, type Dec } from '../money';
import type { ClauseOutcome } from './clauses';
import { clauseCondition } from './conditions/evaluation';
import type { InvoiceContext } from './context';

/** What a gate found: held or failed on the gate KPI's value, or not judged (with why), or a problem. */
export type GateJudgement =
  | { readonly gate: KpiClause; readonly judged: true; readonly held: boolean; readonly value: Dec }
  | { readonly gate: KpiClause; readonly judged: false; readonly why: string }
  | { readonly problem: string };

/** The gate "`gateKpi` reaches `gateLevel` in `month`" (the level itself holds). */
export function judgeGate(
  ctx: InvoiceContext,
  gateKpi: string,
  gateLevel: Dec,
  month: Period,
): GateJudgement {
  const name = gateKpi.toLowerCase();
  // The schema guarantees the gate names another clause of the contract.
  const gate = ctx.contract.kpis.find((k) => k.name.toLowerCase() === name)!;
  const condition = clauseCondition(ctx, gate, month);
  if ('problem' in condition) return condition;
  if (!condition.evaluated) return { gate, judged: false, why: condition.why };
  const value = kpiValue(ctx.actuals, gate.name, month);
  if (value === undefined) return { problem: ctx.texts.missingKpi(gate.name, month) };
  return { gate, judged: true, held: meets(value, gateLevel, gate.direction), value };
}

/** The clause's outcome under its gate, or the problem that stops it (the gate KPI has no value). */
export function gated(
  ctx: InvoiceContext,
  clause: KpiClause,
  month: Period,
  result: ClauseOutcome,
): ClauseOutcome | { readonly problem: string } {
  if (clause.gateKpi === undefined || clause.gateLevel === undefined) return result;
  const judgement = judgeGate(ctx, clause.gateKpi, clause.gateLevel, month);
  if ('problem' in judgement) return judgement;
  const t = ctx.texts;
  if (!judgement.judged) {
    const c = conditionTexts(ctx.contract.language);
    return {
      line: {
        ...result.line,
        explanation: `${result.line.explanation}${c.gateNotJudged(judgement.gate.name, judgement.why)}`,
      },
      outcome: `${result.outcome}${c.outcomeGateNotJudged}`,
    };
  }
  const { gate, held, value } = judgement;
  const withheld = !held && result.line.amount.isPositive();
  const amount: Dec = withheld ? ZERO : result.line.amount;
  const gateText = t.explainGate(
    gate.name,
    ctx.value(value, gate.unit),
    relation(held, gate.direction),
    ctx.value(clause.gateLevel, gate.unit),
    held,
    withheld ? ctx.money(result.line.amount) : null,
    ctx.money(amount),
  );
  return {
    line: { ...result.line, amount, explanation: `${result.line.explanation}${gateText}` },
    outcome: `${result.outcome}${held ? t.outcomeGateHeld : t.outcomeGateFailed}`,
  };
}
