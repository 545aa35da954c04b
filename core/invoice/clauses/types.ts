import type { KpiClause } from '../../contract/types';
import type { Dec } from '../../money';
import type { InvoiceContext } from '../context';
import type { InvoiceLine, KpiStatus } from '../types';

/** Amounts from earlier lines that some clauses are expressed in. */
export interface ClauseEnv {
  /** The printed hourly line (rate-adjustment clauses are a share of it); null without hourly terms. */
  readonly hourlyPay: Dec | null;
  /** Service-level at-risk amount, exact (12 % of the charges need not be whole cents); null without SLA terms. */
  readonly atRisk: Dec | null;
  /**
   * The at-risk amount as a credit line prints it: with where it comes from when it is a share of the
   * charges (`€3,900.00 (10% of fixed fees €39,000.00)`: a rebate counts in them, so 10 % of the fee alone
   * would not be it); null without SLA terms.
   */
  readonly atRiskText: string | null;
}

/** A KPI clause's line and the outcome shown in the KPI evidence. */
export interface ClauseOutcome {
  readonly line: InvoiceLine;
  readonly outcome: string;
  /**
   * Met, missed or neutral, where the model judges the value against a level. Absent for scored outcomes
   * (kpi-score, achievement-share, graded rates), which have no single level to meet.
   */
  readonly status?: KpiStatus;
  /**
   * Rate-adjustment clauses: the fraction of the hourly pay the line adds (negative: takes off), as it
   * applied (0 when a gate withheld it), so that the hourly line can name every adjustment of its rate.
   */
  readonly rateShare?: Dec;
}

/** Evaluates one clause on its actual value; may throw `ModelFault`, reported against the KPI. */
export type ClauseEvaluator<C extends KpiClause> = (
  ctx: InvoiceContext,
  clause: C,
  actual: Dec,
  env: ClauseEnv,
) => ClauseOutcome;
