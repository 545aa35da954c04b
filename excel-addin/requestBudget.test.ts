import { isPaintFailure, paintFailureText } from '../core/i18n/paintFailure';
import { buildInvoice } from '../core/invoice/buildInvoice';
import { invoiceSheetPlan } from '../core/layout/invoiceSheet';
import type { SheetPlan } from '../core/layout/sheetPlan';
import { findTemplate } from '../core/templates';
import { cellMatrices } from './cellMatrices';
import { PAINT_SYNCS, PaintError, paintWorkbookPlan } from './painter';
import {
  REQUEST_BUDGET_BYTES,
  REQUEST_LIMIT_BYTES,
  TYPED_TEXT_BYTES,
  cellBytes,
  requestGroups,
  rowParts,
  sheetSyncs,
  sliceMatrices,
  writeBytes,
} from './requestBudget';
import { heightRuns } from './sheetWrites';
import { createMockWorkbook, type HostCall } from '../test/fakes/excel/mockWorkbook';

const MB = 1024 * 1024;

/** A sheet of `rows` rows of one text cell of 1,000 characters (a little over 1 MB per 1,000 rows). */
function bulky(name: string, rows: number): SheetPlan {
  const text = `${name} `.padEnd(1000, 'x');
  return {
    name,
    blocks: [{ row: 0, col: 0, values: Array.from({ length: rows }, () => [text]) }],
  };
}

/** The bytes of cells and formats each sync carried, as the fake received them. */
function bytesPerSync(calls: readonly HostCall[]): number[] {
  const bytes: number[] = [];
  for (const call of calls)
    if (call.op === 'formulas' || call.op === 'numberFormat')
      bytes[call.batch - 1] = (bytes[call.batch - 1] ?? 0) + Buffer.byteLength(JSON.stringify(call.args[0]));
  return Array.from(bytes, (b) => b ?? 0);
}

describe('requestGroups', () => {
  it('keeps consecutive sheets together up to the budget, in order', () => {
    expect(requestGroups([1, 2, 1, 3, 3], 4)).toEqual([[0, 1, 2], [3], [4]]);
    expect(requestGroups([], 4)).toEqual([]);
    expect(requestGroups([4, 0], 4)).toEqual([[0, 1]]);
  });

  it('puts a sheet over the budget in a group of its own, written in parts of rows', () => {
    expect(requestGroups([1, 5, 1], 4)).toEqual([[0], [1], [2]]);
  });

  it('stays a fifth below Excel on the web’s 5 MB', () => {
    expect(REQUEST_LIMIT_BYTES).toBe(5 * MB);
    expect(REQUEST_BUDGET_BYTES).toBe(4 * MB);
  });
});

describe('cellBytes', () => {
  it('counts what the painter sends for the cells: formulas or values, and formats, in UTF-8', async () => {
    const plan: SheetPlan = {
      name: 'Mixed',
      blocks: [
        {
          row: 0,
          col: 0,
          values: [
            ['Prestation réalisée', 12.5, null],
            ['=1+1', 3, true],
          ],
          numberFormats: [
            ['@', '#,##0.00', null],
            ['@', null, null],
          ],
          formulas: [
            [null, null, null],
            [null, null, '=B2*2'],
          ],
        },
      ],
    };
    const book = createMockWorkbook();
    await paintWorkbookPlan(book.context, [plan]);
    const sent = bytesPerSync(book.calls).reduce((a, b) => a + b, 0);
    // Without ExcelApi 1.16 the formula-like text goes in the formulas matrix; counted once more here, with
    // the object path and action of its typed write on an Excel that has 1.16.
    expect(cellBytes(plan.blocks.map(cellMatrices))).toBe(
      sent + Buffer.byteLength('"=1+1"') + TYPED_TEXT_BYTES,
    );
  });
});

