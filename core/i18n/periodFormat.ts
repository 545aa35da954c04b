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
  return frenchDe(formatPeriod(name, 'fr'));
}

/**
 * French "de" before a text that names periods in words, elided before a month whose name begins with a
 * vowel (`d’avril 2026`, `d’octobre – décembre 2026`); quarters, half-years and years take `de`.
 */
export function frenchDe(text: string): string {
  return /^(avril|août|octobre)(?![\p{L}])/u.test(text) ? `d’${text}` : `de ${text}`;
}

/**
 * Months in words, each run of consecutive ones named as `formatMonths` names it: `Q1 2026`,
 * `January 2026, March 2026`, `February – April 2026, June 2026`.
 */
export function formatMonthList(months: readonly string[], lang: Language): string {
  const runs: string[][] = [];
  for (const month of months) {
    const run = runs[runs.length - 1];
    if (run && nextMonth(run[run.length - 1]) === month) run.push(month);
    else runs.push([month]);
  }
  return runs.map((run) => formatMonths(run, lang)).join(', ');
}

function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/** The first and last months a period's name stands for. */
export interface PeriodSpan {
  readonly first: string;
  readonly last: string;
}

/** Every month's name in either language, lowercase, to its 0-based index (`octobre` → 9). */
export const MONTH_INDEX: ReadonlyMap<string, number> = new Map(
  Object.values(MONTHS).flatMap((names) => names.map((name, i): [string, number] => [name.toLowerCase(), i])),
);
const SPAN_MONTHS: Readonly<Record<string, number>> = { Q: 3, T: 3, H: 6, S: 6 };
const MONTH_WORDS = /^(\p{L}+) (\d{4})$/u;
const SPAN_WORDS = /^([QTHS])([1-4]) (\d{4})$/;
const RANGE_WORDS = /^(\p{L}+)(?: (\d{4}))?\s*–\s*(\p{L}+) (\d{4})$/u;
const ISO_SPAN = /^(\d{4})-([QH])([1-4])$/;
const ISO_RANGE = /^(\d{4}-(?:0[1-9]|1[0-2]))\s*(?:\.\.|–)\s*(\d{4}-(?:0[1-9]|1[0-2]))$/;

const month = (year: string, index: number) => `${year}-${String(index + 1).padStart(2, '0')}`;

function spanOf(year: string, letter: string, number: string): PeriodSpan | undefined {
  const length = SPAN_MONTHS[letter];
  const start = (Number(number) - 1) * length;
  return start + length <= 12
    ? { first: month(year, start), last: month(year, start + length - 1) }
    : undefined;
}

/**
 * The months a period's name stands for, as `formatPeriod` writes it in any language (`octobre 2026`,
 * `Q2 2026`, `S1 2026`, `February – April 2026`) or as `invoicePeriodName` and earlier invoice sheets wrote
 * it (`2026-10`, `2026-Q2`, `2026-02..2026-04`, `2026-01 – 2026-03`); `undefined` for any other text.
 * Reading the words back is what lets an invoice sheet show its period in words and still be verified.
 */
export function periodSpanOf(text: string): PeriodSpan | undefined {
  const name = text.trim().replace(/[\u00a0\u202f]/g, ' ');
  if (MONTH.test(name)) return { first: name, last: name };
  if (/^\d{4}$/.test(name)) return { first: month(name, 0), last: month(name, 11) };
  const iso = ISO_SPAN.exec(name) ?? SPAN_WORDS.exec(name);
  if (iso) return iso[1].length === 4 ? spanOf(iso[1], iso[2], iso[3]) : spanOf(iso[3], iso[1], iso[2]);
  const range = ISO_RANGE.exec(name);
  if (range) return range[1] <= range[2] ? { first: range[1], last: range[2] } : undefined;
  const words = MONTH_WORDS.exec(name);
  const single = words ? MONTH_INDEX.get(words[1].toLowerCase()) : undefined;
  if (words && single !== undefined) return { first: month(words[2], single), last: month(words[2], single) };
  const between = RANGE_WORDS.exec(name);
  if (!between) return undefined;
  const [from, to] = [between[1], between[3]].map((w) => MONTH_INDEX.get(w.toLowerCase()));
  if (from === undefined || to === undefined) return undefined;
  const first = month(between[2] ?? between[4], from);
  const last = month(between[4], to);
  return first <= last ? { first, last } : undefined;
}

/** Whether two texts name the same period, in words or in ISO form (`octobre 2026` and `2026-10`). */
export function samePeriodText(a: unknown, b: unknown): boolean {
  if (typeof a !== 'string' || typeof b !== 'string') return false;
  const [x, y] = [periodSpanOf(a), periodSpanOf(b)];
  return x !== undefined && y !== undefined && x.first === y.first && x.last === y.last;
}
