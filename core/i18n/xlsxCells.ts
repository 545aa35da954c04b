/**
 * Why a cell of an .xlsx file cannot be read as what its XML says it is (core/xlsx/readCells.ts): a
 * number cell whose text is no decimal number, a date cell whose text is no date, a shared text the
 * workbook does not hold. `place` is the sheet and cell (`Actuals!E5`), `text` the cell's text as stored.
 */
import type { Language } from '../contract/types';
import { formatCount } from './digitGroups';
import { fr } from './frenchTypography';

export interface XlsxCellTexts {
  notDecimal(place: string, text: string): string;
  notANumber(place: string, text: string): string;
  notADate(place: string, text: string): string;
  missingSharedText(place: string, index: string, count: number): string;
}

/** Retyping the value is the fix: a spreadsheet program never saves such a cell. */
const en: XlsxCellTexts = {
  notDecimal: (place, text) =>
    `${place}: a number cell holding ${JSON.stringify(text)}, which is not a decimal number (the file was not saved by a spreadsheet program): type the value again in Excel or LibreOffice and save`,
  notANumber: (place, text) =>
    `${place}: a number cell holding ${JSON.stringify(text)}, which is not a number (the file was not saved by a spreadsheet program): type the value again in Excel or LibreOffice and save`,
  notADate: (place, text) =>
    `${place}: a date cell holding ${JSON.stringify(text)}, which is not a date (yyyy-mm-dd): type the date again in Excel or LibreOffice and save`,
  missingSharedText: (place, index, count) =>
    `${place}: the workbook is damaged: the cell takes its text from shared text ${JSON.stringify(index)}, and the workbook holds ${count === 0 ? 'none' : `${formatCount('en', count)} (0 to ${formatCount('en', count - 1)})`}: open it in Excel or LibreOffice, check this cell and save`,
};

const french: XlsxCellTexts = {
  notDecimal: (place, text) =>
    fr`${place} : une cellule nombre contenant « ${text} », qui n’est pas un nombre décimal (le fichier n’a pas été enregistré par un tableur) : retapez la valeur dans Excel ou LibreOffice et enregistrez`,
  notANumber: (place, text) =>
    fr`${place} : une cellule nombre contenant « ${text} », qui n’est pas un nombre (le fichier n’a pas été enregistré par un tableur) : retapez la valeur dans Excel ou LibreOffice et enregistrez`,
  notADate: (place, text) =>
    fr`${place} : une cellule date contenant « ${text} », qui n’est pas une date (aaaa-mm-jj) : retapez la date dans Excel ou LibreOffice et enregistrez`,
  missingSharedText: (place, index, count) =>
    fr`${place} : le classeur est endommagé : la cellule prend son texte du texte partagé « ${index} », et le classeur en contient ${count === 0 ? 'aucun' : `${formatCount('fr', count)} (de 0 à ${formatCount('fr', count - 1)})`} : ouvrez-le dans Excel ou LibreOffice, vérifiez cette cellule et enregistrez`,
};

export function xlsxCellTexts(lang: Language): XlsxCellTexts {
  return lang === 'fr' ? french : en;
}
