import { SheetPlan, TEXT_FORMAT } from '../core/layout/sheetPlan';
import { formulaRects } from './formulaRects';
import { AUTOMATIC_FORMAT, columnPixels, prepareSheetPlan } from './planToCalls';
import { ServerFailure, type SheetsFailure } from './serverFailure';

describe('formulaRects', () => {
  it('makes one rectangle of a formula column whatever its height', () => {
    for (const height of [1, 10, 1000]) {
      const formulas = Array.from({ length: height }, (_, i) => [null, `=B${i + 1}*2`, null]);
      expect(formulaRects(formulas)).toEqual([
        { row: 0, col: 1, formulas: formulas.map((line) => [line[1]]) },
      ]);
    }
  });

  it('merges neighbouring columns with the same runs and keeps constants out of every rectangle', () => {
    const f = (s: string): string => `=${s}`;
    const formulas = [
      [null, f('a'), f('b'), null],
      [null, f('c'), f('d'), f('e')],
      [f('g'), null, null, f('h')],
    ];
    expect(formulaRects(formulas)).toEqual([
      { row: 2, col: 0, formulas: [['=g']] },
      {
        row: 0,
        col: 1,
        formulas: [
          ['=a', '=b'],
          ['=c', '=d'],
        ],
      },
      { row: 1, col: 3, formulas: [['=e'], ['=h']] },
    ]);
  });

  it('returns nothing for a block without formulas', () => {
    expect(formulaRects([[null, null]])).toEqual([]);
    expect(formulaRects([])).toEqual([]);
  });
});

describe('prepareSheetPlan', () => {
  const plan = (blocks: SheetPlan['blocks'], extra: Partial<SheetPlan> = {}): SheetPlan => ({
    name: 'P',
    blocks,
    ...extra,
  });

  it('formats strings as text, keeps the plan format elsewhere and resets the rest to automatic', () => {
    const prepared = prepareSheetPlan(
      plan([
        {
          row: 1,
          col: 2,
          values: [['label', 12.5, null, null, '', true]],
          formulas: [[null, null, '=C2*2', null, null, null]],
          numberFormats: [['0.00', '0.00', '0.00', TEXT_FORMAT, null, null]],
        },
      ]),
    );
    const [block] = prepared.blocks;
    expect(block).toMatchObject({ row: 2, column: 3, numRows: 1, numColumns: 6 });
    expect(block!.numberFormats).toEqual([
      [TEXT_FORMAT, '0.00', '0.00', TEXT_FORMAT, AUTOMATIC_FORMAT, AUTOMATIC_FORMAT],
    ]);
    expect(block!.values).toEqual([['label', 12.5, '', '', '', true]]);
    expect(block!.formulas).toEqual([
      { rect: { row: 2, column: 5, numRows: 1, numColumns: 1 }, formulas: [['=C2*2']] },
    ]);
  });

  it('measures the extent of everything painted and groups equal column widths', () => {
    const prepared = prepareSheetPlan(
      plan([{ row: 0, col: 0, values: [['a']] }], {
        styles: [{ row: 9, col: 1, rows: 2, cols: 1, bold: true }],
        validations: [{ row: 0, col: 5, rows: 1, cols: 1, list: ['x'] }],
        columnWidths: [10, 10, 20, 10, 10, 10, 10],
      }),
    );
    expect([prepared.numRows, prepared.numColumns]).toEqual([11, 7]);
    expect(prepared.columnWidths).toEqual([
      { startColumn: 1, numColumns: 2, pixels: 75 },
      { startColumn: 3, numColumns: 1, pixels: 145 },
      { startColumn: 4, numColumns: 4, pixels: 75 },
    ]);
  });

  it('converts Excel character widths to pixels as Excel does (8.43 characters is 64 px)', () => {
    expect(columnPixels(8.43)).toBe(64);
  });

  it('rejects ragged blocks, formulas without "=", non-finite numbers and empty rectangles', () => {
    const refused = (at: string, fault: string, detail?: string) =>
      new ServerFailure({ code: 'plan', at, fault, ...(detail ? { detail } : {}) } as SheetsFailure);
    expect(() => prepareSheetPlan(plan([{ row: 0, col: 0, values: [['a', 'b'], ['c']] }]))).toThrow(
      refused('blocks[0].values', 'shape', '2×2'),
    );
    expect(() =>
      prepareSheetPlan(plan([{ row: 0, col: 0, values: [[null]], formulas: [['SUM(A1)']] }])),
    ).toThrow(refused('blocks[0].values[0][0]', 'formulaStart'));
    expect(() =>
      prepareSheetPlan(
        plan([
          { row: 0, col: 0, values: [[]] },
          { row: 0, col: 0, values: [[Number.NaN]] },
        ]),
      ),
    ).toThrow(refused('blocks[1].values[0][0]', 'notNumber'));
    expect(() =>
      prepareSheetPlan(plan([], { tables: [{ name: 'T', row: 0, col: 0, rows: 0, cols: 2 }] })),
    ).toThrow(refused('tables[0]', 'emptyRect'));
  });

  it('skips empty blocks', () => {
    expect(prepareSheetPlan(plan([{ row: 0, col: 0, values: [] }])).blocks).toEqual([]);
  });
});
