import {
  TEXT_FORMAT,
  type PlanBlock,
  type PlanChart,
  type PlanConditionalFormat,
  type PlanRect,
  type SheetPlan,
} from '../core/layout/sheetPlan';
import { chartProblems, chartRects, conditionalFormatProblems } from '../core/layout/planChecks';
import type { PaintReason } from '../core/i18n/paintReasons';
import { a1Address, columnLetters } from './a1';

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
/** Excel keeps a literal validation list in a 255-character formula. */
const MAX_LIST_LENGTH = 255;
const MAX_COLUMN_WIDTH = 255;

function isIndex(n: number): boolean {
  return Number.isInteger(n) && n >= 0;
}

function rectProblem(kind: string, rect: PlanRect): string | null {
  const { row, col, rows, cols } = rect;
  if (
    !isIndex(row) ||
    !isIndex(col) ||
    !Number.isInteger(rows) ||
    !Number.isInteger(cols) ||
    rows < 1 ||
    cols < 1
  ) {
    return `${kind} at row ${row}, column ${col} has an invalid position or size (${rows} × ${cols})`;
  }
  if (row + rows > MAX_ROWS || col + cols > MAX_COLS)
    return `${kind} ${a1Address(row, col, rows, cols)} is off the sheet`;
  return null;
}

function sameShape(block: PlanBlock, matrix: readonly (readonly unknown[])[] | undefined): boolean {
  return (
    matrix === undefined ||
    (matrix.length === block.values.length && matrix.every((row, r) => row.length === block.values[r].length))
  );
}

function blockProblems(block: PlanBlock): string[] {
  const rows = block.values.length;
  const cols = rows > 0 ? block.values[0].length : 0;
  if (rows === 0 || cols === 0) return [];
  const where = a1Address(block.row, block.col, rows, cols);
  const rect = rectProblem('Block', { row: block.row, col: block.col, rows, cols });
  if (rect) return [rect];
  if (block.values.some((row) => row.length !== cols))
    return [`Block ${where} has rows of different lengths`];
  const problems: string[] = [];
  if (!sameShape(block, block.formulas))
    problems.push(`Block ${where}: formulas do not match the values' shape`);
  if (!sameShape(block, block.numberFormats))
    problems.push(`Block ${where}: formats do not match the values' shape`);
  if (problems.length > 0) return problems;
  block.formulas?.forEach((row, r) =>
    row.forEach((formula, c) => {
      if (formula === null) return;
      const cell = a1Address(block.row + r, block.col + c);
      if (!/^=./s.test(formula))
        problems.push(`Cell ${cell}: formula "${formula}" is not = followed by a formula`);
      if (block.numberFormats?.[r]?.[c] === TEXT_FORMAT)
        problems.push(`Cell ${cell}: a formula in a text cell`);
    }),
  );
  return problems;
}

/** The core's checks of a chart, after Excel's bounds on every range it reads. */
function chartPlanProblems(chart: PlanChart): PaintReason[] {
  const bounds = chartRects(chart)
    .map(([what, rect]) => rectProblem(`The chart "${chart.title}": ${what}`, rect))
    .filter((problem): problem is string => problem !== null);
  return bounds.length > 0 ? bounds : chartProblems(chart);
}

function conditionalFormatPlanProblems(format: PlanConditionalFormat): PaintReason[] {
  const rect = rectProblem('Conditional format', format);
  if (rect) return [rect];
  return conditionalFormatProblems(format, a1Address(format.row, format.col, format.rows, format.cols));
}

/**
 * Everything in a plan that Excel would reject or misread, found before the workbook is touched, so a bad
 * plan fails without leaving a half-built sheet behind. Empty list when the plan can be painted. The core's
 * chart and colour checks come as data (the pane words them); Excel's own limits, in English.
 */
export function planProblems(plan: SheetPlan): PaintReason[] {
  const problems: PaintReason[] = plan.blocks.flatMap(blockProblems);
  const rects = [
    ...(plan.styles ?? []).map((style) => rectProblem('Style', style)),
    ...(plan.tables ?? []).map((table) => rectProblem('Table', table)),
  ];
  problems.push(...rects.filter((problem): problem is string => problem !== null));
  for (const validation of plan.validations ?? []) {
    const rect = rectProblem('Validation', validation);
    if (rect) problems.push(rect);
    const where = rect
      ? 'A validation list'
      : `The validation list of ${a1Address(validation.row, validation.col)}`;
    // Office.js takes a literal list as one comma-separated string: an item with a comma would split, and
    // Excel stores the list as a quoted formula string, so a quote cannot be in it either.
    if (validation.list.length === 0) problems.push(`${where} is empty`);
    const unfit = validation.list.find((item) => /[,"]/.test(item));
    if (unfit !== undefined)
      problems.push(`${where} has an item with a comma or a quote: ${JSON.stringify(unfit)}`);
    if (validation.list.join(',').length > MAX_LIST_LENGTH) {
      problems.push(`${where} is longer than ${MAX_LIST_LENGTH} characters`);
    }
  }
  problems.push(...(plan.charts ?? []).flatMap(chartPlanProblems));
  problems.push(...(plan.conditionalFormats ?? []).flatMap(conditionalFormatPlanProblems));
  (plan.columnWidths ?? []).forEach((width, col) => {
    if (!(Number.isFinite(width) && width >= 0 && width <= MAX_COLUMN_WIDTH)) {
      problems.push(`Column ${columnLetters(col)} has an invalid width ${width}`);
    }
  });
  for (const [label, count] of [
    ['frozen rows', plan.frozenRows],
    ['frozen columns', plan.frozenColumns],
  ] as const) {
    if (count !== undefined && !isIndex(count)) problems.push(`Invalid number of ${label}: ${count}`);
  }
  return problems;
}
