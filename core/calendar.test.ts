import { localMonth, localToday } from './calendar';

describe('today is the calendar day of the user’s zone, not the UTC one', () => {
  it.each([
    ['Asia/Tokyo', '2026-12-01T20:30:00Z', '2026-12-02', '2026-12'],
    ['America/Los_Angeles', '2026-12-01T03:00:00Z', '2026-11-30', '2026-11'],
    ['Europe/Paris', '2026-12-31T23:30:00Z', '2027-01-01', '2027-01'],
    ['UTC', '2026-12-01T00:00:00Z', '2026-12-01', '2026-12'],
  ])('in %s at %s it is %s', (zone, instant, day, month) => {
    expect(localToday(new Date(instant), zone)).toBe(day);
    expect(localMonth(new Date(instant), zone)).toBe(month);
  });

  it('takes the runtime’s own zone by default', () => {
    const now = new Date('2026-12-01T23:59:00Z');
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(localToday(now)).toBe(localToday(now, zone));
    const local = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    expect(localToday(now)).toBe(local);
  });
});
