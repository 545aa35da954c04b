/**
 * A Value (or Period) column of numbers beside month columns was read as nothing: the month columns gave the
 * values and the Value column's numbers were dropped without a word (a long-layout column left in the
 * month-column layout: which of the two holds the month's value?). It is an error at its header, the
 * sheet's too; one of words (`checked`) stays a note, as any other column.
 */
import { bpoCustomerService } from '../templates/bpoCustomerService';
import { actualsFromCsv } from './csv';
import { actualsFromSheet } from './fromSheet';
import type { Result } from './issues';
import type { Actuals } from './types';

const messages = (result: Result<Actuals>) => (result.ok ? [] : result.issues.map((i) => i.message));

test('a Value column beside month columns is an error at its header', () => {
  const text = 'Kind,Name,Unit,2026-10,Value\nkpi,FCR,percent,0.774,0.9\n';
  expect(messages(actualsFromCsv(text, bpoCustomerService.contract('en')))).toEqual([
    "actuals.csv!E1 (Value): a Value column beside month columns would not be read: give each value in its month's column, or delete the month columns for the Period, Kind, Name, Value layout",
  ]);
});

test('a Période column on a French Actuals sheet with month columns', () => {
  const grid = [
    ['Type', 'Nom', 'Unité', 'Période', '2026-10'],
    ['indicateur', 'FCR', 'pourcentage', '2026-10', 0.774],
  ];
  expect(messages(actualsFromSheet(grid, bpoCustomerService.contract('fr'), { lang: 'fr' }))).toEqual([
    'Réalisé!D1 (Période)\u00a0: une colonne Période à côté des colonnes de mois ne serait pas lue\u00a0: donnez chaque valeur dans la colonne de son mois, ou supprimez les colonnes de mois pour la présentation Période, Type, Nom, Valeur',
  ]);
});

test('a Value column of words stays a note', () => {
  const text = 'Kind,Name,Value,2026-10\nvolume,Interactions,checked,42500\n';
  expect(messages(actualsFromCsv(text, bpoCustomerService.contract('en')))).toEqual([]);
});
