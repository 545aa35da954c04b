import type { Language } from '../contract/types';

/** French groups thousands with a narrow no-break space (U+202F), English with a comma. */
const SEPARATOR: Readonly<Record<Language, string>> = { en: ',', fr: '\u202f' };

/** The integer digits `12000` as the language writes them: `12,000` / `12 000`. */
export const groupDigits = (integer: string, lang: Language): string =>
  integer.replace(/\B(?=(\d{3})+(?!\d))/g, SEPARATOR[lang]);

/** A whole count, size or duration as the language writes it: `12,000` / `12 000`, `-1,500`. */
export const formatCount = (lang: Language, n: number): string =>
  `${n < 0 ? '-' : ''}${groupDigits(String(Math.abs(n)), lang)}`;
