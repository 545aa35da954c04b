/**
 * A JSON `null` is said as `null` at its path: a contract file has no cells, and "got an empty cell" sent
 * the user looking for a spreadsheet. The Contract sheet's blank cells keep their words.
 */
import { bpoCustomerService } from '../templates/bpoCustomerService';
import { loadContract } from './json';
import { contractToJson } from './json';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = Record<string, any>;

function messagesOf(edit: (doc: Doc) => void, lang: 'en' | 'fr' = 'en'): string[] {
  const doc = contractToJson(bpoCustomerService.contract()) as Doc;
  edit(doc);
  const read = loadContract(JSON.stringify(doc), { lang });
  return read.ok ? [] : read.issues.map((issue) => issue.message.replace(/[\u00a0\u202f]/g, ' '));
}

test.each([
  [
    'vatRate',
    (d: Doc) => (d.vatRate = null),
    'vatRate: expected a decimal number written as a string ("2.10"), got null',
  ],
  [
    'a fee amount',
    (d: Doc) => (d.fixedFees[0].amount = null),
    'fixedFees[0].amount: expected a decimal number written as a string ("2.10"), got null',
  ],
  ['a name', (d: Doc) => (d.name = null), 'name: expected text, got null'],
  ['a fee', (d: Doc) => (d.fixedFees[0] = null), 'fixedFees[0]: expected an object, got null'],
  [
    'a KPI level',
    (d: Doc) => (d.kpis[0].target = null),
    'kpis[0].target: expected a decimal number written as a string ("2.10"), got null',
  ],
])('%s given as null is said null at its path', (_, edit, message) => {
  expect(messagesOf(edit)).toContain(message);
});

test('in French too', () => {
  expect(messagesOf((d) => (d.vatRate = null), 'fr')).toContain(
    'vatRate : nombre décimal attendu, écrit comme texte (« 2.10 »), reçu null',
  );
});

test('no message of a contract file says a cell', () => {
  const all = messagesOf((d) => {
    d.vatRate = null;
    d.currency = null;
    d.kpis[0].direction = null;
    d.parties = null;
  });
  expect(all.length).toBeGreaterThanOrEqual(4);
  for (const message of all) expect(message).not.toMatch(/cell/);
});
