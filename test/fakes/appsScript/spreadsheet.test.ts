import { createAppsScriptFake } from './index';

describe('Spreadsheet and Sheet', () => {
  it('refuses a duplicate sheet name, whatever its case, like Sheets', () => {
    const fake = createAppsScriptFake({ sheetNames: ['Contract'] });
    expect(() => fake.spreadsheet.insertSheet('contract')).toThrow(
      'A sheet with the name "contract" already exists. Please enter another name.',
    );
    expect(fake.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Contract']);
  });

  it('duplicates the active sheet after it, active, its cells copied apart, its metadata kept or not as told', () => {
    for (const keep of [true, false]) {
      const fake = createAppsScriptFake({
        sheetNames: ['Actuals', 'Other'],
        duplicateKeepsDeveloperMetadata: keep,
      });
      const actuals = fake.spreadsheet.getSheetByName('Actuals')!;
      actuals.getRange('B2').setValue('42');
      actuals.addDeveloperMetadata('k', 'v');
      const copy = fake.spreadsheet.duplicateActiveSheet();
      fake.spreadsheet.setActiveSheet(actuals);
      const second = fake.spreadsheet.duplicateActiveSheet();
      expect(fake.spreadsheet.getSheets().map((s) => s.getName())).toEqual([
        'Actuals',
        'Copy of Actuals 2',
        'Copy of Actuals',
        'Other',
      ]);
      expect(fake.spreadsheet.getActiveSheet().getName()).toBe(second.getName());
      copy.getRange('B2').setValue('7');
      expect(actuals.getRange('B2').getValue()).toBe(42);
      expect(second.getRange('B2').getValue()).toBe(42);
      expect(copy.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual(
        keep ? [['k', 'v']] : [],
      );
      expect(fake.spreadsheet.createDeveloperMetadataFinder().withKey('k').find()).toHaveLength(keep ? 3 : 1);
    }
  });

  it('refuses a sheet name over 100 characters, like Sheets', () => {
    const fake = createAppsScriptFake({ sheetNames: ['Contract'] });
    expect(fake.spreadsheet.insertSheet('x'.repeat(100)).getName()).toHaveLength(100);
    expect(() => fake.spreadsheet.insertSheet('y'.repeat(101))).toThrow(
      'Sheet names cannot be longer than 100 characters.',
    );
    expect(() => fake.spreadsheet.getSheetByName('Contract')!.setName('z'.repeat(101))).toThrow(
      /100 characters/,
    );
  });

  it('holds at most 10 million cells, every sheet’s empty ones counted, refusing what would pass them', () => {
    const fake = createAppsScriptFake({ sheetNames: ['Big'] });
    const big = fake.spreadsheet.getSheetByName('Big')!;
    // 1,000 × 26 to start with: 384,000 rows more make 9,984,000 cells, room for none of a new sheet's 26,000.
    big.insertRowsAfter(1000, 383_000);
    expect(big.getMaxRows() * big.getMaxColumns()).toBe(9_984_000);
    const limit =
      'This action would increase the number of cells in the workbook above the limit of 10000000 cells.';
    expect(() => fake.spreadsheet.insertSheet('More')).toThrow(limit);
    expect(() => big.insertColumnsAfter(26, 1)).toThrow(limit);
    expect(fake.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Big']);
    big.insertRowsAfter(1, 615);
    expect(() => big.insertRowsAfter(1, 1)).toThrow(limit);
    expect(big.getMaxRows() * big.getMaxColumns()).toBe(9_999_990);
  });

  it('inserts after the active sheet, activates the new sheet and deletes it again', () => {
    const fake = createAppsScriptFake({ sheetNames: ['A', 'B'] });
    const ss = fake.spreadsheet;
    const inserted = ss.insertSheet('New');
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['A', 'New', 'B']);
    expect(ss.getActiveSheet().getName()).toBe('New');
    expect(inserted.getIndex()).toBe(2);
    ss.deleteSheet(inserted);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['A', 'B']);
    expect(ss.getActiveSheet().getName()).toBe('A');
    expect(ss.getSheetByName('New')).toBeNull();
  });

  it('will not delete the last sheet', () => {
    const fake = createAppsScriptFake();
    expect(() => fake.spreadsheet.deleteSheet(fake.spreadsheet.getSheets()[0]!)).toThrow(/all the sheets/);
  });

  it('throws outside the sheet and grows only when rows or columns are inserted', () => {
    const fake = createAppsScriptFake();
    const sheet = fake.spreadsheet.getActiveSheet();
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
    expect(() => sheet.getRange(990, 1, 20, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    sheet.insertRowsAfter(1000, 10);
    sheet.insertColumnsAfter(26, 2);
    expect(sheet.getMaxRows()).toBe(1010);
    expect(sheet.getMaxColumns()).toBe(28);
    expect(sheet.getRange(990, 27, 20, 2).getA1Notation()).toBe('AA990:AB1009');
  });

  it('shifts content down when rows are inserted above it', () => {
    const fake = createAppsScriptFake();
    const sheet = fake.spreadsheet.getActiveSheet();
    sheet.getRange('A1:A2').setValues([['head'], ['body']]);
    sheet.insertRowsAfter(1, 3);
    expect(sheet.getRange('A1:A5').getValues()).toEqual([['head'], [''], [''], [''], ['body']]);
  });

  it('reports the data range from A1 to the last cell with content', () => {
    const fake = createAppsScriptFake();
    const sheet = fake.spreadsheet.getActiveSheet();
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    sheet.getRange('C4').setValue('x');
    sheet.getRange('E2').setBackground('#ff0000');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([4, 3]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C4');
    expect(sheet.getDataRange().getValues()[3]).toEqual(['', '', 'x']);
  });

  it('parses A1 notation on sheets and spreadsheets', () => {
    const fake = createAppsScriptFake({ sheetNames: ['Main', 'My data'] });
    const range = fake.spreadsheet.getRange("'My data'!B2:C10");
    expect([
      range.getSheet().getName(),
      range.getRow(),
      range.getColumn(),
      range.getNumRows(),
      range.getNumColumns(),
    ]).toEqual(['My data', 2, 2, 9, 2]);
    expect(fake.spreadsheet.getActiveSheet().getRange('B:B').getNumRows()).toBe(1000);
    expect(() => fake.spreadsheet.getActiveSheet().getRange('not a range')).toThrow('Range not found');
  });

  it('keeps frozen rows, column widths and the active range', () => {
    const fake = createAppsScriptFake();
    const sheet = fake.spreadsheet.getActiveSheet();
    sheet.setFrozenRows(2);
    sheet.setColumnWidths(2, 3, 150);
    sheet.getRange('B5').activate();
    expect(sheet.getFrozenRows()).toBe(2);
    expect([sheet.getColumnWidth(1), sheet.getColumnWidth(4), sheet.getColumnWidth(5)]).toEqual([
      100, 150, 100,
    ]);
    expect(fake.spreadsheet.getActiveRange()!.getA1Notation()).toBe('B5');
  });
});

describe('call log', () => {
  it('records every call on every object, once, with a target and a short argument summary', () => {
    const fake = createAppsScriptFake({ sheetNames: ['Data'] });
    const ss = fake.SpreadsheetApp.getActiveSpreadsheet();
    const range = ss.getSheetByName('Data')!.getRange(1, 1, 2, 2);
    range.setValues([
      [1, 2],
      [3, 4],
    ]);
    expect(fake.log.calls.map((c) => `${c.service}.${c.method}(${c.args}) @${c.target}`)).toEqual([
      'SpreadsheetApp.getActiveSpreadsheet() @',
      'Spreadsheet.getSheetByName("Data") @Outcome Fees test',
      'Sheet.getRange(1, 1, 2, 2) @Data',
      'Range.setValues([2x2]) @Data!A1:B2',
    ]);
    expect(fake.log.count({ group: 'SpreadsheetApp' })).toBe(4);
    const rule = fake.SpreadsheetApp.newDataValidation().requireCheckbox().build();
    range.setDataValidation(rule);
    expect(fake.log.calls[fake.log.calls.length - 1]!.args).toBe('DataValidation(CHECKBOX)');
    expect(fake.log.count({ service: 'Range' })).toBe(2);
  });

  it('records a call that throws', () => {
    const fake = createAppsScriptFake();
    expect(() => fake.spreadsheet.insertSheet('Sheet1')).toThrow();
    expect(fake.log.histogram()).toEqual({ 'Spreadsheet.insertSheet': 1 });
  });

  it("selects a sheet's most recent selection again when activated with restoreSelection, as Google documents", () => {
    const fake = createAppsScriptFake({ sheetNames: ['A', 'B'] });
    const a = fake.spreadsheet.getSheetByName('A')!;
    a.getRange('C4:D5').activate();
    fake.spreadsheet.insertSheet('Temp');
    expect(fake.spreadsheet.getActiveRange()).toBeNull();
    fake.spreadsheet.setActiveSheet(a);
    expect(fake.spreadsheet.getActiveRange()).toBeNull();
    fake.spreadsheet.insertSheet('Temp 2');
    fake.spreadsheet.setActiveSheet(a, true);
    expect(fake.spreadsheet.getActiveSheet().getName()).toBe('A');
    expect(fake.spreadsheet.getActiveRange()!.getA1Notation()).toBe('C4:D5');
  });

  it('hands out the same wrapper for the same object and accepts wrappers as arguments', () => {
    const fake = createAppsScriptFake({ sheetNames: ['A', 'B'] });
    const b = fake.spreadsheet.getSheetByName('B')!;
    expect(fake.spreadsheet.getSheets()[1]).toBe(b);
    expect(fake.spreadsheet.setActiveSheet(b)).toBe(b);
    expect(fake.spreadsheet.getActiveSheet()).toBe(b);
  });
});
