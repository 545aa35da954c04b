/**
 * The pane's Reconcile (issue 13): the supplier's invoice, on a sheet of the workbook or in a range pasted
 * as an A1 address, matched through the line mapping kept on a sheet beside the contract, with the
 * tolerance the user typed, against the invoice the contract gives for the period; a new Reconciliation
 * sheet. The supplier's sheet, the mapping and the contract are only read, all in one call.
 */
import { readLineMapping, type LineMapping } from '../control/lineMapping';
import { parseRangeAddress, withinRange } from '../control/rangeAddress';
import { unmatchedMappingEntries } from '../control/mappingUse';
import { reconcile, type Reconciliation } from '../control/reconcile';
import { readSupplierInvoice } from '../control/supplierInvoice';
import { readTolerance } from '../control/toleranceText';
import { controlSectionTexts } from '../i18n/controlSections';
import { reconciliationTexts } from '../i18n/reconciliation';
import { sectionTexts } from '../i18n/sections';
import { reconciliationSheetPlan } from '../layout/reconciliationSheet';
import { ActionError, invoiceOf, readWorkbook } from './actions';
import type { Lang } from './bridge';
import { andThen, type MaybePromise } from './maybePromise';
import type { FormattedGrid, WorkbookPort } from './workbookPort';

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
  /**
   * The supplier's cells on rows hidden in their sheet (`Supplier!A9`), read as billed and named in the
   * message; empty where none is, or where the host's read cannot tell (the Sheets sidebar).
   */
  readonly hiddenRows: readonly string[];
}

/** How the pane's Reconcile reads the supplier's invoice; every field as the user typed or picked it. */
export interface ReconcileOptions {
  /** An A1 range holding the invoice (`B3:F20`, `'Other sheet'!B3:F20`); blank for the whole sheet. */
  readonly range?: string;
  /** The sheet holding the line mapping (`Supplier line`, `Contract line`); blank for none. */
  readonly mapping?: string;
  /** An amount ≥ 0 as typed (`0.00`, `0,01` in French); absent for 0. */
  readonly tolerance?: string;
}

/**
 * The sheets with their number formats, where the host reads them with the values (a percent-formatted
 * amount is then refused at its cell); values alone elsewhere, the formats unknown.
 */
function readWithFormats(
  port: WorkbookPort,
  names: readonly string[],
): MaybePromise<readonly (FormattedGrid | null)[]> {
  if (port.readFormattedSheets) return port.readFormattedSheets(names, { hiddenRows: true });
  return andThen(port.readSheets(names), (grids) =>
    grids.map((values) => values && { values, numberFormats: [] }),
  );
}

/** What the pane says of a reconciliation: the sheet written, then the hidden rows read as the CLI says them. */
function reconciledMessage(lang: Lang, sheet: string, reconciliation: Reconciliation): string {
  const { differences, hiddenRows } = reconciliation;
  const written = sectionTexts(lang).reconciled(sheet, differences);
  return hiddenRows.length === 0 ? written : `${written} ${reconciliationTexts(lang).hiddenRows(hiddenRows)}`;
}

/** Reconciles the supplier's invoice with the invoice of `period` of the contract chosen as `checkContract` chooses it. */
export function reconcileSupplierInvoice(
  port: WorkbookPort,
  supplierSheet: string,
  period: string,
  lang: Lang,
  contract: string | undefined,
  options: ReconcileOptions,
): MaybePromise<ReconcileResult> {
  const t = sectionTexts(lang);
  const c = controlSectionTexts(lang);
  const rangeText = options.range?.trim() ?? '';
  const range = rangeText === '' ? undefined : parseRangeAddress(rangeText);
  if (rangeText !== '' && range === undefined) throw new ActionError(c.badRange(rangeText));
  const sheet = range?.sheet ?? supplierSheet;
  if (sheet === '') throw new ActionError(rangeText === '' ? t.supplierSheetMissing : c.rangeOrSheetMissing);
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
    return andThen(readWithFormats(port, names), ([formatted, mappingSheetRead]) => {
      if (!formatted) throw new ActionError(t.noSuchSheet(sheet));
      const { values: grid, numberFormats, hiddenRows } = formatted;
      const mappingGrid = mappingSheetRead?.values;
      // A range is a table alone; a whole sheet may be named for its period, as a title block states one.
      const supplier = readSupplierInvoice(range ? withinRange(grid, range) : grid, {
        sheet,
        lang,
        numberFormats,
        sheetNamed: !range,
        hiddenRows,
      });
      if (!supplier.ok)
        throw new ActionError(t.supplierProblems(supplier.issues.length, supplier.issues[0]!.message));
      let mapping: LineMapping | undefined;
      if (mappingSheet !== '') {
        if (!mappingGrid) throw new ActionError(t.noSuchSheet(mappingSheet));
        const read = readLineMapping(mappingGrid, { sheet: mappingSheet, lang });
        if (!read.ok) throw new ActionError(c.mappingProblems(read.issues.length, read.issues[0]!.message));
        mapping = read.value;
      }
      const misspelt = mapping ? unmatchedMappingEntries(invoice, supplier.value, mapping) : [];
      if (misspelt.length > 0)
        throw new ActionError(c.mappingProblems(misspelt.length, misspelt[0]!.message));
      const result = reconcile(invoice, supplier.value, { mapping, tolerance: toleranceValue });
      if (!result.ok)
        throw new ActionError(t.supplierProblems(result.issues.length, result.issues[0]!.message));
      const reconciliation = result.value;
      return andThen(port.paint([{ plan: reconciliationSheetPlan(reconciliation) }]), ([written]) => ({
        sheet: written!,
        differences: reconciliation.differences,
        message: reconciledMessage(lang, written!, reconciliation),
        notes: reconciliation.message,
        hiddenRows: reconciliation.hiddenRows,
      }));
    });
  });
}
