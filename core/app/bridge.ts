/**
 * The seam between the task pane UI and the host that performs its actions. The UI is written once; the
 * Excel glue implements this with Office.js and the Sheets glue over `google.script.run`. Everything that
 * crosses it is plain JSON (dates as ISO strings) because `google.script.run` cannot carry anything else.
 *
 * Failures: every method rejects with an `Error` whose `message` is written for the user (already in the
 * language that was asked for); the UI shows it as is.
 */
import type { WorkbookActions } from './actions';
import type { ModelActions } from './modelActions';
import type { Promised } from './promised';

export type {
  CorrectionResult,
  RangeResult,
  ReconcileOptions,
  ReconcileResult,
  ReviewResult,
} from './controlActions';
export type {
  CompareBasis,
  CurveRequest,
  ExposureSummary,
  ForecastRequest,
  ModelBase,
  ModelSheetResult,
  ScenariosResult,
} from './modelActions';
export type { DiagnosticCheck, DiagnosticsResult } from './diagnostics';

/** A language of the user interface and of the documents the add-in writes. */
export type Lang = 'en' | 'fr';

/** Languages the task pane offers, in the order it lists them. */
export const LANGS: readonly Lang[] = ['en', 'fr'];

/** The template id that starts a contract with empty tables. */
export const EMPTY_TEMPLATE = 'empty';

/** A contract template the user can start from. */
export interface TemplateInfo {
  readonly id: string;
  readonly title: string;
  readonly description: string;
}

/** What `newContract` created. */
export interface NewContractResult {
  /** Names of the sheets that were created, as the host named them (they may carry a ` (2)` suffix). */
  readonly sheets: readonly string[];
  readonly message: string;
}

/** One problem found in the contract, addressed to the cell that holds it. */
export interface ContractIssue {
  readonly sheet: string;
  /** A1 address of the cell, without the sheet: `H7`. */
  readonly address: string;
  /** Header of the table column the cell belongs to (`Target`); empty when the cell is outside a table. */
  readonly column: string;
  readonly message: string;
}

/** What `checkContract` found. */
export interface CheckResult {
  readonly ok: boolean;
  /** The sheets the check read. */
  readonly contractSheet: string;
  readonly actualsSheet: string;
  /** The Contract sheet of every contract in the workbook, for the pane's contract list. */
  readonly contracts: readonly string[];
  readonly errors: readonly ContractIssue[];
  /** Periods the contract can be invoiced for (`2026-10`), oldest first; may be empty. */
  readonly periods: readonly string[];
  /** Months in each of `periods` (1, 3, 6 or 12), so the pane can name a quarter `Q2 2026`; absent: 1. */
  readonly periodMonths?: number;
}

/** What `generateInvoice` created. */
export interface InvoiceResult {
  /** Name of the new invoice sheet. */
  readonly sheet: string;
  /** Total including VAT, formatted as every pane message formats money (`€136,788.00`, `136 788,00 €`). */
  readonly total: string;
  /** ISO 4217 code: `EUR`. */
  readonly currency: string;
  /** Number of invoice lines. */
  readonly lines: number;
  /** The sheets the invoice was computed from. */
  readonly contractSheet: string;
  readonly actualsSheet: string;
  readonly message: string;
}

/**
 * The actions as the task pane calls them: every action of `WorkbookActions` (declared there, once) as a
 * promise, and the host's language.
 */
export interface Bridge extends Promised<WorkbookActions> {
  /** The host's display language, narrowed to one the add-in speaks. */
  hostLanguage(): Promise<Lang>;
}

/** The Model section's part of the bridge. */
export type ModelBridge = Promised<ModelActions>;
