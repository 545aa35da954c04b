import { previousMonth } from './period';

describe('previousMonth', () => {
  test('is the month before, zero-padded', () => {
    expect(previousMonth(new Date(2026, 10, 23))).toBe('2026-10');
    expect(previousMonth(new Date(2026, 1, 1))).toBe('2026-01');
  });

  test('goes back a year in January', () => {
    expect(previousMonth(new Date(2027, 0, 15))).toBe('2026-12');
  });
});
