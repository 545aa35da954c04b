/**
 * Verify of a portfolio workbook's Portfolio sheet: the contracts and periods it lists are recomputed and
 * laid out again (`portfolioSheetPlan`), and the written sheet is compared with that plan cell by cell, as
 * a year's Summary is (`verifyPlanSheet`).
 */
import type { Language, Period } from '../contract/types';
import { batchLabels } from '../i18n/batch';
import type { Invoice } from '../invoice/types';
import { portfolioSheetPlan } from '../layout/portfolioSheet';
import type { SheetPlan } from '../layout/sheetPlan';
import { contractOfNumber, periodOfName, periodOfNumber, type WrittenSheet } from './verify';

const NAMES = [batchLabels('en').portfolioSheet, batchLabels('fr').portfolioSheet];

/** The Portfolio sheet of a workbook, in either language, if it has one. */
export function portfolioSheetOf(sheets: readonly WrittenSheet[]): WrittenSheet | undefined {
  return sheets.find((sheet) => NAMES.includes(sheet.name));
}

/** A contract and the first months of its invoices, oldest first. */
export interface ListedContract {
  readonly contract: string;
  readonly periods: readonly Period[];
}

/**
 * The contracts a written Portfolio sheet lists, in the order it lists them, each with its periods: a row's
 * contract is its Contract cell when that is one of `given`, else its invoice number's when that is, its
 * period its invoice number's (else its Period cell's), so one cell typed over still leaves the row
 * recomputed and the edit reported, not the row taken for another contract's.
 */
export function portfolioListing(sheet: WrittenSheet, given: ReadonlySet<string>): ListedContract[] {
  const listed = new Map<string, Set<Period>>();
  for (const row of sheet.values) {
    const [id, , periodCell, number] = row;
    const period =
      periodOfNumber(number) ?? (typeof periodCell === 'string' ? periodOfName(periodCell) : undefined);
    const cell = typeof id === 'string' && id.trim() !== '' ? id.trim() : undefined;
    const numbered = contractOfNumber(number);
    const contract =
      cell !== undefined && given.has(cell)
        ? cell
        : numbered !== undefined && given.has(numbered)
          ? numbered
          : (cell ?? numbered);
    if (period === undefined || contract === undefined) continue; // the title, header and total rows
    if (!listed.has(contract)) listed.set(contract, new Set());
    listed.get(contract)!.add(period);
  }
  return [...listed].map(([contract, periods]) => ({ contract, periods: [...periods].sort() }));
}

/**
 * The Portfolio sheet the recomputed invoices lay out, grouped by contract in `listing`'s order (the run's,
 * as written), in the language of its first contract as the run wrote it.
 */
export function recomputedPortfolio(
  listing: readonly ListedContract[],
  invoiceOf: (contract: string, period: Period) => Invoice,
): SheetPlan {
  const groups = listing.map(({ contract, periods }) => ({
    invoices: periods.map((period) => invoiceOf(contract, period)),
  }));
  const lang: Language = groups[0]?.invoices[0]?.contract.language ?? 'en';
  return portfolioSheetPlan(groups, lang);
}
