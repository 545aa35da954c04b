/**
 * What crosses `google.script.run` between the sidebar and Code.js: the thin server's functions, typed
 * once for both sides. The sidebar runs the task pane's actions itself (core/app/actions.ts, as Excel's
 * pane does) over a workbook port whose every method is one call here; the server only reads grids,
 * paints plans and selects cells, each in a constant number of Spreadsheet calls.
 *
 * `google.script.run` carries only JSON-like values (a `Date` would make the whole answer `null`), so
 * cells travel through `toWireCell` / `fromWireCell`.
 */
import type { Lang } from '../core/app/bridge';
import type { PaintRequest, WorkbookSheets } from '../core/app/workbookPort';
import type { CellValue } from '../core/contract/sheet/cells';

/** A cell as it crosses: a date becomes its instant in milliseconds, everything else is already JSON. */
export type WireCell = string | number | boolean | null | { readonly date: number };

/** A sheet's values as they cross, `null` for a sheet that does not exist. */
export type WireGrid = readonly (readonly WireCell[])[] | null;

/** The server functions the sidebar calls, by name. */
export interface SheetsServer {
  /** Every sheet with its tag, and the active one. */
  workbookSheets(): WorkbookSheets;
  /** The values of the named sheets from A1. */
  readSheets(names: readonly string[]): readonly WireGrid[];
  /** Paints the plans on new sheets (all or none) and returns the names used. */
  paintPlans(requests: readonly PaintRequest[]): readonly string[];
  /** Activates a sheet and selects a cell in it. */
  selectCell(sheet: string, address: string): void;
  /** The user's language, from their account's locale. */
  hostLanguage(): Lang;
}

/** A value `getValues()` handed over, ready to cross. */
export function toWireCell(value: unknown): WireCell {
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
    return { date: (value as Date).getTime() };
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return value === undefined || value === null ? null : String(value);
}

/** A cell back as the core reads it. */
export function fromWireCell(cell: WireCell): CellValue {
  return typeof cell === 'object' && cell !== null ? new Date(cell.date) : cell;
}
