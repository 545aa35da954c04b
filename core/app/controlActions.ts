/**
 * The task pane's buyer-side control actions (issue 13), written once over a `WorkbookPort` like the
 * other actions: the invoices of a range of periods with their Summary; the reconciliation of a supplier's
 * invoice, the performance review of a range and the correction of an invoice sheet, each in its own
 * `control*.ts` file. Every sheet they read is only read.
 */
import { localToday } from '../calendar';
import { periodsInRange } from '../control/batch';
import { sectionTexts } from '../i18n/sections';
import { invoiceSheetPlan } from '../layout/invoiceSheet';
import { summarySheetPlan } from '../layout/summarySheet';
import { ActionError, invoiceOf, readWorkbook, usableInputs } from './actions';
import type { Lang } from './bridge';
import { sheetLists } from './workbookLists';
import { correctInvoice, type CorrectionResult } from './controlCorrect';
import { invoiceTag } from './controlCorrectSheets';
import { reconcileSupplierInvoice, type ReconcileOptions, type ReconcileResult } from './controlReconcile';
import { reviewPerformance, type ReviewResult } from './controlReview';
import { andThen, type MaybePromise } from './maybePromise';
import type { WorkbookPort } from './workbookPort';

export type { CorrectionResult } from './controlCorrect';
export type { ReconcileOptions, ReconcileResult } from './controlReconcile';
export type { ReviewResult } from './controlReview';

/** What `invoiceRange` wrote. */
export interface RangeResult {
  /** The Summary sheet, then one invoice sheet per period, oldest first. */
  readonly sheets: readonly string[];
  readonly message: string;
}

export interface ControlActions {
  /**
   * The invoice of every period from `from` to `to` (whole invoicing periods) on new sheets, after a
   * Summary sheet of SUM formulas; all of them or none.
   */
  invoiceRange(from: string, to: string, lang: Lang, contract?: string): MaybePromise<RangeResult>;
  /** Sheets that may hold a supplier's invoice: every sheet but the contracts' own, in workbook order. */
  listSheets(): MaybePromise<readonly string[]>;
  /**
   * Reconciles the supplier's invoice on `supplierSheet` (or in `options.range`) with the invoice of
   * `period` of the contract (chosen as `checkContract` chooses it), on a new Reconciliation sheet.
   */
  reconcileInvoice(
    supplierSheet: string,
    period: string,
    lang: Lang,
    contract?: string,
    options?: ReconcileOptions,
  ): MaybePromise<ReconcileResult>;
  /** The Performance sheet of the invoices from `from` to `to`. */
  reviewPerformance(from: string, to: string, lang: Lang, contract?: string): MaybePromise<ReviewResult>;
  /** The credit or debit note of the invoice on `invoiceSheet`, recomputed with today's actuals. */
  correctInvoice(invoiceSheet: string, lang: Lang, contract?: string): MaybePromise<CorrectionResult>;
}

/** `today` gives a correction note's issue date, the user's local day by default. */
export function controlActions(port: WorkbookPort, today: () => string = localToday): ControlActions {
  return {
    reviewPerformance: (from, to, lang, contract) => reviewPerformance(port, from, to, lang, contract),
    correctInvoice: (invoiceSheet, lang, contract) =>
      correctInvoice(port, invoiceSheet, lang, contract, today),

    invoiceRange: (from, to, lang, contract) =>
      andThen(readWorkbook(port, lang, contract), (read) => {
        const t = sectionTexts(lang);
        const range = periodsInRange(usableInputs(read, lang).contract, from, to, lang);
        if (!range.ok) throw new ActionError(t.rangeProblem(range.problem));
        // Every invoice is built before anything is painted: one that cannot be leaves the workbook as it was.
        const invoices = range.periods.map((period) => invoiceOf(read, period, lang));
        const requests = [
          { plan: summarySheetPlan(invoices) },
          ...invoices.map((invoice) => ({ plan: invoiceSheetPlan(invoice), tag: invoiceTag(invoice) })),
        ];
        return andThen(port.paint(requests), (sheets) => ({
          sheets: [...sheets],
          message: t.rangeInvoiced(invoices.length, sheets[0]!),
        }));
      }),

    listSheets: () => andThen(port.sheets(), (workbook) => sheetLists(workbook).sheets),

    reconcileInvoice: (supplierSheet, period, lang, contract, options = {}) =>
      reconcileSupplierInvoice(port, supplierSheet, period, lang, contract, options),
  };
}
