/**
 * The formulas the Summary, Portfolio and Performance sheets write (SUM, SUMIFS, COUNTIF over ranges of one
 * sheet), evaluated over the plan's cells, so a test can check that each formula gives the value cached
 * beside it: a wrong range gives another number.
 */
import { planToGrid } from '../../core/layout/planToGrid';
import type { PlanValue, SheetPlan } from '../../core/layout/sheetPlan';

type Grid = PlanValue[][];

function cellIndex(ref: string): { row: number; col: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  if (!match) throw new Error(`not a cell reference: ${ref}`);
  const col = [...match[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, col };
}

function rangeValues(grid: Grid, range: string): PlanValue[] {
  const [from, to = from] = range.split(':').map(cellIndex);
  const values: PlanValue[] = [];
  for (let r = from.row; r <= to.row; r += 1)
    for (let c = from.col; c <= to.col; c += 1) values.push(grid[r]?.[c] ?? null);
  return values;
}

const numbers = (values: PlanValue[]) => values.filter((v): v is number => typeof v === 'number');

/** The value of one formula over `grid`; throws on a function this evaluator does not know. */
export function evaluate(grid: Grid, formula: string): number {
  const sum = /^=SUM\(([A-Z0-9:$]+)\)$/.exec(formula);
  if (sum) return numbers(rangeValues(grid, sum[1])).reduce((a, b) => a + b, 0);
  const sumifs = /^=SUMIFS\(([A-Z0-9:$]+),([A-Z0-9:$]+),([A-Z0-9$]+)\)$/.exec(formula);
  if (sumifs) {
    const values = rangeValues(grid, sumifs[1]);
    const criteria = rangeValues(grid, sumifs[2]);
    const wanted = rangeValues(grid, sumifs[3])[0];
    return values.reduce<number>(
      (a, v, i) => (criteria[i] === wanted && typeof v === 'number' ? a + v : a),
      0,
    );
  }
  const countif = /^=COUNTIF\(([A-Z0-9:$]+),"([^"]*)"\)$/.exec(formula);
  if (countif) return rangeValues(grid, countif[1]).filter((v) => v === countif[2]).length;
  throw new Error(`formula not understood by the test evaluator: ${formula}`);
}

/** Every formula of the plan with its cached value and its value evaluated over the plan's cells. */
export function formulaResults(
  plan: SheetPlan,
): { cell: string; formula: string; cached: PlanValue; evaluated: number }[] {
  const grid = planToGrid(plan);
  return plan.blocks.flatMap((block) =>
    (block.formulas ?? []).flatMap((row, r) =>
      row.flatMap((formula, c) => {
        if (formula === null) return [];
        const cell = `${String.fromCharCode(65 + block.col + c)}${block.row + r + 1}`;
        // Compared as the cell shows it, 15 significant digits: a SUM of doubles (16.5 + …) may land an ulp off.
        const evaluated = Number(evaluate(grid, formula).toPrecision(15));
        return [{ cell, formula, cached: block.values[r][c], evaluated }];
      }),
    ),
  );
}
