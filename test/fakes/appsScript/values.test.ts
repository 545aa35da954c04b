import { createAppsScriptFake, DEFAULT_NUMBER_FORMAT } from './index';

function freshSheet() {
  const fake = createAppsScriptFake({ sheetNames: ['Data'] });
  return { fake, sheet: fake.spreadsheet.getSheetByName('Data')! };
}

describe('Range.setValues', () => {
  it('throws like Sheets when the matrix has the wrong number of rows or columns', () => {
    const { sheet } = freshSheet();
    const range = sheet.getRange(1, 1, 2, 3);
    expect(() => range.setValues([['a', 'b', 'c']])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() =>
      range.setValues([
        ['a', 'b', 'c'],
        ['d', 'e'],
      ]),
    ).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.',
    );
    expect(() => range.setValues('abc')).toThrow(/don't match the method signature/);
    expect(sheet.getLastRow()).toBe(0);
  });

  it('refuses a text over 50,000 characters, writing nothing of the call, like Sheets', () => {
    const { sheet } = freshSheet();
    const full = 'x'.repeat(50_000);
    sheet.getRange(1, 1).setValue(full);
    expect(sheet.getRange(1, 1).getValue()).toBe(full);
    const limit = 'Your input contains more than the maximum of 50000 characters in a single cell.';
    expect(() => sheet.getRange(2, 1, 1, 2).setValues([['short', `${full}y`]])).toThrow(limit);
    expect(() => sheet.getRange(2, 1).setValue(`${full}y`)).toThrow(limit);
    expect(sheet.getLastRow()).toBe(1);
  });

  it('turns a string starting with = into a formula in a cell with the default format', () => {
    const { sheet } = freshSheet();
    sheet.getRange('A1:B1').setValues([[2, '=A1*3']]);
    expect(sheet.getRange('B1').getFormula()).toBe('=A1*3');
    expect(sheet.getRange('B1').getValue()).toBe(6);
  });

  it('keeps the same string as text in a cell formatted @ beforehand', () => {
    const { sheet } = freshSheet();
    const cell = sheet.getRange('A1');
    cell.setNumberFormat('@');
    cell.setValues([['=HYPERLINK("http://x")']]);
    expect(cell.getFormulas()).toEqual([['']]);
    expect(cell.getValues()).toEqual([['=HYPERLINK("http://x")']]);
  });

  // Undocumented by Google, and checked in the user's spreadsheet by the Diagnostics (textStaysText).
  it('keeps a leading apostrophe and a \\r\\n under @, and reads a typed apostrophe as the text after it', () => {
    const { sheet } = freshSheet();
    const written = [["'=1", "'abc", 'line 1\r\nline 2']];
    sheet.getRange('A1:C1').setNumberFormat('@').setValues(written);
    sheet.getRange('A2:C2').setValues(written);
    expect(sheet.getRange('A1:C1').getValues()).toEqual(written);
    expect(sheet.getRange('A2:C2').getValues()).toEqual([['=1', 'abc', 'line 1\r\nline 2']]);
    expect(sheet.getRange('A2:C2').getFormulas()).toEqual([['', '', '']]);
  });

  it('makes formulas of +/- expressions but keeps dash labels and @ text as text', () => {
    const { sheet } = freshSheet();
    sheet.getRange('A1:E1').setValues([['-1+2', '+cmd', '-', '@SUM(A1)', '- item']]);
    expect(sheet.getRange('A1:E1').getFormulas()).toEqual([['=-1+2', '', '', '', '']]);
    expect(sheet.getRange('A1:E1').getValues()).toEqual([[1, '+cmd', '-', '@SUM(A1)', '- item']]);
  });

  it('parses numbers, percentages and booleans typed as strings, unless the cell is text', () => {
    const { sheet } = freshSheet();
    sheet.getRange('B1').setNumberFormat('@');
    sheet.getRange('A1:A4').setValues([['00123'], ['12.5%'], ['true'], ['1e3']]);
    sheet.getRange('B1').setValue('00123');
    expect(sheet.getRange('A1:A4').getValues()).toEqual([[123], [0.125], [true], [1000]]);
    expect(sheet.getRange('B1').getValue()).toBe('00123');
  });

  it('reads blanks back as "" and keeps numbers, booleans and dates as such', () => {
    const { sheet } = freshSheet();
    const date = new Date('2026-10-31T00:00:00Z');
    sheet.getRange('A1:D1').setValues([[1.5, null, false, date]]);
    const [row] = sheet.getRange('A1:E1').getValues();
    expect(row).toEqual([1.5, '', false, date, '']);
    expect(row![3]).not.toBe(date);
  });

  it('stores formulas with setFormulas and clears cells given an empty string', () => {
    const { sheet } = freshSheet();
    sheet.getRange('A1:A3').setValues([[1], [2], ['x']]);
    sheet.getRange('A3:B3').setFormulas([['', '=SUM(A1:A2)']]);
    expect(sheet.getRange('A3:B3').getValues()).toEqual([['', 3]]);
    expect(sheet.getRange('A3:B3').getFormulas()).toEqual([['', '=SUM(A1:A2)']]);
  });

  it('shows values through their number format and resets formats with "General"', () => {
    const { sheet } = freshSheet();
    const range = sheet.getRange('A1:C1');
    range.setValues([[1234.5, 0.075, 'note']]);
    range.setNumberFormats([['#,##0.00 [$€]', '0.0%', '@']]);
    expect(range.getDisplayValues()).toEqual([['1,234.50 €', '7.5%', 'note']]);
    range.setNumberFormats([['General', 'general', '@']]);
    expect(range.getNumberFormats()).toEqual([[DEFAULT_NUMBER_FORMAT, DEFAULT_NUMBER_FORMAT, '@']]);
  });

  it('formats a typed percentage as one where the cell had no format, and keeps a format it had', () => {
    const { sheet } = freshSheet();
    const range = sheet.getRange('A1:D1');
    range.setNumberFormats([['General', 'General', '#,##0.00 [$€-1]', '@']]);
    range.setValues([['20%', '20.5%', '20%', '20%']]);
    expect(range.getValues()).toEqual([[0.2, 0.205, 0.2, '20%']]);
    expect(range.getNumberFormats()).toEqual([['0%', '0.00%', '#,##0.00 [$€-1]', '@']]);
    expect(range.getDisplayValues()).toEqual([['20%', '20.50%', '0.20 €', '20%']]);
  });

  it('hands a number in a date format back as a Date at midnight in the spreadsheet’s zone', () => {
    const fake = createAppsScriptFake({ sheetNames: ['Data'], spreadsheetTimeZone: 'Asia/Tokyo' });
    const sheet = fake.spreadsheet.getSheetByName('Data')!;
    const row = sheet.getRange('A1:E1');
    row.setValues([[46296, 46296.5, 46296, 46296, 46296]]);
    row.setNumberFormats([['yyyy-mm-dd', 'dd/mm/yyyy hh:mm', '#,##0.00 [$€]', '"days" 0', '@']]);
    const [date, time, ...numbers] = row.getValues()[0]!;
    expect((date as Date).toISOString()).toBe('2026-09-30T15:00:00.000Z');
    expect((time as Date).toISOString()).toBe('2026-10-01T03:00:00.000Z');
    expect(numbers).toEqual([46296, 46296, 46296]);
    expect(row.getDisplayValues()[0]!.slice(0, 2)).toEqual(['2026-10-01', '2026-10-01']);
  });

  it('hands a number back as a number under a colour, a condition, a padding or a fill that holds a date letter; elapsed minutes are a duration', () => {
    const fake = createAppsScriptFake({ sheetNames: ['Data'] });
    const row = fake.spreadsheet.getSheetByName('Data')!.getRange('A1:E1');
    row.setValues([[-1234.5, -1234.5, 1234.5, 1234.5, 0.25]]);
    row.setNumberFormats([
      ['#,##0.00;[Red]-#,##0.00', '[Color10]0;[Red](0)', '[>=1000]#,##0;0', '0.00_d', '[m]'],
    ]);
    const [red, color, condition, padded, elapsed] = row.getValues()[0]!;
    expect([red, color, condition, padded]).toEqual([-1234.5, -1234.5, 1234.5, 1234.5]);
    expect(elapsed).toBeInstanceOf(fake.state.realmDate);
  });

  it('computes DATE as its serial, which a date format hands back as a Date at midnight in the spreadsheet’s zone', () => {
    const fake = createAppsScriptFake({ sheetNames: ['Data'], spreadsheetTimeZone: 'America/Los_Angeles' });
    const row = fake.spreadsheet.getSheetByName('Data')!.getRange('A1:E1');
    row.setNumberFormats([['yyyy-mm-dd', '0', '0', '0', '0']]);
    row.setFormulas([
      ['=DATE(2026,10,1)', '=DATE(2026,13,1)', '=DATE(26,10,1)', '=DATE(10000,1,1)', '=DATE(1)'],
    ]);
    const [date, ...serials] = row.getValues()[0]!;
    expect(date).toBeInstanceOf(fake.state.realmDate);
    expect((date as Date).toISOString()).toBe('2026-10-01T07:00:00.000Z');
    expect(serials).toEqual([46388, 9771, '#NUM!', '#N/A']);
  });

  // Google: DATE "converts a year, month, and day into a date", where DATEVALUE "returns integers … To get
  // dates, change the cell format to Date": an automatic cell shows DATE's result as a date.
  it('hands DATE back as a Date in a cell of automatic format, as Sheets shows it, and date arithmetic too', () => {
    const fake = createAppsScriptFake({ sheetNames: ['Data'], spreadsheetTimeZone: 'Asia/Tokyo' });
    const sheet = fake.spreadsheet.getSheetByName('Data')!;
    const row = sheet.getRange('A1:E1');
    row.setFormulas([
      ['=DATE(2026,10,1)', '=DATE(2026,10,1)+1', '=DATE(2026,10,1)-DATE(2026,9,1)', '=DATE(1)', '=1+1'],
    ]);
    sheet.getRange('F1').setNumberFormat('General').setFormula('=DATE(2026,13,1)');
    const [date, nextDay, days, error, two, reset] = sheet.getRange('A1:F1').getValues()[0]!;
    expect(date).toBeInstanceOf(fake.state.realmDate);
    expect((date as Date).toISOString()).toBe('2026-09-30T15:00:00.000Z');
    expect((nextDay as Date).toISOString()).toBe('2026-10-01T15:00:00.000Z');
    expect((reset as Date).toISOString()).toBe('2026-12-31T15:00:00.000Z');
    expect([days, error, two]).toEqual([30, '#N/A', 2]);
    expect(sheet.getRange('A1').getDisplayValue()).toBe('2026-10-01');
  });

  it('rounds with ROUND and ROUNDDOWN the decimal a cell shows, not the double under it', () => {
    const { sheet } = freshSheet();
    sheet
      .getRange('A1:D1')
      .setFormulas([['=ROUND(0.285,2)', '=ROUNDDOWN(1.45*0.2,2)', '=ROUND(-2.5,0)', '=ROUNDDOWN(-2.567,1)']]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([[0.29, 0.29, -3, -2.5]]);
  });

  it('computes errors as their codes and unknown functions as #NAME?', () => {
    const { sheet } = freshSheet();
    sheet.getRange('A1:C1').setFormulas([['=1/0', '=NOPE(1)', '=A1+']]);
    sheet.getRange('D1').setFormula('=D1+1');
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['#DIV/0!', '#NAME?', '#ERROR!', '#REF!']]);
  });

  it('reads references to other sheets', () => {
    const fake = createAppsScriptFake({ sheetNames: ['Lines', 'Total'] });
    fake.spreadsheet
      .getSheetByName('Lines')!
      .getRange('A1:A2')
      .setValues([[10], [32]]);
    const total = fake.spreadsheet.getSheetByName('Total')!.getRange('A1');
    total.setFormula("=SUM(Lines!A1:A2)+'Lines'!A1");
    expect(total.getValue()).toBe(52);
  });
});

