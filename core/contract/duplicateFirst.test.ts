/**
 * A value given twice for one measure and month is said at the second cell with the first one's address,
 * in a file or a sheet, a scenario file too: "has two values for 2026-10" left the user to find
 * the other among thousands of lines.
 */
import { bpoCustomerService } from '../templates/bpoCustomerService';
import { actualsFromCsv } from './csv';
import type { Result } from './issues';
import type { Actuals } from './types';

const messages = (result: Result<Actuals>) => (result.ok ? [] : result.issues.map((i) => i.message));

test('a long CSV file names the first value of the two', () => {
  const text = 'Period,Kind,Name,Value\n2026-10,kpi,FCR,0.774\n2026-10,kpi,CSAT,0.912\n2026-10,kpi,fcr,0.8\n';
  expect(messages(actualsFromCsv(text, bpoCustomerService.contract('en')))).toEqual([
    'actuals.csv!D4 (Value): "FCR" has two values for 2026-10 (the first in D2)',
  ]);
});

test('in French, an exclusion given twice too', () => {
  const text =
    'Période;Type;Nom;Valeur\n2026-10;exclu;FCR;grève\n2026-10;indicateur;CSAT;0,912\n2026-10;exclu;FCR;panne\n';
  expect(messages(actualsFromCsv(text, bpoCustomerService.contract('fr'), { lang: 'fr' }))).toEqual([
    'actuals.csv!D4 (Valeur)\u00a0: «\u00a0FCR\u00a0» a deux valeurs pour 2026-10 (la première en D2)',
  ]);
});
