import { dec } from '../money';
import { formatAmount, formatMoney, formatNumber, formatPercent } from './numberFormat';

describe('numberFormat', () => {
  it('groups and separates decimals per language', () => {
    expect(formatNumber(dec('42500'), 'en')).toBe('42,500');
    expect(formatNumber(dec('42500.25'), 'fr')).toBe('42\u202f500,25');
    expect(formatNumber(dec('-0.4'), 'en')).toBe('−0.4');
    expect(formatNumber(dec('1.4'), 'fr', { signed: true })).toBe('+1,4');
  });

  it('shows fractions as percentages', () => {
    expect(formatPercent(dec('0.774'), 'en')).toBe('77.4%');
    expect(formatPercent(dec('0.774'), 'fr')).toBe('77,4\u00a0%');
    expect(formatPercent(dec('0.75'), 'fr')).toBe('75\u00a0%');
  });

  it('prints amounts without a symbol, at the minor unit and never rounded, for hosts and messages', () => {
    expect(formatAmount(dec('136788'), 'EUR', 'en')).toBe('136,788.00');
    expect(formatAmount(dec('-5'), 'JPY', 'fr')).toBe('−5');
    expect(formatAmount(dec('136788.006'), 'KWD', 'en')).toBe('136,788.006');
    expect(formatAmount(dec('136788'), 'JPY', 'en')).toBe('136,788');
    expect(formatAmount(dec('-0.125'), 'EUR', 'en')).toBe('−0.125');
  });

  it('prints money with the minor unit, exact rates on request', () => {
    expect(formatMoney(dec('560'), 'EUR', 'en')).toBe('€560.00');
    expect(formatMoney(dec('560'), 'EUR', 'fr')).toBe('560,00\u00a0€');
    expect(formatMoney(dec('-320'), 'EUR', 'en')).toBe('−€320.00');
    expect(formatMoney(dec('136788'), 'EUR', 'fr')).toBe('136\u202f788,00\u00a0€');
    expect(formatMoney(dec('400'), 'EUR', 'fr', { exact: true })).toBe('400\u00a0€');
    expect(formatMoney(dec('2.1'), 'EUR', 'fr', { exact: true })).toBe('2,10\u00a0€');
    expect(formatMoney(dec('0.125'), 'EUR', 'en', { exact: true })).toBe('€0.125');
    expect(formatMoney(dec('1500'), 'JPY', 'en')).toBe('¥1,500');
    expect(formatMoney(dec('12.5'), 'CHF', 'en')).toBe('CHF\u00a012.50');
    expect(formatMoney(dec('12.5'), 'SEK', 'fr')).toBe('12,50\u00a0SEK');
  });
});
