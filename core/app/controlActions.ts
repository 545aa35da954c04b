/**
 * The task pane's buyer-side control actions (issue 13), written once over a `WorkbookPort` like the
 * other actions: a supplier's invoice held on a sheet of the workbook, reconciled with the invoice the
 * contract gives, onto a new Reconciliation sheet; the invoices of a range of periods with their Summary.
 * The supplier's sheet and the contract are only read.
 */
import { periodsInRange } from '../control/batch';
import { reconcile } from '../control/reconcile';
import { readSupplierInvoice } from '../control/supplierInvoice';
import { sectionTexts } from '../i18n/sections';
import { invoiceSheetPlan } from '../layout/invoiceSheet';
import { reconciliationSheetPlan } from '../layout/reconciliationSheet';
import { summarySheetPlan } from '../layout/summarySheet';
import { ActionError, invoiceOf, readWorkbook, usableInputs } from './actions';
import type { Lang } from './bridge';
import { contractPairs } from './contractPair';
import { andThen, type MaybePromise } from './maybePromise';
import type { WorkbookPort } from './workbookPort';

/** What `reconcileInvoice` wrote. */
export interface ReconcileResult {
  /** Name of the new Reconciliation sheet. */
  readonly sheet: string;
  /** Lines and totals that differ. */
  readonly differences: number;
  /** What the pane tells the user, in the pane's language. */
  readonly message: string;
  /** The dispute notes as one message to the supplier (in the contract's language), empty when all match. */
  readonly notes: string;
}

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
   * Reconciles the supplier's invoice on `supplierSheet` with the invoice of `period` of the contract
   * (chosen as `checkContract` chooses it), on a new Reconciliation sheet.
   */
  reconcileInvoice(
    supplierSheet: string,
    period: string,
    lang: Lang,
    contract?: string,
  ): MaybePromise<ReconcileResult>;
}

export function controlActions(port: WorkbookPort): ControlActions {
  return {
    invoiceRange: (from, to, lang, contract) =>
      andThen(readWorkbook(port, lang, contract), (read) => {
        const t = sectionTexts(lang);
        const range = periodsInRange(usableInputs(read, lang).contract, from, to);
        if (!range.ok) throw new ActionError(t.rangeProblem(range.problem));
        // Every invoice is built before anything is painted: one that cannot be leaves the workbook as it was.
        const invoices = range.periods.map((period) => invoiceOf(read, period, lang));
        const plans = [summarySheetPlan(invoices), ...invoices.map((invoice) => invoiceSheetPlan(invoice))];
        return andThen(port.paint(plans.map((plan) => ({ plan }))), (sheets) => ({
          sheets: [...sheets],
          message: t.rangeInvoiced(invoices.length, sheets[0]!),
        }));
      }),

    listSheets: () =>
      andThen(port.sheets(), ({ sheets }) => {
        const own = new Set(contractPairs(sheets).flatMap((pair) => [pair.contract, pair.actuals]));
        return sheets.map((sheet) => sheet.name).filter((name) => !own.has(name));
      }),

    reconcileInvoice: (supplierSheet, period, lang, contract) => {
      const t = sectionTexts(lang);
      if (supplierSheet === '') throw new ActionError(t.supplierSheetMissing);
      return andThen(readWorkbook(port, lang, contract), (read) => {
        if (supplierSheet === read.contractSheet || supplierSheet === read.actualsSheet)
          throw new ActionError(t.supplierIsContract);
        const invoice = invoiceOf(read, period, lang);
        return andThen(port.readSheets([supplierSheet]), ([grid]) => {
          if (!grid) throw new ActionError(t.noSuchSheet(supplierSheet));
          const supplier = readSupplierInvoice(grid, { sheet: supplierSheet, lang });
          if (!supplier.ok)
            throw new ActionError(t.supplierProblems(supplier.issues.length, supplier.issues[0]!.message));
          const result = reconcile(invoice, supplier.value);
          if (!result.ok)
            throw new ActionError(t.supplierProblems(result.issues.length, result.issues[0]!.message));
          const reconciliation = result.value;
          return andThen(port.paint([{ plan: reconciliationSheetPlan(reconciliation) }]), ([sheet]) => ({
            sheet: sheet!,
            differences: reconciliation.differences,
            message: t.reconciled(sheet!, reconciliation.differences),
            notes: reconciliation.message,
          }));
        });
      });
    },
  };
}
