import { distributionsFromCsv } from '../../core/model/distributionsCsv';
import { scenariosFromCsv } from '../../core/model/scenariosCsv';
import { bpoCustomerService, onlineBusinessManager } from '../../core/templates';

const contract = bpoCustomerService.contract('en');

function messages(result: { ok: boolean; issues?: readonly { message: string }[] }): string[] {
  return result.ok ? [] : (result.issues ?? []).map((i) => i.message);
}

describe('scenariosFromCsv', () => {
  const csv = [
    'Scenario,Kind,Name,Value',
    'worst,volume,Interactions,42500',
    'worst,kpi,FCR,70%',
    'worst,kpi,average response time,4.5',
    'worst,kpi,CSAT,0.85',
    'best,volume,Interactions,42500',
    'best,kpi,FCR,0.82',
    'best,kpi,Average response time,2.5',
    'best,kpi,CSAT,0.93',
  ].join('\n');

  test('reads scenarios in order, names in the contract spelling, with the actuals number rules', () => {
    const result = scenariosFromCsv(csv, contract);
    if (!result.ok) throw new Error(messages(result).join('\n'));
    expect(result.value.map((s) => s.name)).toEqual(['worst', 'best']);
    const worst = result.value[0].values;
    expect(worst.kpis.get('FCR')!.toFixed()).toBe('0.7');
    expect(worst.kpis.get('Average response time')!.toFixed()).toBe('4.5');
    expect(worst.volumes.get('Interactions')!.toFixed()).toBe('42500');
  });

  test('a decimal comma, an unknown KPI, a blank scenario and a repeated value are errors at their cells', () => {
    const bad = [
      'Scenario,Kind,Name,Value',
      'worst,kpi,FCR,"0,7"',
      'worst,kpi,FRC,0.7',
      ',kpi,CSAT,0.9',
      'best,kpi,CSAT,0.9',
      'best,kpi,CSAT,0.91',
    ].join('\n');
    const found = messages(scenariosFromCsv(bad, contract));
    expect(found).toEqual([
      expect.stringMatching(/^scenarios\.csv!D2 \(Value\): expected a number/),
      expect.stringMatching(/^scenarios\.csv!C3 \(Name\): .*FRC/),
      'scenarios.csv!A4 (Scenario): required',
      expect.stringMatching(/^scenarios\.csv!D6 \(Value\): "CSAT" has two values for scenario "best"$/),
    ]);
  });

  test('two scenarios spelled alike but for case are one misspelled, an error at its cell', () => {
    const text = `Scenario,Kind,Name,Value\nworst,kpi,FCR,0.7\nWorst,kpi,CSAT,0.85\nworst,kpi,CSAT,0.8`;
    expect(messages(scenariosFromCsv(text, contract))).toEqual([
      'scenarios.csv!A3 (Scenario): "Worst" is spelled "worst" above: one scenario, one spelling',
    ]);
  });

  test('an unknown column is an error, not ignored', () => {
    const found = messages(scenariosFromCsv('Scenario,Kind,Name,Value,Note\nx,kpi,FCR,0.7,mine', contract));
    expect(found).toEqual([expect.stringMatching(/^scenarios\.csv!E1 \(Note\): unknown or repeated column/)]);
  });
});

describe('distributionsFromCsv', () => {
  const header = 'Kind,Name,Distribution,Pessimistic,Likely,Optimistic,Mean,SD';

  test('reads triangular and normal rows', () => {
    const result = distributionsFromCsv(
      `${header}\nkpi,fcr,triangular,70%,77%,82%,,\nvolume,Interactions,normal,,,,42000,1500`,
      contract,
    );
    if (!result.ok) throw new Error(messages(result).join('\n'));
    expect(result.value).toEqual([
      {
        kind: 'kpi',
        name: 'FCR',
        distribution: {
          kind: 'triangular',
          pessimistic: expect.anything(),
          likely: expect.anything(),
          optimistic: expect.anything(),
        },
      },
      {
        kind: 'volume',
        name: 'Interactions',
        distribution: { kind: 'normal', mean: expect.anything(), sd: expect.anything() },
      },
    ]);
    const fcr = result.value[0].distribution;
    expect(fcr.kind === 'triangular' && fcr.likely.toFixed()).toBe('0.77');
  });

  test('a field the distribution does not use, a missing one, a bad shape and hours without hourly terms', () => {
    const found = messages(
      distributionsFromCsv(
        `${header}\nkpi,FCR,triangular,0.7,0.77,0.82,0.8,\nkpi,CSAT,normal,,,,0.9,\nkpi,FCR,uniform,,,,,\nhours,,normal,,,,10,1`,
        contract,
      ),
    );
    expect(found).toEqual([
      'distributions.csv!G2 (Mean): not used by the triangular distribution: leave it blank',
      'distributions.csv!H3 (SD): required',
      'distributions.csv!C4 (Distribution): expected triangular or normal, got "uniform"',
      expect.stringMatching(/^distributions\.csv!A5 \(Kind\): /),
    ]);
  });

  test('a level outside the valid range, a likely value outside its bounds and a negative SD name their cell', () => {
    const found = messages(
      distributionsFromCsv(
        [
          header,
          'kpi,FCR,triangular,70,77,82,,',
          'kpi,CSAT,triangular,0.85,0.95,0.9,,',
          'kpi,Average response time,normal,,,,3,-0.5',
          'volume,Interactions,normal,,,,-10,5',
        ].join('\n'),
        contract,
      ),
    );
    expect(found).toEqual([
      'distributions.csv!D2 (Pessimistic): 70 is outside the valid range of a percent KPI (0 to 1): did you mean 0.7?',
      expect.stringMatching(/^distributions\.csv!E2 \(Likely\): 77 is outside .*did you mean 0\.77\?$/),
      expect.stringMatching(/^distributions\.csv!F2 \(Optimistic\): 82 is outside .*did you mean 0\.82\?$/),
      'distributions.csv!E3 (Likely): must lie between pessimistic 0.85 and optimistic 0.9',
      'distributions.csv!H4 (SD): must be ≥ 0',
      'distributions.csv!G5 (Mean): must be ≥ 0',
    ]);
    expect(
      messages(distributionsFromCsv(`${header}\nindex,Syntec,triangular,290,292,295,,`, contract)),
    ).toEqual([
      'distributions.csv!A2 (Kind): a price index is published, not drawn: enter its expected values in the actuals',
    ]);
  });

  test('hours are accepted when the contract has an hourly fee', () => {
    const obm = onlineBusinessManager.contract('en');
    const result = distributionsFromCsv(`${header}\nhours,,triangular,50,60,70,,`, obm);
    expect(result.ok).toBe(true);
  });
});
