/**
 * The supplier performance review: each KPI invoice by invoice, read from the invoices the engine built
 * (their KPI evidence: the month measured, the actual, the engine's outcome, the amount), never priced a
 * second time. What the review adds is a reading of those outcomes: met or missed, the misses per KPI, and
 * each period's weighted achievement with SCORECARD semantics (Σ score × weight ÷ Σ weight).
 */
import type { KpiClause, Period } from '../contract/types';
import { ModelFault } from '../errors';
import type { Aggregate } from '../invoice/aggregation/periodValue';
import type { Invoice, KpiEvidence, KpiStatus } from '../invoice/types';
import { achievement } from '../models/achievement';
import { scorecard } from '../models/scorecard';
import { ONE, ZERO, decMin, decSum, type Dec } from '../money';

export type { KpiStatus };

/** One KPI on one invoice. */
export interface ReviewRow {
  readonly kpi: KpiClause;
  readonly invoice: string;
  /** The month evaluated: the last of the window when the KPI is aggregated over several. */
  readonly month: Period;
  /** An aggregated KPI's window and aggregation: its actual is formed over those months, not `month`'s. */
  readonly aggregate?: Pick<Aggregate, 'kind' | 'window'>;
  /** Absent for a month excluded without a value: nothing was measured. */
  readonly actual?: Dec;
  /**
   * Why the clause was not evaluated (a month the parties excluded, a sample short of its minimum), as the
   * invoice says it: the row is neutral, and counts in neither the evaluations nor the achievement.
   */
  readonly notEvaluated?: string;
  /** The level the clause judges the actual against: its threshold for pass/fail fees and credits, else its target. */
  readonly level: Dec | undefined;
  /** The engine's outcome in the contract's words (`met`, `malus`, `score 0.5`). */
  readonly outcome: string;
  readonly status: KpiStatus;
  /** What the clause earned (positive) or cost (negative) on that invoice, as the evidence prints it. */
  readonly amount: Dec;
  /**
   * The KPI's score for the scorecard: 1 met or neutral, 0 missed; a score or achievement ratio, capped at 1.
   * Absent when the clause was not evaluated.
   */
  readonly score?: Dec;
}

/** The review over a range: rows by KPI then month, misses per KPI, weighted achievement per invoice. */
export interface Review {
  readonly rows: readonly ReviewRow[];
  readonly misses: readonly {
    readonly kpi: KpiClause;
    readonly evaluated: number;
    readonly missed: number;
  }[];
  readonly achievement: readonly { readonly invoice: string; readonly period: Period; readonly score: Dec }[];
  /**
   * What the invoices' own caps took back from the KPIs' amounts (or their earnbacks returned), by line kind,
   * over the range; only the kinds that moved an amount. A KPI's amount is its clause's before them.
   */
  readonly caps: readonly { readonly kind: CapKind; readonly amount: Dec }[];
}

/** The invoice lines that adjust the KPIs' amounts after each clause has priced its own. */
export type CapKind = 'bonus-cap' | 'malus-cap' | 'sla-cap' | 'earnback';
const CAP_KINDS: readonly CapKind[] = ['bonus-cap', 'malus-cap', 'sla-cap', 'earnback'];

/** The level a clause is judged against (see ReviewRow.level). */
export function appliedLevel(kpi: KpiClause): Dec | undefined {
  return kpi.model === 'threshold' || kpi.model === 'sla-credit'
    ? kpi.threshold
    : (kpi.target ?? kpi.threshold);
}

/**
 * Met, missed or neutral as the engine judged it (`KpiEvidence.status`), whatever words decorate the
 * outcome (a gate, an escalation, a ramp's level). Scored outcomes (kpi-score, achievement-share, graded
 * rates) are met when the actual reaches the target, by the core's ACHIEVEMENT ratio.
 */
function statusAndScore(evidence: KpiEvidence & { readonly actual: Dec }): { status: KpiStatus; score: Dec } {
  const { status } = evidence;
  if (status !== undefined) return { status, score: status === 'missed' ? ZERO : ONE };
  const { clause } = evidence;
  const target = clause.target ?? clause.threshold;
  if (target === undefined) return { status: 'missed', score: ZERO };
  try {
    const ratio = achievement(evidence.actual, target, clause.direction).ratio;
    return { status: ratio.gte(ONE) ? 'met' : 'missed', score: decMin(ratio, ONE) };
  } catch (error) {
    // A zero actual on a lower-is-better KPI has no ratio: the best value there is, so on target.
    if (error instanceof ModelFault) return { status: 'met', score: ONE };
    throw error;
  }
}

const hasActual = (e: KpiEvidence): e is KpiEvidence & { readonly actual: Dec } => e.actual !== undefined;

/**
 * A clause the invoice did not evaluate (an excluded month, a short sample) is neutral whatever value was
 * entered, and measured nothing: it is listed, but scored nowhere, so the review of a month excluded reads
 * the same whether its value was kept as evidence or not.
 */
function judged(evidence: KpiEvidence): { status: KpiStatus; score?: Dec } {
  if (evidence.notEvaluated !== undefined || !hasActual(evidence)) return { status: 'neutral' };
  return statusAndScore(evidence);
}

/** The review of `invoices` (one contract, oldest first). */
export function performanceReview(invoices: readonly Invoice[]): Review {
  const byKpi = new Map<string, ReviewRow[]>();
  const achievementRows: Review['achievement'][number][] = [];
  for (const invoice of invoices) {
    const entries: { score: Dec; weight: Dec }[] = [];
    for (const evidence of invoice.evidence) {
      const { status, score } = judged(evidence);
      const notEvaluated = evidence.notEvaluated ?? (hasActual(evidence) ? undefined : evidence.outcome);
      const row: ReviewRow = {
        kpi: evidence.clause,
        invoice: invoice.number,
        month: evidence.month,
        ...(evidence.aggregate
          ? { aggregate: { kind: evidence.aggregate.kind, window: evidence.aggregate.window } }
          : {}),
        ...(evidence.actual !== undefined ? { actual: evidence.actual } : {}),
        ...(notEvaluated !== undefined ? { notEvaluated } : {}),
        level: appliedLevel(evidence.clause),
        outcome: evidence.outcome,
        status,
        amount: evidence.amount,
        ...(score !== undefined ? { score } : {}),
      };
      byKpi.set(evidence.clause.name, [...(byKpi.get(evidence.clause.name) ?? []), row]);
      // Clauses without a weight count alike, as SCORECARD does with equal weights.
      if (score !== undefined) entries.push({ score, weight: evidence.clause.weight ?? ONE });
    }
    if (entries.length > 0)
      achievementRows.push({
        invoice: invoice.number,
        period: invoice.period,
        score: scorecard(entries).score,
      });
  }
  const rows = [...byKpi.values()].flat();
  const misses = [...byKpi.values()].map((kpiRows) => ({
    kpi: kpiRows[0].kpi,
    evaluated: kpiRows.filter((r) => r.notEvaluated === undefined).length,
    missed: kpiRows.filter((r) => r.status === 'missed').length,
  }));
  const lines = invoices.flatMap((invoice) => invoice.lines);
  const caps = CAP_KINDS.map((kind) => ({
    kind,
    amount: decSum(lines.filter((line) => line.kind === kind).map((line) => line.amount)),
  })).filter((cap) => !cap.amount.isZero());
  return { rows, misses, achievement: achievementRows, caps };
}
