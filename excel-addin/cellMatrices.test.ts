import { TEXT_FORMAT } from '../core/layout/sheetPlan';
import { cellMatrices, readsAsFormula } from './cellMatrices';

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
    expect(matrices).toEqual({ numberFormats: null, formulas: [['a', 1, '=A1', true]] });
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

  it('has nothing to write for an empty block', () => {
    expect(cellMatrices({ row: 0, col: 0, values: [] })).toBeNull();
    expect(cellMatrices({ row: 0, col: 0, values: [[]] })).toBeNull();
  });
});
