import { isPaintFailure, paintFailureText } from './paintFailure';

describe('paint failures in the pane’s language', () => {
  const failure = { sheetNames: ['Facture 2026-10'], reason: 'Accès refusé.', cleanup: 'removed' } as const;

  test('say the sheets, the host’s reason and what is left, in French without English words', () => {
    expect(paintFailureText('fr', failure)).toBe(
      'Impossible de créer la feuille «\u00a0Facture 2026-10\u00a0»\u00a0: Accès refusé. Ce qui avait été construit a été supprimé.',
    );
    expect(paintFailureText('fr', { ...failure, sheetNames: ['A', 'B'], cleanup: 'left' })).toBe(
      'Impossible de créer les feuilles «\u00a0A\u00a0», «\u00a0B\u00a0»\u00a0: Accès refusé. Ce qui avait été construit n’a pas pu être supprimé\u00a0: supprimez-le.',
    );
  });

  test('say the same in English', () => {
    expect(paintFailureText('en', { ...failure, reason: 'Access denied', cleanup: 'not-created' })).toBe(
      'Could not build the sheet "Facture 2026-10": Access denied. No sheet was created.',
    );
  });

  test('are recognised by their data, not by their text', () => {
    expect(isPaintFailure(Object.assign(new Error('x'), failure))).toBe(true);
    expect(isPaintFailure(new Error('Could not build the sheet "X": y.'))).toBe(false);
    expect(isPaintFailure({ ...failure, cleanup: 'gone' })).toBe(false);
    expect(isPaintFailure({ ...failure, sheetNames: [1] })).toBe(false);
    expect(isPaintFailure(null)).toBe(false);
  });
});
