/**
 * What a list of the task pane says when it has nothing to offer: a disabled entry in the user's language,
 * never a blank select (whose drop-down opens empty and tells the user nothing).
 */
import type { Language } from '../contract/types';

export interface PaneListTexts {
  /** Compare contracts' lists in a workbook without a contract. */
  readonly noContract: string;
}

const EN: PaneListTexts = {
  noContract: '(no contract yet — create one above)',
};

const FR: PaneListTexts = {
  noContract: '(aucun contrat pour l’instant — créez-en un plus haut)',
};

export function paneListTexts(lang: Language): PaneListTexts {
  return lang === 'fr' ? FR : EN;
}
