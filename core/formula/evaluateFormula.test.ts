import { evaluateFormula } from './evaluateFormula';
import { FormulaSyntaxError, parseFormula } from './parse';

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

describe('a French formula is read as a French sheet writes it, never silently misread', () => {
  const syntax = (formula: string, lang: 'en' | 'fr') => {
    try {
      parseFormula(formula, lang);
    } catch (e) {
      if (e instanceof FormulaSyntaxError) return { problem: e.problem.kind, position: e.position };
      throw e;
    }
    return undefined;
  };

  test('in French, "," is the decimal mark and ";" separates arguments', () => {
    expect(evaluateFormula('ACHIEVEMENT(0,8; 0,75)', 'fr')).toBe(evaluateFormula('ACHIEVEMENT(0.8, 0.75)'));
    expect(parseFormula('ACHIEVEMENT(0,8)', 'fr')).toEqual(parseFormula('ACHIEVEMENT(0.8)'));
    expect(evaluateFormula('BONUSMALUS(0,78; 0,75; 50000; 50000)', 'fr')).toBe(1500);
    expect(evaluateFormula('1,5E3+,5', 'fr')).toBe(1500.5);
    expect(parseFormula('TIEREDFEE(1,25; ; 2)', 'fr')).toEqual(parseFormula('TIEREDFEE(1.25, , 2)'));
  });

  test('in French, array constants separate columns with "\\" and rows with ";"', () => {
    expect(parseFormula('{1\\2,5; 3\\}', 'fr')).toEqual(parseFormula('{1, 2.5; 3, }'));
    expect(syntax('{1, 2}', 'fr')).toEqual({ problem: 'expectedArrayEnd', position: 3 });
  });

  test("the other notation's separators are errors at their position, never read as ours", () => {
    // An English habit in a French formula: the comma after a number is no argument separator.
    expect(syntax('ACHIEVEMENT(0,8, 0,75)', 'fr')).toEqual({ problem: 'englishSeparator', position: 16 });
    expect(syntax('ACHIEVEMENT(0, 8)', 'fr')).toEqual({ problem: 'englishSeparator', position: 14 });
    expect(syntax('ACHIEVEMENT(0.8; 0,75)', 'fr')).toEqual({ problem: 'decimalPoint', position: 14 });
    expect(syntax('ACHIEVEMENT(.8; 0,75)', 'fr')).toEqual({ problem: 'decimalPoint', position: 13 });
    expect(syntax('ACHIEVEMENT(0,8; 0.75)', 'fr')).toEqual({ problem: 'decimalPoint', position: 19 });
    // A French sheet's formula read as English.
    expect(syntax('ACHIEVEMENT(0,8; 0,75)', 'en')).toEqual({ problem: 'localeSeparator', position: 16 });
  });
});
