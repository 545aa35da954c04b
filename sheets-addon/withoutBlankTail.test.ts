import fc from 'fast-check';
import { withoutBlankTail, type SheetsCell } from './withoutBlankTail';

describe('withoutBlankTail', () => {
  it('drops the blank rows under the data and the blank columns after it', () => {
    expect(
      withoutBlankTail([
        [1, '', ''],
        ['', 2, ''],
        ['', '', ''],
      ]),
    ).toEqual([
      [1, ''],
      ['', 2],
    ]);
  });

  it('keeps blank rows and columns before a filled one, and a full result as it is', () => {
    const rows: SheetsCell[][] = [
      ['', ''],
      ['', 0],
    ];
    expect(withoutBlankTail(rows)).toBe(rows);
  });

  it('gives one blank for an all-blank result, and keeps a zero, which is not blank', () => {
    expect(withoutBlankTail([[''], ['']])).toBe('');
    expect(withoutBlankTail([[0], ['']])).toEqual([[0]]);
  });

  it('is the smallest top-left part holding every filled cell, whatever the shape', () => {
    const cell = fc.oneof(fc.constant<SheetsCell>(''), fc.integer({ min: -3, max: 3 }));
    const matrix = fc
      .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }))
      .chain(([rows, columns]) =>
        fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), {
          minLength: rows,
          maxLength: rows,
        }),
      );
    fc.assert(
      fc.property(matrix, (rows) => {
        const filled = rows.flatMap((row, r) => row.flatMap((v, c) => (v === '' ? [] : [[r, c]])));
        const result = withoutBlankTail(rows);
        if (filled.length === 0) return expect(result).toBe('');
        const height = Math.max(...filled.map(([r]) => r!)) + 1;
        const width = Math.max(...filled.map(([, c]) => c!)) + 1;
        expect(result).toEqual(rows.slice(0, height).map((row) => row.slice(0, width)));
      }),
      { seed: 10, numRuns: 500 },
    );
  });
});
