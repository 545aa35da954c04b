import {
  TEXT_FORMAT,
  type PlanBlock,
  type PlanChart,
  type PlanConditionalFormat,
  type PlanRect,
  type PlanValidation,
  type SheetPlan,
} from '../core/layout/sheetPlan';
import { chartProblems, chartRects, conditionalFormatProblems } from '../core/layout/planChecks';
import type { ExcelPlanProblem, PlanPart } from '../core/i18n/excelPlanProblems';
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

function rectProblem(part: PlanPart, rect: PlanRect): ExcelPlanProblem | null {
  const { row, col, rows, cols } = rect;
  if (
    !isIndex(row) ||
    !isIndex(col) ||
    !Number.isInteger(rows) ||
    !Number.isInteger(cols) ||
    rows < 1 ||
    cols < 1
  ) {
    return { ...part, problem: 'badRect', row, col, rows, cols };
  }
  if (row + rows > MAX_ROWS || col + cols > MAX_COLS)
    return { ...part, problem: 'offSheet', at: a1Address(row, col, rows, cols) };
  return null;
}

function sameShape(block: PlanBlock, matrix: readonly (readonly unknown[])[] | undefined): boolean {
  return (
    matrix === undefined ||
    (matrix.length === block.values.length && matrix.every((row, r) => row.length === block.values[r].length))
  );
}

function found(problem: ExcelPlanProblem | null): problem is ExcelPlanProblem {
  return problem !== null;
}

function blockProblems(block: PlanBlock): ExcelPlanProblem[] {
  const rows = block.values.length;
  const cols = rows > 0 ? block.values[0].length : 0;
  if (rows === 0 || cols === 0) return [];
  const at = a1Address(block.row, block.col, rows, cols);
  const rect = rectProblem({ part: 'block' }, { row: block.row, col: block.col, rows, cols });
  if (rect) return [rect];
  if (block.values.some((row) => row.length !== cols)) return [{ problem: 'raggedBlock', at }];
  const problems: ExcelPlanProblem[] = [];
  if (!sameShape(block, block.formulas)) problems.push({ problem: 'shapeMismatch', at, matrix: 'formulas' });
  if (!sameShape(block, block.numberFormats))
    problems.push({ problem: 'shapeMismatch', at, matrix: 'formats' });
  if (problems.length > 0) return problems;
  block.formulas?.forEach((row, r) =>
    row.forEach((formula, c) => {
      if (formula === null) return;
      const cell = a1Address(block.row + r, block.col + c);
      if (!/^=./s.test(formula)) problems.push({ problem: 'notAFormula', cell, formula });
      if (block.numberFormats?.[r]?.[c] === TEXT_FORMAT) problems.push({ problem: 'formulaInText', cell });
    }),
  );
  return problems;
}

/** The core's checks of a chart, after Excel's bounds on every range it reads. */
function chartPlanProblems(chart: PlanChart): PaintReason[] {
  const bounds = chartRects(chart)
    .map(([part, rect]) => rectProblem({ part: 'chart', chart: chart.title, ...part }, rect))
    .filter(found);
  return bounds.length > 0 ? bounds : chartProblems(chart);
}

function conditionalFormatPlanProblems(format: PlanConditionalFormat): PaintReason[] {
  const rect = rectProblem({ part: 'conditionalFormat' }, format);
  if (rect) return [rect];
  return conditionalFormatProblems(format, a1Address(format.row, format.col, format.rows, format.cols));
}

/** Office.js takes a literal list as one comma-separated string, which Excel keeps as a quoted formula. */
function validationProblems(validation: PlanValidation): ExcelPlanProblem[] {
  const rect = rectProblem({ part: 'validation' }, validation);
  const list = rect ? {} : { at: a1Address(validation.row, validation.col) };
  const problems: ExcelPlanProblem[] = rect ? [rect] : [];
  if (validation.list.length === 0) problems.push({ ...list, problem: 'listEmpty' });
  // An item with a comma would split; a quote would end the formula string.
  const unfit = validation.list.find((item) => /[,"]/.test(item));
  if (unfit !== undefined) problems.push({ ...list, problem: 'listItem', item: unfit });
  if (validation.list.join(',').length > MAX_LIST_LENGTH)
    problems.push({ ...list, problem: 'listTooLong', max: MAX_LIST_LENGTH });
  return problems;
}

/**
 * Everything in a plan that Excel would reject or misread, found before the workbook is touched, so a bad
 * plan fails without leaving a half-built sheet behind. Empty list when the plan can be painted. Every
 * problem is data (Excel's own limits here, the core's chart and colour checks), worded by the pane in its
 * language (core/i18n/paintReasons.ts).
 */
export function planProblems(plan: SheetPlan): PaintReason[] {
  const problems: PaintReason[] = plan.blocks.flatMap(blockProblems);
  problems.push(
    ...[
      ...(plan.styles ?? []).map((style) => rectProblem({ part: 'style' }, style)),
      ...(plan.tables ?? []).map((table) => rectProblem({ part: 'table' }, table)),
    ].filter(found),
  );
  problems.push(...(plan.validations ?? []).flatMap(validationProblems));
  problems.push(...(plan.charts ?? []).flatMap(chartPlanProblems));
  problems.push(...(plan.conditionalFormats ?? []).flatMap(conditionalFormatPlanProblems));
  (plan.columnWidths ?? []).forEach((width, col) => {
    if (!(Number.isFinite(width) && width >= 0 && width <= MAX_COLUMN_WIDTH))
      problems.push({ problem: 'columnWidth', column: columnLetters(col), width });
  });
  for (const [frozen, count] of [
    ['rows', plan.frozenRows],
    ['columns', plan.frozenColumns],
  ] as const) {
    if (count !== undefined && !isIndex(count)) problems.push({ problem: 'freezeCount', frozen, count });
  }
  return problems;
}
