/**
 * The Sheets server says a sheet to select is gone in one English sentence (workbookServer.selectCell,
 * kept short for Code.js's budget); the sidebar says it in the pane's language, as Excel's bridge does.
 */
import type { Lang } from '../../core/app/bridge';
import { sheetMissingText } from '../../core/i18n/hostMessages';

/** The failure to select a cell of `sheet`, in `lang` when the server said the sheet is gone. */
export function selectFailureOf(error: unknown, sheet: string, lang: Lang): unknown {
  const message = error instanceof Error ? error.message : '';
  return message === `There is no sheet named "${sheet}".` ? new Error(sheetMissingText(lang, sheet)) : error;
}
