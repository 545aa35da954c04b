/**
 * The pane's Forecast takes a First month, as `outcome-fees forecast --from` does: blank, the month after
 * the latest actuals (as before); typed, read as the command line reads --from (a month, or an invoicing
 * period named as its invoice is), refused naming the field when it names no month, writing nothing.
 */
import { now, bookWithContract } from '../../test/support/syncActions';
import { formatMoney } from '../i18n/numberFormat';
import { forecast } from '../model/forecast';
import { readWorkbook, usableInputs } from './actions';

const request = { months: '3', simulations: '20', seed: '1', method: 'resampled' } as const;

/** The values of a sheet as text, for finding the periods it holds. */
function sheetText(book: ReturnType<typeof bookWithContract>['book'], name: string): string {
  return (book.sheetMap.get(name) ?? []).flat().map(String).join('|');
}

describe('Pane Forecast, First month', () => {
  it('typed: the forecast starts there, the same as forecast --from of the command line', () => {
    const { book, actions } = bookWithContract();
    const made = now(actions.forecast({ ...request, firstMonth: ' 2027-04 ' }, 'en'));
    const text = sheetText(book, made.sheet);
    expect(text).toContain('April 2027 to June 2027');
    expect(text).not.toContain('January 2027');
    const { contract, actuals } = usableInputs(now(readWorkbook(book, 'en', undefined)), 'en');
    const cli = forecast(contract, {
      from: '2027-04',
      to: '2027-06',
      simulations: 20,
      seed: 1,
      history: actuals,
    });
    expect(cli.ok).toBe(true);
    if (cli.ok) expect(made.message).toContain(formatMoney(cli.forecast.total.mean, contract.currency, 'en'));
  });

  it('blank: the month after the latest actuals, as before', () => {
    const { book, actions } = bookWithContract();
    const made = now(actions.forecast({ ...request, firstMonth: '' }, 'en'));
    expect(sheetText(book, made.sheet)).toContain('January 2027 to March 2027');
  });

  it('a named period is read as --from reads it: a quarter of a monthly contract says the month to type', () => {
    const { actions } = bookWithContract();
    expect(() => now(actions.forecast({ ...request, firstMonth: '2027-Q2' }, 'en'))).toThrow(
      'First month 2027-Q2 is 3 invoices of contract bpo-customer-service, and First month takes a month: type First month 2027-04',
    );
  });

  it('a month that does not exist, or is not written YYYY-MM, names the field, in English and French', () => {
    const { book, actions } = bookWithContract();
    const before = book.sheetNames();
    expect(() => now(actions.forecast({ ...request, firstMonth: '2027-13' }, 'en'))).toThrow(
      'First month: 2027-13 names no month: a year has months 01 to 12',
    );
    expect(() => now(actions.forecast({ ...request, firstMonth: '04/2027' }, 'en'))).toThrow(
      'First month: Period must be written YYYY-MM (got "04/2027")',
    );
    expect(() => now(actions.forecast({ ...request, firstMonth: '2027-13' }, 'fr'))).toThrow(
      'Premier mois\u00a0: 2027-13 ne nomme aucun mois\u00a0: une année va des mois 01 à 12',
    );
    expect(book.sheetNames()).toEqual(before);
  });
});
