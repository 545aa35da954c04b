import type { PageSetup, Workbook, Worksheet } from 'exceljs';
import type { PlanBlock, PlanRect, SheetPlan } from '../layout/sheetPlan';
import { a1, a1Range } from '../layout/a1';
import { acceptedRowHeight } from '../layout/rowHeights';
import { cellContent } from './cellContent';
import { addConditionalFormat, applyStyle } from './styles';
import { addPlanTable } from './tables';
import { uniqueTableName } from '../layout/tableName';
import { addListValidation, type ListSources } from './validations';

/** The paper codes of the file format (ECMA-376 `ST_PaperSize`): 1 Letter, 9 A4. */
const PAPER_SIZES = { Letter: 1, A4: 9 } as const;

/** What painting one sheet shares with the rest of the workbook. */
export interface PaintContext {
  /** Table names already used in the workbook; the painter appends the ones it takes. */
  readonly tableNames: string[];
  readonly lists: ListSources;
}

/**
 * Paints `plan` as a new worksheet called `name` (already unique): blocks first, then styles, tables,
 * validations, column widths, frozen panes and print setup. Work is linear in the number of cells.
 */
export function paintSheet(
  workbook: Workbook,
  plan: SheetPlan,
  name: string,
  context: PaintContext,
): Worksheet {
  const sheet = workbook.addWorksheet(name);
  for (const block of plan.blocks) paintBlock(sheet, block);
  for (const style of plan.styles ?? []) applyStyle(sheet, style);

  const tables = plan.tables ?? [];
  tables.forEach((table, i) => {
    const other = tables.slice(0, i).find((earlier) => overlaps(earlier, table));
    if (other)
      throw new Error(
        `${name}: tables ${other.name} (${a1Range(other)}) and ${table.name} (${a1Range(table)}) overlap`,
      );
    const tableName = uniqueTableName(table.name, context.tableNames);
    context.tableNames.push(tableName);
    addPlanTable(sheet, table, tableName);
  });

  for (const validation of plan.validations ?? []) addListValidation(sheet, validation, context.lists);

  (plan.columnWidths ?? []).forEach((width, i) => {
    if (!(width > 0)) throw new Error(`${name}: column ${i + 1} width must be > 0, got ${width}`);
    sheet.getColumn(i + 1).width = width;
  });

  const ySplit = plan.frozenRows ?? 0;
  const xSplit = plan.frozenColumns ?? 0;
  if (ySplit > 0 || xSplit > 0) {
    sheet.views = [{ state: 'frozen', xSplit, ySplit, topLeftCell: a1(ySplit, xSplit) }];
  }

  for (const { row, height } of plan.rowHeights ?? [])
    sheet.getRow(row + 1).height = acceptedRowHeight(height);
  for (const format of plan.conditionalFormats ?? []) addConditionalFormat(sheet, format);

  if (plan.print) {
    sheet.pageSetup.orientation = plan.print.orientation;
    // exceljs's enum lacks Letter (code 1), so the code goes in as the number the file stores.
    if (plan.print.paper)
      sheet.pageSetup.paperSize = PAPER_SIZES[plan.print.paper] as number as PageSetup['paperSize'];
    if (plan.print.fitToWidth) {
      // One page wide, as many pages tall as the rows need.
      sheet.pageSetup.fitToPage = true;
      sheet.pageSetup.fitToWidth = 1;
      sheet.pageSetup.fitToHeight = 0;
    }
    // The rows frozen on screen (the header) are the ones a reader needs on every printed page too.
    const titleRows = plan.print.titleRows ?? ySplit;
    if (titleRows > 0) sheet.pageSetup.printTitlesRow = `1:${titleRows}`;
  }
  return sheet;
}

function paintBlock(sheet: Worksheet, block: PlanBlock): void {
  checkShape(sheet, block);
  block.values.forEach((values, r) => {
    const row = sheet.getRow(block.row + r + 1);
    values.forEach((_value, c) => {
      const { value, numFmt } = cellContent(block, r, c);
      if (value === null && numFmt === null) return;
      const cell = row.getCell(block.col + c + 1);
      // Format before value, as on a live host, where the order decides whether text stays text.
      if (numFmt !== null) cell.numFmt = numFmt;
      cell.value = value;
    });
  });
}

/** A block is plain data from the layout; a ragged one is a layout bug worth a precise message. */
function checkShape(sheet: Worksheet, block: PlanBlock): void {
  const where = `${sheet.name}!${a1(block.row, block.col)} (block)`;
  const width = block.values[0]?.length ?? 0;
  const check = (grid: readonly (readonly unknown[])[] | undefined, what: string): void => {
    if (grid === undefined) return;
    if (grid.length !== block.values.length) {
      throw new Error(`${where}: ${what} has ${grid.length} rows, values have ${block.values.length}`);
    }
    grid.forEach((row, r) => {
      if (row.length !== width)
        throw new Error(`${where}: ${what} row ${r + 1} has ${row.length} cells, expected ${width}`);
    });
  };
  check(block.values, 'values');
  check(block.formulas, 'formulas');
  check(block.numberFormats, 'numberFormats');
}

function overlaps(a: PlanRect, b: PlanRect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}
