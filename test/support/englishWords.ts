/**
 * Words that only English text has, as whole words (`\bthe\b`): any of them in a French text is a text
 * that missed its French table. French words that look alike (`note`, `total`, `scénario`) do not match.
 * The French command-line sweep, the French tables' test and the French sheets' test share this list.
 */
export const ENGLISH = [
  'the',
  'must',
  'invalid',
  'unknown',
  'expected',
  'of',
  'and',
  'with',
  'without',
  'is',
  'not',
  'no',
  'at',
  'got',
  'period',
  'periods',
  'line',
  'lines',
  'invoice',
  'invoices',
  'sheet',
  'sheets',
  'file',
  'problem',
  'problems',
  'missing',
  'cannot',
  'wrote',
  'scenario',
  'scenarios',
  'amount',
  'subtotal',
  'VAT',
  'summary',
  'portfolio',
  'mean',
  'unbounded',
  'matched',
  'difference',
  'row',
  'rows',
  'give',
  'note:',
];

export const ENGLISH_WORD = new RegExp(
  `(?<![\\p{L}\\p{N}_-])(${ENGLISH.join('|')})(?![\\p{L}\\p{N}_-])`,
  'iu',
);

/** The first English word of `text`, or undefined. */
export function englishWordIn(text: string): string | undefined {
  return ENGLISH_WORD.exec(text)?.[1];
}
