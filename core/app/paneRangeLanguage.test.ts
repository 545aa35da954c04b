/**
 * A range of periods refused in the task pane is said in the pane's language, whatever the contract's:
 * the contract's language is its documents', not the user's (periodsInRange's problems).
 */
import { workbookActions } from './actions';
import { now } from '../../test/support/syncActions';
import { MemoryWorkbook } from '../../test/support/memoryWorkbook';
import type { Lang } from './bridge';

/** A BPO contract made in `contractLang`, its last period June 2027 (the actuals end in December 2026). */
function bookIn(contractLang: Lang) {
  const book = new MemoryWorkbook();
  const actions = workbookActions(book);
  now(actions.newContract('bpo-customer-service', contractLang));
  const sheets = book.sheetNames();
  const contract = book.sheetMap.get(sheets[0]!)!;
  const row = contract.findIndex(
    (r) => r[0] === (contractLang === 'fr' ? 'Dernière période' : 'Last period'),
  );
  expect(row).toBeGreaterThan(0);
  contract[row] = [...contract[row]];
  contract[row][1] = '2027-06';
  return { book, actions, sheets };
}

const forecast = { months: '12', simulations: '20', seed: '1', method: 'resampled' } as const;

describe('a refused range speaks the pane’s language', () => {
  it('a French contract in an English pane', () => {
    const { book, actions, sheets } = bookIn('fr');
    expect(() => actions.forecast(forecast, 'en')).toThrow(
      '2027-07 is outside the contract bpo-customer-service (2026-01 to 2027-06)',
    );
    expect(() => actions.invoiceRange('2027-05', '2027-07', 'en')).toThrow(
      'Cannot invoice that range: 2027-07 is outside the contract bpo-customer-service (2026-01 to 2027-06).',
    );
    expect(() => actions.reviewPerformance('2027-05', '2027-07', 'en')).toThrow(
      'Cannot invoice that range: 2027-07 is outside the contract bpo-customer-service (2026-01 to 2027-06).',
    );
    expect(book.sheetNames()).toEqual(sheets);
  });

  it('an English contract in a French pane', () => {
    const { book, actions, sheets } = bookIn('en');
    expect(() => actions.forecast(forecast, 'fr')).toThrow(
      '2027-07 est hors du contrat bpo-customer-service (de 2026-01 à 2027-06)',
    );
    expect(() => actions.invoiceRange('2027-05', '2027-07', 'fr')).toThrow(
      'Impossible de facturer cette plage\u00a0: 2027-07 est hors du contrat bpo-customer-service (de 2026-01 à 2027-06).',
    );
    expect(() => actions.reviewPerformance('2027-05', '2027-07', 'fr')).toThrow(
      'Impossible de facturer cette plage\u00a0: 2027-07 est hors du contrat bpo-customer-service (de 2026-01 à 2027-06).',
    );
    expect(book.sheetNames()).toEqual(sheets);
  });
});
