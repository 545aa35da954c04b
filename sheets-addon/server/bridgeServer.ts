/**
 * The server half of the sidebar's Bridge: one top-level function per Bridge method, called over
 * `google.script.run`. Each checks what the page sent (anything may arrive), runs the core's action on
 * the active spreadsheet and returns plain JSON. A thrown `Error` reaches the page's failure handler with
 * its message, which the pane shows as is.
 */
import type {
  CheckResult,
  InvoiceResult,
  Lang,
  NewContractResult,
  TemplateInfo,
} from '../../core/app/bridge';
import { sheetsActions, type ServerBridge, type SheetsActions } from './actionsSeam';
import { requestedLang, userLang } from './language';
import { spreadsheetWorkbook } from './workbookPort';

function actions(): SheetsActions {
  return sheetsActions(spreadsheetWorkbook());
}

function text(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new Error(`The sidebar sent no ${what}.`);
  return value;
}

/** Templates offered by "New contract", in `lang`. */
export function listTemplates(lang: unknown): TemplateInfo[] {
  return actions().listTemplates(requestedLang(lang));
}

/** Creates the Contract and Actuals sheets from a template. */
export function newContract(templateId: unknown, lang: unknown): NewContractResult {
  const id = text(templateId, 'template');
  return actions().newContract(id, requestedLang(lang));
}

/** Reads and validates the contract tables of the active spreadsheet; messages in `lang`. */
export function checkContract(lang: unknown): CheckResult {
  return actions().checkContract(requestedLang(lang));
}

/** Activates a sheet and selects a cell in it (a problem the check listed). */
export function selectCell(sheet: unknown, address: unknown): void {
  const name = text(sheet, 'sheet name');
  const cell = text(address, 'cell address');
  actions().selectCell(name, cell);
}

/** Computes the invoice of `period` and paints it on a new sheet. */
export function generateInvoice(period: unknown, lang: unknown): InvoiceResult {
  const month = text(period, 'period');
  return actions().generateInvoice(month, requestedLang(lang));
}

/** The user's language, from their Google account's locale. */
export function hostLanguage(): Lang {
  return userLang();
}

/** Every Bridge method has its server function: the compiler checks the list against the Bridge. */
export const SERVER_BRIDGE = {
  listTemplates,
  newContract,
  checkContract,
  selectCell,
  generateInvoice,
  hostLanguage,
} satisfies { [K in keyof ServerBridge]: (...args: never[]) => ReturnType<ServerBridge[K]> };
