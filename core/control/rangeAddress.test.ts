import fc from 'fast-check';
import { a1Range, quotedSheetName } from '../layout/a1';
import { parseRangeAddress, withinRange } from './rangeAddress';

describe('parseRangeAddress', () => {
  it('reads a range, with or without dollars, in either corner order', () => {
    expect(parseRangeAddress('B3:F20')).toEqual({ firstRow: 2, lastRow: 19, firstCol: 1, lastCol: 5 });
    expect(parseRangeAddress(' $b$3:$F$20 ')).toEqual(parseRangeAddress('B3:F20'));
    expect(parseRangeAddress('F20:B3')).toEqual(parseRangeAddress('B3:F20'));
    expect(parseRangeAddress('AA1:AB2')).toEqual({ firstRow: 0, lastRow: 1, firstCol: 26, lastCol: 27 });
  });

  it('reads whole columns', () => {
    expect(parseRangeAddress('B:F')).toEqual({ firstRow: 0, firstCol: 1, lastCol: 5 });
  });

  it('reads the sheet, quoted (quotes doubled inside) or plain', () => {
    expect(parseRangeAddress("'Supplier invoice'!B3:F20")?.sheet).toBe('Supplier invoice');
    expect(parseRangeAddress("'It''s here'!A1:B2")?.sheet).toBe("It's here");
    expect(parseRangeAddress('Sheet2!A1:B2')).toEqual({
      sheet: 'Sheet2',
      firstRow: 0,
      lastRow: 1,
      firstCol: 0,
      lastCol: 1,
    });
  });

  it.each([
    '',
    'B3',
    'B3:',
    'B0:C4',
    'Invoice',
    '=A1:B2',
    "'open!A1:B2",
    "'a'b'!A1:B2",
    '!A1:B2',
    'A1:B2:C3',
    'A1-B2',
  ])('refuses %j', (text) => {
    expect(parseRangeAddress(text)).toBeUndefined();
  });
});

describe('withinRange', () => {
  const grid = [
    ['Note', 'x', 'y'],
    ['Line', 'Amount', 'z'],
    ['Fixed fee', 100, 'w'],
    ['after', 1, 2],
  ];

  it('blanks every cell outside the range and keeps each cell at its address', () => {
    const kept = withinRange(grid, parseRangeAddress('A2:B3')!);
    expect(kept).toEqual([
      [null, null, null],
      ['Line', 'Amount', null],
      ['Fixed fee', 100, null],
    ]);
  });

  it('keeps every row for whole columns', () => {
    expect(withinRange(grid, parseRangeAddress('B:B')!).map((row) => row[1])).toEqual([
      'x',
      'Amount',
      100,
      1,
    ]);
  });
});

describe('parseRangeAddress, as properties', () => {
  it('reads back every range a1Range writes, on any sheet name quoted as formulas quote it', () => {
    fc.assert(
      fc.property(
        fc.record({
          row: fc.nat(100_000),
          col: fc.nat(700),
          rows: fc.integer({ min: 1, max: 5000 }),
          cols: fc.integer({ min: 1, max: 40 }),
        }),
        fc.string({ minLength: 1, maxLength: 31 }),
        (rect, sheet) => {
          const parsed = parseRangeAddress(`${quotedSheetName(sheet)}!${a1Range(rect)}`);
          expect(parsed).toEqual({
            sheet,
            firstRow: rect.row,
            lastRow: rect.row + rect.rows - 1,
            firstCol: rect.col,
            lastCol: rect.col + rect.cols - 1,
          });
        },
      ),
    );
  });
});
