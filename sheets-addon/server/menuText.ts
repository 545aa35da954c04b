/**
 * The task pane texts the Sheets menu shows, in each language. The build defines `__MENU_TEXT__` from the
 * core's TASKPANE_STRINGS (sheets-addon/build/menuText.js), so the menu says what the pane says and Code.js
 * does not carry the pane's other texts.
 */
import type { Lang } from '../../core/app/bridge';
import type { TaskpaneStrings } from '../../core/i18n/taskpane';

/** What the menu and the sidebar's title need: the pane's headings, and the Diagnostics section's. */
export type MenuText = Pick<
  TaskpaneStrings,
  'appTitle' | 'newContractHeading' | 'checkHeading' | 'invoiceHeading'
> & { readonly diagnosticsHeading: string };

declare const __MENU_TEXT__: Readonly<Record<Lang, MenuText>>;

/** The menu's texts in `lang`. */
export function menuText(lang: Lang): MenuText {
  return __MENU_TEXT__[lang];
}
