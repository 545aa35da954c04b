/**
 * The add-on's triggers and menu items: `onOpen`/`onInstall` build the add-on menu, the items open the
 * sidebar on the section they name (the Check item opens it checking). `onOpen` runs in every authorization
 * mode, including `AuthMode.NONE` (the add-on is installed but not yet used in this file), where only the
 * menu may be built: it touches no spreadsheet, property or document.
 */
import type { Lang } from '../../core/app/bridge';
import { htmlService, spreadsheetApp } from './appsScript';
import { userLang } from './language';
import { menuText } from './menuText';
import {
  SIDEBAR_STARTS,
  START_CHECK,
  START_DIAGNOSTICS,
  START_INVOICE,
  START_NEW,
  type SidebarStart,
} from '../sidebarStart';

/** The sidebar's project file (`Sidebar.html`), an HtmlService template with two fields: `lang`, `start`. */
export const SIDEBAR_FILE = 'Sidebar';

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
 * Opens the sidebar, in the user's language. `start` names what the sidebar does as soon as it is ready
 * (sheets-addon/sidebar/startSection.ts): check, or show a section; the sidebar runs the contract code,
 * which Code.js does not hold. Anything else starts nothing.
 */
export function showSidebar(start: SidebarStart = ''): void {
  const lang = userLang();
  const template = htmlService().createTemplateFromFile(SIDEBAR_FILE);
  template.lang = lang;
  template.start = SIDEBAR_STARTS.includes(start) ? start : '';
  spreadsheetApp()
    .getUi()
    .showSidebar(template.evaluate().setTitle(menuText(lang).appTitle));
}

/** Menu: New contract. Choosing a template needs the sidebar, which opens on it. */
export function menuNewContract(): void {
  showSidebar(START_NEW);
}

/** Menu: Check contract. The sidebar opens and checks at once, listing each problem with its cell. */
export function menuCheckContract(): void {
  showSidebar(START_CHECK);
}

/** Menu: Generate invoice. Choosing the period needs the sidebar, which opens on its invoice section. */
export function menuGenerateInvoice(): void {
  showSidebar(START_INVOICE);
}

/** Menu: Diagnostics. The self-test runs the pane's code, so the sidebar opens on its section. */
export function menuDiagnostics(): void {
  showSidebar(START_DIAGNOSTICS);
}
