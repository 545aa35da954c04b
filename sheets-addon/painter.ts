/**
 * Paints a SheetPlan into a new Google Sheets sheet with a number of Spreadsheet service calls that
 * depends on the plan's structure (blocks, styles, tables, validations), never on its number of rows.
 *
 * Choices Sheets imposes:
 * - Text first: number formats are written before values, so a text cell is `@` when its value arrives
 *   and Sheets cannot read `=…` typed by a user as a formula.
 * - Formulas: `setFormulas` overwrites every cell of its range, so formulas go in rectangles that hold
 *   formulas only (a column of line formulas is one rectangle), after the constants.
 * - Tables: SpreadsheetApp has no native tables, so a plan table becomes a row banding (header row and
 *   alternating colours) over its range; its name is not kept. A filter is not used: a sheet has one.
 * - Size: a new sheet has 1,000 rows and 26 columns, too few for a long plan. The painter reads the new
 *   sheet's size and inserts the rows and columns the plan lacks, at least one of each (one call each,
 *   whatever the plan's size): every cell of every sheet counts towards a spreadsheet's 10 million, so a
 *   30-line invoice takes 27,027 cells, not the 35,020 it took when the plan's extent was inserted on top
 *   of the default.
 * - Print settings: SpreadsheetApp exposes none, so `plan.print` is not painted.
 * - Row heights: not painted either. They are the points Excel needs for wrapped text; a Sheets row left at
 *   its default height fits its wrapped text itself, with the font Sheets draws, and a forced height would
 *   stop that.
 * - Charts: built from one range per column (categories first, the domain), each series named through
 *   the `series.N.labelInLegend` option, since a plan's series need not sit under their headers; the
 *   vertical axis' title goes in `vAxes.0.title`, which Sheets honours where `vAxis.title` is ignored.
 * - Conditional formats: one `setConditionalFormatRules` call, appending to the sheet's rules.
 */
/// <reference types="google-apps-script" />
import { sameText } from '../core/layout/sameText';
import { HOST_DIGITS } from '../core/money';
import { SheetPlan } from '../core/layout/sheetPlan';
import { uniqueSheetName } from '../core/layout/uniqueSheetName';
import { PreparedChart, PreparedPlan, SheetRect, prepareSheetPlan } from './planToCalls';
import { charts as chartsService, spreadsheetApp } from './server/appsScript';
import { ServerFailure, reasonOf, type SheetsFailure } from './serverFailure';
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type SpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type Charts = GoogleAppsScript.Charts.Charts;
type PaintFailure = Extract<SheetsFailure, { code: 'paint' }>;

/** `xyLines`: a scatter, whose domain is numeric (points at their values), its points joined by lines. */
const CHART_TYPE = { line: 'LINE', column: 'COLUMN', xyLines: 'SCATTER' } as const;

/**
 * Creates a uniquely named sheet (`Invoice 2026-10`, else `Invoice 2026-10 (2)`…) after the last one,
 * paints the plan on it and returns the name used; the new sheet is left active. Other sheets are never
 * touched. A malformed plan throws a `plan` failure before any call. If a call fails, the half-built
 * sheet is deleted, the previously active sheet re-activated, and a `paint` failure (the sheet, Google's
 * reason, what is left) is thrown.
 *
 * `app` builds the validation and conditional format rules, `charts` names the chart types; they default
 * to the globals `SpreadsheetApp` and `Charts` of Apps Script.
 */
export function paintSheetPlan(
  spreadsheet: Spreadsheet,
  plan: SheetPlan,
  app?: SpreadsheetApp,
  charts?: Charts,
): string {
  return paintPreparedPlan(spreadsheet, plan.name, prepareSheetPlan(plan), app, charts);
}

/** `paintSheetPlan` of a plan already prepared (`prepareSheetPlan`), named `planName`. */
export function paintPreparedPlan(
  spreadsheet: Spreadsheet,
  planName: string,
  prepared: PreparedPlan,
  app?: SpreadsheetApp,
  charts?: Charts,
): string {
  const previous = spreadsheet.getActiveSheet();
  const sheets = spreadsheet.getSheets();
  const name = uniqueSheetName(
    planName,
    sheets.map((sheet) => sheet.getName()),
  );
  let sheet: Sheet;
  try {
    sheet = spreadsheet.insertSheet(name, sheets.length);
  } catch (error) {
    throw new ServerFailure({
      code: 'paint',
      sheets: [name],
      reason: reasonOf(error),
      cleanup: 'not-created',
    });
  }
  try {
    paintOnto(sheet, prepared, app, charts);
    checkReadBack(sheet, prepared);
  } catch (error) {
    const cleanup = removeHalfBuilt(spreadsheet, sheet, previous) ? 'removed' : 'left';
    if (error instanceof NotKept)
      throw new ServerFailure({ code: 'paint', sheets: [name], reason: '', cleanup, ...error.cell });
    throw new ServerFailure({ code: 'paint', sheets: [name], reason: reasonOf(error), cleanup });
  }
  return name;
}

