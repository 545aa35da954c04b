import { describeValue } from './hostValues';

describe('describeValue', () => {
  test('a number as its cell shows it, in 15 significant digits', () => {
    expect(describeValue(0.1 - 0.4)).toBe('-0.3');
    expect(describeValue(10.1 + 0.2)).toBe('10.3');
    expect(describeValue(0.8999999999999999)).toBe('0.9');
    expect(describeValue(-1e-17)).toBe('-1e-17');
    expect(describeValue(1e300)).toBe('1e+300');
    expect(describeValue(-0)).toBe('0');
    expect(describeValue(Number.NaN)).toBe('NaN');
  });

  test('text quoted and cut at 40 characters, booleans as the sheet says them, blanks and dates named', () => {
    expect(describeValue('=HYPERLINK("x")')).toBe('"=HYPERLINK(\\"x\\")"');
    expect(describeValue('x'.repeat(50))).toBe(`"${'x'.repeat(37)}..."`);
    expect(describeValue(true)).toBe('TRUE');
    expect(describeValue('')).toBe('a blank cell');
    expect(describeValue(new Date(0))).toBe('a date');
    expect(describeValue({ code: '#N/A' })).toBe('#N/A');
  });
});
