/**
 * Turns a SheetPlan into the matrices and rectangles the Sheets painter writes, before any host call:
 * a malformed plan fails here, with no sheet created, as a `plan` failure naming the field (`blocks[0]`,
 * `charts[1]`). Everything is converted to Apps Script's 1-based coordinates.
 */
import { chartProblems, conditionalFormatProblems } from '../core/layout/planChecks';
import { PlanBlock, PlanChart, PlanStyle, SheetPlan, TEXT_FORMAT } from '../core/layout/sheetPlan';
import { FormulaRect, formulaRects } from './formulaRects';
import { ServerFailure, planFault } from './serverFailure';

/** Resets a cell to Sheets' automatic format (`setNumberFormats` has no "leave as is" value). */
export const AUTOMATIC_FORMAT = 'General';

/** A rectangle in Apps Script coordinates (1-based). */
export interface SheetRect {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

/**
 * Whether `formula` calls no function but SUM, ROUND and ROUNDDOWN, the totals the layouts write
 * (`=SUM(F9:F13)`, the VAT's `=ROUND(ROUND(F15*100,0)/5,0)/100`), which Sheets computes as they are
 * written: the value it gives must be the plan's. A custom function reads Loading... until Sheets computes
 * it, and is not checked.
 */
const isNativeTotal = (formula: string): boolean =>
  !/[\w.]\(/.test(formula.replace(/(?<![\w.])(?:SUM|ROUNDDOWN|ROUND)\(/gi, '('));

/** A total the plan states the value of, in sheet coordinates: what Sheets must compute it to. */
export interface PlannedTotal {
  readonly row: number;
  readonly column: number;
  readonly formula: string;
  readonly value: number;
}

/** One block, ready for `setNumberFormats`, `setValues`, then one `setFormulas` per formula rectangle. */
export interface PreparedBlock extends SheetRect {
  readonly numberFormats: string[][];
  /** Constants; formula cells hold `''` until their formulas are written. */
  readonly values: (string | number | boolean)[][];
  /** Rectangles of formulas, in sheet coordinates. */
  readonly formulas: readonly { readonly rect: SheetRect; readonly formulas: string[][] }[];
  /** The totals whose value the plan states under their formula (the invoice's subtotal, VAT, total). */
  readonly totals: readonly PlannedTotal[];
}

/** A run of adjacent columns with the same width, for one `setColumnWidths` call. */
export interface ColumnWidthRun {
  readonly startColumn: number;
  readonly numColumns: number;
  readonly pixels: number;
}

/** A chart ready for `EmbeddedChartBuilder`: its ranges, categories first, then one per series. */
export interface PreparedChart {
  readonly kind: PlanChart['kind'];
  readonly title: string;
  readonly ranges: readonly SheetRect[];
  readonly seriesNames: readonly string[];
  /** The anchor cell, 1-based. */
  readonly row: number;
  readonly column: number;
  readonly xTitle?: string;
  readonly yTitle?: string;
  readonly xBounds?: PlanChart['xBounds'];
}

/** Cells of the rectangle showing exactly `equals` get the background and font colour. */
export interface PreparedConditionalFormat extends SheetRect {
  readonly equals: string;
  readonly fill: string;
  readonly color?: string;
}

/** A plan ready to paint: every matrix and rectangle the painter writes. */
export interface PreparedPlan {
  /** Rows and columns the plan reaches, from A1. */
  readonly numRows: number;
  readonly numColumns: number;
  readonly blocks: readonly PreparedBlock[];
  readonly styles: readonly (SheetRect & { readonly style: PlanStyle })[];
  readonly tables: readonly SheetRect[];
  readonly validations: readonly (SheetRect & { readonly list: string[] })[];
  readonly columnWidths: readonly ColumnWidthRun[];
  readonly frozenRows: number;
  readonly frozenColumns: number;
  readonly charts: readonly PreparedChart[];
  readonly conditionalFormats: readonly PreparedConditionalFormat[];
}

/** Checks a plan and computes what to write. Throws on a malformed plan. */
export function prepareSheetPlan(plan: SheetPlan): PreparedPlan {
  const blocks = plan.blocks
    .map((b, i) => [b, i] as const)
    .filter(([b]) => b.values.length > 0 && (b.values[0]?.length ?? 0) > 0)
    .map(([b, i]) => prepareBlock(b, i));
  const rect = (r: { row: number; col: number; rows: number; cols: number }, at: string): SheetRect => {
    if (r.rows < 1 || r.cols < 1 || r.row < 0 || r.col < 0) planFault(at, 'emptyRect');
    return { row: r.row + 1, column: r.col + 1, numRows: r.rows, numColumns: r.cols };
  };
  const styles = (plan.styles ?? []).map((style, i) => ({ ...rect(style, `styles[${i}]`), style }));
  const tables = (plan.tables ?? []).map((table, i) => rect(table, `tables[${i}]`));
  const validations = (plan.validations ?? []).map((v, i) => ({
    ...rect(v, `validations[${i}]`),
    list: [...v.list],
  }));
  const charts = (plan.charts ?? []).map((chart, i): PreparedChart => {
    const at = `charts[${i}]`;
    const problem = chartProblems(chart)[0];
    if (problem) planFault(at, 'chart', problem);
    const anchor = rect({ ...chart.anchor, rows: 1, cols: 1 }, at);
    return {
      kind: chart.kind,
      title: chart.title,
      ranges: [chart.categories, ...chart.series.map((s) => s.values)].map((r) => rect(r, at)),
      seriesNames: chart.series.map((s) => s.name),
      row: anchor.row,
      column: anchor.column,
      ...(chart.xTitle === undefined ? {} : { xTitle: chart.xTitle }),
      ...(chart.yTitle === undefined ? {} : { yTitle: chart.yTitle }),
      ...(chart.xBounds === undefined ? {} : { xBounds: chart.xBounds }),
    };
  });
  const conditionalFormats = (plan.conditionalFormats ?? []).map((f, i): PreparedConditionalFormat => {
    const at = `conditionalFormats[${i}]`;
    const problem = conditionalFormatProblems(f)[0];
    if (problem) planFault(at, 'colour', problem);
    return {
      ...rect(f, at),
      equals: f.equals,
      fill: f.fill,
      ...(f.color === undefined ? {} : { color: f.color }),
    };
  });
  const all: SheetRect[] = [
    ...blocks,
    ...styles,
    ...tables,
    ...validations,
    ...conditionalFormats,
    ...charts.flatMap((c) => [...c.ranges, { row: c.row, column: c.column, numRows: 1, numColumns: 1 }]),
  ];
  return {
    numRows: Math.max(1, ...all.map((r) => r.row + r.numRows - 1)),
    numColumns: Math.max(1, plan.columnWidths?.length ?? 0, ...all.map((r) => r.column + r.numColumns - 1)),
    blocks,
    styles,
    tables,
    validations,
    columnWidths: widthRuns(plan.columnWidths ?? []),
    frozenRows: plan.frozenRows ?? 0,
    frozenColumns: plan.frozenColumns ?? 0,
    charts,
    conditionalFormats,
  };
}

/**
 * Every plan of one paint prepared, before the first sheet is made, so a malformed one leaves nothing to
 * undo; a fault names its field from the request list (`requests[1].plan.blocks[0]`).
 */
export function preparePlans(plans: readonly SheetPlan[]): PreparedPlan[] {
  return plans.map((plan, i) => {
    try {
      return prepareSheetPlan(plan);
    } catch (error) {
      const failure = error instanceof ServerFailure ? error.failure : null;
      if (failure?.code !== 'plan') throw error;
      throw new ServerFailure({ ...failure, at: `requests[${i}].plan.${failure.at}` });
    }
  });
}

function prepareBlock(block: PlanBlock, index: number): PreparedBlock {
  const rows = block.values.length;
  const cols = block.values[0]?.length ?? 0;
  const at = `blocks[${index}]`;
  const where = (r: number, c: number): string => `${at}.values[${r}][${c}]`;
  checkShape(block.values, rows, cols, `${at}.values`);
  if (block.formulas) checkShape(block.formulas, rows, cols, `${at}.formulas`);
  if (block.numberFormats) checkShape(block.numberFormats, rows, cols, `${at}.numberFormats`);

  const numberFormats: string[][] = [];
  const values: (string | number | boolean)[][] = [];
  const totals: PlannedTotal[] = [];
  for (let r = 0; r < rows; r++) {
    const formatLine: string[] = [];
    const valueLine: (string | number | boolean)[] = [];
    for (let c = 0; c < cols; c++) {
      const value = block.values[r]?.[c] ?? null;
      const formula = block.formulas?.[r]?.[c] ?? null;
      const planned = block.numberFormats?.[r]?.[c] ?? null;
      if (formula !== null && !formula.startsWith('=')) planFault(where(r, c), 'formulaStart');
      if (formula !== null && planned === TEXT_FORMAT) planFault(where(r, c), 'formulaInText');
      if (typeof value === 'number' && !Number.isFinite(value)) planFault(where(r, c), 'notNumber');
      formatLine.push(cellFormat(value, formula, planned));
      valueLine.push(formula !== null || value === null ? '' : value);
      if (formula !== null && typeof value === 'number' && isNativeTotal(formula))
        totals.push({ row: block.row + r + 1, column: block.col + c + 1, formula, value });
    }
    numberFormats.push(formatLine);
    values.push(valueLine);
  }
  const top = block.row + 1;
  const left = block.col + 1;
  const formulas = block.formulas
    ? formulaRects(block.formulas).map((f: FormulaRect) => toSheet(f, top, left))
    : [];
  return { row: top, column: left, numRows: rows, numColumns: cols, numberFormats, values, formulas, totals };
}

/**
 * A non-empty string is text: it gets the text format whatever the plan says, so `=HYPERLINK(…)`, `+cmd`
 * or `-1+2` typed by a user can never be read back by Sheets as a formula. Other cells take the plan's
 * format, or Sheets' automatic one.
 */
function cellFormat(
  value: string | number | boolean | null,
  formula: string | null,
  planned: string | null,
): string {
  if (formula === null && typeof value === 'string' && value !== '') return TEXT_FORMAT;
  return planned ?? AUTOMATIC_FORMAT;
}

function toSheet(rect: FormulaRect, top: number, left: number): PreparedBlock['formulas'][number] {
  return {
    rect: {
      row: top + rect.row,
      column: left + rect.col,
      numRows: rect.formulas.length,
      numColumns: rect.formulas[0]?.length ?? 0,
    },
    formulas: rect.formulas,
  };
}

/** A block's matrices are all `rows` × `cols`: `detail` says so, as `3×4`. */
function checkShape(matrix: readonly (readonly unknown[])[], rows: number, cols: number, at: string): void {
  if (matrix.length !== rows || matrix.some((line) => line.length !== cols))
    planFault(at, 'shape', `${rows}×${cols}`);
}

/**
 * Excel's column unit (characters of the default font) to pixels: 7 px per character plus 5 px of
 * padding, Excel's own conversion; Sheets' default Arial 10 has the same 7 px digits.
 */
export function columnPixels(characters: number): number {
  return Math.max(1, Math.round(characters * 7 + 5));
}

function widthRuns(widths: readonly number[]): ColumnWidthRun[] {
  const runs: ColumnWidthRun[] = [];
  widths.forEach((width, i) => {
    const pixels = columnPixels(width);
    const last = runs[runs.length - 1];
    if (last && last.pixels === pixels && last.startColumn + last.numColumns === i + 1) {
      runs[runs.length - 1] = { ...last, numColumns: last.numColumns + 1 };
    } else runs.push({ startColumn: i + 1, numColumns: 1, pixels });
  });
  return runs;
}
