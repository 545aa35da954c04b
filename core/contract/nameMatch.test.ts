import { CONTRACTFEE } from '../functions/defs/contractFee';
import { evaluate } from '../functions/evaluate';
import type { HostMatrix } from '../functions/hostValues';
import { contractSheetPlan } from '../layout/contractSheet';
import { planToGrid } from '../layout/planToGrid';
import { onlineBusinessManager } from '../templates';
import { withMargin } from '../../test/support/rangeMargin';
import { nameKey, namedItem } from './nameMatch';

describe('nameKey', () => {
  it('reads a name as the screen shows it', () => {
    expect(nameKey('Taux d’abandon des  sessions\u200b')).toBe("taux d'abandon des sessions");
    expect(nameKey('Taux de re\u0301tention client')).toBe(nameKey('Taux de rétention client'));
  });
});

describe('namedItem', () => {
  const names = ['Taux d’abandon', 'FCR'];
  it('finds a name but for case first, then the one that reads the same', () => {
    expect(namedItem(names, (n) => n, 'fcr')).toBe('FCR');
    expect(namedItem(names, (n) => n, "Taux d'abandon")).toBe('Taux d’abandon');
  });
  it('leaves two names that read the same to the caller', () => {
    expect(namedItem(['d’x', "d'x"], (n) => n, 'd‘x')).toBeUndefined();
    expect(namedItem(['d’x', "d'x"], (n) => n, "d'x")).toBe("d'x");
  });
});

describe('CONTRACTFEE', () => {
  // OBM, December 2026's values, the French sheet: the names as a keyboard types them.
  const sheet = withMargin(planToGrid(contractSheetPlan(onlineBusinessManager.contract('fr')))) as HostMatrix;
  const names = [
    ['Forfait horaire OBM'],
    ['Taux de conversion des prospects'],
    ['Taux de re\u0301tention client'],
    ['Temps moyen de réponse client'],
    ['Sessions de coaching par mois'],
    ['Satisfaction client (NPS)'],
    ["Taux d'abandon des sessions"],
  ];
  const values = [[58], [0.33], [0.86], [3.8], [52], [8.9], [0.09]];
  it('reads names typed with a straight apostrophe or a decomposed accent', () => {
    expect(evaluate(CONTRACTFEE, [sheet, names, values])).toBe(7177.5);
    expect(evaluate(CONTRACTFEE, [sheet, names, values, "Taux d'abandon des sessions"])).toBe(-239.25);
  });
});
