/**
 * CONTRACTFEE over a French Contract sheet (every template, as New contract lays it out in French): the
 * names are the French KPI and volume names (the hours as the hourly fee's label or "heures"), the price is
 * the engine's, and what the function refuses is said in the contract's language, as its invoice is (every
 * refusal, in both languages, through the built functions.js too: contractFeeLanguage.test.ts).
 */
import fc from 'fast-check';
import { CONTRACTFEE } from '../../core/functions/defs/contractFee';
import { evaluate } from '../../core/functions/evaluate';
import type { HostMatrix } from '../../core/functions/hostValues';
import { contractSheetPlan } from '../../core/layout/contractSheet';
import { planToGrid } from '../../core/layout/planToGrid';
import { kpiRange } from '../../core/model/kpiRange';
import { priceScenario } from '../../core/model/scenario';
import { fromHostNumber, toHostNumber } from '../../core/money';
import { TEMPLATES, bpoCustomerService } from '../../core/templates';
import { withMargin } from '../support/rangeMargin';

describe.each(TEMPLATES.map((t) => ({ id: t.id, template: t })))(
  'CONTRACTFEE on the French $id Contract sheet',
  ({ template }) => {
    const contract = template.contract('fr');
    const grid = withMargin(planToGrid(contractSheetPlan(contract)));
    const kpis = contract.kpis.map((k) => k.name);
    const volumes = contract.volumes.map((v) => v.name);

    test('the contract is French (the premise)', () => {
      expect(contract.language).toBe('fr');
    });

    test('equals the engine on 100 fuzzed scenarios named as the French sheet names them', () => {
      const kpiValue = (name: string) => {
        const range = kpiRange(contract.kpis.find((k) => k.name === name)!);
        const min = range.min ? toHostNumber(range.min)! : 0;
        const max = range.max ? toHostNumber(range.max)! : min + 1000;
        return fc.integer({ min: 0, max: 1000 }).map((n) => min + ((max - min) * n) / 1000);
      };
      const scenario = fc.record({
        kpis: fc.tuple(...kpis.map(kpiValue)),
        volumes: fc.tuple(...volumes.map(() => fc.integer({ min: 0, max: 100_000 }))),
        hours: fc.integer({ min: 0, max: 400 }).map((n) => n / 2),
      });
      fc.assert(
        fc.property(scenario, (v) => {
          const hours = contract.hourly ? [['heures', v.hours] as const] : [];
          const pairs = [
            ...hours,
            ...volumes.map((n, i) => [n, v.volumes[i]] as const),
            ...kpis.map((n, i) => [n, v.kpis[i]] as const),
          ];
          const names: HostMatrix = pairs.map(([n]) => [n]);
          const cells: HostMatrix = pairs.map(([, x]) => [x]);
          const engine = priceScenario(contract, {
            kpis: new Map(kpis.map((n, i) => [n, fromHostNumber(v.kpis[i])])),
            volumes: new Map(volumes.map((n, i) => [n, fromHostNumber(v.volumes[i])])),
            ...(contract.hourly ? { hours: fromHostNumber(v.hours) } : {}),
          });
          if (!engine.ok) throw new Error(engine.problems.join('\n'));
          expect(evaluate(CONTRACTFEE, [grid, names, cells])).toBe(toHostNumber(engine.invoice.total));
        }),
        { numRuns: 100, seed: 12 },
      );
    });
  },
);

describe('CONTRACTFEE’s refusals on a French Contract sheet are in French', () => {
  const contract = bpoCustomerService.contract('fr');
  const grid = withMargin(planToGrid(contractSheetPlan(contract)));
  const response = 'Délai moyen de réponse';

  test('October 2026’s values give the golden invoice’s total', () => {
    const names = [['Interactions'], ['FCR'], [response], ['CSAT']];
    expect(evaluate(CONTRACTFEE, [grid, names, [[42500], [0.774], [3.4], [0.912]]])).toBe(136788);
  });

  test('a value the invoice needs and was not given: the engine’s French problems in a French message', () => {
    expect(evaluate(CONTRACTFEE, [grid, [['FCR'], ['CSAT']], [[0.774], [0.912]]])).toEqual({
      kind: '#VALUE!',
      message: `CONTRACTFEE\u00a0: values ne peut pas être valorisé\u00a0: aucune quantité donnée pour «\u00a0Interactions\u00a0»\u00a0; aucune valeur donnée pour le KPI «\u00a0${response}\u00a0»`,
    });
  });

  test('an English name on a French sheet, and a percentage typed as 77.4', () => {
    expect(evaluate(CONTRACTFEE, [grid, [['Average response time']], [[3.4]]])).toMatchObject({
      kind: '#VALUE!',
      message: expect.stringMatching(
        /^CONTRACTFEE\u00a0: names doit nommer .*Délai moyen de réponse.*«\u00a0Average response time\u00a0» n’en nomme aucun/,
      ),
    });
    expect(evaluate(CONTRACTFEE, [grid, [['fcr']], [[77.4]]])).toMatchObject({
      kind: '#NUM!',
      message: expect.stringMatching(
        /^CONTRACTFEE\u00a0: values doit rester dans la plage valide .*FCR .*0,774/,
      ),
    });
  });
});
