/**
 * Formulas calling the script's custom functions in the Apps Script fake: each argument as Sheets hands
 * it (customFunctionArgument.ts), the result in the formula's cell, "Loading..." on the first reads.
 */
import { createAppsScriptFake } from './index';

function sheetCalling(fn: (...args: unknown[]) => unknown) {
  const fake = createAppsScriptFake({ sheetNames: ['Data'] });
  fake.state.customFunction = (name) => (name === 'SHAPES' ? fn : undefined);
  const sheet = fake.spreadsheet.getSheetByName('Data')!;
  sheet.getRange('B1').setValue(3);
  return { fake, sheet };
}

describe('a formula calling a custom function of the script', () => {
  it('hands a range as its 2-D values (a blank ""), one cell as its value, a skipped argument as "", and leaves an omitted one out', () => {
    const calls: unknown[][] = [];
    const { sheet } = sheetCalling((...args) => {
      calls.push(args);
      return 7;
    });
    sheet.getRange('A2').setFormula('=SHAPES(A1:B1,B1,,"x")');
    sheet.getRange('A3').setFormula('=SHAPES(1)');
    expect(sheet.getRange('A2:A3').getValues()).toEqual([[7], [7]]);
    expect(calls).toEqual([[[['', 3]], 3, '', 'x'], [1]]);
  });

  it('hands a date, as a Date of the script at midnight in the spreadsheet’s zone: a DATE(…) argument, a DATE cell', () => {
    const calls: unknown[] = [];
    const { fake, sheet } = sheetCalling((value) => {
      calls.push(value);
      return 1;
    });
    sheet.getRange('A1').setFormula('=DATE(2026,10,1)');
    sheet
      .getRange('A2:C2')
      .setFormulas([['=SHAPES(DATE(2026,10,1))', '=SHAPES(A1)', '=SHAPES(A1-DATE(2026,9,1))']]);
    expect(sheet.getRange('A2:C2').getValues()).toEqual([[1, 1, 1]]);
    const [literal, cell, days] = calls;
    for (const date of [literal, cell]) {
      expect(date).toBeInstanceOf(fake.state.realmDate);
      expect((date as Date).toISOString()).toBe('2026-09-30T22:00:00.000Z');
    }
    expect(days).toBe(30);
  });

  it("shows an array result's first element, a thrown error as #ERROR!, an unknown name as #NAME?", () => {
    const { sheet } = sheetCalling((value) => {
      if (value === 'fail') throw new Error('no');
      return [['', 3]];
    });
    sheet.getRange('A2:C2').setFormulas([['=SHAPES(1)', '=SHAPES("fail")', '=NOSUCH(1)']]);
    expect(sheet.getRange('A2:C2').getValues()).toEqual([['', '#ERROR!', '#NAME?']]);
  });

  it('shows "Loading..." on the first reads of each cell it is told to, then the result', () => {
    const { fake, sheet } = sheetCalling(() => 7);
    fake.state.customFunctionLoadingReads = 2;
    sheet.getRange('A2').setFormula('=SHAPES(1)');
    const read = () => sheet.getRange('A2').getValue();
    expect([read(), read(), read()]).toEqual(['Loading...', 'Loading...', 7]);
  });
});
