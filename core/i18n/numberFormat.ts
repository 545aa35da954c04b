/**
 * Exact, locale-aware formatting of decimals for invoice texts: `1,234.5` / `1 234,5`, `€560.00` / `560,00 €`,
 * `77.4%` / `77,4 %`. Decimals are formatted from their digits, never through a double.
 */
import { HUNDRED, minorUnitDigits, type Dec } from '../money';
import { groupDigits } from './digitGroups';

export type DocLanguage = 'en' | 'fr';

/** French puts a no-break space before % and the currency (digitGroups.ts groups its thousands). */
const NBSP = '\u00a0';

const SYMBOLS: Record<string, string> = {
  EUR: '€',
  USD: '$',
  GBP: '£',
  JPY: '¥',
  CHF: 'CHF',
  CAD: 'CA$',
  AUD: 'A$',
};

/** Digits of |value| with exactly `fixed` decimals, or up to `max` decimals with trailing zeros removed. */
function digits(value: Dec, lang: DocLanguage, options: { fixed?: number; max?: number }): string {
  const text =
    options.fixed !== undefined
      ? value.abs().toFixed(options.fixed)
      : value
          .abs()
          .toDecimalPlaces(options.max ?? 6)
          .toFixed();
  const [integer, fraction] = text.split('.');
  const grouped = groupDigits(integer, lang);
  return fraction ? `${grouped}${lang === 'fr' ? ',' : '.'}${fraction}` : grouped;
}

function sign(value: Dec, signed: boolean): string {
  if (value.isZero()) return '';
  if (value.isNegative()) return '−';
  return signed ? '+' : '';
}

/** A plain number: `42,500`, `3.4`, `−0.25` (up to 6 decimals, trailing zeros dropped). */
export function formatNumber(
  value: Dec,
  lang: DocLanguage,
  options: { signed?: boolean; max?: number } = {},
): string {
  return sign(value, options.signed ?? false) + digits(value, lang, { max: options.max });
}

/** A fraction as a percentage: 0.774 → `77.4%` / `77,4 %`. */
export function formatPercent(fraction: Dec, lang: DocLanguage, options: { signed?: boolean } = {}): string {
  const body = formatNumber(fraction.times(HUNDRED), lang, { signed: options.signed, max: 4 });
  return lang === 'fr' ? `${body}${NBSP}%` : `${body}%`;
}

/**
 * An amount with the currency's minor-unit digits and no symbol, for hosts and messages that show the
 * currency apart: `136,788.00` / `136 788,00`, KWD `136,788.006`, JPY `136,788`. It never rounds: an
 * amount finer than the minor unit keeps its digits.
 */
export function formatAmount(amount: Dec, currency: string, lang: DocLanguage): string {
  const fixed = Math.max(amount.decimalPlaces(), minorUnitDigits(currency));
  return sign(amount, false) + digits(amount, lang, { fixed });
}

/**
 * An amount of money, with the minor unit's digits as an invoice prints it. With `exact` (rates and unit
 * prices), a whole amount shows no decimals (`400 €`) and a fractional one keeps all its digits, at least
 * the minor unit's (`2,10 €`, `0,125 €`).
 */
export function formatMoney(
  amount: Dec,
  currency: string,
  lang: DocLanguage,
  options: { signed?: boolean; exact?: boolean } = {},
): string {
  const minor = minorUnitDigits(currency);
  const places = amount.decimalPlaces();
  const fixed = !options.exact ? minor : places === 0 ? 0 : Math.max(places, minor);
  const body = digits(amount, lang, { fixed });
  const symbol = SYMBOLS[currency.toUpperCase()] ?? currency.toUpperCase();
  const s = sign(amount, options.signed ?? false);
  if (lang === 'fr') return `${s}${body}${NBSP}${symbol}`;
  return symbol.length === 1 || symbol.endsWith('$') ? `${s}${symbol}${body}` : `${s}${symbol}${NBSP}${body}`;
}
