/**
 * Excel rewrites a table's header row as it makes the table (`tables.add(range, true)`): a blank header
 * becomes `Column1`, a repeated one (case aside) `Amount2`, a number or a formula its text. The readers
 * find a table's columns by their headers, and the Excel fake keeps headers as written, so every table a
 * pane action paints must have a header row of distinct texts, which Excel keeps as they are.
 */
import type { PlanValue, SheetPlan } from '../core/layout/sheetPlan';
import { TEMPLATES } from '../core/templates';
import { paneRun } from '../test/support/paneRun';

/** The plan's cell at (row, col): its formula if it has one, else its value; undefined outside blocks. */
function cellOf(plan: SheetPlan, row: number, col: number): { formula: string } | PlanValue | undefined {
  for (const block of plan.blocks) {
    const r = row - block.row;
    const c = col - block.col;
    if (r < 0 || c < 0 || r >= block.values.length || c >= (block.values[r]?.length ?? 0)) continue;
    const formula = block.formulas?.[r]?.[c] ?? null;
    return formula === null ? block.values[r]![c]! : { formula };
  }
  return undefined;
}

/** Each header of the plan's tables that Excel would rewrite, as `table: header (why)`. */
function rewrittenHeaders(plan: SheetPlan): string[] {
  return (plan.tables ?? []).flatMap((table) => {
    const seen = new Set<string>();
    return Array.from({ length: table.cols }, (_, i) => cellOf(plan, table.row, table.col + i)).flatMap(
      (header, i) => {
        const where = `${plan.name} ${table.name} column ${i + 1}`;
        if (header === undefined || header === null || header === '') return [`${where}: blank`];
        if (typeof header !== 'string') return [`${where}: ${JSON.stringify(header)} (not text)`];
        const key = header.toLowerCase();
        if (seen.has(key)) return [`${where}: "${header}" (repeated)`];
        seen.add(key);
        return [];
      },
    );
  });
}

describe('table headers as Excel keeps them', () => {
  it('finds the headers Excel would rewrite', () => {
    const plan: SheetPlan = {
      name: 'Lines',
      blocks: [
        {
          row: 0,
          col: 0,
          values: [['Amount', null, 'amount', 2026, 'x']],
          formulas: [[null, null, null, null, '=1']],
        },
      ],
      tables: [{ name: 'Lines', row: 0, col: 0, rows: 1, cols: 5 }],
    };
    expect(rewrittenHeaders(plan)).toEqual([
      'Lines Lines column 2: blank',
      'Lines Lines column 3: "amount" (repeated)',
      'Lines Lines column 4: 2026 (not text)',
      'Lines Lines column 5: {"formula":"=1"} (not text)',
    ]);
  });

  it.each(
    TEMPLATES.flatMap((template) =>
      (['en', 'fr'] as const).map((lang) => [template.id, lang, template] as const),
    ),
  )('are distinct texts in every table every pane action paints for %s (%s)', (_id, lang, template) => {
    const { plans } = paneRun(template, lang).book;
    expect(plans.filter((plan) => (plan.tables ?? []).length > 0).length).toBeGreaterThan(5);
    expect(plans.flatMap(rewrittenHeaders)).toEqual([]);
  });
});
