import { isPaintFailure, paintFailureText } from '../../core/i18n/paintFailure';
import { paintFailureOf } from './paintFailure';

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

  test('any other failure passes through untouched', () => {
    const other = new Error('The sidebar sent a malformed plan: blocks[0] is missing.');
    expect(paintFailureOf(other)).toBe(other);
    expect(isPaintFailure(paintFailureOf('text'))).toBe(false);
  });
});
