import { invoicePeriodName } from '../invoice/periodName';
import { formatMonths, formatPeriod, frenchOf } from './periodFormat';

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
