/**
 * The worksheet functions of the built Code.js called on arguments made from the fake's cells as Sheets
 * makes them (test/fakes/appsScript/customFunctionArgument.ts): whole columns with their empty rows,
 * error values from other formulas, date and duration cells, percentages.
 */
import { customFunctionArgument, type FakeSheet } from '../fakes/appsScript';
import { loadAddon, thrownMessage, type LoadedAddon } from './builtSheets';

let addon: LoadedAddon;
let sheet: FakeSheet;
beforeEach(() => {
  addon = loadAddon({ authMode: 'CUSTOM_FUNCTION' });
  sheet = addon.fake.spreadsheet.getSheetByName('Sheet1')!;
  sheet.getRange('A1:B4').setValues([
    ['actual', 'malus_rate'],
    [0.78, 50000],
    [0.72, 30000],
    [0.75, 50000],
  ]);
});

const column = (a1: string) => customFunctionArgument(sheet.getRange(a1));
const bonusMalus = (...args: unknown[]) => addon.fn('BONUSMALUS')(...args);

describe('a whole column, as the README suggests (A2:A)', () => {
  it('gives one result per row of the sheet, the empty rows below the data blank', () => {
    const result = bonusMalus(column('A2:A'), 0.75, 50000, column('B2:B')) as unknown[][];
    expect(result).toHaveLength(sheet.getMaxRows() - 1);
    expect(result.slice(0, 4)).toEqual([[1500], [-900], [0], ['']]);
    expect(new Set(result.slice(3).flat())).toEqual(new Set(['']));
  });

  it('A:A takes the header too, and says so with its row', () => {
    expect(thrownMessage(() => bonusMalus(column('A:A'), 0.75, 50000, 50000))).toBe(
      'BONUSMALUS: actual must be a number (got "actual", row 1)',
    );
  });

  it('a blank required cell beside a filled one is an error naming its row, never a zero', () => {
    sheet.getRange('B3').setValue('');
    expect(thrownMessage(() => bonusMalus(column('A2:A'), 0.75, 50000, column('B2:B')))).toBe(
      'BONUSMALUS: malus_rate is required and must be a number ≥ 0 (got a blank cell, row 2)',
    );
  });
});

describe('an error value in a cell the function reads', () => {
  // Sheets hands an error cell over as its code in text; the function says it is an error value.
  it('names the argument, the error and the row, in a range', () => {
    sheet.getRange('A3').setFormula('=NA()');
    expect(thrownMessage(() => bonusMalus(column('A2:A4'), 0.75, 50000, 50000))).toBe(
      'BONUSMALUS: actual is an error value #N/A (row 2)',
    );
  });

  it('in a single cell and in a table', () => {
    sheet.getRange('A2').setFormula('=1/0');
    expect(thrownMessage(() => bonusMalus(column('A2'), 0.75, 50000, 50000))).toBe(
      'BONUSMALUS: actual is an error value #DIV/0!',
    );
    sheet.getRange('C1:C3').setValues([[9], ['=NA()'], [10]]);
    expect(thrownMessage(() => addon.fn('NPS')(column('C1:C3')))).toBe(
      'NPS: responses holds an error value #N/A (row 2, column 1)',
    );
  });

  it('the first failing row wins, whether it holds an error value or a wrong value', () => {
    sheet.getRange('A2:A3').setValues([['abc'], ['=NA()']]);
    expect(thrownMessage(() => bonusMalus(column('A2:A4'), 0.75, 50000, 50000))).toBe(
      'BONUSMALUS: actual must be a number (got "abc", row 1)',
    );
  });
});

describe('cells as Sheets types them', () => {
  it('a date cell is a date, refused where a number is expected, with its row', () => {
    sheet.getRange('A3').setValue(addon.fake.dateCell('2026-10-01'));
    expect(thrownMessage(() => bonusMalus(column('A2:A4'), 0.75, 50000, 50000))).toBe(
      'BONUSMALUS: actual must be a number (got a date, row 2)',
    );
  });

  it('a duration (an AHT of 0:05:30) is a date too, refused: such a KPI is kept as a number', () => {
    const aht = sheet.getRange('A3');
    aht.setValue(330 / 86400);
    aht.setNumberFormat('[h]:mm:ss');
    expect(thrownMessage(() => bonusMalus(column('A2:A4'), 300, 50, 50, 'lower'))).toBe(
      'BONUSMALUS: actual must be a number (got a date, row 2)',
    );
  });

  it('a percentage typed as 78% is the fraction 0.78', () => {
    sheet.getRange('A2').setValue('78%');
    expect(bonusMalus(column('A2'), 0.75, 50000, 50000)).toBe(1500);
  });
});
