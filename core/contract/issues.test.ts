import { cellIssue, pathIssue } from './issues';

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

describe('pathIssue', () => {
  it('names the field path (or the document) before the problem, with the French colon in French', () => {
    expect(pathIssue(['kpis', 0, 'target'], 'required').message).toBe('kpis[0].target: required');
    expect(pathIssue(['kpis', 0, 'target'], 'obligatoire', 'fr')).toMatchObject({
      message: 'kpis[0].target\u00a0: obligatoire',
      problem: 'obligatoire',
      path: 'kpis[0].target',
    });
    expect(pathIssue([], 'not valid JSON').message).toBe('(contract): not valid JSON');
    expect(pathIssue([], 'JSON invalide', 'fr').message).toBe('(contrat)\u00a0: JSON invalide');
    expect(pathIssue([], 'JSON invalide', 'fr', 'réalisé').message).toBe('(réalisé)\u00a0: JSON invalide');
  });
});
