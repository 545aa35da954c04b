/**
 * A measure on two rows of the wide layout is said at the second with the first one's row, as a value
 * given twice is with its first cell: '"CSAT" appears on two rows' left the user to find the other.
 */
import { bpoCustomerService } from '../templates/bpoCustomerService';
import { actualsFromCsv } from './csv';
import type { Result } from './issues';
import type { Actuals } from './types';

const messages = (result: Result<Actuals>) => (result.ok ? [] : result.issues.map((i) => i.message));

test('the second row names the first, in English and French', () => {
  const text = 'Kind,Name,Unit,2026-10\nkpi,CSAT,percent,0.912\nkpi,FCR,percent,0.774\nkpi,csat,percent,\n';
  expect(messages(actualsFromCsv(text, bpoCustomerService.contract('en')))).toEqual([
    'actuals.csv!B4 (Name): "CSAT" appears on two rows (the first is row 2)',
  ]);
  const french = 'Type;Nom;Unité;2026-10\nindicateur;CSAT;pourcentage;0,912\nindicateur;CSAT;pourcentage;\n';
  expect(messages(actualsFromCsv(french, bpoCustomerService.contract('fr'), { lang: 'fr' }))).toEqual([
    'actuals.csv!B3 (Nom)\u00a0: «\u00a0CSAT\u00a0» apparaît sur deux lignes (la première est la ligne 2)',
  ]);
});
