import { periodChoices, periodLabel } from './periodSelect';

const DECEMBER_2026 = new Date(2026, 11, 1);

describe('periodChoices', () => {
  test('lists the contract’s periods in words, values ISO, the latest preferred', () => {
    const { choices, preferred } = periodChoices(['2026-09', '2026-10'], 1, 'fr', DECEMBER_2026);
    expect(choices).toEqual([
      { value: '2026-09', label: 'septembre 2026' },
      { value: '2026-10', label: 'octobre 2026' },
    ]);
    expect(preferred).toBe('2026-10');
  });

  test('names a quarterly contract’s periods as quarters, a contract year’s by its months', () => {
    expect(periodChoices(['2026-01', '2026-04'], 3, 'en', DECEMBER_2026).choices).toEqual([
      { value: '2026-01', label: 'Q1 2026' },
      { value: '2026-04', label: 'Q2 2026' },
    ]);
    expect(periodChoices(['2026-04'], 3, 'fr', DECEMBER_2026).choices[0]!.label).toBe('T2 2026');
    expect(periodChoices(['2026-07'], 6, 'fr', DECEMBER_2026).choices[0]!.label).toBe('S2 2026');
    expect(periodChoices(['2026-02'], 3, 'en', DECEMBER_2026).choices[0]!.label).toBe(
      'February\u00a0– April 2026',
    );
  });

  test('before a check, offers the last two years up to this month, the previous month preferred', () => {
    const { choices, preferred } = periodChoices([], 1, 'en', DECEMBER_2026);
    expect(choices).toHaveLength(25);
    expect(choices[0]).toEqual({ value: '2024-12', label: 'December 2024' });
    expect(choices.at(-1)).toEqual({ value: '2026-12', label: 'December 2026' });
    expect(preferred).toBe('2026-11');
    expect(choices.map((choice) => choice.value)).toContain(preferred);
  });

  test('goes back over the year in January', () => {
    const { choices, preferred } = periodChoices([], 1, 'fr', new Date(2027, 0, 10));
    expect(preferred).toBe('2026-12');
    expect(choices.at(-1)!.label).toBe('janvier 2027');
  });
});

describe('periodLabel', () => {
  test('is the label of a listed period, the period itself otherwise', () => {
    const { choices } = periodChoices(['2026-10'], 1, 'en', DECEMBER_2026);
    expect(periodLabel(choices, '2026-10')).toBe('October 2026');
    expect(periodLabel(choices, '2031-01')).toBe('2031-01');
  });
});
