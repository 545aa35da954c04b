/**
 * An exclusion's reason is words (issue 8: no silent wrong invoice). A row whose Kind was turned to
 * `excluded` with its value left in place (`2026-03,excluded,Availability,0.999`) excluded March with the
 * reason "0.999": the IT template's availability credit of that month was dropped, exit 0. A reason that
 * reads as a number is an error on its cell, in either layout and language; a reason with words and
 * digits (`client-caused outage (ticket 4711)`) stays one.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { actualsFromCsv } from './csv';
import { loadContract } from './json';
import type { Contract } from './types';

const DIR = join(__dirname, 'fixtures', 'contract1');
const read = (file: string) => readFileSync(join(DIR, file), 'utf8');

function contractOf(language: 'en' | 'fr'): Contract {
  const loaded = loadContract(read(`it-services-sla.${language}.contract.json`));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return loaded.value;
}

/** The fixture's actuals, March's availability row changed to `row`. */
function csvWith(language: 'en' | 'fr', row: string): string {
  const kpi = language === 'en' ? 'Availability' : 'Disponibilité';
  return read(`it-services-sla.${language}.actuals.csv`)
    .split('\n')
    .map((line) => (line.startsWith(`2026-03,`) && line.includes(`,${kpi},`) ? row : line))
    .join('\n');
}

const messages = (language: 'en' | 'fr', csv: string) => {
  const result = actualsFromCsv(csv, contractOf(language), { file: 'actuals.csv', lang: language });
  return result.ok ? [] : result.issues.map((i) => i.message.replace(/[\u202f\u00a0]/g, ' '));
};

describe('the reason of an excluded month', () => {
  it.each([
    [
      'en',
      '2026-03,excluded,Availability,0.999',
      'actuals.csv!D13 (Value): an excluded month\'s reason is words (force majeure, a client-caused outage), and 0.999 is a number: a value of "Availability" goes on a row of kind kpi',
    ],
    [
      'en',
      '2026-03,excluded,Availability,99.9 %',
      'actuals.csv!D13 (Value): an excluded month\'s reason is words (force majeure, a client-caused outage), and 99.9 % is a number: a value of "Availability" goes on a row of kind kpi',
    ],
    [
      'fr',
      '2026-03,exclu,Disponibilité,0.999',
      'actuals.csv!D13 (Valeur) : le motif d’un mois exclu s’écrit en mots (force majeure, panne causée par le client), et 0.999 est un nombre : une valeur de « Disponibilité » va sur une ligne de type indicateur',
    ],
  ] as const)('is an error on its cell when it is a number (%s: %s)', (language, row, message) => {
    expect(messages(language, csvWith(language, row))).toEqual([message]);
  });

  it('stays a reason when it has words beside its digits', () => {
    const csv = csvWith('en', '2026-03,excluded,Availability,client-caused outage (ticket 4711)');
    expect(messages('en', csv)).toEqual([]);
  });

  it('is read the same in the wide layout, where a month’s cell holds it', () => {
    const wide = [
      'Kind,Name,2026-01,2026-02',
      'volume,Managed workstations,820,820',
      'kpi,Availability,0.9991,',
      'excluded,Availability,,0.993',
      'kpi,P1 resolution time,2.6,2.6',
      'kpi,First-time fix rate,0.78,0.78',
      'kpi,Speed to answer,0.8,0.8',
    ].join('\n');
    expect(messages('en', wide)).toEqual([
      expect.stringMatching(
        /^actuals\.csv!D4 \(2026-02\): an excluded month's reason is words .* and 0\.993 is a number/,
      ),
    ]);
  });
});
