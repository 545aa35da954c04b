import { isPeriod } from '../contract/period';
import type { Language } from '../contract/types';
import { invoiceTexts } from '../i18n/invoice';

/**
 * What is wrong with `text` as a month `YYYY-MM`, in `lang`, or undefined when it is one: the one wording
 * of a bad month, for one invoice and for a range of them alike.
 */
export function monthProblem(text: string, lang: Language): string | undefined {
  return isPeriod(text) ? undefined : invoiceTexts(lang).badPeriod(text);
}
