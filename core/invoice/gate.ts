/**
 * Gates (anti-gaming): a clause's payment stands only when another KPI reaches its level in the month the
 * clause is evaluated on. A failed gate withholds what the clause would pay and leaves a malus as it is,
 * so a gate never raises an invoice.
 */
import { kpiValue } from '../contract/actuals';
import type { KpiClause, Period } from '../contract/types';
import { meets, relation } from '../models/comparison';
import { ZERO, type Dec } from '../money';
import type { ClauseOutcome } from './clauses';
import type { InvoiceContext } from './context';

/** The clause's outcome under its gate, or the problem that stops it (the gate KPI has no value). */
export function gated(
  ctx: InvoiceContext,
  clause: KpiClause,
  month: Period,
  result: ClauseOutcome,
): ClauseOutcome | { readonly problem: string } {
  if (clause.gateKpi === undefined || clause.gateLevel === undefined) return result;
  const name = clause.gateKpi.toLowerCase();
  // The schema guarantees the gate names another clause of the contract.
  const gate = ctx.contract.kpis.find((k) => k.name.toLowerCase() === name)!;
  const value = kpiValue(ctx.actuals, gate.name, month);
  if (value === undefined) return { problem: ctx.texts.missingKpi(gate.name, month) };
  const held = meets(value, clause.gateLevel, gate.direction);
  const withheld = !held && result.line.amount.isPositive();
  const amount: Dec = withheld ? ZERO : result.line.amount;
  const t = ctx.texts;
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
