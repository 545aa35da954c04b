/**
 * The period a supplier's invoice states in a Period cell or a labelled title cell (`Period: Oct 2026`):
 * what `periodSpanOf` reads (`October 2026`, `2026-10`, `Q4 2026`), and the months as invoices also print
 * them, an abbreviated name (`Oct 2026`, `oct. 2026`, `févr. 2026`) or month and year in digits
 * (`10/2026`, `10.2026`, `2026/10`). A two-digit year is read by none of them: `Oct-26` prints 26 October
 * as well as October 2026.
 */
import { periodSpanOf, type PeriodSpan } from '../i18n/periodFormat';

/** Abbreviated month names, English and French, lower case without their dot, to their 0-based index. */
const ABBREVIATIONS: ReadonlyMap<string, number> = new Map(
  [
    ['jan', 'janv'],
    ['feb', 'fév', 'févr'],
    ['mar'],
    ['apr', 'avr'],
    [],
    ['jun'],
    ['jul', 'juil'],
    ['aug'],
    ['sep', 'sept'],
    ['oct'],
    ['nov'],
    ['dec', 'déc'],
  ].flatMap((names, index) => names.map((name): [string, number] => [name, index])),
);

const ABBREVIATED = /^(\p{L}+)\.? (\d{4})$/u;
const MONTH_YEAR = /^(\d{1,2})[/.-](\d{4})$/;
const YEAR_MONTH = /^(\d{4})\/(\d{1,2})$/;

function monthOf(year: string, month: number): PeriodSpan | undefined {
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  const name = `${year}-${String(month).padStart(2, '0')}`;
  return { first: name, last: name };
}

/** The months a supplier's period text stands for, or `undefined` when it names none beyond doubt. */
export function statedPeriodSpan(text: string): PeriodSpan | undefined {
  const known = periodSpanOf(text);
  if (known !== undefined) return known;
  const name = text.trim().replace(/[\u00a0\u202f]/g, ' ');
  const abbreviated = ABBREVIATED.exec(name);
  if (abbreviated) {
    const index = ABBREVIATIONS.get(abbreviated[1].normalize('NFC').toLowerCase());
    return index === undefined ? undefined : monthOf(abbreviated[2], index + 1);
  }
  const digits = MONTH_YEAR.exec(name);
  if (digits) return monthOf(digits[2], Number(digits[1]));
  const yearFirst = YEAR_MONTH.exec(name);
  return yearFirst ? monthOf(yearFirst[1], Number(yearFirst[2])) : undefined;
}
