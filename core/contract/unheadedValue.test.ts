/**
 * A value typed in a Contract table row under a blank header (a bonus cap one column past the last
 * header) was left unread, its term dropped from the invoice without a word.
 */
import { contractSheetPlan } from '../layout/contractSheet';
import { planToGrid } from '../layout/planToGrid';
import { bpoCustomerService } from '../templates/bpoCustomerService';
import { contractFromSheet, type CellValue } from './fromSheet';
import type { Result } from './issues';

const grid = (lang: 'en' | 'fr' = 'en'): CellValue[][] =>
  planToGrid(contractSheetPlan(bpoCustomerService.contract(lang)));
const messages = <T>(result: Result<T>) => (result.ok ? [] : result.issues.map((issue) => issue.message));

/** The first column past the header row of the table whose header is on `headerRow` (0-based). */
const pastHeader = (cells: CellValue[][], headerRow: number) =>
  cells[headerRow].reduce<number>((end, cell, col) => (cell !== null && cell !== '' ? col + 1 : end), 0);

const letters = (col: number): string =>
  col < 26 ? String.fromCharCode(65 + col) : letters(Math.floor(col / 26) - 1) + letters(col % 26);

test.each([
  ['KPI clauses', 33, 34],
  ['Fees', 27, 28],
])('a value under no header of the %s table is an error on its cell', (section, header, row) => {
  const cells = grid();
  const col = pastHeader(cells, header - 1);
  expect(cells[header - 1][col - 1]).not.toBeNull();
  cells[row - 1][col] = 6000;
  expect(messages(contractFromSheet(cells))).toEqual([
    `Contract!${letters(col)}${row} (${section}): a value in a column with no header: type the column's name in ${letters(col)}${header}, or clear the cell`,
  ]);
});

test('in French', () => {
  const cells = grid('fr');
  const col = pastHeader(cells, 32);
  cells[33][col] = 6000;
  expect(messages(contractFromSheet(cells, { lang: 'fr' }))).toEqual([
    `Contrat!${letters(col)}34 (Clauses KPI)\u00a0: une valeur dans une colonne sans en-tête\u00a0: saisissez le nom de la colonne en ${letters(col)}33, ou videz la cellule`,
  ]);
});

test('the template as painted reads clean, and a blank cell past the header changes nothing', () => {
  const cells = grid();
  cells[33][pastHeader(cells, 32)] = '  ';
  expect(messages(contractFromSheet(cells))).toEqual([]);
});
