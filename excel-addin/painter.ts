/**
 * The Excel painter: turns a SheetPlan into Office.js calls. Host round trips are what make add-ins slow,
 * so plans are painted in a constant number of `context.sync()` calls whatever their size: one to learn the
 * existing sheet, table and defined names (whether the workbook's structure is protected, its date system),
 * one carrying the new sheets (every block is one bulk write).
 */
import type {
  PlanBlock,
  PlanChart,
  PlanConditionalFormat,
  PlanRect,
  PlanStyle,
  SheetPlan,
  WorkbookPlan,
} from '../core/layout/sheetPlan';
import type { PaintReason } from '../core/i18n/paintReasons';
import { cutText } from '../core/layout/cutText';
import { uniqueSheetName } from '../core/layout/uniqueSheetName';
import { uniqueTableName } from '../core/layout/tableName';
import { cellMatrices, queueCellWrites, type CellMatrices } from './cellMatrices';
import { planProblems } from './checkPlan';
import { columnWidthPoints } from './columnWidth';
import { datesToWorkbook, queueDateSystem, type DateSystem } from './dateSystem';
import { isOfficeError } from './officeError';
import { PaintError, hostFailureReason } from './paintError';
import {
  REQUEST_BUDGET_BYTES,
  SheetTooLargeError,
  cellBytes,
  requestGroups,
  rowParts,
  sliceMatrices,
  type RowSlice,
} from './requestBudget';

export { PaintError } from './paintError';

/**
 * Choices a caller may override; the defaults suit the task pane. Everything else a plan asks for is
 * painted: the manifest requires ExcelApi 1.12, which has every API used here but `valuesAsJson` (1.16).
 */
export interface PaintOptions {
  /** Make the (first) new sheet the active one, so the user sees what was built. Default true. */
  readonly activate?: boolean;
}

/**
 * Syncs a successful paint costs, whatever the number and size of its sheets, as long as their cells fit
 * one request (REQUEST_BUDGET_BYTES, as everything the pane paints does: a 5,000-line invoice is under
 * 1 MB): names, then the sheets. Beyond that, one more sync per further request (requestGroups), a sheet
 * over the budget on its own written in slices of rows (rowParts).
 */
export const PAINT_SYNCS = 2;

const ALIGNMENT = { left: 'Left', center: 'Center', right: 'Right' } as const;
/** Microsoft documents a chart series name of at most 255 characters (ChartSeries.name). */
const MAX_SERIES_NAME = 255;
/**
 * `xyLines` is an XY scatter with straight lines and markers: its x values (setXAxisValues, ExcelApi 1.7)
 * are numbers placed at their distances, where a Line chart's categories sit at equal steps.
 */
const CHART_TYPE = { line: 'Line', column: 'ColumnClustered', xyLines: 'XYScatterLines' } as const;

function hostSupports(set: string, version: string): boolean {
  return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported(set, version) === true;
}

function rangeOf(sheet: Excel.Worksheet, rect: PlanRect): Excel.Range {
  return sheet.getRangeByIndexes(rect.row, rect.col, rect.rows, rect.cols);
}

/**
 * One bulk write per block, or per slice of its rows (`from`, `to`); text that starts with `=`, `+`, `-` or
 * `@` stays text (see queueCellWrites).
 */
function queueBlock(
  sheet: Excel.Worksheet,
  block: PlanBlock,
  matrices: CellMatrices | null,
  from = 0,
  to = block.values.length,
): void {
  if (matrices === null) return;
  const range = sheet.getRangeByIndexes(block.row + from, block.col, to - from, block.values[0].length);
  const rows = from === 0 && to === block.values.length ? matrices : sliceMatrices(matrices, from, to);
  queueCellWrites(range, rows, hostSupports('ExcelApi', '1.16'));
}

function queueStyle(range: Excel.Range, style: PlanStyle): void {
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.color !== undefined) format.font.color = style.color;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.horizontalAlignment !== undefined)
    format.horizontalAlignment = ALIGNMENT[style.horizontalAlignment];
  if (style.borderTop) format.borders.getItem('EdgeTop').style = 'Continuous';
}

