/** A supplier's Date cell: the forms invoices print, one month each, and `05/10/2026` only in a known order. */
import { lineDateReading, shownDateOrder } from './lineDate';

describe('lineDateReading', () => {
  it('reads the day in words, English month first or day first, and French, to its month', () => {
    for (const text of [
      'October 15, 2026',
      'October 15 2026',
      'Oct 15, 2026',
      'Oct. 15th, 2026',
      'Oct 31st, 2026',
      '15 October 2026',
      '15-Oct-2026',
      '15 oct. 2026',
      '15 octobre 2026',
      '1er octobre 2026',
      '31\u00a0octobre\u00a02026',
      '2026-10-15',
      '31.10.2026',
      '15/10/2026',
      '10/15/2026',
      '10-15-2026',
      '10/10/2026',
    ])
      expect([text, lineDateReading(text)]).toEqual([text, { month: '2026-10' }]);
  });

  it('a day the month does not have, or no day at all, is no date', () => {
    for (const text of [
      'February 30, 2026',
      '31/09/2026',
      '31 sept. 2026',
      '32 Oct 2026',
      'Oct 2026',
      'le 31',
    ])
      expect([text, lineDateReading(text)]).toEqual([text, undefined]);
    expect(lineDateReading('29/02/2028')).toEqual({ month: '2028-02' });
  });

  it('05/10/2026 reads in the order given, and gives both days where none is', () => {
    expect(lineDateReading('05/10/2026', 'day-first')).toEqual({ month: '2026-10' });
    expect(lineDateReading('05/10/2026', 'month-first')).toEqual({ month: '2026-05' });
    expect(lineDateReading('05/10/2026')).toEqual({
      ambiguous: { dayFirst: '2026-10-05', monthFirst: '2026-05-10' },
    });
    // A day over 12 says the order itself, whatever is given.
    expect(lineDateReading('15/10/2026', 'month-first')).toEqual({ month: '2026-10' });
  });

  it('the order a date shows is that of a number over 12', () => {
    expect(shownDateOrder('15/10/2026')).toBe('day-first');
    expect(shownDateOrder('10/15/2026')).toBe('month-first');
    expect(shownDateOrder('05/10/2026')).toBeUndefined();
    expect(shownDateOrder('2026-10-15')).toBeUndefined();
    expect(shownDateOrder(46326)).toBeUndefined();
  });
});
