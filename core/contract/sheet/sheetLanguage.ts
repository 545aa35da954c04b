import type { Language } from '../types';
import { contractText, normalizeLabel } from '../../i18n/contract';
import { cellAt, cellText, type Grid } from './cells';

const LANGUAGES: readonly Language[] = ['en', 'fr'];

/**
 * The language a Contract sheet's problems are said in, before the sheet is parsed (a sheet with problems
 * gives no contract to ask): its Language field when that reads `en` or `fr`, as a contract file's
 * problems follow the contract's language; else the language its field labels are written in.
 */
export function contractSheetLanguage(grid: Grid): Language {
  const labels = new Map(
    LANGUAGES.map((lang) => [normalizeLabel(contractText(lang).general.language.label), lang]),
  );
  let labelled: Language | undefined;
  for (let row = 0; row < grid.length; row++) {
    const label = labels.get(normalizeLabel(cellText(cellAt(grid, row, 0))));
    if (label === undefined) continue;
    const value = cellText(cellAt(grid, row, 1))
      .trim()
      .toLowerCase();
    const said = LANGUAGES.find((lang) => lang === value);
    if (said !== undefined) return said;
    labelled ??= label;
  }
  return labelled ?? 'en';
}
