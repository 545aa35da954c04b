import { evaluateFormula } from './evaluateFormula';

describe('evaluateFormula: arithmetic as the host computes it, functions reading 15 digits', () => {
  test('arithmetic is double arithmetic, as in a cell', () => {
    expect(evaluateFormula('0.7+0.2')).toBe(0.8999999999999999);
    expect(evaluateFormula('0.1+0.2')).toBe(0.30000000000000004);
    expect(evaluateFormula('400/1%')).toBe(40000);
    expect(evaluateFormula('-(2-5)*3')).toBe(9);
  });

  test('a function reads that double as the 15 digits the cell shows', () => {
    expect(evaluateFormula('THRESHOLDFEE(0.7+0.2, 0.9, 10000)')).toBe(10000);
    expect(evaluateFormula('BONUSMALUS(0.7+0.08, 0.75, 50000, 50000)')).toBe(1500);
    expect(evaluateFormula('SLACREDIT(0.7+0.2, 0.9, 100000, 0.1, 0.2)')).toBe(0);
  });

  test('division by zero and overflow are spreadsheet errors', () => {
    expect(evaluateFormula('1/0')).toEqual({ kind: '#DIV/0!', message: 'division by zero' });
    expect(evaluateFormula('1e308*10')).toEqual({
      kind: '#NUM!',
      message: 'the result is too large for a spreadsheet number',
    });
    expect(evaluateFormula('-0*1')).toBe(0);
    expect(Object.is(evaluateFormula('-0*1'), -0)).toBe(false);
  });

  test('function names are looked up in a Map: "constructor" is no function', () => {
    expect(evaluateFormula('constructor(1)')).toEqual({
      kind: '#NAME?',
      message: 'unknown function CONSTRUCTOR',
    });
    expect(evaluateFormula('toString()')).toEqual({ kind: '#NAME?', message: 'unknown function TOSTRING' });
  });
});
