/**
 * Gates (anti-gaming): a clause's payment, or a volume's price, stands only when another KPI reaches its
 * level on the invoice the clause is evaluated on. The gate KPI is judged on the value its own clause is
 * judged on for that invoice: the value formed over the invoice's months when its clause aggregates
 * (`aggregation/periodValue.ts`), else the value of its period (the schema keeps a KPI's period no shorter
 * than the invoice's unless it aggregates). An aggregated gate KPI that forms no one value for the invoice
 * (evaluated each month over several, or due on a later invoice) stops it, never a month's value read as
 * the period's. A failed gate withholds what the clause would pay and
 * leaves a malus as it is, so a gate never raises an invoice. A gate KPI not evaluated that month (an
 * excluded month, a sample short of its minimum: `conditions/evaluation.ts`) cannot judge: the gate is not
 * applied and the payment stands, unless the clause says `gateNotEvaluated: "withhold"`, where it is
 * withheld as by a failed gate (a gate that cannot be proven met pays nothing).
 */
import { exclusionReason, kpiValue } from '../contract/actuals';
import { gateReading } from '../contract/gateReading';
import type { KpiClause, Period } from '../contract/types';
import { conditionTexts } from '../i18n/conditions';
import { meets, relation, type Comparison } from '../models/comparison';
import { ZERO, decSum, type Dec } from '../money';
import { kpiPeriodValue, windowName, type Aggregate } from './aggregation/periodValue';
import type { ClauseOutcome } from './clauses';
import { clauseCondition } from './conditions/evaluation';
import type { InvoiceContext } from './context';

/** What a gate found: held or failed on the gate KPI's value, or not judged (with why), or a problem. */
export type GateJudgement =
  | {
      readonly gate: KpiClause;
      readonly judged: true;
      readonly held: boolean;
      readonly value: Dec;
      /** The value as printed: `82%`, or `82% (average of 2026-01 – 2026-03)` when aggregated. */
      readonly shown: string;
    }
  | { readonly gate: KpiClause; readonly judged: false; readonly why: string }
  | { readonly problem: string };

/**
 * The gate "`gateKpi` reaches `gateLevel`" on the invoice closing on `month` (the level itself holds), or
 * "exceeds" it when `comparison` says so (the level itself fails).
 */
export function judgeGate(
  ctx: InvoiceContext,
  owner: string,
  gateKpi: string,
  gateLevel: Dec,
  comparison: Comparison | undefined,
  month: Period,
): GateJudgement {
  const name = gateKpi.toLowerCase();
  // The schema guarantees the gate names another clause of the contract.
  const gate = ctx.contract.kpis.find((k) => k.name.toLowerCase() === name)!;
  // An aggregated gate KPI read on one month before its period closes is that month's: excluded, it measured
  // nothing (its value, kept as evidence, judges nothing), as an excluded month of a monthly gate.
  const excluded =
    gate.aggregation !== undefined && gateReading(ctx.contract, gate, ctx.months, month).kind === 'month'
      ? exclusionReason(ctx.actuals, gate.name, month)
      : undefined;
  if (excluded !== undefined)
    return { gate, judged: false, why: conditionTexts(ctx.contract.language).excluded(month, excluded) };
  const condition = clauseCondition(ctx, gate, month);
  if ('problem' in condition) return condition;
  if (!condition.evaluated) return { gate, judged: false, why: condition.why };
  const found = gateValue(ctx, owner, gate, month);
  if ('problem' in found) return found;
  const { value, shown } = found;
  return { gate, judged: true, held: meets(value, gateLevel, gate.direction, comparison), value, shown };
}

/** How the gate KPI's value stood to its level, as the explanation prints it: a sign, or words when strict. */
export function gateRelation(
  ctx: InvoiceContext,
  held: boolean,
  gate: KpiClause,
  comparison: Comparison | undefined,
): string {
  return comparison === 'exceeds'
    ? ctx.texts.strictRelation(held, gate.direction)
    : relation(held, gate.direction);
}