/** The size `insertSheet` gives a new sheet (Diagnostics' largeCall proves it: SHEETS_ASSUMPTIONS). */
const NEW_SHEET = { rows: 1000, columns: 26 } as const;
/**
 * The most cells a spreadsheet holds, every sheet's empty cells counted (Google: "Files you can store in
 * Google Drive", up to 10 million cells for a spreadsheet made in Sheets).
 */
export const MAX_SPREADSHEET_CELLS = 10_000_000;

/** Rows or columns the painter inserts into a sheet of `held` for a plan of `wanted`: one at least, so the calls are the same whatever the plan's size. */
function grownBy(held: number, wanted: number): number {
  return Math.max(1, wanted - held);
}

/** The cells the painted sheet of `plan` takes, as paintOnto grows a new sheet. */
export function paintedCells(plan: PreparedPlan): number {
  return (
    (NEW_SHEET.rows + grownBy(NEW_SHEET.rows, plan.numRows)) *
    (NEW_SHEET.columns + grownBy(NEW_SHEET.columns, plan.numColumns))
  );
}

/** The cells `spreadsheet` holds, as Google counts them towards its limit: every sheet's whole grid. */
export function heldCells(spreadsheet: Spreadsheet): number {
  return spreadsheet.getSheets().reduce((n, sheet) => n + sheet.getMaxRows() * sheet.getMaxColumns(), 0);
}

function paintOnto(
  sheet: Sheet,
  plan: PreparedPlan,
  app: SpreadsheetApp | undefined,
  charts: Charts | undefined,
): void {
  const rows = sheet.getMaxRows();
  sheet.insertRowsAfter(rows, grownBy(rows, plan.numRows));
  const columns = sheet.getMaxColumns();
  sheet.insertColumnsAfter(columns, grownBy(columns, plan.numColumns));
  for (const block of plan.blocks) {
    rangeOf(sheet, block).setNumberFormats(block.numberFormats).setValues(block.values);
    for (const part of block.formulas) rangeOf(sheet, part.rect).setFormulas(part.formulas);
  }
  for (const { style, ...rect } of plan.styles) {
    const range = rangeOf(sheet, rect);
    if (style.bold !== undefined) range.setFontWeight(style.bold ? 'bold' : 'normal');
    if (style.italic !== undefined) range.setFontStyle(style.italic ? 'italic' : 'normal');
    if (style.fill !== undefined) range.setBackground(style.fill);
    if (style.color !== undefined) range.setFontColor(style.color);
    if (style.fontSize !== undefined) range.setFontSize(style.fontSize);
    if (style.wrap !== undefined) range.setWrap(style.wrap);
    if (style.horizontalAlignment !== undefined) range.setHorizontalAlignment(style.horizontalAlignment);
    if (style.borderTop !== undefined) range.setBorder(style.borderTop, null, null, null, null, null);
  }
  for (const table of plan.tables) rangeOf(sheet, table).applyRowBanding();
  const rules = (): SpreadsheetApp => app ?? spreadsheetApp();
  for (const { list, ...rect } of plan.validations) {
    const rule = rules().newDataValidation().requireValueInList(list, true).setAllowInvalid(false).build();
    rangeOf(sheet, rect).setDataValidation(rule);
  }
  if (plan.conditionalFormats.length > 0) {
    const added = plan.conditionalFormats.map(({ equals, fill, color, ...rect }) => {
      const rule = rules().newConditionalFormatRule().whenTextEqualTo(equals).setBackground(fill);
      return (color === undefined ? rule : rule.setFontColor(color))
        .setRanges([rangeOf(sheet, rect)])
        .build();
    });
    sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), ...added]);
  }
  for (const chart of plan.charts) insertChart(sheet, chart, charts ?? chartsService());
  for (const run of plan.columnWidths) sheet.setColumnWidths(run.startColumn, run.numColumns, run.pixels);
  if (plan.frozenRows > 0) sheet.setFrozenRows(plan.frozenRows);
  if (plan.frozenColumns > 0) sheet.setFrozenColumns(plan.frozenColumns);
}

