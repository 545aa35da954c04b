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
