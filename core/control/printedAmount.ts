/**
 * An amount as a supplier's invoice prints it in a text cell: a currency mark before or after the number
 * (`€ 1 234,56`, `1,234.56 EUR`, `-500,00 €`, `CA$12.00`), accounting negatives (`(500.00)`, `500.00-`)
 * and credit or debit marks (`1,234.50 CR`, `DR 320.00`). The mark is taken off and kept, so the
 * reconciliation can refuse an invoice in another currency; the number left is read by the rules of every
 * text number (`readNumberText`), so `1,234` alone stays ambiguous and an error. A percentage is no amount:
 * `5 %` must not be read as 0.05.
 */
import { markClue } from '../contract/numberText';
import { dec } from '../money';

/** The text an amount's number is read from, and the currency mark printed with it. */
export type UnprintedAmount =
  | { readonly text: string; readonly mark?: string }
  /** `5 %`; or two sign marks (`(-500)`, `+-500`, `-500 CR`): which sign was meant is not for us to guess. */
  | { readonly problem: 'percent' | 'signs' };

const SIGN = /^[+\-\u2212]/;
/** An ISO 4217 code, or a symbol with up to two letters beside it (`$`, `€`, `US$`, `$US`, `CA$`). */
const MARK = String.raw`(?:[A-Z]{3}|[A-Z]{0,2}\p{Sc}[A-Z]{0,2})`;
const MARK_BEFORE = new RegExp(String.raw`^(${MARK})\s*`, 'u');
const MARK_AFTER = new RegExp(String.raw`\s*(${MARK})$`, 'u');

/**
 * An accounting export's credit or debit mark, after the amount or before it (`1,234.50 CR`, `1,234.50CR`,
 * `CR 1,234.50`, `Dr 320.00`); never the end of a currency code (`IDR`) or its start (`CRC`).
 */
const CREDIT_AFTER = /(?<![A-Za-z])\s*(CR|DR)$/i;
const CREDIT_BEFORE = /^(CR|DR)(?![A-Za-z])\s*/i;

/** Takes the currency mark and the accounting sign off a printed amount. */
export function unprintAmount(printed: string): UnprintedAmount {
  // A thin space between thousands (a French export's) is the narrow no-break space every reader knows.
  let body = printed.trim().replace(/\u2009/g, '\u202f');
  let negatives = 0;
  /** Sign marks of any kind, a plus too: `+-500` is a typo of one sign or the other. */
  let signs = 0;
  // A credit is a negative, a debit a positive: a sign mark each, so `-500 CR` has two and is refused.
  const takeCredit = (at: RegExp) => {
    const credit = at.exec(body);
    if (!credit || credit[0].length === body.length) return;
    body = (credit.index > 0 ? body.slice(0, credit.index) : body.slice(credit[0].length)).trim();
    signs++;
    if (credit[1].toUpperCase() === 'CR') negatives++;
  };
  takeCredit(CREDIT_AFTER);
  takeCredit(CREDIT_BEFORE);
  // An accounting negative's parentheses go around the mark (`($1,234.50)`) or inside it (`€(1,234.50)`).
  const takeParentheses = () => {
    const parenthesized = /^\((.*)\)$/s.exec(body);
    if (!parenthesized) return;
    body = parenthesized[1].trim();
    negatives++;
    signs++;
  };
  takeParentheses();
  let mark: string | undefined;
  const takeSign = () => {
    const sign = SIGN.exec(body);
    if (!sign) return;
    signs++;
    if (sign[0] !== '+') negatives++;
    body = body.slice(1).trimStart();
  };
  takeSign();
  const before = MARK_BEFORE.exec(body);
  if (before) {
    mark = before[1];
    body = body.slice(before[0].length);
    takeSign();
    takeParentheses();
  } else {
    const after = MARK_AFTER.exec(body);
    if (after) {
      mark = after[1];
      body = body.slice(0, after.index);
      // The mark may follow the credit one: `1,234.50 CR EUR`.
      takeCredit(CREDIT_AFTER);
      takeParentheses();
    }
  }
  // Accounting exports print a trailing minus: `500.00-`.
  if (/\d-$/.test(body)) {
    body = body.slice(0, -1);
    negatives++;
    signs++;
  }
  if (/%$/.test(body)) return { problem: 'percent' };
  // Two sign marks (`(-500)`, `+-500`) are no amount anyone prints.
  if (signs > 1 || SIGN.test(body)) return { problem: 'signs' };
  // Excel's accounting format shows a zero as a dash (`$ -`, `- €`), and a CSV saved from it writes that.
  if (body === '' && printed.replace(mark ?? '', '').trim() === '-')
    return mark === undefined ? { text: '0' } : { text: '0', mark };
  const text = `${negatives === 1 ? '-' : ''}${body}`;
  return mark === undefined ? { text } : { text, mark };
}