/**
 * One native chart: created on the first series' values, then every series named and pointed at its
 * values and the categories explicitly, since a plan's columns need not sit side by side under their
 * headers (the performance sheet charts one KPI's rows of shared columns).
 */
function queueChart(sheet: Excel.Worksheet, planned: PlanChart): void {
  const chart = sheet.charts.add(
    CHART_TYPE[planned.kind],
    rangeOf(sheet, planned.series[0]!.values),
    'Columns',
  );
  chart.title.text = planned.title;
  if (planned.xTitle !== undefined) chart.axes.categoryAxis.title.text = planned.xTitle;
  if (planned.yTitle !== undefined) chart.axes.valueAxis.title.text = planned.yTitle;
  if (planned.xBounds) {
    chart.axes.categoryAxis.minimum = planned.xBounds.min;
    chart.axes.categoryAxis.maximum = planned.xBounds.max;
  }
  const categories = rangeOf(sheet, planned.categories);
  planned.series.forEach(({ name: header, values }, i) => {
    // The legend's label only: the column header in the cells keeps the whole name.
    const name = header.length > MAX_SERIES_NAME ? `${cutText(header, MAX_SERIES_NAME - 1)}…` : header;
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(name);
    series.name = name;
    if (i > 0) series.setValues(rangeOf(sheet, values));
    series.setXAxisValues(categories);
  });
  chart.setPosition(rangeOf(sheet, { ...planned.anchor, rows: 1, cols: 1 }));
}

/** Excel's string literal for `text`: quotes doubled, so workbook text stays data inside the rule. */
function excelString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Cells equal to `equals` (Excel compares text ignoring case) get the fill and font colour. */
function queueConditionalFormat(sheet: Excel.Worksheet, planned: PlanConditionalFormat): void {
  const format = rangeOf(sheet, planned).conditionalFormats.add('CellValue');
  format.cellValue.rule = { formula1: `=${excelString(planned.equals)}`, operator: 'EqualTo' };
  format.cellValue.format.fill.color = planned.fill;
  if (planned.color !== undefined) format.cellValue.format.font.color = planned.color;
}

function queueFreeze(sheet: Excel.Worksheet, rows: number, columns: number): void {
  // freezeRows and freezeColumns each replace the previous freeze, so both at once go through freezeAt.
  if (rows > 0 && columns > 0) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, columns));
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
}

/**
 * Queues every write of the plan on `sheet` but its cells, in the order Excel needs them, after the cells
 * (queueBlock); no sync. Adds to `tableNames`.
 */
function queueAfterCells(
  sheet: Excel.Worksheet,
  plan: SheetPlan,
  tableNames: string[],
  options: PaintOptions,
): void {
  for (const style of plan.styles ?? []) queueStyle(rangeOf(sheet, style), style);
  // Tables after the values: the header row must already hold the column names.
  for (const planned of plan.tables ?? []) {
    const tableName = uniqueTableName(planned.name, tableNames);
    sheet.tables.add(rangeOf(sheet, planned), true).name = tableName;
    tableNames.push(tableName);
  }
  for (const validation of plan.validations ?? []) {
    rangeOf(sheet, validation).dataValidation.rule = {
      list: { inCellDropDown: true, source: validation.list.join(',') },
    };
  }
  (plan.columnWidths ?? []).forEach((width, col) => {
    sheet.getRangeByIndexes(0, col, 1, 1).getEntireColumn().format.columnWidth = columnWidthPoints(width);
  });
  for (const { row, height } of plan.rowHeights ?? [])
    rangeOf(sheet, { row, col: 0, rows: 1, cols: 1 }).format.rowHeight = height;
  queueFreeze(sheet, plan.frozenRows ?? 0, plan.frozenColumns ?? 0);
  for (const format of plan.conditionalFormats ?? []) queueConditionalFormat(sheet, format);
  for (const chart of plan.charts ?? []) queueChart(sheet, chart);
  if (plan.print) {
    sheet.pageLayout.orientation = plan.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    // 0 pages tall means "as many as needed": fit the columns on one page width only.
    if (plan.print.fitToWidth) sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (plan.print.paper) sheet.pageLayout.paperSize = plan.print.paper === 'A4' ? 'A4' : 'Letter';
    const titleRows = plan.print.titleRows ?? 0;
    if (titleRows > 0)
      sheet.pageLayout.setPrintTitleRows(
        rangeOf(sheet, { row: 0, col: 0, rows: titleRows, cols: 1 }).getEntireRow(),
      );
  }
  if (options.activate) sheet.activate();
}

