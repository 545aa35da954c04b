/**
 * What only Excel refuses, said by the pane in its language: the pane opened in another Office application
 * (a manifest that names it), and a workbook Excel will not let the add-in change. Microsoft asks add-ins to
 * word such failures from the error code, its message being "not intended for end users" (Error handling
 * with the application-specific JavaScript APIs).
 */
import type { Language } from '../contract/types';
import { fr, frenchTexts } from './frenchTypography';

/** The texts of Excel's own refusals; `excelHostTexts` gives a language's. */
export interface ExcelHostTexts {
  /** `host` as Office names it (`Word`, `PowerPoint`). */
  wrongHost(host: string): string;
  /** A paint's reason: the workbook's structure is protected (Review → Protect Workbook). */
  readonly workbookProtected: string;
  /** A paint's reason: Excel answered AccessDenied; `detail` is its own message and code. */
  accessDenied(detail: string): string;
}

const EN: ExcelHostTexts = {
  wrongHost: (host) =>
    `Outcome Fees is an Excel add-in and cannot run in ${host}. Open it from Excel: Home → Add-ins.`,
  workbookProtected:
    'the structure of this workbook is protected (Review → Protect Workbook), so Excel adds no sheet to it: remove the protection, then try again',
  accessDenied: (detail) =>
    `Excel refused to change the workbook (${detail}): it may be open read-only or for viewing only, or protected. ` +
    'Open it for editing (in Excel on the web, Editing rather than Viewing) or remove its protection (Review tab), then try again',
};

const FR = frenchTexts<ExcelHostTexts>({
  wrongHost: (host) =>
    fr`Outcome Fees est un complément Excel et ne peut pas fonctionner dans ${host}. Ouvrez-le depuis Excel : Accueil → Compléments.`,
  workbookProtected:
    'la structure de ce classeur est protégée (Révision → Protéger le classeur), Excel n’y ajoute donc aucune feuille : ôtez la protection, puis réessayez',
  accessDenied: (detail) =>
    fr`Excel a refusé de modifier le classeur (${detail}) : il est peut-être ouvert en lecture seule ou en affichage seul, ou protégé. ` +
    'Ouvrez-le en modification (dans Excel pour le web, Modification plutôt qu’Affichage) ou ôtez sa protection (onglet Révision), puis réessayez',
});

/** The texts of Excel's own refusals in `lang`. */
export function excelHostTexts(lang: Language): ExcelHostTexts {
  return lang === 'fr' ? FR : EN;
}

/** Why Excel would not let a paint change the workbook, as data the pane words (a paint reason). */
export type ExcelRefusal =
  { readonly problem: 'workbookProtected' } | { readonly problem: 'accessDenied'; readonly detail: string };

/** Whether a paint reason is one of Excel's refusals. */
export function isExcelRefusal(reason: { readonly problem: string }): reason is ExcelRefusal {
  return reason.problem === 'workbookProtected' || reason.problem === 'accessDenied';
}

/** `refusal` in `lang`, as the reason of a failed paint. */
export function excelRefusalText(lang: Language, refusal: ExcelRefusal): string {
  const t = excelHostTexts(lang);
  return refusal.problem === 'workbookProtected' ? t.workbookProtected : t.accessDenied(refusal.detail);
}