/** A cell Sheets did not keep as painted: a text read as something else, or a total of another value. */
class NotKept extends Error {
  constructor(readonly cell: Pick<PaintFailure, 'notText' | 'notTotal'>) {
    super();
  }
}

/** A number as a cell shows it: its 15 significant digits, the precision the add-in reads host numbers at. */
const shown = (value: number): number => Number(value.toPrecision(HOST_DIGITS));

/** `B7` for row 7, column 2 (1-based). */
export function a1(row: number, column: number): string {
  let letters = '';
  for (let c = column; c > 0; c = Math.floor((c - 1) / 26))
    letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return `${letters}${row}`;
}

/**
 * Reads the sheet back once and fails on the first text cell Sheets did not keep as written, then on the
 * first total Sheets computed to another value than the plan's. Google documents that a string written by
 * `setValue(s)` beginning with "=" is a formula, and Sheets parses other strings as typed (numbers, dates);
 * that the text format written first keeps them text is observed, not documented, so it is checked on every
 * paint rather than trusted: a text turned into a formula or a number is a failed paint, never a silent
 * one. Likewise a subtotal, VAT or total formula (the VAT's `=ROUND(ROUND(F15*100,0)/5,0)/100`) must show
 * the invoice's own figure, to the 15 digits a cell shows: a Sheets computing it otherwise would print
 * another VAT and total under the invoice's lines.
 */
function checkReadBack(sheet: Sheet, plan: PreparedPlan): void {
  const read = sheet.getRange(1, 1, plan.numRows, plan.numColumns).getValues();
  checkTexts(read, plan);
  for (const block of plan.blocks)
    for (const { row, column, formula, value } of block.totals) {
      const seen: unknown = read[row - 1]?.[column - 1];
      if (typeof seen !== 'number' || shown(seen) !== shown(value))
        throw new NotKept({
          notTotal: {
            at: a1(row, column),
            formula,
            expected: value,
            seen: typeof seen === 'number' ? seen : String(seen),
          },
        });
    }
}

function checkTexts(read: unknown[][], plan: PreparedPlan): void {
  for (const block of plan.blocks)
    block.values.forEach((line, r) =>
      line.forEach((value, c) => {
        const row = block.row + r;
        const column = block.column + c;
        if (typeof value === 'string' && value !== '' && !sameText(read[row - 1]?.[column - 1], value))
          throw new NotKept({ notText: { at: a1(row, column), text: value } });
      }),
    );
}

function insertChart(sheet: Sheet, chart: PreparedChart, charts: Charts): void {
  let builder = sheet.newChart().setChartType(charts.ChartType[CHART_TYPE[chart.kind]]);
  for (const rect of chart.ranges) builder = builder.addRange(rangeOf(sheet, rect));
  builder = builder
    .setPosition(chart.row, chart.column, 0, 0)
    .setOption('title', chart.title)
    .setOption('useFirstColumnAsDomain', true)
    .setOption(
      'series',
      Object.fromEntries(chart.seriesNames.map((name, i) => [i, { labelInLegend: name }])),
    );
  // A scatter draws no lines by default (Google Charts' lineWidth 0).
  if (chart.kind === 'xyLines') builder = builder.setOption('lineWidth', 2).setOption('pointSize', 4);
  if (chart.xTitle !== undefined || chart.xBounds)
    builder = builder.setOption('hAxis', {
      ...(chart.xTitle === undefined ? {} : { title: chart.xTitle }),
      ...(chart.xBounds ? { viewWindow: chart.xBounds } : {}),
    });
  if (chart.yTitle !== undefined) builder = builder.setOption('vAxes', { 0: { title: chart.yTitle } });
  sheet.insertChart(builder.build());
}

function rangeOf(sheet: Sheet, rect: SheetRect): Range {
  return sheet.getRange(rect.row, rect.column, rect.numRows, rect.numColumns);
}

/**
 * Deletes the new sheet and gives the user back the sheet they were on (a sheet that cannot be selected
 * again is no loss); false when the half-built sheet stays.
 */
function removeHalfBuilt(spreadsheet: Spreadsheet, sheet: Sheet, previous: Sheet): boolean {
  try {
    spreadsheet.deleteSheet(sheet);
  } catch {
    return false;
  }
  try {
    spreadsheet.setActiveSheet(previous);
  } catch {
    // The user is left on another sheet, and nothing half-built remains.
  }
  return true;
}