/**
 * Queues the plan's cells on `sheet` and, in the last sync, everything else (queueAfterCells): one sync
 * for a sheet within the budget (`parts` absent), else one per part of rows (rowParts), the sync of each
 * part but the last made here.
 */
async function queueSheet(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  plan: SheetPlan,
  blocks: readonly (CellMatrices | null)[],
  parts: readonly (readonly RowSlice[])[] | undefined,
  tableNames: string[],
  options: PaintOptions,
): Promise<void> {
  if (parts === undefined) plan.blocks.forEach((block, i) => queueBlock(sheet, block, blocks[i]!));
  else
    for (const [k, part] of parts.entries()) {
      if (k > 0) await context.sync();
      for (const { block, from, to } of part)
        queueBlock(sheet, plan.blocks[block]!, blocks[block]!, from, to);
    }
  queueAfterCells(sheet, plan, tableNames, options);
}

/**
 * The id Excel gave a sheet this paint added, `undefined` when its add never ran. The id is loaded right
 * after the add, and Office.js hands back the results of the actions a failed batch did complete, so the
 * ids say exactly which sheets this paint created, even when a sheet of the same name is someone else's.
 */
function createdId(sheet: Excel.Worksheet): string | undefined {
  try {
    return typeof sheet.id === 'string' ? sheet.id : undefined;
  } catch {
    return undefined; // not loaded: the batch failed before this add
  }
}

/** Deletes the sheets of `ids` (1 sync); false when that failed too (the user must then act). */
async function removeSheets(context: Excel.RequestContext, ids: readonly string[]): Promise<boolean> {
  try {
    ids.forEach((id) => context.workbook.worksheets.getItem(id).delete());
    await context.sync();
    return true;
  } catch {
    return false;
  }
}

/** Each plan's cell matrices with their dates counted as a workbook of `system` counts them. */
function inDateSystem(
  system: DateSystem,
  blocks: readonly (readonly (CellMatrices | null)[])[],
): readonly (readonly (CellMatrices | null)[])[] {
  if (system === '1900') return blocks;
  return blocks.map((matrices) =>
    matrices.map((m) => m && { ...m, formulas: datesToWorkbook(system, m.formulas, m.numberFormats) }),
  );
}

/** A sheet a paint created: the name it got and Excel's id for it, which stays if the user renames it. */
export interface PaintedSheet {
  readonly name: string;
  readonly id: string;
}

/**
 * Paints each plan on a new sheet, named `uniqueSheetName(plan.name, existing)`, and returns the names in
 * plan order. Costs PAINT_SYNCS syncs (see there for plans beyond one request). All or nothing: if any
 * part fails, every sheet this call created (and only those, known by id) is deleted in one more sync, and
 * a PaintError says which sheets and why. Existing sheets are never written to. With `activate`, the
 * first new sheet becomes the active one.
 */
export async function paintWorkbookPlan(
  context: Excel.RequestContext,
  plans: WorkbookPlan,
  options: PaintOptions = {},
): Promise<string[]> {
  return (await paintWorkbookSheets(context, plans, options)).map((sheet) => sheet.name);
}

/**
 * paintWorkbookPlan, returning each new sheet's id beside its name (loaded in the same syncs). A name
 * taken between the read of the names and the adds (someone co-authoring added a sheet of that name:
 * ItemAlreadyExists) is not the user's mistake: once this paint's sheets are gone, it is painted again
 * once, on the names then free.
 */
