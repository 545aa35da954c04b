/** `fitsHostNumber` skips the conversion only where it cannot fail: it agrees with `toHostNumber` everywhere. */
import fc from 'fast-check';
import { dec, fitsHostNumber, toHostNumber } from './money';

test('agrees with toHostNumber, around the largest double and far from it', () => {
  fc.assert(
    fc.property(
      fc.boolean(),
      fc.stringMatching(/^[1-9]\d{0,20}$/),
      fc.integer({ min: -400, max: 400 }),
      (negative, digits, exponent) => {
        const value = dec(`${negative ? '-' : ''}${digits}e${exponent}`);
        expect(fitsHostNumber(value)).toBe(toHostNumber(value) !== undefined);
      },
    ),
  );
  for (const text of ['1.7976931348623157e308', '1.7976931348623159e308', '9.99e307', '1e308', '1e309'])
    expect(fitsHostNumber(dec(text))).toBe(toHostNumber(dec(text)) !== undefined);
  expect(fitsHostNumber(dec('1e309'))).toBe(false);
  expect(fitsHostNumber(dec('1.7976931348623157e308'))).toBe(true);
});