describe('writeBytes', () => {
  // The request Office.js builds (ClientRequestBase.buildRequestMessageBodyAndRequestFlags in
  // @microsoft/office-js): each object path, keyed by its id, each Instantiate and SetProperty action.
  const id = 123456;
  const json = (value: unknown) => Buffer.byteLength(JSON.stringify(value)) + 1;
  const path = (extra: object) => `"${id}":`.length + json({ Id: id, ...extra, ParentObjectPathId: id });
  const instantiate = json({ Id: id, ActionType: 1, Name: '', ObjectPathId: id });
  const set = (name: string, value: unknown) =>
    json({ Id: id, ActionType: 4, Name: name, ObjectPathId: id, ArgumentInfo: { Arguments: [value] } });
  const range = path({
    ObjectPathType: 3,
    Name: 'getRangeByIndexes',
    ArgumentInfo: { Arguments: [12345, 0, 1, 1] },
  });
  const property = (name: string) => path({ ObjectPathType: 4, Name: name });

  it('counts a row height as Office.js sends it, a little over', () => {
    const sent = range + property('format') + 2 * instantiate + set('RowHeight', 30);
    const counted = writeBytes((sheet) => {
      sheet.getRangeByIndexes(12345, 0, 1, 1).format.rowHeight = 30;
    });
    expect(counted).toBeGreaterThanOrEqual(sent);
    expect(counted).toBeLessThan(sent * 1.25);
  });

  it('counts each object once, as Office.js keeps them, and each value set', () => {
    const font = writeBytes((sheet) => {
      const format = sheet.getRangeByIndexes(0, 0, 1, 8).format;
      format.font.bold = true;
      format.font.color = '#1F4E79';
    });
    const sent =
      range + 2 * property('format') + 3 * instantiate + set('Bold', true) + set('Color', '#1F4E79');
    expect(font).toBeGreaterThanOrEqual(sent);
    expect(font).toBeLessThan(sent * 1.25);
    const long = writeBytes((sheet) => {
      sheet.getRangeByIndexes(0, 0, 1, 1).dataValidation.rule = {
        list: { inCellDropDown: true, source: 'x'.repeat(1000) },
      };
    });
    expect(long).toBeGreaterThan(1000);
  });
});

describe('sheetSyncs', () => {
  it('fills what the last part of cells leaves, then as many syncs as the other writes need', () => {
    const row = (text: string) => [text.padEnd(100, 'x')];
    const cells = cellMatrices({ row: 0, col: 0, values: [row('a'), row('b'), row('c')] })!;
    const oneRow = cellBytes([sliceMatrices(cells, 0, 1)]);
    const budget = 2 * oneRow + 10;
    const syncs = sheetSyncs([cells], [10, oneRow, oneRow, oneRow, 15], 'S', budget);
    expect(syncs.cells).toEqual([[{ block: 0, from: 0, to: 2 }], [{ block: 0, from: 2, to: 3 }]]);
    // The last row of cells, the 10-byte write and one row's worth fill the budget exactly; two more rows'
    // worth fill the next sync, the 15 bytes go to a third.
    expect([...syncs.breaks]).toEqual([2, 4]);
  });

  it('gives a write over the budget a sync of its own, which Excel may refuse with its own words', () => {
    expect([...sheetSyncs([null], [5, 50, 5], 'S', 20).breaks]).toEqual([1, 2]);
  });
});

