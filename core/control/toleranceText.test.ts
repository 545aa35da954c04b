import { readTolerance } from './toleranceText';

describe('readTolerance', () => {
  it('reads an amount ≥ 0, with a decimal comma in French only', () => {
    expect(readTolerance('0.00', 'en')?.toFixed()).toBe('0');
    expect(readTolerance(' 0.01 ', 'en')?.toFixed()).toBe('0.01');
    expect(readTolerance('0,01', 'fr')?.toFixed()).toBe('0.01');
    expect(readTolerance('2', 'fr')?.toFixed()).toBe('2');
  });

  it.each([
    ['', 'en'],
    ['  ', 'fr'],
    ['-0.01', 'en'],
    ['0,01', 'en'],
    ['1,000.00', 'en'],
    ['1e3', 'en'],
    ['abc', 'fr'],
    ['0.01 €', 'en'],
    ['99999999999999999999999', 'en'],
    ['1000000000000000', 'fr'],
  ] as const)('refuses %j in %s: a blank is not zero', (text, lang) => {
    expect(readTolerance(text, lang)).toBeUndefined();
  });
});
