/**
 * The seam between the task pane UI and the host that performs its actions. The UI is written once; the
 * Excel glue implements this with Office.js and the Sheets glue over `google.script.run`. Everything that
 * crosses it is plain JSON (dates as ISO strings) because `google.script.run` cannot carry anything else.
 *
 * Failures: every method rejects with an `Error` whose `message` is written for the user (already in the
 * language that was asked for); the UI shows it as is.
 */
import type {
  CorrectionResult,
  RangeResult,
  ReconcileOptions,
  ReconcileResult,
  ReviewResult,
} from './controlActions';

import type { ModelBridge } from './modelBridge';
import type { DiagnosticsResult } from './diagnostics';

export type {
  CorrectionResult,
  RangeResult,
  ReconcileOptions,
  ReconcileResult,
  ReviewResult,
} from './controlActions';
export type {
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

/** Actions the task pane asks its host to perform; the Model section's are in `ModelBridge`. */
export interface Bridge extends ModelBridge {
  /** Templates offered by "New contract", titles and descriptions in `lang`. */
  listTemplates(lang: Lang): Promise<TemplateInfo[]>;
  /** Creates the Contract and Actuals sheets from a template id, or empty ones for `EMPTY_TEMPLATE`. */
  newContract(templateId: string, lang: Lang): Promise<NewContractResult>;
  /** The Contract sheet of every contract in the workbook, in workbook order. */
  listContracts(): Promise<readonly string[]>;
  /**
   * Reads and validates a contract's tables; messages in `lang`. `contract` is the Contract sheet the user
   * picked; without it, the contract of the active sheet, else the workbook's only one.
   */
  checkContract(lang: Lang, contract?: string): Promise<CheckResult>;
  /** Activates `sheet` and selects `address` in it. */
  selectCell(sheet: string, address: string): Promise<void>;
  /** The address of the range the user has selected, its sheet named (`'Supplier invoice'!B3:F20`). */
  selectedRange(): Promise<string>;
  /** Computes the invoice of a contract (chosen as by `checkContract`) for `period`, on a new sheet. */
  generateInvoice(period: string, lang: Lang, contract?: string): Promise<InvoiceResult>;
  /** Sheets that may hold a supplier's invoice: every sheet but the contracts' own. */
  listSheets(): Promise<readonly string[]>;
  /**
   * Reconciles the supplier's invoice on `supplierSheet` (or in `options.range`, with the mapping and
   * tolerance of `options`) with the invoice of `period`, on a new sheet.
   */
  reconcileInvoice(
    supplierSheet: string,
    period: string,
    lang: Lang,
    contract?: string,
    options?: ReconcileOptions,
  ): Promise<ReconcileResult>;
  /** The Performance sheet of the invoices from `from` to `to`. */
  reviewPerformance(from: string, to: string, lang: Lang, contract?: string): Promise<ReviewResult>;
  /** The credit or debit note of the invoice on `invoiceSheet`, recomputed with today's actuals. */
  correctInvoice(invoiceSheet: string, lang: Lang, contract?: string): Promise<CorrectionResult>;
  /** The invoices of every period from `from` to `to`, after a Summary sheet; all of them or none. */
  invoiceRange(from: string, to: string, lang: Lang, contract?: string): Promise<RangeResult>;
  /** The self-test of the host's behaviours on a temporary sheet; report in `lang`. */
  runDiagnostics(lang: Lang): Promise<DiagnosticsResult>;
  /** The host's display language, narrowed to one the add-in speaks. */
  hostLanguage(): Promise<Lang>;
}
