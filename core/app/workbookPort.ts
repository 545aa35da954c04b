import type { Grid } from '../contract/sheet/cells';
import type { SheetPlan } from '../layout/sheetPlan';
import type { MaybePromise } from './maybePromise';

/**
 * What the task pane's actions need from a workbook, implemented once per host with batched calls (one
 * Excel.run, a constant number of SpreadsheetApp calls). Sheets' port is synchronous, Excel's asynchronous.
 */
export interface WorkbookPort {
  /** Names of every sheet, in workbook order. */
  sheetNames(): MaybePromise<readonly string[]>;
  /** A sheet's values from A1 (blanks as `""` or `null`), or `null` when no sheet has that name. */
  readSheet(name: string): MaybePromise<Grid | null>;
  /**
   * Paints plans as new sheets, each under a unique name; all of them or none (a failure removes what was
   * half-built and rejects/throws with a message naming the sheet). Returns the names used, in order.
   */
  paint(plans: readonly SheetPlan[]): MaybePromise<readonly string[]>;
  /** Activates the sheet and selects the cell. */
  select(sheet: string, address: string): MaybePromise<void>;
}
