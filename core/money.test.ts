import fc from 'fast-check';
import {
  allocateMoney,
  dec,
  decSum,
  fitsHostMoney,
  fromHostNumber,
  largestHostMoney,
  minorUnitDigits,
  moneyLimit,
  roundMoney,
  toHostNumber,
} from './money';

describe('money', () => {
  it('enters host doubles as the 15 significant digits a cell shows', () => {
    expect(fromHostNumber(0.1).plus(fromHostNumber(0.2)).toString()).toBe('0.3');
    expect(fromHostNumber(0.7 + 0.2).toString()).toBe('0.9');
    expect(fromHostNumber(0.7 + 0.08).toString()).toBe('0.78');
    expect(fromHostNumber(Number('12345678901234567')).toFixed()).toBe('12345678901234600');
    expect(fromHostNumber(1 / 3).toString()).toBe('0.333333333333333');
    expect(fromHostNumber(5e-324).toString()).toBe('4.94065645841247e-324');
    expect(fromHostNumber(-0).isNegative()).toBe(false);
  });

  it('leaves as the nearest double, without negative zero, and refuses overflow', () => {
    expect(toHostNumber(dec('1500.000'))).toBe(1500);
    expect(Object.is(toHostNumber(dec('-0')), 0)).toBe(true);
    expect(toHostNumber(dec('1e400'))).toBeUndefined();
  });

  it('rounds half away from zero by default, to the currency minor unit', () => {
    expect(roundMoney(dec('0.125'), 'EUR').toString()).toBe('0.13');
    expect(roundMoney(dec('-0.125'), 'EUR').toString()).toBe('-0.13');
    expect(roundMoney(dec('2.5'), 'JPY').toString()).toBe('3');
    expect(roundMoney(dec('1.0005'), 'KWD').toString()).toBe('1.001');
  });

  it('offers banker’s rounding and truncation when the contract says so', () => {
    expect(roundMoney(dec('0.125'), 'EUR', 'half-even').toString()).toBe('0.12');
    expect(roundMoney(dec('0.135'), 'EUR', 'half-even').toString()).toBe('0.14');
    expect(roundMoney(dec('0.129'), 'EUR', 'down').toString()).toBe('0.12');
    expect(roundMoney(dec('-0.001'), 'EUR', 'down').isNegative()).toBe(false);
  });

  it('knows minor units', () => {
    expect([minorUnitDigits('EUR'), minorUnitDigits('jpy'), minorUnitDigits('BHD')]).toEqual([2, 0, 3]);
  });

  it('lets a limit through rounded toward zero, whatever the rounding rule', () => {
    expect(moneyLimit(dec('5602.625'), 'EUR').toFixed()).toBe('5602.62');
    expect(moneyLimit(dec('5602.629'), 'EUR').toFixed()).toBe('5602.62');
    expect(moneyLimit(dec('1200'), 'EUR').toFixed()).toBe('1200');
    expect(moneyLimit(dec('99.9'), 'JPY').toFixed()).toBe('99');
  });

  it('allocates by largest remainder, the shares adding up to the total exactly', () => {
    const three = allocateMoney(dec('1000.01'), [dec('500.01'), dec('500.01'), dec('500.01')], 'EUR');
    expect(three.map((s) => s.toFixed())).toEqual(['333.34', '333.34', '333.33']);
    expect(allocateMoney(dec('10'), [dec('1'), dec('2'), dec('7')], 'JPY').map(String)).toEqual([
      '1',
      '2',
      '7',
    ]);
    expect(allocateMoney(dec('0.05'), [dec('0'), dec('0')], 'EUR').map(String)).toEqual(['0', '0']);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 9 }),
        fc.array(fc.integer({ min: 0, max: 10 ** 7 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom('EUR', 'JPY', 'KWD'),
        (units, weights, currency) => {
          const total = dec(units).div(dec(10).pow(minorUnitDigits(currency)));
          const w = weights.map((n) => dec(n).div(100));
          const shares = allocateMoney(total, w, currency);
          const weightSum = decSum(w);
          if (weightSum.isZero()) return;
          expect(decSum(shares).eq(total)).toBe(true);
          shares.forEach((share, i) => {
            expect(share.decimalPlaces()).toBeLessThanOrEqual(minorUnitDigits(currency));
            // Each share is within one minor unit of its exact proportion.
            const exact = w[i].times(total).div(weightSum);
            expect(
              share
                .minus(exact)
                .abs()
                .lt(dec(10).pow(-minorUnitDigits(currency))),
            ).toBe(true);
          });
        },
      ),
    );
  });

  it('bounds amounts to 15 digits counted in minor units, what a cell shows and reads back', () => {
    expect(largestHostMoney('EUR').toFixed()).toBe('9999999999999.99');
    expect(largestHostMoney('JPY').toFixed()).toBe('999999999999999');
    expect(largestHostMoney('KWD').toFixed()).toBe('999999999999.999');
    expect(fitsHostMoney(dec('-9999999999999.99'), 'EUR')).toBe(true);
    expect(fitsHostMoney(dec('99999999999999.99'), 'EUR')).toBe(false);
    expect(fitsHostMoney(dec('1e400'), 'EUR')).toBe(false);
    // Why 15 digits: a 16-digit amount does not read back from its cell.
    expect(fromHostNumber(toHostNumber(dec('99999999999999.99'))!).toFixed()).toBe('100000000000000');
    // Every amount within the bound survives the trip through a cell.
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n) + 1n, max: 10n ** 15n - 1n }), (units) => {
        const amount = dec(units.toString()).div(100);
        expect(fitsHostMoney(amount, 'EUR')).toBe(true);
        expect(fromHostNumber(toHostNumber(amount)!).eq(amount)).toBe(true);
      }),
    );
  });
});
