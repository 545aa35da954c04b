/**
 * The worksheet functions of the built Code.js called on arguments made from the fake's cells as Sheets
 * makes them (test/fakes/appsScript/customFunctionArgument.ts): whole columns with their empty rows,
 * error values from other formulas, date and duration cells, percentages.
 */
import { customFunctionArgument, spillBlockedAt, type FakeSheet } from '../fakes/appsScript';
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
  it('gives one result per row down to the last filled one: the empty rows below add no blanks', () => {
    const result = bonusMalus(column('A2:A'), 0.75, 50000, column('B2:B'));
    expect(sheet.getMaxRows()).toBeGreaterThan(900);
    expect(result).toEqual([[1500], [-900], [0]]);
  });

  it('so a total under the data does not block the spill, which #REF! would hide', () => {
    sheet.getRange('C10').setValue('Total');
    sheet.getRange('D10').setFormula('=SUM(D2:D9)');
    const result = bonusMalus(column('A2:A'), 0.75, 50000, column('B2:B'));
    expect(spillBlockedAt(sheet.getRange('D2'), result)).toBeNull();
    // Data inside the rows the results need still blocks them, as Sheets says with #REF!.
    sheet.getRange('D4').setValue('note');
    expect(spillBlockedAt(sheet.getRange('D2'), result)).toBe('D4');
  });

  it('blank rows between filled ones stay, as blanks, and so does a blank column before a filled one', () => {
    sheet.getRange('A3:B3').setValues([['', '']]);
    expect(bonusMalus(column('A2:A'), 0.75, 50000, column('B2:B'))).toEqual([[1500], [''], [0]]);
    sheet.getRange('D1:G1').setValues([[0.78, '', 0.75, '']]);
    expect(bonusMalus(column('D1:G1'), 0.75, 50000, 50000)).toEqual([[1500, '', 0]]);
  });

  it('a row of months still to come ends at the last month filled', () => {
    sheet.getRange('D1:F1').setValues([[0.78, 0.72, '']]);
    expect(bonusMalus(customFunctionArgument(sheet.getRange('D1:1')), 0.75, 50000, 50000)).toEqual([
      [1500, -1500],
    ]);
  });

  it('an empty column gives one blank, not a column of them', () => {
    expect(bonusMalus(column('H2:H'), 0.75, 50000, 50000)).toBe('');
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

describe('A2:A and A:A on a sheet grown to 50,000 rows (a new sheet has 1,000)', () => {
  beforeEach(() => {
    sheet.insertRowsAfter(sheet.getMaxRows(), 50_000 - sheet.getMaxRows());
    sheet.getRange('A6:B6').setValues([[0.8, 10000]]);
  });

  it('passes every row, blanks included, and returns down to the last filled one only', () => {
    expect((column('A2:A') as unknown[][]).length).toBe(49_999);
    expect(bonusMalus(column('A2:A'), 0.75, 50000, column('B2:B'))).toEqual([
      [1500],
      [-900],
      [0],
      [''],
      [2500],
    ]);
    // Data far down still counts, and the rows between stay blank.
    sheet.getRange('A50000:B50000').setValues([[0.76, 10000]]);
    const results = bonusMalus(column('A2:A'), 0.75, 50000, column('B2:B')) as unknown[][];
    expect(results).toHaveLength(49_999);
    expect(results.slice(5, -1).every(([cell]) => cell === '')).toBe(true);
    expect(results[49_998]).toEqual([500]);
  });

  it('A:A still takes the header, and a rate copied below the data is a blank actual named by its row', () => {
    expect(thrownMessage(() => bonusMalus(column('A:A'), 0.75, 50000, 50000))).toBe(
      'BONUSMALUS: actual must be a number (got "actual", row 1)',
    );
    sheet.getRange('B7:B49999').setValue(50000);
    expect(thrownMessage(() => bonusMalus(column('A2:A'), 0.75, 50000, column('B2:B')))).toMatch(
      /^BONUSMALUS: actual .*\(got a blank cell, row 6\)$/,
    );
  });
});

describe('a table given as an open-ended range (D1:F)', () => {
  beforeEach(() => {
    sheet.getRange('D1:F4').setValues([
      ['up_to', 'unit_price', 'flat_fee'],
      [100, 2, ''],
      [500, 1.5, ''],
      ['', 1, ''],
    ]);
  });
  const tiers = () => column('D1:F');

  it('reads the tiers down to the last filled row: the blank rows below leave the open last tier last', () => {
    expect((tiers() as unknown[][]).length).toBeGreaterThan(900);
    expect(addon.fn('TIEREDFEE')(650, tiers())).toBe(950);
    expect(addon.fn('TIEREDFEE')(650, tiers(), 'volume')).toBe(650);
  });

  it('still refuses an open tier above another one, naming its row', () => {
    sheet.getRange('D6:E6').setValues([[900, 0.5]]);
    expect(thrownMessage(() => addon.fn('TIEREDFEE')(650, tiers()))).toBe(
      'TIEREDFEE: tiers up_to may be blank only in the last row (got a blank cell, row 4, column 1)',
    );
  });
});

describe('other tables as open-ended ranges', () => {
  it('NPS passes over the blank rows below the answers', () => {
    sheet.getRange('H1:H3').setValues([[9], [10], [3]]);
    expect(addon.fn('NPS')(column('H1:H'))).toBeCloseTo(100 / 3, 12);
  });

  it('EARNBACK reads a blank later period as not measured yet: an open-ended row keeps the credit at 0', () => {
    sheet.getRange('H1:I1').setValues([[0.95, 0.96]]);
    expect(addon.fn('EARNBACK')(1000, column('H1:I1'), 0.9)).toBe(1000);
    expect(addon.fn('EARNBACK')(1000, column('H1:1'), 0.9)).toBe(0);
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

  it('so is a cell computing =DATE(…) that nobody formatted, which Sheets shows as a date', () => {
    sheet.getRange('A3').setFormula('=DATE(2026,10,1)');
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
