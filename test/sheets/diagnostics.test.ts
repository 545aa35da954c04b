/** The sidebar's Diagnostics: the core's self-test over the google.script.run port to the built Code.js. */
import type { DiagnosticsResult } from '../../core/app/bridge';
import { FakeRange } from '../fakes/appsScript/range';
import { loadAddon, sidebarActions } from './builtSheets';

function statuses(result: DiagnosticsResult): Record<string, string> {
  return Object.fromEntries(result.checks.map((check) => [check.id, check.status]));
}

describe('Diagnostics in the Sheets sidebar', () => {
  // The fake hands a date-formatted number back as that number where Sheets hands a Date: the date check
  // here reads the serial; the Date path (and its zone) is the port's, tested in zonedDates.
  it('passes the checks the fake keeps, leaving the other sheets as they were', async () => {
    const addon = loadAddon({ sheetNames: ['Sheet1'], spreadsheetTimeZone: 'Asia/Tokyo' });
    addon.fake.spreadsheet.getSheetByName('Sheet1')!.getRange(1, 1).setValue('mine');
    const result = await sidebarActions(addon).runDiagnostics('fr');
    expect(statuses(result)).toEqual({
      textStaysText: 'passed',
      fifteenDigits: 'passed',
      dateMonth: 'passed',
      blankInRange: 'passed',
      largeCall: 'passed',
      blankInRangeArgument: 'notChecked',
      omittedOptional: 'notChecked',
    });
    expect(result.message).toMatch(/^Diagnostic : 5 réussi\(s\), 0 en échec\./);
    expect(addon.fake.spreadsheet.getSheetByName('Sheet1')!.getDataRange().getValues()).toEqual([['mine']]);
  });

  it('fails the text check on a Sheets that ignores the text format and evaluates "=1+1"', async () => {
    const addon = loadAddon();
    // The assumption under test: the plain-text format written before the value keeps it text.
    const spied = [
      jest.spyOn(FakeRange.prototype, 'setNumberFormats').mockImplementation(function (this: FakeRange) {
        return this;
      }),
      jest.spyOn(FakeRange.prototype, 'setNumberFormat').mockImplementation(function (this: FakeRange) {
        return this;
      }),
    ];
    try {
      const result = await sidebarActions(addon).runDiagnostics('en');
      const text = result.checks.find((check) => check.id === 'textStaysText')!;
      expect(text.status).toBe('failed');
      expect(text.seen).toMatch(/^number 2; /);
    } finally {
      for (const spy of spied) spy.mockRestore();
    }
  });
});
