import type { Contract, KpiClause, Language, Parties, Period } from '../contract/types';
import type { InvoiceSeal } from '../control/fingerprint';
import type { Dec } from '../money';
import type { Aggregate } from './aggregation/periodValue';

/** What a line is, for layout (grouping, styles) and for caps (which lines are bonuses or maluses). */
export type LineKind =
  | 'fixed'
  | 'hourly'
  | 'volume'
  | 'minimum'
  | 'kpi-fee'
  | 'kpi-adjustment'
  | 'bonus-cap'
  | 'malus-cap'
  | 'sla-credit'
  | 'sla-cap'
  | 'earnback'
  | 'vat';

/** One printed line: its amount is rounded once, to the currency's minor unit, and explained. */
export interface InvoiceLine {
  readonly kind: LineKind;
  readonly label: string;
  /** The KPI clause behind the line, if any. */
  readonly kpi?: string;
  readonly quantity?: Dec;
  readonly unit?: string;
  readonly unitPrice?: Dec;
  readonly amount: Dec;
  /** Why the line has this amount, in the contract's language. */
  readonly explanation: string;
}

/** The facts behind a KPI line, printed beside the lines. */
/** How a KPI did against its level, as the model judged it (the review counts misses from it). */
export type KpiStatus = 'met' | 'missed' | 'neutral';

export interface KpiEvidence {
  readonly clause: KpiClause;
  /** The month whose value was evaluated (the month closing the KPI's evaluation period). */
  readonly month: Period;
  /** The value evaluated; absent only when the month is excluded and no value was entered. */
  readonly actual?: Dec;
  /** Score, achievement or outcome in words: `score 0.5`, `met`, `missed`. */
  readonly outcome: string;
  /** The outcome as data: absent for scored outcomes (`score 0.5`), which meet no single level. */
  readonly status?: KpiStatus;
  readonly amount: Dec;
  /** How an aggregated value was formed from the months of its period (`aggregation/periodValue.ts`). */
  readonly aggregate?: Aggregate;
  /** Why the clause was not evaluated (an excluded month, a sample short of its minimum): it is neutral. */
  readonly notEvaluated?: string;
  /** The reason the actuals give for excluding the month. */
  readonly excluded?: string;
  /** A rate-adjustment clause evaluated once: the fraction of the hourly pay it applied (`ClauseOutcome`). */
  readonly rateShare?: Dec;
}

export interface Invoice {
  /** `BPO-2026-10`, `BPO-2026-Q2`: the contract id and the invoiced period's name (`invoicePeriodName`). */
  readonly number: string;
  /** `YYYY-MM-DD`: the last day of the invoiced period unless given. */
  readonly issueDate: string;
  /** First month of the invoiced period. */
  readonly period: Period;
  /** Every month invoiced (one for monthly invoicing, three for quarterly…). */
  readonly months: readonly Period[];
  readonly contract: Pick<Contract, 'id' | 'name' | 'currency' | 'vatRate' | 'rounding' | 'vatNote'> & {
    readonly parties: Parties;
    readonly language: Language;
  };
  /** Fee, KPI, cap, credit and earnback lines, in printing order; VAT is not among them. */
  readonly lines: readonly InvoiceLine[];
  readonly evidence: readonly KpiEvidence[];
  /** Σ lines: excluding VAT. */
  readonly subtotal: Dec;
  readonly vat: InvoiceLine;
  /** subtotal + VAT. */
  readonly total: Dec;
  /** Fingerprint of the inputs (contract terms, actuals used, engine version) and the contract's version. */
  readonly seal: InvoiceSeal;
}

/** An invoice, or every reason it cannot be built (missing actuals, period outside the contract…). */
export type InvoiceResult =
  | { readonly ok: true; readonly invoice: Invoice }
  | { readonly ok: false; readonly problems: readonly string[] };
