/**
 * A French contract's Scenarios sheet names its prefilled rows in French (pire, attendu, meilleur), as the
 * French pane's hint calls them, and every reader of those names reads them back: the list, the exposure of
 * a scenario, Reprice, and the declared forecast, which still reads a French sheet made with the English
 * names before.
 */
import { MemoryWorkbook } from '../../test/support/memoryWorkbook';
import { now } from '../../test/support/syncActions';
import { FRENCH_SPACE } from '../i18n/frenchTypography';
import { modelTexts } from '../i18n/model';
import { workbookActions } from './actions';

const S = FRENCH_SPACE;
const declared = {
  months: '1',
  simulations: '20',
  seed: '1',
  method: 'declared',
  scenarioSheet: 'Scénarios',
} as const;

function frenchScenarios() {
  const book = new MemoryWorkbook();
  const actions = workbookActions(book);
  now(actions.newContract('bpo-customer-service', 'fr'));
  const made = now(actions.createScenarios('fr'));
  return { book, actions, made, sheet: book.sheetMap.get(made.sheet)! };
}

/** The rows of the Scenarios sheet, by the name in column A. */
const rowOf = (sheet: unknown[][], name: string) => sheet.findIndex((row) => row[0] === name);

describe('the Scenarios sheet of a French contract', () => {
  it('names its rows pire, attendu and meilleur, which list, price and reprice', () => {
    const { book, actions, made } = frenchScenarios();
    expect(made.sheet).toBe('Scénarios');
    expect(now(actions.listScenarios(made.sheet, 'fr'))).toEqual(['pire', 'attendu', 'meilleur']);
    expect(made.message).toMatch(/^Scénarios dans «\u00a0Scénarios\u00a0» \(totaux à ce jour\u00a0: pire /);
    expect(modelTexts('fr').scenariosHint).toContain('les lignes pire, attendu et meilleur');
    expect(now(actions.scenarioExposure(made.sheet, 'attendu', 'fr')).sheet).toBeTruthy();
    const repriced = now(actions.repriceScenarios(made.sheet, 'fr'));
    expect(
      book.sheetMap
        .get(repriced.sheet)!
        .slice(4, 7)
        .map((row) => row[0]),
    ).toEqual(['pire', 'attendu', 'meilleur']);
  });

  it('gives the declared forecast its rows, named in French on its subtitle', () => {
    const { book, actions, sheet } = frenchScenarios();
    const expected = rowOf(sheet, 'attendu');
    // Every row the expected one: each triangular distribution collapses to its value.
    sheet[rowOf(sheet, 'pire')] = ['pire', ...sheet[expected]!.slice(1)];
    sheet[rowOf(sheet, 'meilleur')] = ['meilleur', ...sheet[expected]!.slice(1)];
    const result = now(actions.forecast(declared, 'fr'));
    const [, mean, p10, p90] = /moyenne (.+?), P10 (.+?), P90 (.+?)\u00a0;/u.exec(result.message) ?? [];
    expect(mean).toBeDefined();
    expect([p10, p90]).toEqual([mean, mean]);
    expect(book.sheetMap.get(result.sheet)![1]![0]).toContain(
      `tirages triangulaires entre les lignes pire, attendu et meilleur de «${S}Scénarios${S}»`,
    );
  });

  it('still reads a French sheet whose rows were named worst, expected and best, and names what is missing', () => {
    const { book, actions, sheet } = frenchScenarios();
    const french = now(actions.forecast(declared, 'fr'));
    for (const [from, to] of [
      ['pire', 'worst'],
      ['attendu', 'expected'],
      ['meilleur', 'best'],
    ] as const)
      sheet[rowOf(sheet, from)] = [to, ...sheet[rowOf(sheet, from)]!.slice(1)];
    const english = now(actions.forecast(declared, 'fr'));
    expect(english.message.replace(/«[^»]*»/, '')).toBe(french.message.replace(/«[^»]*»/, ''));
    expect(book.sheetMap.get(english.sheet)![1]![0]).toContain('entre les lignes worst, expected et best de');
    sheet[rowOf(sheet, 'best')] = ['meilleur', ...sheet[rowOf(sheet, 'best')]!.slice(1)];
    expect(() => actions.forecast(declared, 'fr')).toThrow(
      'Les tirages triangulaires demandent les lignes pire, attendu et meilleur de la feuille de scénarios.',
    );
  });
});
