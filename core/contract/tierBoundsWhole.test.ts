/**
 * A volume counted in whole units has whole tier bounds and a whole floor (issue 8). `"upTo": "40000.5"` on
 * the BPO template's interactions priced half an interaction at 2.10 and the rest at 1.90 (88,750.10 for
 * 42,500 interactions, +0.10, exit 0), while the actuals refuse 42,500.5 interactions. The bound is an error
 * naming its field, said as the actuals say a fraction of a count; a unit that divides (hours) takes one.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { loadContract } from './json';

const textOf = (language: 'en' | 'fr') =>
  readFileSync(
    join(__dirname, 'fixtures', 'contract1', `bpo-customer-service.${language}.contract.json`),
    'utf8',
  );

function problemsOf(edit: (volume: Record<string, unknown>) => void, language: 'en' | 'fr' = 'en'): string[] {
  const json = JSON.parse(textOf(language)) as { volumes: Record<string, unknown>[] };
  edit(json.volumes[0]);
  const loaded = loadContract(JSON.stringify(json), { lang: language });
  return loaded.ok ? [] : loaded.issues.map((i) => i.message);
}

const tiers = (volume: Record<string, unknown>) => volume.tiers as Record<string, unknown>[];

describe('the bounds of a volume counted in whole units', () => {
  it('refuse a tier bound with a fraction', () => {
    expect(problemsOf((v) => (tiers(v)[0].upTo = '40000.5'))).toEqual([
      'volumes[0].tiers[0].upTo: "Interactions" is counted in whole units (its unit is "interaction"), and 40000.5 is not a whole number: did you mean 40000 or 40001?',
    ]);
  });

  it('say so in French for a French contract', () => {
    expect(
      problemsOf((v) => (tiers(v)[0].upTo = '40000.5'), 'fr').map((m) => m.replace(/[\u202f\u00a0]/g, ' ')),
    ).toEqual([
      'volumes[0].tiers[0].upTo : « Interactions » se compte en unités entières (son unité est « interaction »), et 40 000,5 n’est pas un nombre entier : vouliez-vous dire 40 000 ou 40 001 ?',
    ]);
  });

  it('refuse a volume floor with a fraction', () => {
    expect(problemsOf((v) => (v.minimumQuantity = '30000.5'))).toEqual([
      'volumes[0].minimumQuantity: "Interactions" is counted in whole units (its unit is "interaction"), and 30000.5 is not a whole number: did you mean 30000 or 30001?',
    ]);
  });

  it('take whole bounds, and fractions for a unit that divides', () => {
    expect(problemsOf((v) => (tiers(v)[0].upTo = '40000.0'))).toEqual([]);
    expect(problemsOf((v) => ((v.unit = 'hour'), (tiers(v)[0].upTo = '40000.5')))).toEqual([]);
  });
});
