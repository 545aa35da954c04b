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
