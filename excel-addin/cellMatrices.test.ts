import { TEXT_FORMAT } from '../core/layout/sheetPlan';
import { cellMatrices, queueCellWrites, readsAsFormula, type CellMatrices } from './cellMatrices';

describe('readsAsFormula', () => {
  it.each(['=1', '+1', '-1', '@A1', '=HYPERLINK("x")'])('%j would be parsed by Excel', (text) => {
    expect(readsAsFormula(text)).toBe(true);
  });

  it.each([' =1', 'a=1', '', 1, -1, true, null])('%j would not', (value) => {
    expect(readsAsFormula(value)).toBe(false);
  });
});

describe('cellMatrices', () => {
  it('writes formulas where given, constants elsewhere, and empty strings for empty cells', () => {
    const matrices = cellMatrices({
      row: 0,
      col: 0,
      values: [['a', 1, null, true]],
      formulas: [[null, null, '=A1', null]],
    });
    expect(matrices).toEqual({ numberFormats: null, formulas: [['a', 1, '=A1', true]], formulaLikeText: [] });
  });

  it('fills unformatted cells with General and forces text on formula-like constants', () => {
    const matrices = cellMatrices({
      row: 0,
      col: 0,
      values: [['=x', '=x', 5, 'plain']],
      formulas: [[null, '=SUM(1)', null, null]],
      numberFormats: [['0.00', null, '0.0%', null]],
    });
    expect(matrices?.numberFormats).toEqual([[TEXT_FORMAT, 'General', '0.0%', 'General']]);
    expect(matrices?.formulas).toEqual([['=x', '=SUM(1)', 5, 'plain']]);
    expect(matrices?.formulaLikeText).toEqual([{ row: 0, col: 0, text: '=x' }]);
  });

  it('writes the constants of text cells as the text Excel would show', () => {
    const matrices = cellMatrices({
      row: 0,
      col: 0,
      values: [[5, true, null, 'x', 5]],
      numberFormats: [[TEXT_FORMAT, TEXT_FORMAT, TEXT_FORMAT, TEXT_FORMAT, null]],
    });
    expect(matrices?.formulas).toEqual([['5', 'TRUE', '', 'x', 5]]);
  });

  it('writes formats for a block without any when a constant reads as a formula', () => {
    expect(cellMatrices({ row: 0, col: 0, values: [['ok', '-5 %']] })?.numberFormats).toEqual([
      ['General', TEXT_FORMAT],
    ]);
  });

  it('writes one more apostrophe before text that begins with one, in the text format, Excel taking the first as its prefix', () => {
    const matrices = cellMatrices({
      row: 0,
      col: 0,
      values: [["'abc", "'=1", "it's", "'"]],
      formulas: [[null, null, null, null]],
    });
    expect(matrices?.numberFormats).toEqual([[TEXT_FORMAT, TEXT_FORMAT, 'General', TEXT_FORMAT]]);
    expect(matrices?.formulas).toEqual([["''abc", "''=1", "it's", "''"]]);
    expect(matrices?.formulaLikeText).toEqual([]);
  });

  it('has nothing to write for an empty block', () => {
    expect(cellMatrices({ row: 0, col: 0, values: [] })).toBeNull();
    expect(cellMatrices({ row: 0, col: 0, values: [[]] })).toBeNull();
  });
});

/** A range that records what the painter queues on it, in order. */
function recordingRange(): { range: Excel.Range; writes: [string, unknown][] } {
  const writes: [string, unknown][] = [];
  const cell = (row: number, col: number) => ({
    set valuesAsJson(value: unknown) {
      writes.push([`cell(${row},${col}).valuesAsJson`, value]);
    },
  });
  const range = {
    set numberFormat(value: unknown) {
      writes.push(['numberFormat', value]);
    },
    set formulas(value: unknown) {
      writes.push(['formulas', value]);
    },
    getCell: cell,
  };
  return { range: range as unknown as Excel.Range, writes };
}

describe('queueCellWrites', () => {
  const matrices = cellMatrices({
    row: 3,
    col: 1,
    values: [
      ['Label', '=HYPERLINK("http://x")', null],
      ['-5 %', 12, '@user'],
    ],
    formulas: [
      [null, null, '=B4'],
      [null, null, null],
    ],
  }) as CellMatrices;

  it('with ExcelApi 1.16: formats, the bulk write without the formula-like text, then that text as typed strings', () => {
    const { range, writes } = recordingRange();
    queueCellWrites(range, matrices, true);
    expect(writes).toEqual([
      [
        'numberFormat',
        [
          ['General', TEXT_FORMAT, 'General'],
          [TEXT_FORMAT, 'General', TEXT_FORMAT],
        ],
      ],
      [
        'formulas',
        [
          ['Label', null, '=B4'],
          [null, 12, null],
        ],
      ],
      ['cell(0,1).valuesAsJson', [[{ type: 'String', basicValue: '=HYPERLINK("http://x")' }]]],
      ['cell(1,0).valuesAsJson', [[{ type: 'String', basicValue: '-5 %' }]]],
      ['cell(1,2).valuesAsJson', [[{ type: 'String', basicValue: '@user' }]]],
    ]);
    // The matrices themselves are left as they were (a retry paints them again).
    expect(matrices.formulas[0][1]).toBe('=HYPERLINK("http://x")');
  });

  it('without it: the text format first, then one bulk write of everything', () => {
    const { range, writes } = recordingRange();
    queueCellWrites(range, matrices, false);
    expect(writes.map(([what]) => what)).toEqual(['numberFormat', 'formulas']);
    expect(writes[1][1]).toEqual([
      ['Label', '=HYPERLINK("http://x")', '=B4'],
      ['-5 %', 12, '@user'],
    ]);
  });

  it('writes a block without formula-like text in one bulk write either way', () => {
    const plain = cellMatrices({ row: 0, col: 0, values: [['a', 1]] }) as CellMatrices;
    for (const typed of [true, false]) {
      const { range, writes } = recordingRange();
      queueCellWrites(range, plain, typed);
      expect(writes).toEqual([['formulas', [['a', 1]]]]);
    }
  });
});
