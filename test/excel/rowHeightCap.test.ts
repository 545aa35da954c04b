/**
 * One rule for a row too tall (acceptedRowHeight in core/layout/rowHeights.ts), the same in every painter:
 * an invoice line whose wrapped explanation needs more than Excel's 409 points is painted exactly 409 points
 * tall by the Excel pane and by the .xlsx writer, also when the plan asks for more (a plan from elsewhere
 * than the layout), and Sheets, which fits a wrapped row itself, is given no height at all.
 */
import { fitRowHeights, MAX_ROW_HEIGHT } from '../../core/layout/rowHeights';
import type { SheetPlan } from '../../core/layout/sheetPlan';
import { paintSheet } from '../../core/xlsx/paintSheet';
import { ListSources } from '../../core/xlsx/validations';
import { excelJs } from '../../core/xlsx/exceljs';
import { paintSheetPlan as paintExcel } from '../../excel-addin/painter';
import { paintSheetPlan as paintSheets } from '../../sheets-addon/painter';
import { createAppsScriptFake } from '../fakes/appsScript';
import { createMockWorkbook } from '../fakes/excel/mockWorkbook';

/** Two invoice lines, the second explained in 200 sentences: far more than 27 lines of its column. */
function invoiceWithLongExplanation(): SheetPlan {
  const long = Array.from({ length: 200 }, (_, i) => `Step ${i + 1}: 0.774 against 0.80, 2.6 points short.`);
  const plan: Omit<SheetPlan, 'rowHeights'> = {
    name: 'Invoice 2026-10',
    blocks: [
      {
        row: 0,
        col: 0,
        values: [
          ['Line', 'Explanation', 'Amount'],
          ['Fixed fee', 'Monthly fee', 100000],
          ['FCR malus', long.join(' '), -2500],
        ],
      },
    ],
    styles: [{ row: 1, col: 1, rows: 2, cols: 1, wrap: true }],
    columnWidths: [20, 60, 14],
  };
  return { ...plan, rowHeights: fitRowHeights(plan) };
}

/** The plan with its long row asked `height` points tall, as a plan made elsewhere than the layout may. */
function askingFor(height: number): SheetPlan {
  return { ...invoiceWithLongExplanation(), rowHeights: [{ row: 2, height }] };
}

test('the layout plans the long line at exactly the cap', () => {
  expect(invoiceWithLongExplanation().rowHeights).toEqual([{ row: 2, height: MAX_ROW_HEIGHT }]);
});

describe.each([
  ['as the layout plans it', invoiceWithLongExplanation()],
  ['asked 600 points', askingFor(600)],
])('the long line %s', (_, plan) => {
  test('is painted 409 points tall in the Excel fake', async () => {
    const book = createMockWorkbook();
    await paintExcel(book.context, plan);
    const heights = book.calls.filter((call) => call.op === 'format.rowHeight');
    expect(heights.map((call) => [call.target.split('!')[1], call.args[0]])).toEqual([['A3', 409]]);
  });

  test('is written 409 points tall in an .xlsx', () => {
    const workbook = new (excelJs().Workbook)();
    const sheet = paintSheet(workbook, plan, plan.name, { tableNames: [], lists: new ListSources('Lists') });
    expect([sheet.getRow(2).height, sheet.getRow(3).height]).toEqual([undefined, 409]);
  });

  test('is left to Sheets to fit in the Sheets fake: its text whole, no height set', () => {
    const fake = createAppsScriptFake({ sheetNames: ['Contract'] });
    const from = fake.log.mark();
    const name = paintSheets(fake.asReal.spreadsheet, plan, fake.asReal.SpreadsheetApp);
    const calls = fake.log.since(from, { group: 'SpreadsheetApp' });
    expect(calls.filter((call) => /height/i.test(call.method))).toEqual([]);
    const painted = fake.asReal.spreadsheet.getSheetByName(name)!.getRange('B3').getValue();
    expect(painted).toBe(plan.blocks[0].values[2][1]);
  });
});
