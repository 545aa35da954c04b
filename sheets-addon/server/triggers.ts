/**
 * The add-on's triggers and menu items: `onOpen`/`onInstall` build the add-on menu, the items open the
 * sidebar or run a check. `onOpen` runs in every authorization mode, including `AuthMode.NONE` (the
 * add-on is installed but not yet used in this file), where only the menu may be built: it touches no
 * spreadsheet, property or document.
 */
import type { CheckResult, ContractIssue, Lang } from '../../core/app/bridge';
import { TASKPANE_STRINGS, fillText, isSingular } from '../../core/i18n/taskpane';
import { cellRef } from '../../taskpane/cellRef';
import { htmlService, spreadsheetApp } from './appsScript';
import { checkContract } from './bridgeServer';
import { userLang } from './language';

/** The sidebar's project file (`Sidebar.html`), an HtmlService template with one field: `lang`. */
export const SIDEBAR_FILE = 'Sidebar';

/** Problems listed in the check alert; the sidebar lists them all. */
const ALERT_ISSUES = 10;

/** The trigger event; only its `authMode` matters, and simple triggers may be run without one. */
export interface AddonEvent {
  readonly authMode?: unknown;
}

const OPEN_SIDEBAR: Readonly<Record<Lang, string>> = { en: 'Open sidebar', fr: 'Ouvrir le panneau' };

/** Adds the Outcome Fees menu under Extensions; works in every `e.authMode`. */
export function onOpen(_e?: AddonEvent): void {
  const lang = userLang();
  const text = TASKPANE_STRINGS[lang];
  spreadsheetApp()
    .getUi()
    .createAddonMenu()
    .addItem(text.newContractHeading, 'menuNewContract')
    .addItem(text.checkHeading, 'menuCheckContract')
    .addItem(text.invoiceHeading, 'menuGenerateInvoice')
    .addSeparator()
    .addItem(OPEN_SIDEBAR[lang], 'showSidebar')
    .addToUi();
}

/** Runs when the add-on is installed: the menu must appear without reopening the file. */
export function onInstall(e?: AddonEvent): void {
  onOpen(e);
}

/** Opens the sidebar, in the user's language. */
export function showSidebar(): void {
  const lang = userLang();
  const template = htmlService().createTemplateFromFile(SIDEBAR_FILE);
  template.lang = lang;
  spreadsheetApp().getUi().showSidebar(template.evaluate().setTitle(TASKPANE_STRINGS[lang].appTitle));
}

/** Menu: New contract. Choosing a template needs the sidebar. */
export function menuNewContract(): void {
  showSidebar();
}

/** Menu: Generate invoice. Choosing the period needs the sidebar. */
export function menuGenerateInvoice(): void {
  showSidebar();
}

/** The check's outcome as alert text: the verdict, then the first problems with their cells. */
export function checkSummary(result: CheckResult, lang: Lang): string {
  const text = TASKPANE_STRINGS[lang];
  if (result.ok) return text.checkValid;
  const count = result.errors.length;
  if (count === 0) return text.checkInvalidUnlisted;
  const verdict = isSingular(lang, count) ? text.checkInvalidOne : fillText(text.checkInvalidMany, { count });
  const lines = result.errors.slice(0, ALERT_ISSUES).map((issue) => `• ${issueText(issue, lang)}`);
  if (count > ALERT_ISSUES) lines.push('…');
  return [verdict, '', ...lines].join('\n');
}

function issueText(issue: ContractIssue, lang: Lang): string {
  const text = TASKPANE_STRINGS[lang];
  const ref = cellRef(issue.sheet, issue.address);
  return issue.column
    ? fillText(text.issueWithColumn, { ref, column: issue.column, message: issue.message })
    : fillText(text.issueWithoutColumn, { ref, message: issue.message });
}

/** Menu: Check contract. Runs the check and says what it found; the sidebar can then go to each cell. */
export function menuCheckContract(): void {
  const lang = userLang();
  const text = TASKPANE_STRINGS[lang];
  const ui = spreadsheetApp().getUi();
  let message: string;
  try {
    message = checkSummary(checkContract(lang), lang);
  } catch (error) {
    const reason = error instanceof Error && error.message ? error.message : text.unknownError;
    message = fillText(text.checkFailed, { message: reason });
  }
  ui.alert(text.appTitle, message, ui.ButtonSet.OK);
}
