/** Months said in words in explanations: runs of months, and the French "de" before them. */
import { formatMonthList, frenchDe } from '../../core/i18n/periodFormat';
import { levelTexts } from '../../core/i18n/levels';

const S = '\u00a0';

test('a list of months is said run by run, each run as an invoice period is named', () => {
  expect(formatMonthList(['2026-01', '2026-02', '2026-03'], 'en')).toBe('Q1 2026');
  expect(formatMonthList(['2026-01', '2026-02', '2026-03'], 'fr')).toBe('T1 2026');
  expect(formatMonthList(['2026-01', '2026-03'], 'en')).toBe('January 2026, March 2026');
  expect(formatMonthList(['2026-11', '2026-12', '2027-01', '2027-05'], 'fr')).toBe(
    `novembre 2026${S}– janvier 2027, mai 2027`,
  );
  expect(formatMonthList([], 'en')).toBe('');
});

test('French "de" is elided before avril, août and octobre only, never before data', () => {
  expect(frenchDe('avril 2026')).toBe('d’avril 2026');
  expect(frenchDe(`octobre${S}– décembre 2026`)).toBe(`d’octobre${S}– décembre 2026`);
  expect(frenchDe('mars 2026')).toBe('de mars 2026');
  expect(frenchDe('T2 2026')).toBe('de T2 2026');
  expect(frenchDe('avrilx')).toBe('de avrilx');
  expect(frenchDe('Atlantique')).toBe('de Atlantique');
});

test('a baseline names the months it averages in words', () => {
  expect(levelTexts('en').baseline('42', ['2026-01', '2026-02', '2026-03'])).toBe(
    'baseline 42 (average of Q1 2026)',
  );
  expect(levelTexts('fr').baseline('42', ['2026-04'])).toBe(`référence 42 (moyenne d’avril 2026)`);
  expect(levelTexts('fr').baseline('42', null)).toBe('référence 42');
});
