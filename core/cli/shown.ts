/**
 * How every command names what it wrote, so scripts around the CLI see one style: a file relative to where
 * the user stands (as they would type it from there), an amount as the invoice prints it with its code.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Language } from '../contract/types';
import { formatAmount, formatNumber } from '../i18n/numberFormat';
import type { Dec } from '../money';

/** `file` relative to the current folder; whole when it lies outside it (`../../tmp/x` names it worse). */
export function shownPath(file: string): string {
  const whole = resolve(file);
  const from = relative(process.cwd(), whole);
  return from === '' || from === '..' || from.startsWith(`..${sep}`) || isAbsolute(from) ? whole : from;
}

/** An amount with its currency code, `136,788.00 EUR`: the code says the currency in every language. */
export function shownAmount(amount: Dec, currency: string, lang: Language): string {
  return `${formatAmount(amount, currency, lang)} ${currency}`;
}

/**
 * A KPI's value in a terminal table, every digit it has, in the run's language (`0.7208125`, `0,7208125`):
 * a French table writes its values with the decimal comma, as it does its amounts.
 */
export function shownValue(value: Dec, lang: Language): string {
  return formatNumber(value, lang, { max: value.decimalPlaces() });
}
