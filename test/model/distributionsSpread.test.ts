/**
 * A normal distribution whose SD is at least as wide as its KPI's whole valid range is a typing mistake (2
 * typed for 2 points of CSAT, 0.02): truncated to the range it draws every value about as often, so the
 * forecast was a plausible wrong spread, or, wider still, failed with no place at all ('normal
 * distribution with almost no mass in its valid range'). It is an error at the SD cell, with the fraction
 * meant, spelled as the file writes numbers.
 */
import { distributionsFromCsv } from '../../core/model/distributionsCsv';
import { bpoCustomerService } from '../../core/templates';

function problems(lang: 'en' | 'fr', csv: string): string[] {
  const read = distributionsFromCsv(csv, bpoCustomerService.contract(lang), 'd.csv');
  return read.ok ? [] : read.issues.map((i) => i.message);
}
const english = (row: string) =>
  problems('en', `Kind,Name,Distribution,Pessimistic,Likely,Optimistic,Mean,SD\n${row}\n`);

test('an SD of 2 on a percent KPI is refused at its cell, with the fraction meant', () => {
  expect(english('kpi,CSAT,normal,,,,0.9,2')).toEqual([
    "d.csv!H2 (SD): an SD of 2 is as wide as the KPI's whole valid range (1): the forecast would draw every value of the range about as often; did you mean 0.02?",
  ]);
});

test('an SD far wider, which used to fail with no place, is said at its cell too', () => {
  expect(english('kpi,CSAT,normal,,,,0.9,1000')).toEqual([
    "d.csv!H2 (SD): an SD of 1000 is as wide as the KPI's whole valid range (1): the forecast would draw every value of the range about as often",
  ]);
});

test('in a French file, with its decimal commas', () => {
  const csv =
    'Type;Nom;Loi;Pessimiste;Probable;Optimiste;Moyenne;Écart-type\nindicateur;CSAT;normale;;;;0,9;1,5\n';
  expect(problems('fr', csv)).toEqual([
    'd.csv!H2 (Écart-type)\u00a0: un écart-type de 1,5 couvre toute la plage valide de l’indicateur (1)\u00a0: la prévision en tirerait toutes les valeurs à peu près aussi souvent\u00a0; vouliez-vous dire 0,015\u00a0?',
  ]);
});

test('an SD narrower than the range, and any SD of an unbounded measure, still read', () => {
  expect(english('kpi,CSAT,normal,,,,0.9,0.99')).toEqual([]);
  expect(english('kpi,Average response time,normal,,,,3,50')).toEqual([]);
  expect(english('volume,Interactions,normal,,,,42000,90000')).toEqual([]);
});
