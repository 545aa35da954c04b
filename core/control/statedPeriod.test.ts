/** The period a supplier's invoice states in a Period cell or a labelled title cell, as invoices print it. */
import { statedPeriodSpan } from './statedPeriod';

const month = (m: string) => ({ first: m, last: m });

describe('statedPeriodSpan', () => {
  it.each([
    ['October 2026', month('2026-10')],
    ['2026-Q4', { first: '2026-10', last: '2026-12' }],
    ['Oct 2026', month('2026-10')],
    ['oct. 2026', month('2026-10')],
    ['Sept. 2026', month('2026-09')],
    ['SEP 2026', month('2026-09')],
    ['janv. 2026', month('2026-01')],
    ['févr. 2026', month('2026-02')],
    ['Déc 2026', month('2026-12')],
    ['juil. 2026', month('2026-07')],
    ['10/2026', month('2026-10')],
    ['1/2026', month('2026-01')],
    ['10.2026', month('2026-10')],
    ['10-2026', month('2026-10')],
    ['2026/10', month('2026-10')],
  ])('%s', (text, span) => expect(statedPeriodSpan(text)).toEqual(span));

  // `Oct-26` is October 2026 or 26 October (Excel's mmm-yy and d-mmm print alike); `13/2026` no month.
  it.each([
    'Oct-26',
    '10/26',
    '13/2026',
    '00/2026',
    '2026/13',
    'Octo 2026',
    'Oc 2026',
    '1-31 Oct 2026',
    '10/10/2026',
  ])('%s states no period', (text) => expect(statedPeriodSpan(text)).toBeUndefined());
});
