/**
 * A likely level outside the triangle is said with the levels as the file writes them: a French file's
 * decimal commas (`0,7`), never the point of a JavaScript number beside a French sentence.
 */
import { distributionsFromCsv } from '../../core/model/distributionsCsv';
import { bpoCustomerService } from '../../core/templates';

function problems(lang: 'en' | 'fr', csv: string): string[] {
  const read = distributionsFromCsv(csv, bpoCustomerService.contract(lang), 'd.csv');
  if (read.ok) throw new Error('read without a problem');
  return read.issues.map((i) => i.message);
}

test('in a French file, the levels with their decimal commas', () => {
  const csv =
    'Type;Nom;Loi;Pessimiste;Probable;Optimiste;Moyenne;Écart-type\nindicateur;FCR;triangulaire;0,7;0,9;0,8;;\n';
  const [message] = problems('fr', csv);
  expect(message).toContain('la valeur pessimiste 0,7 et la valeur optimiste 0,8');
});

test('in an English file, as typed', () => {
  const csv =
    'Kind,Name,Distribution,Pessimistic,Likely,Optimistic,Mean,SD\nkpi,FCR,triangular,0.70,0.9,0.80,,\n';
  expect(problems('en', csv)).toEqual([
    'd.csv!E2 (Likely): must lie between pessimistic 0.70 and optimistic 0.80',
  ]);
});
