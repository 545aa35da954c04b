import { actualsFromCsv } from '../../core/contract/csv';
import { distributionsFromCsv } from '../../core/model/distributionsCsv';
import { scenariosFromCsv } from '../../core/model/scenariosCsv';
import { bpoCustomerService, onlineBusinessManager } from '../../core/templates';
import { plain } from '../support/testContract';

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
      expect.stringMatching(
        /^scenarios\.csv!D6 \(Value\): "CSAT" has two values for scenario "best" \(the first in D5\)$/,
      ),
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
    expect(found).toEqual([
      'scenarios.csv!E1 (Note): unknown column "Note"; the columns are Scenario, Kind, Name, Value',
    ]);
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

/**
 * A French user's files: French headers, `;` separators and decimal commas read; every problem said in
 * the contract's language at its cell, whichever language the file's headers are in.
 */
describe('French files, French problems', () => {
  const fr = bpoCustomerService.contract('fr');
  const frMessages = (result: Parameters<typeof messages>[0]) => messages(result).map(plain);

  test('Scénario;Type;Nom;Valeur with decimal commas, spaces between thousands and percentages', () => {
    const text = [
      'Scénario;Type;Nom;Valeur',
      'pire;volume;Interactions;42 500',
      'pire;indicateur;FCR;0,70',
      'pire;indicateur;Délai moyen de réponse;4,5',
      'pire;indicateur;CSAT;85 %',
    ].join('\n');
    const result = scenariosFromCsv(text, fr);
    if (!result.ok) throw new Error(messages(result).join('\n'));
    const values = result.value[0].values;
    expect(result.value.map((s) => s.name)).toEqual(['pire']);
    expect(values.volumes.get('Interactions')!.toFixed()).toBe('42500');
    expect(values.kpis.get('FCR')!.toFixed()).toBe('0.7');
    expect(values.kpis.get('Délai moyen de réponse')!.toFixed()).toBe('4.5');
    expect(values.kpis.get('CSAT')!.toFixed()).toBe('0.85');
  });

  test('a misspelled header is an error at its cell, with the columns the file has, in French', () => {
    expect(frMessages(scenariosFromCsv('Scénario;Tpye;Nom;Valeur\npire;indicateur;FCR;0,7', fr))).toEqual([
      'scenarios.csv!A1 : la ligne d’en-tête doit être Scénario, Type, Nom, Valeur (manque : Type)',
      'scenarios.csv!B1 (Tpye) : colonne inconnue « Tpye » ; les colonnes sont Scénario, Type, Nom, Valeur',
    ]);
    // English headers are read for a French contract; its problems stay French.
    expect(frMessages(scenariosFromCsv('Scenario,Kind,Name,Value,Name\nx,kpi,FCR,0.7,FCR', fr))).toEqual([
      'scenarios.csv!E1 (Name) : la colonne « Name » est donnée deux fois ; les colonnes sont Scénario, Type, Nom, Valeur',
    ]);
  });

  test("the scenario reader's own problems and the actuals reader's are French, scenarios named", () => {
    const text = [
      'Scénario;Type;Nom;Valeur',
      'pire;indicateur;FCR;77,4',
      'Pire;indicateur;CSAT;0,9',
      ';indicateur;CSAT;0,9',
      'pire;indicateur;CSAT;0,9',
      'pire;indicateur;CSAT;0,91',
    ].join('\n');
    expect(frMessages(scenariosFromCsv(text, fr))).toEqual([
      expect.stringMatching(/^scenarios\.csv!D2 \(Valeur\) : 77.4 est en dehors de la plage valide/),
      'scenarios.csv!A3 (Scénario) : « Pire » est écrit « pire » plus haut : un scénario, une orthographe',
      'scenarios.csv!A4 (Scénario) : obligatoire',
      'scenarios.csv!D6 (Valeur) : « CSAT » a deux valeurs pour le scénario « pire » (la première en D5)',
    ]);
  });

  test('Type;Nom;Loi;… with French distribution names and decimal commas', () => {
    const text = [
      'Type;Nom;Loi;Pessimiste;Probable;Optimiste;Moyenne;Écart-type',
      'indicateur;FCR;triangulaire;0,70;0,77;0,82;;',
      'volume;Interactions;normale;;;;43 000;2 500',
    ].join('\n');
    const result = distributionsFromCsv(text, fr);
    if (!result.ok) throw new Error(messages(result).join('\n'));
    expect(result.value.map((d) => [d.kind, d.name, d.distribution.kind])).toEqual([
      ['kpi', 'FCR', 'triangular'],
      ['volume', 'Interactions', 'normal'],
    ]);
    const volume = result.value[1].distribution;
    expect(volume.kind === 'normal' && [volume.mean.toFixed(), volume.sd.toFixed()]).toEqual([
      '43000',
      '2500',
    ]);
  });

  test('distribution problems in French, each at its cell named by the header the file wrote', () => {
    const header = 'Type;Nom;Loi;Pessimiste;Probable;Optimiste;Moyenne;Écart-type';
    const text = [
      header,
      'indicateur;FCR;triangulaire;70;77;82;;',
      'indicateur;CSAT;triangulaire;0,85;0,95;0,9;;',
      'indicateur;FCR;normale;;;;0,8;',
      'indicateur;CSAT;uniforme;;;;;',
      'indice;Syntec;triangulaire;290;292;295;;',
    ].join('\n');
    expect(frMessages(distributionsFromCsv(text, fr))).toEqual([
      expect.stringMatching(/^distributions\.csv!D2 \(Pessimiste\) : 70 est en dehors .*0.7 \?$/),
      expect.stringMatching(/^distributions\.csv!E2 \(Probable\) : 77 est en dehors/),
      expect.stringMatching(/^distributions\.csv!F2 \(Optimiste\) : 82 est en dehors/),
      'distributions.csv!E3 (Probable) : doit être entre la valeur pessimiste 0,85 et la valeur optimiste 0,9',
      'distributions.csv!H4 (Écart-type) : obligatoire',
      'distributions.csv!C5 (Loi) : attendu triangulaire ou normale, reçu « uniforme »',
      'distributions.csv!A6 (Type) : un indice de prix est publié, pas tiré : saisissez ses valeurs attendues dans le réalisé',
    ]);
    expect(frMessages(distributionsFromCsv(header.replace('Optimiste', 'Optimistc'), fr))).toEqual([
      'distributions.csv!A1 : la ligne d’en-tête doit être Type, Nom, Loi, Pessimiste, Probable, Optimiste, Moyenne, Écart-type (manque : Optimiste)',
      'distributions.csv!F1 (Optimistc) : colonne inconnue « Optimistc » ; les colonnes sont Type, Nom, Loi, Pessimiste, Probable, Optimiste, Moyenne, Écart-type',
    ]);
  });
});

