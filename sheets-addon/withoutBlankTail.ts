/** A Sheets array result cut at its last filled row and column, so it spills no further than its data. */

/** One cell of a result: a number or a blank (Sheets has no error value to put in one). */
export type SheetsCell = number | '';

/**
 * `rows` without its trailing blank rows and columns, or one blank when nothing else is left. An
 * open-ended reference (`A2:A`) reaches the sheet's last row, whose empty rows give blanks: returned, they
 * would spill to the end of the sheet, where any cell holding something (a total under the data, a note)
 * turns the whole result into #REF!.
 */
export function withoutBlankTail(rows: SheetsCell[][]): SheetsCell | SheetsCell[][] {
  let height = rows.length;
  while (height > 0 && rows[height - 1]!.every((cell) => cell === '')) height--;
  if (height === 0) return '';
  const filled = (column: number): boolean => {
    for (let r = 0; r < height; r++) if (rows[r]![column] !== '') return true;
    return false;
  };
  let width = rows[0]!.length;
  while (!filled(width - 1)) width--;
  if (height === rows.length && width === rows[0]!.length) return rows;
  return rows.slice(0, height).map((row) => row.slice(0, width));
}
