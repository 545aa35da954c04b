/**
 * A contract file's values are said as JSON writes them: a file whose JSON is `true` was "got TRUE", a
 * spreadsheet's word for a cell (French "VRAI"), of a file that has no cells. `true`, `false`, a number
 * and `null` are said as the file writes them, a JSON array as "a list" (the product's word for one:
 * "expected a list"); the Contract sheet's booleans keep their words (fromSheet.test.ts).
 */
import { bpoCustomerService } from '../templates/bpoCustomerService';
import { contractToJson, loadContract } from './json';
import type { Language } from './types';

const messages = (json: string, lang: Language = 'en') => {
  const read = loadContract(json, { lang });
  return read.ok ? [] : read.issues.map((issue) => issue.message.replace(/[\u00a0\u202f]/g, ' '));
};

test.each([
  ['true', 'true'],
  ['false', 'false'],
  ['42', '42'],
  ['-0.5', '-0.5'],
  ['[true]', 'a list'],
])('a file whose JSON is %s says it got %s', (json, got) => {
  expect(messages(json)).toEqual([`(contract): expected an object, got ${got}`]);
});

test('in French, the JSON word is the same', () => {
  expect(messages('true', 'fr')).toEqual(['(contrat) : objet attendu, reçu true']);
  expect(messages('[]', 'fr')).toEqual(['(contrat) : objet attendu, reçu une liste']);
});

test('a boolean in a field or a list is said at its path as JSON writes it', () => {
  const doc = contractToJson(bpoCustomerService.contract()) as Record<string, unknown>;
  const all = messages(JSON.stringify({ ...doc, vatRate: true, kpis: [false] }));
  expect(all).toEqual([
    'vatRate: expected a decimal number written as a string ("2.10"), got true',
    'kpis[0]: expected an object, got false',
  ]);
  for (const message of all) expect(message).not.toMatch(/TRUE|FALSE/);
});

test('a number beyond a double (1e400, read as Infinity) is said so, not "Infinity"', () => {
  expect(messages('1e400')).toEqual(['(contract): expected an object, got a number too large to read']);
  const doc = contractToJson(bpoCustomerService.contract()) as Record<string, unknown>;
  const text = JSON.stringify({ ...doc, vatRate: 0 }).replace('"vatRate":0', '"vatRate":-1e400');
  expect(messages(text)).toEqual([
    'vatRate: expected a decimal number written as a string ("2.10"), got a number too large to read',
  ]);
  expect(messages('1e400', 'fr')).toEqual([
    '(contrat) : objet attendu, reçu un nombre trop grand pour être lu',
  ]);
});