describe('painting beyond one request', () => {
  it('paints everything the pane paints in PAINT_SYNCS syncs: a 10,000-row sheet is far below the budget', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => [i + 1, `row ${i + 1}`, 1234567.89]);
    const bytes = cellBytes([cellMatrices({ row: 0, col: 0, values: rows })]);
    expect(bytes).toBeLessThan(REQUEST_BUDGET_BYTES / 10);
  });

  it('paints a 5,000-line invoice (0.9 MB of cells) in PAINT_SYNCS syncs, one request', async () => {
    const template = findTemplate('bpo-customer-service')!;
    const built = buildInvoice(template.contract('en'), template.actuals('en'), '2026-10');
    if (!built.ok) throw new Error(built.problems.join('\n'));
    const { invoice } = built;
    const lines = Array.from({ length: 5000 }, (_, i) => invoice.lines[i % invoice.lines.length]!);
    const plan = invoiceSheetPlan({ ...invoice, lines });
    const bytes = cellBytes(plan.blocks.map(cellMatrices));
    expect(bytes).toBeLessThan(REQUEST_BUDGET_BYTES / 4);
    const book = createMockWorkbook();
    await paintWorkbookPlan(book.context, [plan]);
    expect(book.syncs()).toBe(PAINT_SYNCS);
  });

  it('paints a 12,000-line invoice whose row heights alone are megabytes of Office.js actions', async () => {
    // 4.2 MB of cells and 12,004 wrapped rows, each row height an action on a range of its own: about
    // 5.4 MB more as Office.js serialises it. The fake, as Excel on the web, refuses a request over 5 MB.
    const template = findTemplate('online-business-manager')!;
    const built = buildInvoice(template.contract('en'), template.actuals('en'), '2026-10');
    if (!built.ok) throw new Error(built.problems.join('\n'));
    const lines = Array.from(
      { length: 12_000 },
      (_, i) => built.invoice.lines[i % built.invoice.lines.length]!,
    );
    const plan = invoiceSheetPlan({ ...built.invoice, lines });
    const book = createMockWorkbook();
    await expect(paintWorkbookPlan(book.context, [plan])).resolves.toEqual([plan.name]);
    const painted = book.sheet(plan.name);
    const last = plan.blocks[plan.blocks.length - 1]!;
    expect(painted.cells.get(`A${last.row + last.values.length}`)?.value).toBe(last.values.at(-1)![0]);
    // Every planned height painted, on the rows it was planned for.
    const heights = new Map<number, unknown>();
    for (const format of painted.formats.filter((f) => f.property === 'format.rowHeight')) {
      const [, first, to] = /^A(\d+)(?::A(\d+))?$/.exec(format.address)!;
      for (let row = Number(first); row <= Number(to ?? first); row += 1) heights.set(row - 1, format.value);
    }
    expect(heights).toEqual(new Map(plan.rowHeights!.map(({ row, height }) => [row, height])));
    expect(painted.tables).toHaveLength(plan.tables?.length ?? 0);
    // Runs of rows of one height are one write each: 7,203 writes for 12,004 rows.
    const writes = book.calls.filter((call) => call.op === 'format.rowHeight');
    expect(writes).toHaveLength(heightRuns(plan.rowHeights!).length);
    expect(writes.length).toBeLessThan(0.65 * plan.rowHeights!.length);
    // Names, then the cells in two parts, the heights (3.8 MB as counted) with the second.
    expect(book.syncs()).toBe(PAINT_SYNCS + 1);
  });

  it('paints again in requests of a quarter of the budget when Excel refuses one it counted under it', async () => {
    // An Excel whose requests carry more than the painter counts: a 2 MB sheet, one request as counted,
    // is refused whole; the painter removes what it added and paints it again in slices of 1 MB.
    const plan = bulky('Big', 2000);
    const book = createMockWorkbook({ sheets: { Mine: [['kept']] }, requestLimitBytes: 1.5 * MB });
    await expect(paintWorkbookPlan(book.context, [plan])).resolves.toEqual(['Big']);
    expect(book.sheetNames()).toEqual(['Mine', 'Big']);
    expect(book.sheet('Big').cells.get('A2000')?.value).toBe(plan.blocks[0]!.values[1999]![0]);
    expect(Math.max(...bytesPerSync(book.calls))).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES / 4);
    // Refused again: said, once, and nothing left behind.
    const tiny = createMockWorkbook({ sheets: { Mine: [['kept']] }, requestLimitBytes: 0.5 * MB });
    await expect(paintWorkbookPlan(tiny.context, [plan])).rejects.toThrow(/RequestPayloadSizeLimitExceeded/);
    expect(tiny.sheetNames()).toEqual(['Mine']);
  });

  it('splits sheets over syncs that each stay under the budget, all or nothing', async () => {
    const plans = ['A', 'B', 'C', 'D', 'E'].map((name) => bulky(name, 1500)); // about 1.5 MB each
    const book = createMockWorkbook({ sheets: { Mine: [['kept']] } });
    await expect(paintWorkbookPlan(book.context, plans)).resolves.toEqual(['A', 'B', 'C', 'D', 'E']);
    const sent = bytesPerSync(book.calls);
    // Names, then A+B, C+D, E.
    expect(book.syncs()).toBe(PAINT_SYNCS + 2);
    expect(sent.filter((b) => b > 0)).toHaveLength(3);
    expect(Math.max(...sent)).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
    expect(book.sheet('E').cells.get('A1500')?.value).toBe(plans[4]!.blocks[0]!.values[0]![0]);
  });

  it('removes the sheets of earlier syncs, by id, when a later one fails', async () => {
    const plans = ['A', 'B', 'C', 'D', 'E'].map((name) => bulky(name, 1500));
    const book = createMockWorkbook({
      sheets: { Mine: [['kept']] },
      failWhen: (call) => (call.target.startsWith('E!') && call.op === 'formulas' ? 'Busy' : undefined),
    });
    const failure = await paintWorkbookPlan(book.context, plans).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PaintError);
    expect((failure as PaintError).cleanup).toBe('removed');
    // A to D had been written in the two syncs before E's; all five are deleted by id.
    expect(book.calls.filter((call) => call.op === 'delete')).toHaveLength(5);
    expect(book.sheetNames()).toEqual(['Mine']);
  });

  it('would be refused by Excel on the web as one request: the fake, as Excel, refuses a sync over 5 MB', async () => {
    const book = createMockWorkbook();
    const sheet = book.context.workbook.worksheets.add('Big');
    const text = 'x'.repeat(1000);
    sheet.getRange('A1:A6000').formulas = Array.from({ length: 6000 }, () => [text]);
    await expect(book.context.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(book.sheetNames()).toEqual([]);
  });

  it('writes a sheet over the budget in slices of rows, each sync under it, its table after the last', async () => {
    const plan: SheetPlan = {
      ...bulky('Huge', 9000), // 8.6 MB: one request would be refused, as the fake refuses it
      tables: [{ name: 'Huge_rows', row: 0, col: 0, rows: 9000, cols: 1 }],
      columnWidths: [40],
    };
    const book = createMockWorkbook({ sheets: { Mine: [['kept']] } });
    await expect(paintWorkbookPlan(book.context, [plan])).resolves.toEqual(['Huge']);
    const sent = bytesPerSync(book.calls);
    // Names, then three parts of rows.
    expect(book.syncs()).toBe(PAINT_SYNCS + 2);
    expect(sent[0]).toBe(0);
    expect(sent.slice(1).every((bytes) => bytes > 0 && bytes <= REQUEST_BUDGET_BYTES)).toBe(true);
    // Every cell once: the three slices are three matrices, two brackets more than the whole one.
    expect(sent.reduce((a, b) => a + b, 0)).toBe(cellBytes(plan.blocks.map(cellMatrices)) + 2);
    const huge = book.sheet('Huge');
    const text = plan.blocks[0]!.values[0]![0];
    expect([1, 4000, 4001, 9000].map((row) => huge.cells.get(`A${row}`)?.value)).toEqual([
      text,
      text,
      text,
      text,
    ]);
    expect(huge.cells.has('A9001')).toBe(false);
    // The table and the widths, which need the cells written, come with the last part.
    const last = Math.max(...book.calls.map((call) => call.batch));
    expect(book.calls.filter((call) => call.op === 'tables.add').map((call) => call.batch)).toEqual([last]);
    expect(huge.tables).toEqual([{ name: 'Huge_rows', address: 'A1:A9000', hasHeaders: true }]);
    expect(book.sheet('Mine').cells.get('A1')?.value).toBe('kept');
  });

  it('removes such a sheet, by id, when a later part fails: all or nothing still', async () => {
    const book = createMockWorkbook({
      sheets: { Mine: [['kept']] },
      failWhen: (call) => (call.batch === 4 && call.op === 'formulas' ? 'Busy' : undefined),
    });
    const failure = (await paintWorkbookPlan(book.context, [bulky('Huge', 9000)]).catch(
      (error: unknown) => error,
    )) as PaintError;
    expect(failure.cleanup).toBe('removed');
    expect(book.sheetNames()).toEqual(['Mine']);
  });

  it('cuts rows whole, in order, across blocks, and moves formula-like text with its row', () => {
    const row = (text: string) => [text.padEnd(100, 'x')];
    const first = cellMatrices({ row: 0, col: 0, values: [row('a'), row('b'), row('c')] })!;
    const second = cellMatrices({ row: 5, col: 0, values: [row('d'), row('e')] })!;
    const oneRow = cellBytes([sliceMatrices(first, 0, 1)]);
    expect(rowParts([first, null, second], 'S', 2 * oneRow + 10)).toEqual([
      [{ block: 0, from: 0, to: 2 }],
      [
        { block: 0, from: 2, to: 3 },
        { block: 2, from: 0, to: 1 },
      ],
      [{ block: 2, from: 1, to: 2 }],
    ]);
    const texts = cellMatrices({ row: 0, col: 0, values: [row('a'), row('=b'), row('c')] })!;
    expect(sliceMatrices(texts, 1, 3).formulaLikeText).toEqual([{ row: 0, col: 0, text: row('=b')[0] }]);
    expect(sliceMatrices(texts, 1, 3).numberFormats).toEqual([['@'], ['General']]);
    // A formula-like text counts once more (its typed write): its row is heavier.
    expect(cellBytes([sliceMatrices(texts, 1, 2)])).toBeGreaterThan(cellBytes([sliceMatrices(texts, 0, 1)]));
  });

  it('refuses, before touching the workbook, a sheet with a single row over the budget', async () => {
    const book = createMockWorkbook();
    const plan: SheetPlan = { name: 'Wide', blocks: [{ row: 0, col: 0, values: [['x'.repeat(4.5 * MB)]] }] };
    await expect(paintWorkbookPlan(book.context, [plan])).rejects.toThrow(
      'Could not build the sheet "Wide": the sheet "Wide" has a row of 4.5 MB of cells, more than Excel takes in one request (4.0 MB here, 5.0 MB on the web). No sheet was created.',
    );
    expect(book.syncs()).toBe(0);
  });

  it('says why in the pane’s language: the sheet too large is data, worded in French without English', async () => {
    const plan: SheetPlan = {
      name: 'Énorme',
      blocks: [{ row: 0, col: 0, values: [['x'.repeat(4.5 * MB)]] }],
    };
    const failure = await paintWorkbookPlan(createMockWorkbook().context, [plan]).catch(
      (error: unknown) => error,
    );
    expect(isPaintFailure(failure)).toBe(true);
    expect(paintFailureText('fr', failure as PaintError)).toBe(
      'Impossible de créer la feuille «\u00a0Énorme\u00a0»\u00a0: la feuille «\u00a0Énorme\u00a0» a une ligne de 4,5 Mo de cellules, plus qu’Excel n’en accepte en une requête (4,0 Mo ici, 5,0 Mo sur le web). Aucune feuille n’a été créée.',
    );
  });
});
