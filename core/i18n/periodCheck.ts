/** The words of a check's problem found by pricing a period: the invoice it is of, then the problem. */
import type { Language } from '../contract/types';
import { fr } from './frenchTypography';

export function periodProblemText(lang: Language, period: string, problem: string): string {
  return lang === 'fr' ? fr`facture ${period} : ${problem}` : `invoice ${period}: ${problem}`;
}
