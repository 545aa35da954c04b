/**
 * Periods as people read them, for the pane's messages and lists: `October 2026` / `octobre 2026`, a
 * calendar quarter `Q2 2026` / `T2 2026` (trimestre), a half-year `H1 2026` / `S1 2026` (semestre), a year
 * `2026`, else the first and last months (`February – April 2026`). Sheet names and invoice numbers keep
 * the ISO names of `invoicePeriodName`, which sort and never depend on the language.
 */
import type { Language } from '../contract/types';
import { invoicePeriodName } from '../invoice/periodName';

const MONTHS: Readonly<Record<Language, readonly string[]>> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
};

/** The letters of a quarter and a half-year: English Q/H, French T (trimestre) and S (semestre). */
const SPAN_LETTERS: Readonly<Record<Language, Readonly<Record<'Q' | 'H', string>>>> = {
  en: { Q: 'Q', H: 'H' },
  fr: { Q: 'T', H: 'S' },
};

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const SPAN = /^(\d{4})-([QH])([1-4])$/;
const RANGE = /^(\d{4}-\d{2})\.\.(\d{4}-\d{2})$/;
/** En dash between no-break spaces: the two ends of a range stay on either side of it. */
const DASH = '\u00a0– ';

function monthParts(period: string): { year: string; name: (lang: Language) => string } | undefined {
  const match = MONTH.exec(period);
  if (!match) return undefined;
  const index = Number(match[2]) - 1;
  return { year: match[1], name: (lang) => MONTHS[lang][index] };
}

/**
 * A period name as `invoicePeriodName` writes it (`2026-10`, `2026-Q2`, `2026-H1`, `2026`,
 * `2026-02..2026-04`), for a reader of `lang`. Text that is no period name comes back as it was, so a
 * message never loses what the user typed.
 */
export function formatPeriod(name: string, lang: Language): string {
  const month = monthParts(name);
  if (month) return `${month.name(lang)} ${month.year}`;
  const span = SPAN.exec(name);
  if (span) return `${SPAN_LETTERS[lang][span[2] as 'Q' | 'H']}${span[3]} ${span[1]}`;
  if (/^\d{4}$/.test(name)) return name;
  const range = RANGE.exec(name);
  const first = range && monthParts(range[1]);
  const last = range && monthParts(range[2]);
  if (!first || !last) return name;
  return first.year === last.year
    ? `${first.name(lang)}${DASH}${last.name(lang)} ${last.year}`
    : `${first.name(lang)} ${first.year}${DASH}${last.name(lang)} ${last.year}`;
}

/** The invoiced months of an invoice (consecutive, oldest first), named as `formatPeriod` does. */
export function formatMonths(months: readonly string[], lang: Language): string {
  return formatPeriod(invoicePeriodName(months), lang);
}

/** French "de" before a period, elided before a vowel: `d’octobre 2026`, `de mars 2026`, `de T2 2026`. */
export function frenchOf(name: string): string {
  const text = formatPeriod(name, 'fr');
  return /^[aeiouyàâéèêîôû]/i.test(text) ? `d’${text}` : `de ${text}`;
}
