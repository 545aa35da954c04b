import { a1Address } from './a1';

describe('a1Address', () => {
  it('names one cell as Excel does, without a range', () => {
    expect(a1Address(0, 0)).toBe('A1');
    expect(a1Address(6, 7)).toBe('H7');
    expect(a1Address(0, 2, 1, 1)).toBe('C1');
  });

  it('names a rectangle by its corners', () => {
    expect(a1Address(3, 0, 11, 3)).toBe('A4:C14');
    expect(a1Address(0, 26, 1, 2)).toBe('AA1:AB1');
  });
});
