import type { CellValue, Worksheet } from 'exceljs';
import type { PlanTable } from '../layout/sheetPlan';
import { a1, a1Range } from '../layout/a1';
import { excelJs } from './exceljs';

/** Excel's default table look; banded rows as Excel's own "Format as Table" gives them. */
const TABLE_STYLE = { theme: 'TableStyleMedium2', showRowStripes: true } as const;

/**
 * Turns a rectangle already painted by the blocks into a native Excel table named `name`.
 *
 * exceljs rewrites every cell of a table from the definition it is given, so the definition is read from
 * the painted cells: the header names are the header cells' text and the rows are the cells' values,
 * formulas and cached results included. Cell formats and styles are left as painted.
 *
 * Excel rejects tables whose header cells are empty or repeat (case-insensitively), and tables without a
 * data row: the first two throw here, naming the cells; a header-only rect gets one empty data row, as
 * Excel's own "Format as Table" does, provided the row below is empty.
 */
export function addPlanTable(sheet: Worksheet, table: PlanTable, name: string): void {
  const { ValueType } = excelJs();
  const where = `${sheet.name}!${a1Range(table)} (table ${table.name})`;
  if (table.rows < 1 || table.cols < 1) throw new Error(`${where}: a table needs a header row and a column`);

  const headerRow = sheet.getRow(table.row + 1);
  const seen = new Map<string, string>();
  const columns = [];
  for (let c = table.col; c < table.col + table.cols; c++) {
    const cell = headerRow.getCell(c + 1);
    const address = a1(table.row, c);
    const header = headerText(cell.value, `${where}: header cell ${address}`);
    if (header === '') throw new Error(`${where}: header cell ${address} is empty`);
    const clash = seen.get(header.toLowerCase());
    if (clash) throw new Error(`${where}: header cells ${clash} and ${address} both read "${header}"`);
    seen.set(header.toLowerCase(), address);
    columns.push({ name: header, filterButton: true });
  }

  const rows: CellValue[][] = [];
  for (let r = table.row + 1; r < table.row + table.rows; r++) {
    const row = sheet.getRow(r + 1);
    const values: CellValue[] = [];
    for (let c = table.col; c < table.col + table.cols; c++) {
      const cell = row.getCell(c + 1);
      // cell.value drops a cached formula result of 0; rebuild it from the parts.
      values.push(
        cell.type === ValueType.Formula ? { formula: cell.formula, result: cell.result } : cell.value,
      );
    }
    rows.push(values);
  }
  if (rows.length === 0) {
    const below = sheet.getRow(table.row + 2);
    for (let c = table.col; c < table.col + table.cols; c++) {
      if (below.getCell(c + 1).type !== ValueType.Null) {
        throw new Error(
          `${where}: a table needs a data row and ${a1(table.row + 1, c)}, below the header, is not empty`,
        );
      }
    }
    rows.push(columns.map(() => null));
  }

  sheet.addTable({
    name,
    displayName: name,
    ref: a1(table.row, table.col),
    headerRow: true,
    totalsRow: false,
    style: TABLE_STYLE,
    columns,
    rows,
  });
}

/** The column name Excel derives from a header cell: its text, or a constant as Excel displays it. */
function headerText(value: CellValue, where: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  throw new Error(`${where} must hold a constant, not ${JSON.stringify(value)}`);
}
