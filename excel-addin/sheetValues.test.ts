import { CELLS_PER_SLICE, readSheetValues } from './sheetValues';
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

  it('costs two syncs for a sheet that fits, as every sheet the add-in itself writes', async () => {
    const book = createMockWorkbook({ sheets: { Small: bigRows(5_000) } });
    expect(await readSheetValues(book.context, 'Small')).toHaveLength(5_000);
    expect(book.syncs()).toBe(2);
  });
});
