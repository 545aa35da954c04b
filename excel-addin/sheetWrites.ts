/**
 * Every write of a plan but its cells, each a function that queues it on the new sheet. The painter
 * measures each (requestBudget's writeBytes) and spreads them over syncs when a sheet's cells and writes
 * together are more than one request carries: a 12,000-line invoice has thousands of row heights.
 */
import type {
  PlanChart,
  PlanConditionalFormat,
  PlanRect,
  PlanRowHeight,
  PlanStyle,
  SheetPlan,
} from '../core/layout/sheetPlan';
import { cutText } from '../core/layout/cutText';
import { acceptedRowHeight } from '../core/layout/rowHeights';
import { uniqueTableName } from '../core/layout/tableName';
import { columnWidthPoints } from './columnWidth';

/** One write (or a few that belong together) queued on `sheet`; no sync. */
export type SheetWrite = (sheet: Excel.Worksheet) => void;

const ALIGNMENT = { left: 'Left', center: 'Center', right: 'Right' } as const;
/** Microsoft documents a chart series name of at most 255 characters (ChartSeries.name). */
const MAX_SERIES_NAME = 255;
/**
 * `xyLines` is an XY scatter with straight lines and markers: its x values (setXAxisValues, ExcelApi 1.7)
 * are numbers placed at their distances, where a Line chart's categories sit at equal steps.
 */
const CHART_TYPE = { line: 'Line', column: 'ColumnClustered', xyLines: 'XYScatterLines' } as const;

export function rangeOf(sheet: Excel.Worksheet, rect: PlanRect): Excel.Range {
  return sheet.getRangeByIndexes(rect.row, rect.col, rect.rows, rect.cols);
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

function queuePrint(sheet: Excel.Worksheet, print: NonNullable<SheetPlan['print']>): void {
  sheet.pageLayout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  // 0 pages tall means "as many as needed": fit the columns on one page width only.
  if (print.fitToWidth) sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (print.paper) sheet.pageLayout.paperSize = print.paper === 'A4' ? 'A4' : 'Letter';
  const titleRows = print.titleRows ?? 0;
  if (titleRows > 0)
    sheet.pageLayout.setPrintTitleRows(
      rangeOf(sheet, { row: 0, col: 0, rows: titleRows, cols: 1 }).getEntireRow(),
    );
}

/** A run of consecutive rows of one height. */
export interface HeightRun {
  readonly row: number;
  readonly rows: number;
  readonly height: number;
}

/**
 * The plan's row heights, each as the core accepts it (acceptedRowHeight), as runs of consecutive rows of one height, in
 * plan order: one write each instead of one per row (wrapped invoice lines come in runs).
 */
export function heightRuns(heights: readonly PlanRowHeight[]): HeightRun[] {
  const runs: { row: number; rows: number; height: number }[] = [];
  for (const { row, height: planned } of heights) {
    const height = acceptedRowHeight(planned);
    const last = runs[runs.length - 1];
    if (last && last.height === height && last.row + last.rows === row) last.rows += 1;
    else runs.push({ row, rows: 1, height });
  }
  return runs;
}

/**
 * The writes of `plan` after its cells, in the order Excel needs them (tables after the values that
 * hold their headers). A table's unique name is chosen, and added to `tableNames`, when its write is
 * queued, so measuring writes over a scratch list leaves the painter's list alone.
 */
export function afterCellsWrites(plan: SheetPlan, tableNames: string[], activate: boolean): SheetWrite[] {
  const writes: SheetWrite[] = [];
  for (const style of plan.styles ?? []) writes.push((sheet) => queueStyle(rangeOf(sheet, style), style));
  for (const planned of plan.tables ?? [])
    writes.push((sheet) => {
      const tableName = uniqueTableName(planned.name, tableNames);
      sheet.tables.add(rangeOf(sheet, planned), true).name = tableName;
      tableNames.push(tableName);
    });
  for (const validation of plan.validations ?? [])
    writes.push((sheet) => {
      rangeOf(sheet, validation).dataValidation.rule = {
        list: { inCellDropDown: true, source: validation.list.join(',') },
      };
    });
  (plan.columnWidths ?? []).forEach((width, col) =>
    writes.push((sheet) => {
      sheet.getRangeByIndexes(0, col, 1, 1).getEntireColumn().format.columnWidth = columnWidthPoints(width);
    }),
  );
  for (const run of heightRuns(plan.rowHeights ?? []))
    writes.push((sheet) => {
      rangeOf(sheet, { row: run.row, col: 0, rows: run.rows, cols: 1 }).format.rowHeight = run.height;
    });
  writes.push((sheet) => queueFreeze(sheet, plan.frozenRows ?? 0, plan.frozenColumns ?? 0));
  for (const format of plan.conditionalFormats ?? [])
    writes.push((sheet) => queueConditionalFormat(sheet, format));
  for (const chart of plan.charts ?? []) writes.push((sheet) => queueChart(sheet, chart));
  const print = plan.print;
  if (print) writes.push((sheet) => queuePrint(sheet, print));
  if (activate) writes.push((sheet) => sheet.activate());
  return writes;
}