/**
 * The number rules are the actuals' exactly: the same text in the same kind of file reads as the same
 * value, or fails with the same problem, in an actuals file, a scenarios file and a distributions file.
 */
describe('number rules: those of the actuals file', () => {
  const TEXTS = ['0.774', '0,774', '77.4%', '77,4 %', '77.4', '1,234', '1.234', '0', '-0.1', 'abc', '0.7.7'];
  const VOLUMES = ['42500', '42 500', '42.500', '42,500', '42,5', '-5'];
  const quoted = (v: string) => `"${v}"`;
  const rows = (d: string, cells: readonly string[][]) => cells.map((r) => r.join(d)).join('\n');

  /** What the actuals reader makes of `value` as the value of `name`: a value or its problem. */
  function viaActuals(c: typeof contract, d: string, kind: string, name: string, value: string) {
    const text = rows(d, [
      ['Period', 'Kind', 'Name', 'Value'],
      ['2026-10', kind, name, quoted(value)],
    ]);
    const read = actualsFromCsv(text, c, { file: 'x.csv', lang: c.language });
    if (!read.ok) return read.issues.map((i) => `${i.address} ${i.problem}`);
    const month = read.value.periods.get('2026-10')!;
    return (kind === 'kpi' ? month.kpis : month.volumes).get(name)!.toFixed();
  }

  test.each(['en', 'fr'] as const)('in a scenarios file, %s', (lang) => {
    const c = bpoCustomerService.contract(lang);
    for (const d of [',', ';', '\t'])
      for (const [kind, name, values] of [
        ['kpi', 'FCR', TEXTS],
        ['volume', 'Interactions', VOLUMES],
      ] as const)
        for (const value of values) {
          const text = rows(d, [
            ['Scenario', 'Kind', 'Name', 'Value'],
            ['s', kind, name, quoted(value)],
          ]);
          const read = scenariosFromCsv(text, c, 'x.csv');
          const got = read.ok
            ? (kind === 'kpi' ? read.value[0].values.kpis : read.value[0].values.volumes).get(name)!.toFixed()
            : read.issues.map((i) => `${i.address} ${i.problem}`);
          expect([d, value, got]).toEqual([d, value, viaActuals(c, d, kind, name, value)]);
        }
  });

  test.each(['en', 'fr'] as const)('in a distributions file, %s', (lang) => {
    const c = bpoCustomerService.contract(lang);
    const header = ['Kind', 'Name', 'Distribution', 'Pessimistic', 'Likely', 'Optimistic', 'Mean', 'SD'];
    for (const d of [',', ';', '\t'])
      for (const [kind, name, values, sd] of [
        ['kpi', 'FCR', TEXTS, '0'],
        ['volume', 'Interactions', VOLUMES, '10'],
      ] as const)
        for (const value of values) {
          const text = rows(d, [header, [kind, name, 'normal', '', '', '', quoted(value), sd]]);
          const read = distributionsFromCsv(text, c, 'x.csv');
          const mean =
            read.ok && read.value[0].distribution.kind === 'normal' && read.value[0].distribution.mean;
          const got = read.ok ? mean && mean.toFixed() : read.issues.map((i) => `${i.address} ${i.problem}`);
          // The actuals' problem at D2 (Value) is the distribution's at G2 (Mean). A mean of interactions
          // needs no whole number, as a month's count does: compared with the volume in a unit that divides.
          const divisible = { ...c, volumes: c.volumes.map((v) => ({ ...v, unit: 'kWh' })) };
          const expected = viaActuals(divisible, d, kind, name, value);
          expect([d, value, got]).toEqual([
            d,
            value,
            typeof expected === 'string' ? expected : expected.map((m) => m.replace(/^D2 /, 'G2 ')),
          ]);
        }
  });
});
