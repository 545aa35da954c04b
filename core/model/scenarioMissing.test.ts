import type { Actuals, Language, Period } from '../contract/types';
import { dec } from '../money';
import { bpoCustomerService, itServicesSla, onlineBusinessManager } from '../templates';
import { priceScenario, scenarioOfPeriod, type ScenarioValues } from './scenario';

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

  it('priced alone, an aggregated KPI it lacks is its own, not a month of the actuals (half-yearly NPS)', () => {
    const contract = onlineBusinessManager.contract('en');
    const given = Object.fromEntries(
      contract.kpis.filter((k) => k.aggregation === undefined).map((k) => [k.name, '0.2']),
    );
    const result = priceScenario(contract, { ...values(given, {}), hours: dec('50') });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual(['no value given for KPI "Client satisfaction (NPS)"']);
  });
});

/**
 * The IT template's scenario of May 2026 in `lang`, without the P1 resolution time (its second clause) that
 * escalates on repeat misses: the other clauses' values, and the workstations.
 */
function withoutP1(lang: Language, p1?: string): ScenarioValues {
  const contract = itServicesSla.contract(lang);
  const [availability, p1Time, fix, answer] = contract.kpis.map((k) => k.name);
  return {
    kpis: new Map([
      [availability, dec('0.999')],
      [fix, dec('0.78')],
      [answer, dec('0.8')],
      ...(p1 === undefined ? [] : [[p1Time, dec(p1)] as const]),
    ]),
    volumes: new Map([[contract.volumes[0].name, dec('820')]]),
  };
}

/** `actuals` without `kpi`'s value in `month`. */
function without(actuals: Actuals, month: Period, kpi: string): Actuals {
  const periods = new Map(actuals.periods);
  const at = periods.get(month)!;
  periods.set(month, { ...at, kpis: new Map([...at.kpis].filter(([name]) => name !== kpi)) });
  return { periods };
}

describe('a scenario priced inside a history (clauses that read earlier months)', () => {
  it("says a value it does not give is the scenario's, not the actuals' in its month (EN)", () => {
    const result = priceScenario(itServicesSla.contract('en'), withoutP1('en'), {
      period: '2026-05',
      history: itServicesSla.actuals('en'),
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual(['no value given for KPI "P1 resolution time"']);
  });

  it("says it in the contract's language (FR)", () => {
    const result = priceScenario(itServicesSla.contract('fr'), withoutP1('fr'), {
      period: '2026-05',
      history: itServicesSla.actuals('fr'),
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toEqual([
        'aucune valeur donnée pour le KPI «\u00a0Délai de résolution P1\u00a0»',
      ]);
  });

  it("says a value missing from an earlier month is the actuals', naming the month (the escalation reads it)", () => {
    const history = without(itServicesSla.actuals('en'), '2026-04', 'P1 resolution time');
    const result = priceScenario(itServicesSla.contract('en'), withoutP1('en', '5'), {
      period: '2026-05',
      history,
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.join('\n')).toMatch(/^Actuals: .*P1 resolution time.* reads 2026-04/);
  });

  it("keeps the actuals' words when the values are the period's actuals (a curve's or an exposure's base)", () => {
    const contract = itServicesSla.contract('en');
    const history = without(itServicesSla.actuals('en'), '2026-05', 'P1 resolution time');
    const base = scenarioOfPeriod(contract, history, '2026-05');
    const result = priceScenario(contract, base, { period: '2026-05', history, ofActuals: true });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toEqual(['Actuals: no value for KPI "P1 resolution time" in 2026-05']);
  });
});
