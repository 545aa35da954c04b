import fc from 'fast-check';
import { dec } from '../money';
import { DECIMAL_COMMA, DECIMAL_POINT, readNumberText, withConvention } from './numberText';

describe('numbers written as text', () => {
  test.each([
    ['42.500', '42500'],
    ['42 500', '42500'],
    ['1.234.567,5', '1234567.5'],
    ['0,774', '0.774'],
    ['77,4 %', '0.774'],
    ['-3,5', '-3.5'],
    ['\u22123,5', '-3.5'],
    [',5', '0.5'],
  ])('a ";" file reads %j as %s', (text, value) => {
    expect(readNumberText(text, 'semicolon-file')).toEqual({ value });
  });

  test.each(['0.774', '4.25', '1.2345', '42.50', '1,234,5', '42 50', '0.500', 'n/a', '', '1 234.500,5'])(
    'a ";" file refuses %j',
    (text) => {
      expect(readNumberText(text, 'semicolon-file')).toEqual({ problem: 'not-a-number' });
    },
  );

  test.each([
    ['1e3', 'semicolon-file'],
    ['7,74E-01', 'semicolon-file'],
    ['7.74E-01', 'comma-file'],
    ['\u22121.23457E+11', 'unknown'],
  ] as const)(
    '%j in a %s is refused as scientific notation (a spreadsheet drops digits to write it)',
    (text, source) => {
      expect(readNumberText(text, source)).toEqual({ problem: 'scientific' });
    },
  );

  test.each([
    ['0.774', '0.774'],
    ['42 500', '42500'],
    ['77.4%', '0.774'],
    ['+12', '12'],
  ])('a "," file reads %j as %s', (text, value) => {
    expect(readNumberText(text, 'comma-file')).toEqual({ value });
  });

  test.each(['0,774', '42,500', '1,234.5'])(
    'a "," file refuses %j: a comma could be either convention',
    (text) => {
      expect(readNumberText(text, 'comma-file')).toEqual({ problem: 'not-a-number' });
    },
  );

  test('text in a cell is read when every convention agrees, an error when they differ', () => {
    expect(readNumberText('0,774', 'unknown')).toEqual({ value: '0.774' });
    expect(readNumberText('77.4 %', 'unknown')).toEqual({ value: '0.774' });
    expect(readNumberText('20 000.00', 'unknown')).toEqual({ value: '20000' });
    expect(readNumberText('1,234.5', 'unknown')).toEqual({ value: '1234.5' });
    expect(readNumberText('1,234', 'unknown')).toEqual({ problem: 'ambiguous', readings: ['1234', '1.234'] });
    expect(readNumberText('42.500', 'unknown')).toEqual({
      problem: 'ambiguous',
      readings: ['42.5', '42500'],
    });
  });

  test('property: a number printed in a convention, grouped or not, reads back as itself', () => {
    const groupsOf = (digits: string, separator: string) =>
      digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.nat({ max: 6 }),
        fc.boolean(),
        fc.constantFrom(DECIMAL_COMMA, DECIMAL_POINT),
        (units, scale, grouped, convention) => {
          const negative = units < 0n;
          const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
          const whole = digits.slice(0, digits.length - scale);
          const fraction = digits.slice(digits.length - scale);
          const separator = convention.groups[convention.groups.length - 1];
          const text =
            (negative ? '-' : '') +
            (grouped ? groupsOf(whole, separator) : whole) +
            (scale > 0 ? convention.decimal + fraction : '');
          const expected = dec(units.toString()).div(dec(10).pow(scale)).toFixed();
          expect(withConvention(text, convention)).toBe(expected);
        },
      ),
    );
  });
});
