import { isPaintFailure, paintFailureText } from '../core/i18n/paintFailure';
import type { SheetPlan } from '../core/layout/sheetPlan';
import { cellMatrices } from './cellMatrices';
import { PAINT_SYNCS, PaintError, paintWorkbookPlan } from './painter';
import { REQUEST_BUDGET_BYTES, REQUEST_LIMIT_BYTES, cellBytes, requestGroups } from './requestBudget';
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
    expect(requestGroups([1, 2, 1, 3, 3], ['a', 'b', 'c', 'd', 'e'], 4)).toEqual([[0, 1, 2], [3], [4]]);
    expect(requestGroups([], [], 4)).toEqual([]);
    expect(requestGroups([4, 0], ['a', 'b'], 4)).toEqual([[0, 1]]);
  });

  it('names the sheet too large for one request', () => {
    expect(() => requestGroups([1, 5], ['Summary', 'Huge'], 4)).toThrow(
      /^the sheet "Huge" holds 0\.0 MB of cells, more than Excel takes in one request/,
    );
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
    // Without ExcelApi 1.16 the formula-like text goes in the formulas matrix, counted once more here.
    expect(cellBytes(plan.blocks.map(cellMatrices))).toBe(sent + Buffer.byteLength('"=1+1"'));
  });
});

describe('painting beyond one request', () => {
  it('paints everything the pane paints in PAINT_SYNCS syncs: a 10,000-row sheet is far below the budget', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => [i + 1, `row ${i + 1}`, 1234567.89]);
    const bytes = cellBytes([cellMatrices({ row: 0, col: 0, values: rows })]);
    expect(bytes).toBeLessThan(REQUEST_BUDGET_BYTES / 10);
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

  it('refuses a sheet too large for one request before touching the workbook', async () => {
    const book = createMockWorkbook();
    await expect(paintWorkbookPlan(book.context, [bulky('Huge', 5000)])).rejects.toThrow(
      'Could not build the sheet “Huge”: the sheet "Huge" holds 4.8 MB of cells, more than Excel takes in one request (4.0 MB here, 5.0 MB on the web): paint it in parts. No sheet was created.',
    );
    expect(book.syncs()).toBe(0);
  });

  it('says why in the pane’s language: the sheet too large is data, worded in French without English', async () => {
    const failure = await paintWorkbookPlan(createMockWorkbook().context, [bulky('Énorme', 5000)]).catch(
      (error: unknown) => error,
    );
    expect(isPaintFailure(failure)).toBe(true);
    expect(paintFailureText('fr', failure as PaintError)).toBe(
      'Impossible de créer la feuille «\u00a0Énorme\u00a0»\u00a0: la feuille «\u00a0Énorme\u00a0» contient 4,8 Mo de cellules, plus qu’Excel n’en accepte en une requête (4,0 Mo ici, 5,0 Mo sur le web)\u00a0: créez-la en plusieurs parties. Aucune feuille n’a été créée.',
    );
    expect(paintFailureText('en', failure as PaintError)).toBe(
      'Could not build the sheet “Énorme”: the sheet "Énorme" holds 4.8 MB of cells, more than Excel takes in one request (4.0 MB here, 5.0 MB on the web): paint it in parts. No sheet was created.',
    );
  });
});
