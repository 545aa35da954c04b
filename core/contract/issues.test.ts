import { cellIssue } from './issues';

describe('cellIssue', () => {
  it('names the sheet, cell and column before the problem, with the French colon in French', () => {
    expect(cellIssue('Contract', 32, 18, 'KPI terms', 'unknown column').message).toBe(
      'Contract!S33 (KPI terms): unknown column',
    );
    expect(cellIssue('Contrat', 32, 18, 'Clauses KPI', 'colonne inconnue', 'fr').message).toBe(
      'Contrat!S33 (Clauses KPI)\u00a0: colonne inconnue',
    );
    expect(cellIssue('Mes réels', 0, 0, '', 'vide', 'fr')).toMatchObject({
      message: "'Mes réels'!A1\u00a0: vide",
      problem: 'vide',
      address: 'A1',
    });
  });
});
