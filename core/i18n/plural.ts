import type { Language } from '../contract/types';
import { formatCount } from './digitGroups';

/**
 * Whether a count takes the singular: in English after exactly 1 (`0 problems`, `1 problem`), in French
 * below 2 (`0 problème`, `1 problème`, `2 problèmes`), as each language counts.
 */
const SINGULAR: Readonly<Record<Language, (n: number) => boolean>> = {
  en: (n) => n === 1,
  fr: (n) => Math.abs(n) < 2,
};

/** The word a count takes in `lang`: `plural('en', 2, 'problem', 'problems')` is `problems`. */
export const plural = (lang: Language, n: number, one: string, many: string): string =>
  SINGULAR[lang](n) ? one : many;

/** A count and its word, its digits grouped as the language groups them: `1 simulation`, `12,000 invoices`. */
export const counted = (lang: Language, n: number, one: string, many: string): string =>
  `${formatCount(lang, n)} ${plural(lang, n, one, many)}`;
