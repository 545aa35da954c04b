import { selectCell } from '../server/workbookServer';
import { createAppsScriptFake } from '../../test/fakes/appsScript';
import { selectFailureOf } from './selectFailure';

/** What the server's own selectCell throws for a sheet that is gone. */
function serverFailure(sheet: string): unknown {
  const scope = globalThis as { SpreadsheetApp?: unknown };
  scope.SpreadsheetApp = createAppsScriptFake({ sheetNames: ['Contract'] }).SpreadsheetApp;
  try {
    selectCell(sheet, 'B2');
  } catch (error) {
    return error;
  } finally {
    delete scope.SpreadsheetApp;
  }
  throw new Error('the selection did not fail');
}

describe('a cell of a sheet that is gone', () => {
  test('is said in the pane’s language, from the server’s own message', () => {
    const error = serverFailure('Contrat');
    expect(selectFailureOf(error, 'Contrat', 'fr')).toEqual(
      new Error('la feuille « Contrat » n’existe plus. Vérifiez à nouveau le contrat.'),
    );
    expect(selectFailureOf(error, 'Contrat', 'en')).toEqual(
      new Error('the sheet “Contrat” no longer exists. Check the contract again.'),
    );
  });

  test('any other failure passes through', () => {
    const other = new Error('Range not found');
    expect(selectFailureOf(other, 'Contract', 'fr')).toBe(other);
  });
});
