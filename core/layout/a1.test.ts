import { a1, a1Range, columnLetters, quotedSheetName } from './a1';

describe('A1 addresses', () => {
  it('names columns as Excel does', () => {
    expect([0, 25, 26, 51, 52, 701, 702, 16383].map(columnLetters)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
      'XFD',
    ]);
  });

  it('addresses cells and rectangles from 0-based indices', () => {
    expect(a1(0, 0)).toBe('A1');
    expect(a1(13, 5)).toBe('F14');
    expect(a1Range({ row: 7, col: 5, rows: 7, cols: 1 })).toBe('F8:F14');
    expect(a1Range({ row: 0, col: 0, rows: 1, cols: 1 })).toBe('A1:A1');
  });

  it('refuses negative or fractional indices', () => {
    expect(() => columnLetters(-1)).toThrow(RangeError);
    expect(() => a1(1.5, 0)).toThrow(RangeError);
  });

  it('quotes sheet names for references', () => {
    expect(quotedSheetName('Lists (2)')).toBe("'Lists (2)'");
    expect(quotedSheetName("Bob's")).toBe("'Bob''s'");
  });
});