export async function paintWorkbookSheets(
  context: Excel.RequestContext,
  plans: WorkbookPlan,
  options: PaintOptions = {},
): Promise<PaintedSheet[]> {
  try {
    return await paintOnce(context, plans, options);
  } catch (error) {
    const retry =
      error instanceof PaintError &&
      error.cleanup !== 'left' &&
      isOfficeError(error, 'ItemAlreadyExists', { throughCauses: true });
    if (!retry) throw error;
    return paintOnce(context, plans, options);
  }
}

async function paintOnce(
  context: Excel.RequestContext,
  plans: WorkbookPlan,
  options: PaintOptions,
): Promise<PaintedSheet[]> {
  const problems = plans.flatMap((plan) =>
    planProblems(plan).map((reason): PaintReason =>
      plans.length > 1 ? { problem: 'inSheet', sheet: plan.name, reason } : reason,
    ),
  );
  const planned = plans.map((plan) => plan.name);
  if (problems.length > 0) throw new PaintError(planned, problems, 'not-created');
  const blocks = plans.map((plan) => plan.blocks.map(cellMatrices));
  const sizes = blocks.map(cellBytes);
  const groups = requestGroups(sizes);
  let parts: (RowSlice[][] | undefined)[];
  try {
    parts = sizes.map((size, i) =>
      size > REQUEST_BUDGET_BYTES ? rowParts(blocks[i]!, planned[i]!) : undefined,
    );
  } catch (error) {
    if (error instanceof SheetTooLargeError)
      throw new PaintError(planned, [error.tooLarge], 'not-created', error);
    throw error;
  }

  const worksheets = context.workbook.worksheets;
  const tables = context.workbook.tables;
  // A table cannot take a defined name either (a buyer's named range called Forecast or Scenarios).
  const definedNames = context.workbook.names;
  // A protected structure (Review → Protect Workbook) refuses new sheets: known here, before any is added.
  const protection = context.workbook.protection.load('protected');
  worksheets.load('items/name');
  tables.load('items/name');
  definedNames.load('items/name');
  // A plan's dates count in the 1900 system: a 1904 workbook gets its own serials, or it shows them 4 years late.
  const dateSystem = queueDateSystem(context);
  try {
    await context.sync();
  } catch (error) {
    throw new PaintError(planned, hostFailureReason(error), 'not-created', error);
  }
  if (protection.protected) throw new PaintError(planned, [{ problem: 'workbookProtected' }], 'not-created');
  const cells = inDateSystem(dateSystem(), blocks);

  const sheetNames = worksheets.items.map((sheet) => sheet.name);
  const tableNames = [...tables.items, ...definedNames.items].map((item) => item.name);
  const names: string[] = [];
  const added: Excel.Worksheet[] = [];
  try {
    for (const group of groups) {
      for (const i of group) {
        const plan = plans[i]!;
        const name = uniqueSheetName(plan.name, sheetNames);
        sheetNames.push(name);
        names.push(name);
        const sheet = worksheets.add(name);
        sheet.load('id');
        added.push(sheet);
        const activate = i === 0 && (options.activate ?? true);
        await queueSheet(context, sheet, plan, cells[i]!, parts[i], tableNames, { ...options, activate });
      }
      await context.sync();
    }
    return names.map((name, i) => ({ name, id: added[i]!.id }));
  } catch (error) {
    // Only what this paint created goes: never a sheet found by name, which may be another paint's.
    const ids = added.map(createdId).filter((id): id is string => id !== undefined);
    const reason = hostFailureReason(error);
    if (ids.length === 0) throw new PaintError(names, reason, 'not-created', error);
    const removed = await removeSheets(context, ids);
    throw new PaintError(names, reason, removed ? 'removed' : 'left', error);
  }
}

/** Paints one plan on a new, uniquely named sheet and returns its name; see paintWorkbookPlan. */
export async function paintSheetPlan(
  context: Excel.RequestContext,
  plan: SheetPlan,
  options: PaintOptions = {},
): Promise<string> {
  const [name] = await paintWorkbookPlan(context, [plan], options);
  return name;
}
