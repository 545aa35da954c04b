/**
 * A clause not evaluated (an excluded month, a sample short of its minimum) is neutral: no bonus, no malus,
 * no credit, and a fee model pays what the contract states for that case (`neutralFee`, 0 when absent).
 * Its line is still printed, with the reason, so the invoice says why the clause gave nothing.
 */
import { exclusionReason, kpiValue } from '../../contract/actuals';
import type { KpiClause, Period } from '../../contract/types';
import { conditionTexts } from '../../i18n/conditions';
import { ZERO } from '../../money';
import type { ClauseOutcome } from '../clauses';
import type { InvoiceContext } from '../context';
import { gated } from '../gate';
import type { InvoiceLine, KpiEvidence } from '../types';
import { clauseCondition } from './evaluation';

/** The neutral line of a clause not evaluated in `month`, and its evidence. */
export interface NeutralClause {
  readonly line: InvoiceLine;
  readonly evidence: KpiEvidence;
}

const LINE_KINDS: Readonly<Record<KpiClause['model'], InvoiceLine['kind']>> = {
  threshold: 'kpi-fee',
  'kpi-score': 'kpi-fee',
  'achievement-share': 'kpi-fee',
  'bonus-malus': 'kpi-adjustment',
  'rate-adjustment': 'kpi-adjustment',
  'gain-share': 'kpi-adjustment',
  'sla-credit': 'sla-credit',
};

/**
 * `undefined` when the clause is evaluated in `month`; else its neutral line (a neutral fee under a gate
 * is gated like any fee), or the problem that stops the invoice.
 */
export function neutralClause(
  ctx: InvoiceContext,
  clause: KpiClause,
  month: Period,
): NeutralClause | { readonly problem: string } | undefined {
  const condition = clauseCondition(ctx, clause, month);
  if ('problem' in condition) return condition;
  if (condition.evaluated) return undefined;
  const t = conditionTexts(ctx.contract.language);
  const amount = ctx.round(clause.neutralFee ?? ZERO);
  const kind = clause.model === 'sla-credit' ? 'credit' : clause.neutralFee === undefined ? 'none' : 'fee';
  // A fee clause without a neutral fee pays no fee: it has no bonus or malus to speak of.
  const gives =
    kind === 'none' && LINE_KINDS[clause.model] === 'kpi-fee'
      ? t.neutralNoFee(ctx.money(amount))
      : t.neutral(kind, ctx.money(amount));
  const outcome: ClauseOutcome = {
    line: {
      kind: LINE_KINDS[clause.model],
      label: clause.name,
      kpi: clause.name,
      amount,
      explanation: `${t.notEvaluated(clause.name, condition.why)}${gives}`,
    },
    outcome: t.outcomeNotEvaluated(condition.why),
    status: 'neutral',
  };
  const result = gated(ctx, clause, month, outcome);
  if ('problem' in result) return result;
  const line = clause.activeMonths
    ? {
        ...result.line,
        explanation: `${result.line.explanation}${ctx.texts.explainActive(clause.activeMonths)}`,
      }
    : result.line;
  // An excluded month may have no value at all: its evidence row still names the month and the reason.
  // An aggregated clause not evaluated formed no value of its period: its closing month's is not one.
  const actual = clause.aggregation === undefined ? kpiValue(ctx.actuals, clause.name, month) : undefined;
  // An aggregated clause leaves excluded months out of its value: one is never its reason.
  const excluded =
    clause.aggregation === undefined ? exclusionReason(ctx.actuals, clause.name, month) : undefined;
  const evidence: KpiEvidence = {
    clause,
    month,
    ...(actual === undefined ? {} : { actual }),
    outcome: result.outcome,
    status: 'neutral',
    amount: line.amount,
    notEvaluated: condition.why,
    ...(excluded === undefined ? {} : { excluded }),
  };
  return { line, evidence };
}
