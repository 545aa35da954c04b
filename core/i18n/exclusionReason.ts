/**
 * The problem of an `excluded` row whose reason is a number, in English and French: most likely a value
 * whose row's Kind was changed to `excluded`, which would drop that month's clause without a word.
 */
import type { Language } from '../contract/types';
import { fr, frenchTexts } from './frenchTypography';

export interface ExclusionReasonTexts {
  /** `typed`: the cell as written; `kind`: the label of the kind a value goes on (`kpi`, `indicateur`). */
  reasonIsNumber(typed: string, kpi: string, kind: string): string;
}

const EN: ExclusionReasonTexts = {
  reasonIsNumber: (typed, kpi, kind) =>
    `an excluded month's reason is words (force majeure, a client-caused outage), and ${typed} is a number: a value of "${kpi}" goes on a row of kind ${kind}`,
};

const FR = frenchTexts<ExclusionReasonTexts>({
  reasonIsNumber: (typed, kpi, kind) =>
    fr`le motif d’un mois exclu s’écrit en mots (force majeure, panne causée par le client), et ${typed} est un nombre : une valeur de « ${kpi} » va sur une ligne de type ${kind}`,
});

export function exclusionReasonTexts(lang: Language): ExclusionReasonTexts {
  return lang === 'fr' ? FR : EN;
}