/** Digits grouped by threes with one separator, then maybe a decimal mark and digits: `1'234.50`. */
const GROUPED = /^([1-9]\d{0,2})([ ,.\u00a0\u202f'’])(\d{3}(?:\2\d{3})*)(?:([.,])(\d+))?$/;

/**
 * A printed amount that shows its own convention, a thousands separator and then a decimal mark of another
 * kind (`1,234.50`, `1 234,50`, `1.234,50`, `1'234.50`), or thousands grouped by an apostrophe, which is
 * never a decimal mark (`1'234`, `1’234.50`, as Swiss exports print them), as its plain decimal text;
 * undefined for any other. Such an amount reads one way only, so a supplier's CSV formatted by their locale
 * (`"$20,000.00"` in a `,` file) is read as it prints, where the file's own rule would refuse its comma;
 * `1,500` or `0,5` alone, which the file's rule decides, are left to it.
 */
export function selfEvidentNumber(text: string): string | undefined {
  const trimmed = text.trim();
  const sign = /^[+\-\u2212]/.exec(trimmed)?.[0] ?? '';
  const body = trimmed.slice(sign.length);
  const shape = GROUPED.exec(body);
  if (!shape) return undefined;
  const [, first, separator, groups, decimal, fraction] = shape;
  const apostrophe = separator === "'" || separator === '’';
  if (separator === decimal || (decimal === undefined && !apostrophe)) return undefined;
  const negative = sign === '-' || sign === '\u2212';
  const digits = `${first}${groups.split(separator).join('')}`;
  return dec(`${negative ? '-' : ''}${digits}${fraction === undefined ? '' : `.${fraction}`}`).toFixed();
}

/**
 * A quantity as a supplier prints it, thousands grouped by a thin space or an apostrophe (`42 500`, French;
 * `42'500`, Swiss) written with the narrow no-break space every number reader groups by, so it reads as
 * `42 500` does, by the file's rule; a quantity has no currency or accounting sign to take off.
 */
export function unprintQuantity(printed: string): string {
  return printed.trim().replace(/[\u2009'’]/g, '\u202f');
}

/**
 * The decimal mark a printed amount shows beyond doubt, its currency and sign aside: a point in `1,234.50`,
 * `1'234.50`, `€3.40`; a comma in `1 234,50 €`, `0,5`; none in `1.250` (either), `42 500` or `n/a`.
 * A file that shows the mark its delimiter does not imply may mean either by its `1.250`.
 */
export function shownDecimalMark(printed: string): '.' | ',' | undefined {
  const unprinted = unprintAmount(printed);
  if ('problem' in unprinted) return undefined;
  const evident = GROUPED.exec(unprinted.text.trim().replace(/^[+\-\u2212]/, ''));
  if (evident?.[4] !== undefined && evident[4] !== evident[2]) return evident[4] as '.' | ',';
  const clue = markClue(unprinted.text);
  return clue === 'point' ? '.' : clue === 'comma' ? ',' : undefined;
}

/** Locales whose symbols a supplier may print: `$`, `US$` (English outside the US), `$US` (French). */
const LOCALES = ['en', 'en-CA', 'fr', 'fr-CA'];

/** The marks that print `currency`: its code and its symbols (`EUR`, `€`; `USD`, `$`, `US$`, `$US`). */
export function currencyMarks(currency: string): readonly string[] {
  const marks = new Set([currency]);
  for (const locale of LOCALES)
    for (const currencyDisplay of ['symbol', 'narrowSymbol'] as const) {
      const part = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay })
        .formatToParts(1)
        .find((p) => p.type === 'currency');
      if (part) marks.add(part.value.replace(/\s/gu, ''));
    }
  return [...marks];
}

/**
 * The currency a cell's number format prints with its number, as a mark (`[$$-409]#,##0.00` → `$`,
 * `#,##0.00 "€"` → `€`, `[$USD] 0.00` → `USD`), or `undefined` for a format that prints none.
 */
export function formatCurrencyMark(numberFormat: string): string | undefined {
  // Only the positive section's mark is read: the others print the same currency.
  const section = numberFormat.split(';')[0];
  const bracketed = /\[\$([^\]-]+)(?:-[0-9A-Fa-f]+)?\]/.exec(section);
  if (bracketed) return bracketed[1].trim();
  for (const [, quoted] of section.matchAll(/"([^"]*)"/g)) {
    const mark = quoted.trim();
    if (new RegExp(String.raw`^${MARK}$`, 'u').test(mark)) return mark;
  }
  // Brackets hold a locale (`[$-409]`) or a colour, quotes other text: a bare symbol is outside both.
  const bare = /\p{Sc}/u.exec(section.replace(/"[^"]*"|\[[^\]]*\]/g, ''));
  return bare?.[0];
}

/**
 * Whether a cell's number format shows its number as a percentage (`0%`, `#,##0.00 %`): such a cell holds
 * 0.2 where it shows 20 %, so its value is no amount. A `%` in quotes or escaped (`\%`) is only text.
 */
export function isPercentFormat(numberFormat: string): boolean {
  const section = numberFormat.split(';')[0];
  return /%/.test(section.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ''));
}