/** The value the gate KPI's clause is judged on for the invoice closing on `month`, as printed. */
function gateValue(
  ctx: InvoiceContext,
  owner: string,
  gate: KpiClause,
  month: Period,
): { readonly value: Dec; readonly shown: string } | { readonly problem: string } {
  const reading = gateReading(ctx.contract, gate, ctx.months, month);
  if (reading.kind === 'month') {
    const value = kpiValue(ctx.actuals, gate.name, month);
    if (value === undefined) return { problem: ctx.missing({ kind: 'kpi', name: gate.name, month }) };
    return { value, shown: ctx.value(value, gate.unit) };
  }
  if (reading.kind === 'none')
    return { problem: ctx.texts.periodTerms.gateNoPeriodValue(owner, gate.name, windowName(ctx.months)) };
  const period = kpiPeriodValue(ctx, gate, month);
  if ('problem' in period) return period;
  const shown = ctx.texts.periodTerms.gateAggregated(
    reading.aggregation,
    reading.window,
    ctx.value(period.actual, gate.unit),
  );
  return { value: period.actual, shown };
}

/**
 * The clause's outcome under its gate, or the problem that stops it (the gate KPI has no value). A clause
 * evaluated each month (`aggregate`) is its months' amounts: a failed gate withholds the months that pay
 * and leaves the months' maluses, as it would on each month's own line, never the net of the two.
 */
export function gated(
  ctx: InvoiceContext,
  clause: KpiClause,
  month: Period,
  result: ClauseOutcome,
  aggregate?: Aggregate,
): ClauseOutcome | { readonly problem: string } {
  if (clause.gateKpi === undefined || clause.gateLevel === undefined) return result;
  const judgement = judgeGate(
    ctx,
    clause.name,
    clause.gateKpi,
    clause.gateLevel,
    clause.gateComparison,
    month,
  );
  if ('problem' in judgement) return judgement;
  const t = ctx.texts;
  const c = conditionTexts(ctx.contract.language);
  if (!judgement.judged && clause.gateNotEvaluated !== 'withhold') {
    return {
      ...result,
      line: {
        ...result.line,
        explanation: `${result.line.explanation}${c.gateNotJudged(judgement.gate.name, judgement.why)}`,
      },
      outcome: `${result.outcome}${c.outcomeGateNotJudged}`,
    };
  }
  const held = judgement.judged && judgement.held;
  const parts =
    aggregate?.kind === 'each-month'
      ? aggregate.months.flatMap((m) => (m.amount === undefined ? [] : [m.amount]))
      : [result.line.amount];
  const paying = decSum(parts.filter((a) => a.gt(ZERO)));
  // A line of 0 under a failed gate says so (`€0.00 not paid`); one with a malus only, that it applies.
  const withheld = !held && (paying.gt(ZERO) || result.line.amount.isZero());
  const amount: Dec = withheld ? result.line.amount.minus(paying) : result.line.amount;
  const notPaid = withheld ? ctx.money(paying) : null;
  const gateText = judgement.judged
    ? t.explainGate(
        judgement.gate.name,
        judgement.shown,
        gateRelation(ctx, held, judgement.gate, clause.gateComparison),
        ctx.value(clause.gateLevel, judgement.gate.unit),
        held,
        notPaid,
        ctx.money(amount),
      )
    : c.clauseGateWithheld(judgement.gate.name, judgement.why, notPaid, ctx.money(amount));
  const outcome = !judgement.judged ? c.outcomeGateWithheld : held ? t.outcomeGateHeld : t.outcomeGateFailed;
  return {
    ...result,
    line: { ...result.line, amount, explanation: `${result.line.explanation}${gateText}` },
    outcome: `${result.outcome}${outcome}`,
    ...(withheld && result.rateShare !== undefined ? { rateShare: ZERO } : {}),
  };
}
