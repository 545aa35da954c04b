/**
 * The task pane's buyer-side control actions (issue 13), written once over a `WorkbookPort` like the
 * other actions: a supplier's invoice held on a sheet of the workbook, reconciled with the invoice the
 * contract gives, onto a new Reconciliation sheet; the invoices of a range of periods with their Summary;
 * the performance review of a range; the correction of an invoice sheet. The supplier's sheet, the mapping
 * and the contract are only read.
 */
import { periodsInRange } from '../control/batch';
import { readLineMapping, type LineMapping } from '../control/lineMapping';
import { parseRangeAddress, withinRange } from '../control/rangeAddress';
import { reconcile } from '../control/reconcile';
import { readSupplierInvoice } from '../control/supplierInvoice';
import { readTolerance } from '../control/toleranceText';
import { controlSectionTexts } from '../i18n/controlSections';
import { sectionTexts } from '../i18n/sections';
import { invoiceSheetPlan } from '../layout/invoiceSheet';
import { reconciliationSheetPlan } from '../layout/reconciliationSheet';
import { summarySheetPlan } from '../layout/summarySheet';
import { ActionError, invoiceOf, readWorkbook, usableInputs } from './actions';
import type { Lang } from './bridge';
import { contractPairs } from './contractPair';
import { correctInvoice, type CorrectionResult } from './controlCorrect';
import { reviewPerformance, type ReviewResult } from './controlReview';
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

export type { CorrectionResult } from './controlCorrect';
export type { ReviewResult } from './controlReview';

/** How the pane's Reconcile reads the supplier's invoice; every field as the user typed or picked it. */
export interface ReconcileOptions {
  /** An A1 range holding the invoice (`B3:F20`, `'Other sheet'!B3:F20`); blank for the whole sheet. */
  readonly range?: string;
  /** The sheet holding the line mapping (`Supplier line`, `Contract line`); blank for none. */
  readonly mapping?: string;
  /** An amount ≥ 0 as typed (`0.00`, `0,01` in French); absent for 0. */
  readonly tolerance?: string;
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

/** Today as `YYYY-MM-DD` (UTC), the issue date of a correction note. */
const utcToday = (): string => new Date().toISOString().slice(0, 10);

export function controlActions(port: WorkbookPort, today: () => string = utcToday): ControlActions {
  return {
    reviewPerformance: (from, to, lang, contract) => reviewPerformance(port, from, to, lang, contract),
    correctInvoice: (invoiceSheet, lang, contract) =>
      correctInvoice(port, invoiceSheet, lang, contract, today),

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

    reconcileInvoice: (supplierSheet, period, lang, contract, options = {}) => {
      const t = sectionTexts(lang);
      const c = controlSectionTexts(lang);
      const rangeText = options.range?.trim() ?? '';
      const range = rangeText === '' ? undefined : parseRangeAddress(rangeText);
      if (rangeText !== '' && range === undefined) throw new ActionError(c.badRange(rangeText));
      const sheet = range?.sheet ?? supplierSheet;
      if (sheet === '')
        throw new ActionError(rangeText === '' ? t.supplierSheetMissing : c.rangeOrSheetMissing);
      const tolerance = options.tolerance === undefined ? '0' : options.tolerance;
      const toleranceValue = readTolerance(tolerance, lang);
      if (toleranceValue === undefined) throw new ActionError(c.badTolerance(tolerance));
      const mappingSheet = options.mapping ?? '';
      return andThen(readWorkbook(port, lang, contract), (read) => {
        const own = [read.contractSheet, read.actualsSheet];
        if (own.includes(sheet)) throw new ActionError(t.supplierIsContract);
        if (own.includes(mappingSheet)) throw new ActionError(c.mappingIsContract);
        const invoice = invoiceOf(read, period, lang);
        const names = mappingSheet === '' ? [sheet] : [sheet, mappingSheet];
        return andThen(port.readSheets(names), ([grid, mappingGrid]) => {
          if (!grid) throw new ActionError(t.noSuchSheet(sheet));
          const supplier = readSupplierInvoice(range ? withinRange(grid, range) : grid, { sheet, lang });
          if (!supplier.ok)
            throw new ActionError(t.supplierProblems(supplier.issues.length, supplier.issues[0]!.message));
          let mapping: LineMapping | undefined;
          if (mappingSheet !== '') {
            if (!mappingGrid) throw new ActionError(t.noSuchSheet(mappingSheet));
            const read = readLineMapping(mappingGrid, { sheet: mappingSheet, lang });
            if (!read.ok)
              throw new ActionError(c.mappingProblems(read.issues.length, read.issues[0]!.message));
            mapping = read.value;
          }
          const result = reconcile(invoice, supplier.value, { mapping, tolerance: toleranceValue });
          if (!result.ok)
            throw new ActionError(t.supplierProblems(result.issues.length, result.issues[0]!.message));
          const reconciliation = result.value;
          return andThen(port.paint([{ plan: reconciliationSheetPlan(reconciliation) }]), ([written]) => ({
            sheet: written!,
            differences: reconciliation.differences,
            message: t.reconciled(written!, reconciliation.differences),
            notes: reconciliation.message,
          }));
        });
      });
    },
  };
}
