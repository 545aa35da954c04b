import { isPaintFailure, paintFailureText } from '../../core/i18n/paintFailure';
import { createAppsScriptFake } from '../../test/fakes/appsScript';
import { FakeRange } from '../../test/fakes/appsScript/range';
import { FakeSpreadsheet } from '../../test/fakes/appsScript/spreadsheet';
import { paintSheetPlan } from '../painter';
import { paintFailureOf } from './paintFailure';

afterEach(() => jest.restoreAllMocks());

/** What the Apps Script painter itself throws when `fail` sets up a failure, as the sidebar receives it. */
function painterFailure(fail: () => void): unknown {
  jest.restoreAllMocks();
  const fake = createAppsScriptFake({ sheetNames: ['Contract'] });
  fail();
  try {
    paintSheetPlan(
      fake.asReal.spreadsheet,
      { name: 'Facture 2026-10', blocks: [{ row: 0, col: 0, values: [[1]] }] },
      fake.asReal.SpreadsheetApp,
    );
  } catch (error) {
    return paintFailureOf(error);
  }
  throw new Error('the paint did not fail');
}

/** The messages sheets-addon/painter.ts and the server write (see painter.test.ts for where each arises). */
describe('the server’s paint failures, as data again', () => {
  test('a sheet that could not be created left nothing', () => {
    const failure = paintFailureOf(
      new Error(
        'Could not create the sheet "Invoice 2026-10": You do not have permission to edit this document.',
      ),
    );
    expect(failure).toMatchObject({
      sheetNames: ['Invoice 2026-10'],
      reason: 'You do not have permission to edit this document.',
      cleanup: 'not-created',
    });
    expect(paintFailureText('fr', failure as never)).toBe(
      'Impossible de créer la feuille « Invoice 2026-10 » : You do not have permission to edit this document. Aucune feuille n’a été créée.',
    );
  });

  test('a half-built sheet was removed, or could not be', () => {
    expect(
      paintFailureOf(
        new Error('Could not paint the sheet "Invoice 2026-10": Service Spreadsheets timed out.'),
      ),
    ).toMatchObject({ reason: 'Service Spreadsheets timed out.', cleanup: 'removed' });
    expect(
      paintFailureOf(
        new Error(
          'Could not paint the sheet "Invoice 2026-10": boom (and the half-built sheet could not be removed: document is read-only)',
        ),
      ),
    ).toMatchObject({ reason: 'boom', cleanup: 'left' });
    expect(
      paintFailureOf(
        new Error(
          'Could not paint the sheet "Actuals": boom (the sheet "Contract" could not be removed: read-only)',
        ),
      ),
    ).toMatchObject({ sheetNames: ['Actuals'], reason: 'boom', cleanup: 'left' });
    expect(
      paintFailureOf(
        new Error(
          'Could not paint the sheet "X": boom (the half-built sheet was removed, but the previous sheet could not be selected again: gone)',
        ),
      ),
    ).toMatchObject({ reason: 'boom', cleanup: 'removed' });
  });

  test('read the painter’s own messages, so a change of its wording fails here', () => {
    const create = painterFailure(() =>
      jest.spyOn(FakeSpreadsheet.prototype, 'insertSheet').mockImplementation(() => {
        throw new Error('Accès refusé.');
      }),
    );
    expect(create).toMatchObject({
      sheetNames: ['Facture 2026-10'],
      reason: 'Accès refusé.',
      cleanup: 'not-created',
    });
    const paint = painterFailure(() =>
      jest.spyOn(FakeRange.prototype, 'setValues').mockImplementation(() => {
        throw new Error('boom');
      }),
    );
    expect(paint).toMatchObject({ reason: 'boom', cleanup: 'removed' });
    const left = painterFailure(() => {
      jest.spyOn(FakeRange.prototype, 'setValues').mockImplementation(() => {
        throw new Error('boom');
      });
      jest.spyOn(FakeSpreadsheet.prototype, 'deleteSheet').mockImplementation(() => {
        throw new Error('read-only');
      });
    });
    expect(left).toMatchObject({ reason: 'boom', cleanup: 'left' });
  });

  test('any other failure passes through untouched', () => {
    const other = new Error('The sidebar sent a malformed plan: blocks[0] is missing.');
    expect(paintFailureOf(other)).toBe(other);
    expect(isPaintFailure(paintFailureOf('text'))).toBe(false);
  });
});
