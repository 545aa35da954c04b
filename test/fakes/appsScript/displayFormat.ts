/**
 * `getDisplayValues` for the fake: a value shown through its number format, en_US style. Covers the
 * patterns a painter writes (`0.00`, `#,##0.00`, `0%`, `"€"#,##0.00`, `#,##0.00 [$€]`, `@`); dates show
 * as `yyyy-mm-dd` in the spreadsheet's zone whatever their pattern.
 */
import { isDate } from './callLog';
import type { CellValue } from './cellValues';
import { formatInZone } from './timeZone';

/** The pattern `getNumberFormat` returns for a cell nobody formatted (Sheets' "Automatic"). */
export const DEFAULT_NUMBER_FORMAT = '0.###############';

/**
 * Whether a number format makes its number a date, time or duration (`yyyy-mm-dd`, `mmmm yyyy`,
 * `[h]:mm`): Sheets then hands the cell to scripts as a `Date`. Quoted text, escaped characters, the
 * character after a `_` padding or a `*` fill, and bracketed tags other than elapsed time (`[$€]`
 * currency, `[Red]` colour, `[>=100]` condition) do not count.
 */
export function isDateFormat(format: string | null): boolean {
  if (format === null || format === '@') return false;
  const tokens = format
    .replace(/"[^"]*"|\\.|[_*]./g, '')
    .replace(/\[(h+|m+|s+)\]/gi, 'h')
    .replace(/\[[^\]]*\]/g, '');
  return /[dyhs]/i.test(tokens);
}

/** The value as the cell shows it; a date as its day in the spreadsheet's `timeZone`. */
export function displayValue(value: CellValue, format: string, timeZone: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDate(value)) return formatInZone(value.getTime(), timeZone, 'yyyy-MM-dd');
  if (format === '@' || format === DEFAULT_NUMBER_FORMAT) return automatic(value);
  return formatNumber(value, format);
}

function automatic(n: number): string {
  return String(Number(n.toPrecision(15)));
}

function formatNumber(n: number, pattern: string): string {
  const sections = splitSections(pattern);
  const section = (n < 0 ? sections[1] : n === 0 ? sections[2] : undefined) ?? sections[0] ?? '';
  const negativeHasOwnSection = n < 0 && sections[1] !== undefined;
  const literal = (s: string): string =>
    s
      .replace(/\[\$([^\]-]*)[^\]]*\]/g, '$1')
      .replace(/"([^"]*)"/g, '$1')
      .replace(/\\(.)/g, '$1');
  const digits = /[0#?][0#?,]*(\.[0#?]*)?/.exec(section);
  if (!digits) return literal(section);
  const percent = section.includes('%');
  const fraction = (digits[1] ?? '.').slice(1);
  const required = fraction.replace(/[^0]/g, '').length;
  const grouped = digits[0].includes(',');
  const scaled = Math.abs(n) * (percent ? 100 : 1);
  let body = scaled.toFixed(fraction.length);
  // `#` decimals are optional: drop their trailing zeros, keep the `0` ones.
  while (fraction.length > required && body.includes('.') && body.length - body.indexOf('.') - 1 > required) {
    if (!body.endsWith('0')) break;
    body = body.slice(0, -1);
  }
  if (body.endsWith('.')) body = body.slice(0, -1);
  if (grouped) {
    const [int, frac] = body.split('.') as [string, string?];
    body = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac !== undefined ? `.${frac}` : '');
  }
  const sign = n < 0 && !negativeHasOwnSection && Number(body.replace(/,/g, '')) !== 0 ? '-' : '';
  const before = literal(section.slice(0, digits.index));
  const after = literal(section.slice(digits.index + digits[0].length));
  return `${sign}${before}${body}${after}`;
}

function splitSections(pattern: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of pattern) {
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}
