import { dec, fromHostNumber, minorUnitDigits, roundMoney, toHostNumber } from './money';

describe('money', () => {
  it('enters host doubles as the 15 significant digits a cell shows', () => {
    expect(fromHostNumber(0.1).plus(fromHostNumber(0.2)).toString()).toBe('0.3');
    expect(fromHostNumber(0.7 + 0.2).toString()).toBe('0.9');
    expect(fromHostNumber(0.7 + 0.08).toString()).toBe('0.78');
    expect(fromHostNumber(12345678901234567).toFixed()).toBe('12345678901234600');
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
});
