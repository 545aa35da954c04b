/**
 * A long-layout actuals file (`Period,Kind,Name,Value`) whose Period or Value header is misspelled was
 * read as the wide layout, the misspelled column left out as a note: the invoice said only "no quantity
 * for Interactions in 2026-10", the check that no month had values, and neither named the column.
 */
import { bpoCustomerService } from '../templates/bpoCustomerService';
import { actualsFromCsv } from './csv';
import { actualsFromSheet } from './fromSheet';
import type { Result } from './issues';
import type { Actuals } from './types';

const contract = bpoCustomerService.contract('en');
const messages = (result: Result<Actuals>) => (result.ok ? [] : result.issues.map((i) => i.message));
const rows = ['2026-10,volume,Interactions,42500', '2026-10,kpi,FCR,0.774'];

describe('a long-layout header with Period or Value misspelled', () => {
  test.each([
    ['Perod,Kind,Name,Value', 'Period', 'A1 (Perod)', 'Perod'],
    ['Period,Kind,Name,Valeu', 'Value', 'D1 (Valeu)', 'Valeu'],
    ['Month,Kind,Name,Value', 'Period', 'A1 (Month)', 'Month'],
  ])('%s: the missing column and the unknown one are named', (header, missing, cell, unknown) => {
    const text = [header, ...rows].join('\n');
    expect(messages(actualsFromCsv(text, contract))).toEqual([
      `actuals.csv!A1: column "${missing}" not found in the header row`,
      `actuals.csv!${cell}: unknown column "${unknown}"`,
    ]);
  });

  test('on the Actuals sheet, in French', () => {
    const grid = [
      ['Priode', 'Type', 'Nom', 'Valeur'],
      ['2026-10', 'volume', 'Interactions', 42500],
    ];
    expect(messages(actualsFromSheet(grid, bpoCustomerService.contract('fr'), { lang: 'fr' }))).toEqual([
      'Réalisé!A1\u00a0: colonne «\u00a0Période\u00a0» absente de la ligne d’en-tête',
      'Réalisé!A1 (Priode)\u00a0: colonne inconnue «\u00a0Priode\u00a0»',
    ]);
  });

  test('the wide layout keeps its note columns, and the long one with both columns reads', () => {
    const wide = 'Kind,Name,Unit,2026-10,Comment\nvolume,Interactions,,42500,checked\n';
    expect(messages(actualsFromCsv(wide, contract))).toEqual([]);
    // A wide sheet's own column titled Value beside its months is one of its notes, as before.
    const valueNote = 'Kind,Name,Value,2026-10\nvolume,Interactions,checked,42500\n';
    expect(messages(actualsFromCsv(valueNote, contract))).toEqual([]);
    const long = ['Period,Kind,Name,Value', ...rows].join('\n');
    expect(messages(actualsFromCsv(long, contract))).toEqual([]);
  });
});
