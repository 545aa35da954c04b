/**
 * What Google Sheets hands a custom function for a reference in its formula, after Google's guide
 * (Custom Functions in Google Sheets, "Arguments" and "Data types"): a single cell arrives as its value,
 * several as the two-dimensional array of their values. The values are those `getValues` gives: a blank
 * as `""`, a date cell as a `Date` (of the script's realm), a percentage as its fraction, and a cell
 * holding an error as its code in text (`"#N/A"`, `"#DIV/0!"`), which Google does not document; an
 * open-ended reference (`A2:A`) reaches the sheet's last row, its empty rows included. Each of these is
 * listed in HOST_ASSUMPTIONS (core/app/diagnostics.ts).
 */
import type { CellValue } from './cellValues';
import type { FakeRange } from './range';

/** The argument a custom function receives for `=FN(<range>)`. */
export function customFunctionArgument(range: FakeRange): CellValue | CellValue[][] {
  const values = range.getValues();
  const only = values.length === 1 && values[0]!.length === 1;
  return only ? values[0]![0]! : values;
}

/**
 * Where a custom function's result, returned to the formula in `anchor`, would spill, after Google's rule
 * for array results: it covers as many rows and columns as the result has from the formula's cell, and a
 * non-empty cell anywhere in that area but the formula's own blocks the whole result (`#REF!`, "Array
 * result was not expanded because it would overwrite data in B10"). Gives that cell, or null when the
 * result expands. A result beyond the sheet's last row or column is blocked too (Sheets adds no rows).
 */
export function spillBlockedAt(anchor: FakeRange, result: unknown): string | null {
  if (!Array.isArray(result)) return null;
  const sheet = anchor.getSheet();
  const rows = result.length;
  const columns = (result[0] as unknown[] | undefined)?.length ?? 0;
  const top = anchor.getRow();
  const left = anchor.getColumn();
  if (top + rows - 1 > sheet.getMaxRows() || left + columns - 1 > sheet.getMaxColumns()) {
    return 'beyond the sheet';
  }
  const area = sheet.getRange(top, left, rows, columns);
  const values = area.getValues();
  const formulas = area.getFormulas();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      if (r === 0 && c === 0) continue;
      if (values[r]![c] !== '' || formulas[r]![c] !== '') {
        return sheet.getRange(top + r, left + c).getA1Notation();
      }
    }
  }
  return null;
}
