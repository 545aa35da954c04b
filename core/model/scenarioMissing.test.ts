import { dec } from '../money';
import { bpoCustomerService } from '../templates';
import { priceScenario, type ScenarioValues } from './scenario';

const values = (kpis: Record<string, string>, volumes: Record<string, string>): ScenarioValues => ({
  kpis: new Map(Object.entries(kpis).map(([k, v]) => [k, dec(v)])),
  volumes: new Map(Object.entries(volumes).map(([k, v]) => [k, dec(v)])),
});

describe('a value a scenario does not give', () => {
  it('is said of the scenario, not of actuals and a month nobody entered (EN)', () => {
    const contract = bpoCustomerService.contract('en');
    const result = priceScenario(contract, values({ FCR: '0.7', CSAT: '0.8' }, {}));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        'no quantity given for "Interactions"',
        'no value given for KPI "Average response time"',
      ]),
    );
    expect(result.problems.join('\n')).not.toMatch(/Actuals|20\d\d-\d\d/);
  });

  it('is said in the contract language (FR)', () => {
    const contract = bpoCustomerService.contract('fr');
    const result = priceScenario(contract, values({}, { Interactions: '40000' }));
    expect(result.ok).toBe(false);
    if (!result.ok)
      // French typography: no-break spaces inside « » (core/i18n/frenchTypography.ts).
      expect(result.problems).toContain('aucune valeur donnée pour le KPI «\u00a0FCR\u00a0»');
  });

  it("inside a history keeps the engine's words: the values may be that period's actuals (a curve's base)", () => {
    const contract = bpoCustomerService.contract('en');
    const history = bpoCustomerService.actuals('en');
    const result = priceScenario(contract, values({ FCR: '0.7', CSAT: '0.8' }, { Interactions: '40000' }), {
      period: '2026-10',
      history,
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toEqual(['Actuals: no value for KPI "Average response time" in 2026-10']);
  });
});
