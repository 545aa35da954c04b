/**
 * A line that ends with a delimiter the header does not (`2026-10,kpi,FCR,0.774,`) has one empty field too
 * many: it is said so, with the delimiter to delete, where a "," file's message guessed a decimal comma
 * that the line does not hold, and a ";" file's said nothing of the cause.
 */
import { findTemplate } from '../templates';
import { actualsFromCsv } from './csv';

const bpo = findTemplate('bpo-customer-service')!;

function problems(text: string, lang: 'en' | 'fr'): string[] {
  const result = actualsFromCsv(text, bpo.contract(lang), { file: 'actuals.csv', lang });
  return result.ok ? [] : result.issues.map((issue) => issue.message);
}

test('a "," line ending with an empty field names it, not a decimal comma', () => {
  expect(problems('Period,Kind,Name,Value\n2026-10,kpi,FCR,0.774,\n', 'en')).toEqual([
    'actuals.csv!A2 (line 2): this line has 5 fields, the header 4 (the line ends with an empty field: delete its last ",")',
  ]);
  expect(problems('Period,Kind,Name,Value\n2026-10,kpi,FCR,0.774,,\n', 'en')).toEqual([
    'actuals.csv!A2 (line 2): this line has 6 fields, the header 4 (the line ends with 2 empty fields: delete its last ",")',
  ]);
});

test('a ";" line too, in French', () => {
  expect(problems('Période;Type;Nom;Valeur\n2026-10;indicateur;FCR;0,774;\n', 'fr')).toEqual([
    'actuals.csv!A2 (ligne 2)\u00a0: cette ligne a 5 champs, l’en-tête 4 (la ligne finit par un champ vide\u00a0: supprimez son dernier «\u00a0;\u00a0»)',
  ]);
});

test('a decimal comma, an extra field with a value, is still said as one', () => {
  expect(problems('Period,Kind,Name,Value\n2026-10,kpi,CSAT,0,912\n', 'en')).toEqual([
    'actuals.csv!A2 (line 2): this line has 5 fields, the header 4 (a decimal comma in a file separated by ","?)',
  ]);
});