describe('Range formats, styles and validation', () => {
  it('keeps per-cell styles and reads defaults for untouched cells', () => {
    const { sheet } = freshSheet();
    const range = sheet.getRange(1, 1, 2, 2);
    range.setFontWeights([
      ['bold', null],
      ['normal', 'bold'],
    ]);
    range.setBackground('#eeeeee');
    range.setHorizontalAlignment('right');
    expect(range.getFontWeights()).toEqual([
      ['bold', 'normal'],
      ['normal', 'bold'],
    ]);
    expect(range.getBackgrounds()).toEqual([
      ['#eeeeee', '#eeeeee'],
      ['#eeeeee', '#eeeeee'],
    ]);
    expect(range.getHorizontalAlignments()[0]).toEqual(['right', 'right']);
    expect(sheet.getRange('C3').getBackground()).toBe('#ffffff');
    expect(() => range.setHorizontalAlignment('middle')).toThrow('Invalid argument');
  });

  it('draws outer and inner borders as asked', () => {
    const { sheet } = freshSheet();
    const range = sheet.getRange('A1:B2');
    range.setBorder(true, null, null, null, null, true);
    expect(range.__bordersAt(0, 0)).toEqual({ top: true, bottom: true });
    expect(range.__bordersAt(1, 1)).toEqual({ top: true });
  });

  it('applies list validations built with newDataValidation', () => {
    const fake = createAppsScriptFake();
    const rule = fake.SpreadsheetApp.newDataValidation()
      .requireValueInList(['higher', 'lower'], true)
      .setAllowInvalid(false)
      .build();
    const range = fake.spreadsheet.getActiveSheet().getRange('B2:B3');
    range.setDataValidation(rule);
    const got = range.getDataValidations();
    expect(got[1]![0]!.getCriteriaType()).toBe('VALUE_IN_LIST');
    expect(got[1]![0]!.getCriteriaValues()).toEqual([['higher', 'lower'], true]);
    expect(got[1]![0]!.getAllowInvalid()).toBe(false);
    expect(() => fake.SpreadsheetApp.newDataValidation().build()).toThrow(/criteria/);
  });

  it('refuses overlapping row bandings', () => {
    const { sheet } = freshSheet();
    const banding = sheet.getRange('A1:C5').applyRowBanding();
    expect(banding.getHeaderRowColor()).toBe('#bdbdbd');
    expect(() => sheet.getRange('B3:D9').applyRowBanding()).toThrow(/already has alternating colors/);
    banding.remove();
    expect(sheet.getBandings()).toHaveLength(0);
  });
});
