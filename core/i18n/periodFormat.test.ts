import { invoicePeriodName } from '../invoice/periodName';
import fc from 'fast-check';
import { addMonths } from '../contract/period';
import { formatMonths, formatPeriod, frenchOf, periodSpanOf, samePeriodText } from './periodFormat';

describe('formatPeriod', () => {
  it('names a month in words, in the reader’s language', () => {
    expect(formatPeriod('2026-10', 'en')).toBe('October 2026');
    expect(formatPeriod('2026-10', 'fr')).toBe('octobre 2026');
    expect(formatPeriod('2027-01', 'fr')).toBe('janvier 2027');
    expect(formatPeriod('2026-08', 'fr')).toBe('août 2026');
  });

  it('names calendar quarters and halves with each language’s letter (T for trimestre, S for semestre)', () => {
    expect(formatPeriod('2026-Q2', 'en')).toBe('Q2 2026');
    expect(formatPeriod('2026-Q2', 'fr')).toBe('T2 2026');
    expect(formatPeriod('2026-H1', 'en')).toBe('H1 2026');
    expect(formatPeriod('2026-H2', 'fr')).toBe('S2 2026');
    expect(formatPeriod('2026', 'fr')).toBe('2026');
  });

  it('names an unaligned window by its first and last months, the year once when it is one', () => {
    expect(formatPeriod('2026-02..2026-04', 'en')).toBe('February\u00a0– April 2026');
    expect(formatPeriod('2026-11..2027-01', 'fr')).toBe('novembre 2026\u00a0– janvier 2027');
  });

  it('leaves text that is no period name as it was', () => {
    for (const text of ['2026-13', '26-10', 'October', '', '2026-Q5', '2026-10..x']) {
      expect(formatPeriod(text, 'en')).toBe(text);
    }
  });

  it('agrees with invoicePeriodName for every invoiced window', () => {
    expect(formatMonths(['2026-04', '2026-05', '2026-06'], 'fr')).toBe('T2 2026');
    expect(formatMonths(['2026-10'], 'en')).toBe('October 2026');
    const year = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);
    expect(invoicePeriodName(year)).toBe('2026');
    expect(formatMonths(year, 'en')).toBe('2026');
    expect(formatMonths(['2026-02', '2026-03', '2026-04'], 'fr')).toBe('février\u00a0– avril 2026');
  });
});

describe('frenchOf', () => {
  it('elides "de" before a vowel', () => {
    expect(frenchOf('2026-10')).toBe('d’octobre 2026');
    expect(frenchOf('2026-04')).toBe('d’avril 2026');
    expect(frenchOf('2026-03')).toBe('de mars 2026');
    expect(frenchOf('2026-Q2')).toBe('de T2 2026');
  });
});

describe('periodSpanOf: a period read back from its words or its ISO name', () => {
  const months = (first: string, length: number) => Array.from({ length }, (_, i) => addMonths(first, i));
  const windows = fc
    .tuple(
      fc.integer({ min: 2020, max: 2040 }),
      fc.integer({ min: 1, max: 12 }),
      fc.constantFrom(1, 2, 3, 6, 12),
    )
    .map(([year, month, length]) => months(`${year}-${String(month).padStart(2, '0')}`, length));

  it('reads every period as formatPeriod words it, in either language, and as invoicePeriodName names it', () => {
    fc.assert(
      fc.property(windows, fc.constantFrom('en' as const, 'fr' as const), (window, lang) => {
        const span = { first: window[0], last: window[window.length - 1] };
        expect(periodSpanOf(formatMonths(window, lang))).toEqual(span);
        expect(periodSpanOf(invoicePeriodName(window))).toEqual(span);
      }),
    );
  });

  it('reads what invoice sheets wrote before periods were in words', () => {
    expect(periodSpanOf('2026-01 – 2026-03')).toEqual({ first: '2026-01', last: '2026-03' });
    expect(periodSpanOf('Octobre 2026')).toEqual({ first: '2026-10', last: '2026-10' });
    expect(periodSpanOf('T2 2026')).toEqual({ first: '2026-04', last: '2026-06' });
  });

  it('reads no period from text that names none', () => {
    for (const text of [
      'October',
      'Octember 2026',
      '2026-13',
      'Q5 2026',
      'S3 2026',
      'April – February 2026',
      '',
    ])
      expect(periodSpanOf(text)).toBeUndefined();
  });

  it('tells the same period in two forms from two periods', () => {
    expect(samePeriodText('octobre 2026', '2026-10')).toBe(true);
    expect(samePeriodText('Q1 2026', '2026-01 – 2026-03')).toBe(true);
    expect(samePeriodText('Q1 2026', '2026-01')).toBe(false);
    expect(samePeriodText('2026-10', 2026)).toBe(false);
  });
});
