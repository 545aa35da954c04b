/**
 * The add-on's triggers and menu items: `onOpen`/`onInstall` build the add-on menu, the items open the
 * sidebar (the Check item opens it checking, the Diagnostics item on its Diagnostics section). `onOpen` runs in every authorization mode, including `AuthMode.NONE` (the
 * add-on is installed but not yet used in this file), where only the menu may be built: it touches no
 * spreadsheet, property or document.
 */
import type { Lang } from '../../core/app/bridge';
import { htmlService, spreadsheetApp } from './appsScript';
import { userLang } from './language';
import { menuText } from './menuText';

/** The sidebar's project file (`Sidebar.html`), an HtmlService template with two fields: `lang`, `start`. */
export const SIDEBAR_FILE = 'Sidebar';

/** What the sidebar does once open: nothing, check the contract, or show the Diagnostics section. */
export type SidebarStart = '' | typeof START_CHECK | typeof START_DIAGNOSTICS;
export const START_CHECK = 'check';
export const START_DIAGNOSTICS = 'diagnostics';

/** The trigger event; only its `authMode` matters, and simple triggers may be run without one. */
export interface AddonEvent {
  readonly authMode?: unknown;
}

const OPEN_SIDEBAR: Readonly<Record<Lang, string>> = { en: 'Open sidebar', fr: 'Ouvrir le panneau' };

/** Adds the Outcome Fees menu under Extensions; works in every `e.authMode`. */
export function onOpen(_e?: AddonEvent): void {
  const lang = userLang();
  const text = menuText(lang);
  spreadsheetApp()
    .getUi()
    .createAddonMenu()
    .addItem(text.newContractHeading, 'menuNewContract')
    .addItem(text.checkHeading, 'menuCheckContract')
    .addItem(text.invoiceHeading, 'menuGenerateInvoice')
    .addItem(text.diagnosticsHeading, 'menuDiagnostics')
    .addSeparator()
    .addItem(OPEN_SIDEBAR[lang], 'showSidebar')
    .addToUi();
}

/** Runs when the add-on is installed: the menu must appear without reopening the file. */
export function onInstall(e?: AddonEvent): void {
  onOpen(e);
}

/**
 * Opens the sidebar, in the user's language. `start` names an action the sidebar runs as soon as it is
 * ready (`check`); the sidebar runs the contract code, which Code.js does not hold.
 */
export function showSidebar(start: SidebarStart = ''): void {
  const lang = userLang();
  const template = htmlService().createTemplateFromFile(SIDEBAR_FILE);
  template.lang = lang;
  template.start = start === START_CHECK || start === START_DIAGNOSTICS ? start : '';
  spreadsheetApp()
    .getUi()
    .showSidebar(template.evaluate().setTitle(menuText(lang).appTitle));
}

/** Menu: New contract. Choosing a template needs the sidebar. */
export function menuNewContract(): void {
  showSidebar();
}

/** Menu: Check contract. The sidebar opens and checks at once, listing each problem with its cell. */
export function menuCheckContract(): void {
  showSidebar(START_CHECK);
}

/** Menu: Generate invoice. Choosing the period needs the sidebar. */
export function menuGenerateInvoice(): void {
  showSidebar();
}

/** Menu: Diagnostics. The self-test runs the pane's code, so the sidebar opens on its section. */
export function menuDiagnostics(): void {
  showSidebar(START_DIAGNOSTICS);
}
