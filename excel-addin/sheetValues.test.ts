import { CELLS_PER_SLICE, readSheetValues, readSheetValuesAndFormats, readSheetsValues } from './sheetValues';
import { createMockWorkbook } from '../test/fakes/excel/mockWorkbook';

/** `rows` rows of four 55-character texts: 25,000 rows are about 5.8 MB of values, over Excel's 5 MB. */
function bigRows(rows: number): string[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: 4 }, (_, c) => `r${r}c${c}`.padEnd(55, '.')),
  );
}

describe('readSheetValues of a sheet too large for one answer', () => {
  const rows = bigRows(25_000);
  // One workbook for both tests: reading changes nothing, and building 100,000 cells takes a while.
  const book = createMockWorkbook({ sheets: { Big: rows } });

  it('is refused by Excel on the web in one sync: the fake, as Excel, answers at most 5 MB', async () => {
    const used = book.context.workbook.worksheets
      .getItem('Big')
      .getUsedRangeOrNullObject(true)
      .load('values');
    await expect(book.context.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    expect(() => used.values).toThrow();
  });

  it('is read again in slices of rows, whole and in order, after Excel says the answer is too large', async () => {
    const before = book.syncs();
    const values = await readSheetValues(book.context, 'Big');
    expect(values).toHaveLength(rows.length);
    expect(values).toEqual(rows);
    // The sheet, the refused answer, the used range's size, then one sync per slice.
    const slices = Math.ceil(rows.length / (CELLS_PER_SLICE / 4));
    expect(book.syncs() - before).toBe(3 + slices);
  });

  it('reads the number formats in the same slices as the values', async () => {
    const before = book.syncs();
    const read = await readSheetValuesAndFormats(book.context, 'Big');
    expect(read!.values).toEqual(rows);
    expect(read!.numberFormats).toHaveLength(rows.length);
    expect(read!.numberFormats[24_999]).toEqual(['General', 'General', 'General', 'General']);
    expect(book.syncs() - before).toBe(3 + Math.ceil(rows.length / (CELLS_PER_SLICE / 4)));
  });

  it('costs two syncs for a sheet that fits, as every sheet the add-in itself writes', async () => {
    const book = createMockWorkbook({ sheets: { Small: bigRows(5_000) } });
    expect(await readSheetValues(book.context, 'Small')).toHaveLength(5_000);
    expect(book.syncs()).toBe(2);
  });

  it('reads sheets together in two syncs, and each on its own when together they pass the 5 MB', async () => {
    const halves = [bigRows(12_000), bigRows(12_000).map((row) => row.map((cell) => cell.toUpperCase()))];
    const book = createMockWorkbook({ sheets: { A: halves[0]!, B: halves[1]!, Small: [['x']] } });
    await expect(readSheetsValues(book.context, ['Small', 'Nope'])).resolves.toEqual([[['x']], null]);
    expect(book.syncs()).toBe(2);
    // 2.8 MB each: the sheets, the refused answer, then each sheet in a sync of its own.
    await expect(readSheetsValues(book.context, ['A', 'Small', 'B'])).resolves.toEqual([
      halves[0],
      [['x']],
      halves[1],
    ]);
    expect(book.syncs()).toBe(2 + 5);
  });

  it('gives each cell its number format from A1, formats loaded with the values', async () => {
    const small = createMockWorkbook({ sheets: { Supplier: [] } });
    const range = small.context.workbook.worksheets.getItem('Supplier').getRange('B2:C3');
    range.values = [
      ['Line', 'Amount'],
      ['CSAT', 0.2],
    ];
    range.numberFormat = [
      ['General', 'General'],
      ['@', '0%'],
    ];
    await small.context.sync();
    const before = small.syncs();
    expect(await readSheetValuesAndFormats(small.context, 'Supplier')).toEqual({
      values: [
        ['', '', ''],
        ['', 'Line', 'Amount'],
        ['', 'CSAT', 0.2],
      ],
      numberFormats: [
        ['General', 'General', 'General'],
        ['General', 'General', 'General'],
        ['General', '@', '0%'],
      ],
      hiddenRows: [],
    });
    expect(small.syncs() - before).toBe(2);
    expect(await readSheetValuesAndFormats(small.context, 'Nope')).toBeNull();
  });
});

describe('readSheetValuesAndFormats: the rows the supplier hid', () => {
  const invoice = [
    ['Line', 'Amount'],
    ['Base fee', 40_000],
    ['Extra fee', 1_000],
    ['Bonus', 5_000],
    ['Travel', 300],
    ['Total', 46_300],
  ];

  it('names the hidden rows from A1, their values read all the same, in the two syncs of any read', async () => {
    const book = createMockWorkbook({ sheets: { Invoice: invoice } });
    book.hideRows('Invoice', [3, 5]);
    const before = book.syncs();
    const read = await readSheetValuesAndFormats(book.context, 'Invoice');
    expect(read!.values).toEqual(invoice);
    expect(read!.hiddenRows).toEqual([2, 4]);
    expect(book.syncs() - before).toBe(2);
  });

  it('counts rows from row 1 when the table starts lower, and leaves out hidden rows past the used range', async () => {
    const book = createMockWorkbook({ sheets: { Invoice: [[], [], ...invoice] } });
    book.hideRows('Invoice', [1, 4, 9, 200]);
    const read = await readSheetValuesAndFormats(book.context, 'Invoice');
    expect(read!.values[2]).toEqual(['Line', 'Amount']);
    // Rows 1 and 2 are above the used range (which starts on row 3): nobody hid a line there.
    expect(read!.hiddenRows).toEqual([3]);
  });

  it('says every used row hidden when none shows, and none for an empty sheet', async () => {
    const book = createMockWorkbook({ sheets: { Invoice: invoice, Empty: [] } });
    book.hideRows('Invoice', [1, 2, 3, 4, 5, 6]);
    book.hideRows('Empty', [1]);
    expect((await readSheetValuesAndFormats(book.context, 'Invoice'))!.hiddenRows).toEqual([
      0, 1, 2, 3, 4, 5,
    ]);
    expect((await readSheetValuesAndFormats(book.context, 'Empty'))!.hiddenRows).toEqual([]);
  });

  it('knows the hidden rows of a sheet read in slices, in the sync that sizes it', async () => {
    const rows = bigRows(25_000);
    const book = createMockWorkbook({ sheets: { Big: rows } });
    book.hideRows('Big', [2, 24_999]);
    const before = book.syncs();
    const read = await readSheetValuesAndFormats(book.context, 'Big');
    expect(read!.values).toHaveLength(rows.length);
    expect(read!.hiddenRows).toEqual([1, 24_998]);
    expect(book.syncs() - before).toBe(3 + Math.ceil(rows.length / (CELLS_PER_SLICE / 4)));
  });
});
