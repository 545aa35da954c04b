/** Host failures both hosts report the same way, in the pane's language. */
import type { Language } from '../contract/types';
import { fr } from './frenchTypography';

/** A sheet the add-in painted could not be given its mark (Excel's custom property); `detail` is the host's reason. */
export function sheetNotMarkedText(lang: Language, sheet: string, detail: string): string {
  return lang === 'fr'
    ? fr`Impossible de marquer la feuille « ${sheet} » : ${detail}`
    : `Could not mark the sheet "${sheet}": ${detail}`;
}

/**
 * Excel refuses every call while the user is typing in a cell (InvalidOperationInCellEditMode): what to do,
 * said by the pane in its language.
 */
export function cellEditModeText(lang: Language): string {
  return lang === 'fr'
    ? fr`Excel est en train de modifier une cellule : appuyez sur Entrée (ou Échap) pour la quitter, puis réessayez.`
    : 'Excel is editing a cell: press Enter (or Esc) to leave it, then try again.';
}

/** A sheet the pane pointed at (a problem's cell) was renamed or deleted since the check. */
export function sheetMissingText(lang: Language, sheet: string): string {
  return lang === 'fr'
    ? fr`la feuille « ${sheet} » n’existe plus. Vérifiez à nouveau le contrat.`
    : `the sheet "${sheet}" no longer exists. Check the contract again.`;
}

/** A port refused to delete a sheet it did not paint (cleanup deletes only what it created). */
export function notPaintedHereText(lang: Language, sheet: string): string {
  return lang === 'fr'
    ? fr`La feuille « ${sheet} » n’a pas été créée ici par ce complément : elle n’est pas supprimée.`
    : `The sheet "${sheet}" was not created by this add-in here, so it is not deleted.`;
}
