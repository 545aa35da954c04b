/**
 * Every sheet list of the task pane from one read of the workbook's sheets: the pane fills all its lists
 * at once (after each sheet it paints, and when a list gets focus), where a read per list would cost a
 * `google.script.run` round trip each in Google Sheets.
 */
import { contractPairs } from './contractPair';
import { andThen, type MaybePromise } from './maybePromise';
import type { WorkbookPort } from './workbookPort';

/** The sheets the pane's lists offer. */
export interface WorkbookLists {
  /** Sheets that belong to no contract (a supplier's invoice, an invoice, a Scenarios sheet), in order. */
  readonly sheets: readonly string[];
  /** The Contract sheet of every contract, in workbook order. */
  readonly contracts: readonly string[];
}

export function workbookLists(port: WorkbookPort): MaybePromise<WorkbookLists> {
  return andThen(port.sheets(), ({ sheets }) => {
    const pairs = contractPairs(sheets);
    const own = new Set(pairs.flatMap((pair) => [pair.contract, pair.actuals]));
    return {
      sheets: sheets.map((sheet) => sheet.name).filter((name) => !own.has(name)),
      contracts: pairs.map((pair) => pair.contract),
    };
  });
}
