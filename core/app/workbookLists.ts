/**
 * Every sheet list of the task pane from one read of the workbook's sheets (and one of the first rows of
 * its untagged ones): the pane fills all its lists at once (after each sheet it paints, and when a list
 * gets focus), where a read per list would cost a `google.script.run` round trip each in Google Sheets.
 */
import { contractPairs } from './contractPair';
import { ISSUED_TOP, issuedSheets } from './controlCorrectSheets';
import { andThen, type MaybePromise } from './maybePromise';
import type { WorkbookPort, WorkbookSheets } from './workbookPort';

/** The sheets the pane's lists offer. */
export interface WorkbookLists {
  /** Sheets that belong to no contract (a supplier's invoice, an invoice, a Scenarios sheet), in order. */
  readonly sheets: readonly string[];
  /** The Contract sheet of every contract, in workbook order. */
  readonly contracts: readonly string[];
  /** The invoice and correction note sheets the add-in wrote (`issuedSheets`), for Correct an invoice. */
  readonly invoices: readonly string[];
}

/** The lists that the sheets' names and tags give, without reading any sheet. */
export function sheetLists({ sheets }: WorkbookSheets): Omit<WorkbookLists, 'invoices'> {
  const pairs = contractPairs(sheets);
  // A copy carrying a contract's tag is that contract's (refused until one is deleted), never a sheet to pick.
  const own = new Set(
    pairs.flatMap((pair) => [pair.contract, pair.actuals, pair.twins?.first, pair.twins?.second]),
  );
  return {
    sheets: sheets.map((sheet) => sheet.name).filter((name) => !own.has(name)),
    contracts: pairs.map((pair) => pair.contract),
  };
}

export function workbookLists(port: WorkbookPort): MaybePromise<WorkbookLists> {
  return andThen(port.sheets(ISSUED_TOP), (workbook) =>
    andThen(issuedSheets(port, workbook.sheets), (issued) => ({
      ...sheetLists(workbook),
      invoices: issued.map((sheet) => sheet.name),
    })),
  );
}
