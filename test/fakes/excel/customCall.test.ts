/** Custom function calls the Excel fake reads: references, text and number literals, skipped arguments. */
import { parseCustomCall } from './customCall';
import { fakeExcel } from './index';

describe('parseCustomCall', () => {
  it('reads references, literals and skipped arguments, as Diagnostics writes them', () => {
    expect(parseCustomCall('=FEES.KPISCORE(330,360,A1:B1,"lower",,,-0.5)', ['FEES.KPISCORE'])).toEqual({
      name: 'FEES.KPISCORE',
      args: [
        { number: 330 },
        { number: 360 },
        { rect: { row: 0, col: 0, rows: 1, cols: 2 } },
        { text: 'lower' },
        { skipped: true },
        { skipped: true },
        { number: -0.5 },
      ],
    });
  });

  it('refuses what it cannot read, so the fake never computes a made-up value', () => {
    expect(parseCustomCall('=FEES.KPISCORE(1+2)', ['FEES.KPISCORE'])).toBeNull();
    expect(parseCustomCall('=FEES.OTHER(1)', ['FEES.KPISCORE'])).toBeNull();
  });
});

describe('a FEES formula in the Excel fake', () => {
  it("hands the registered function a range's rows (an empty cell ''), literals, and null for a skipped one", () => {
    const seen: unknown[] = [];
    const fake = fakeExcel({
      sheets: { Sheet1: [[null, 3]] },
      customFunctions: { 'FEES.SHAPES': (args) => (seen.push(args), 7) },
    });
    const sheet = fake.book.find('Sheet1')!;
    fake.book.write(sheet, 1, 0, '=FEES.SHAPES(A1:B1,1,,"x")', 'test');
    expect(fake.book.valueAt(sheet, 1, 0)).toBe(7);
    expect(seen).toEqual([[[['', 3]], 1, null, 'x']]);
  });
});
