/**
 * The invoice as a document through the Excel painter and the progress bar of batch runs: the plan's row
 * heights, paper and repeated header rows reach Office.js in the same two syncs, whatever the invoice's
 * size; the bar is drawn only on a terminal, only after a second.
 */
import { paintSheetPlan, PAINT_SYNCS } from '../../excel-addin/painter';
import { heightRuns } from '../../excel-addin/sheetWrites';
import { buildInvoice } from '../../core/invoice/buildInvoice';
import { invoiceSheetPlan } from '../../core/layout/invoiceSheet';
import { fitRowHeights, wrappedLineCount } from '../../core/layout/rowHeights';
import { progressBar } from '../../core/cli/progress';
import { cliTexts } from '../../core/i18n/cli';
import { findTemplate } from '../../core/templates';
import { createMockWorkbook } from '../fakes/excel/mockWorkbook';

const template = findTemplate('it-services-sla')!;
const built = buildInvoice(template.contract('en'), template.actuals('en'), '2026-04');
if (!built.ok) throw new Error(built.problems.join('\n'));
const plan = invoiceSheetPlan(built.invoice);

describe('row heights in the layout', () => {
  it('wrap words whole and break a word longer than a line', () => {
    expect(wrappedLineCount('Cap on service-level credits (at-risk amount)', 25)).toBe(2);
    expect(wrappedLineCount('short', 25)).toBe(1);
    expect(wrappedLineCount('x'.repeat(60), 25)).toBe(3);
    expect(wrappedLineCount('one\ntwo', 25)).toBe(2);
  });

  it('are given only for rows that wrap onto several lines, the tallest cell deciding', () => {
    const heights = fitRowHeights({
      name: 'T',
      blocks: [
        {
          row: 0,
          col: 0,
          values: [
            ['a '.repeat(40), 'b'],
            ['short', 'c'],
          ],
        },
      ],
      styles: [{ row: 0, col: 0, rows: 2, cols: 1, wrap: true }],
      columnWidths: [12, 12],
    });
    // 40 one-letter words, 9 characters a line: 5 words a line, 8 lines of 15 pt.
    expect(heights).toEqual([{ row: 0, height: 120 }]);
  });
});

describe('the Excel painter', () => {
  it('sets each row height, the paper and the repeated header rows in the same syncs', async () => {
    const book = createMockWorkbook();
    await paintSheetPlan(book.context, plan);
    expect(book.syncs()).toBe(PAINT_SYNCS);
    const heights = book.calls.filter((call) => call.op === 'format.rowHeight');
    // One write per run of consecutive rows of one height.
    expect(heights.map((call) => [call.target.replace(/^.*!/, ''), call.args[0]])).toEqual(
      heightRuns(plan.rowHeights ?? []).map(({ row, rows, height }) => [
        rows === 1 ? `A${row + 1}` : `A${row + 1}:A${row + rows}`,
        height,
      ]),
    );
    expect(heights.length).toBeGreaterThan(3);
    const sheet = book.sheet(plan.name);
    expect(sheet.pageLayout).toMatchObject({
      orientation: 'Portrait',
      paperSize: 'A4',
      printTitleRows: 'A1:XFD8',
    });
  });
});

describe('progressBar', () => {
  const label = cliTexts('en').progress;
  const stream = (isTTY: boolean) => {
    const written: string[] = [];
    return { isTTY, write: (text: string) => written.push(text), written };
  };

  it('draws nothing on a pipe, nor during the first second', () => {
    const pipe = stream(false);
    const bar = progressBar(10, label, pipe, () => 5000);
    bar.tick();
    bar.done();
    expect(pipe.written).toEqual([]);
    let now = 0;
    const tty = stream(true);
    const quick = progressBar(10, label, tty, () => now);
    now = 999;
    quick.tick();
    quick.done();
    expect(tty.written).toEqual([]);
  });

  it('redraws one line on a terminal once a run lasts a second, and clears it at the end', () => {
    let now = 0;
    const tty = stream(true);
    const bar = progressBar(4, label, tty, () => now);
    for (let i = 0; i < 4; i += 1) {
      now += 600;
      bar.tick();
    }
    bar.done();
    expect(tty.written[0]).toBe(`\r[${'#'.repeat(15)}${'.'.repeat(15)}] 2/4 invoices`);
    expect(tty.written.at(-2)).toBe(`\r[${'#'.repeat(30)}] 4/4 invoices`);
    expect(tty.written.at(-1)).toBe('\r\x1b[K');
  });

  it('says how far it is in the contract’s language, the counts grouped', () => {
    let now = 0;
    const tty = stream(true);
    const bar = progressBar(12000, cliTexts('fr').progress, tty, () => now);
    for (let i = 0; i < 1200; i += 1) {
      now += 1;
      bar.tick();
    }
    expect(tty.written.at(-1)).toMatch(/\] 1\u202f[0-9]{3}\/12\u202f000 factures$/);
  });
});
