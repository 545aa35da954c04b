/**
 * Invoices written before their texts named months in words (`price revised from 2026-06`, now `from June
 * 2026`; `de 2026-10 à 2026-12`, now `d’octobre 2026 à décembre 2026`) say the same: verify and a correction
 * read back from an issued sheet compare texts with their months written as ISO months, so an invoice the
 * same engine version wrote a day earlier is not reported edited for its wording.
 */
import { MONTH_INDEX } from '../i18n/periodFormat';

const NAMES = [...MONTH_INDEX.keys()].sort((a, b) => b.length - a.length).join('|');
// French elides "de" before a vowel (`d’octobre`): the ISO month took "de".
const IN_WORDS = new RegExp(
  String.raw`(?<!\p{L})(?:d[’'](?=(?:${NAMES})\s))?(${NAMES})\s+(\d{4})(?!\d)`,
  'giu',
);

/** `text` with every month in words (`June 2026`, `d’octobre 2026`) written as its ISO month. */
function isoMonths(text: string): string {
  return text.replace(IN_WORDS, (whole, name: string, year: string) => {
    const month = String(MONTH_INDEX.get(name.toLowerCase())! + 1).padStart(2, '0');
    return `${/^d[’']/iu.test(whole) ? 'de ' : ''}${year}-${month}`;
  });
}

/** Whether two texts say the same but for months written in words in one and as ISO months in the other. */
export function sameButMonthWords(a: unknown, b: unknown): boolean {
  if (typeof a !== 'string' || typeof b !== 'string' || a === b) return false;
  return isoMonths(a) === isoMonths(b);
}
