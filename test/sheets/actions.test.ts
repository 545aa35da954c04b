/**
 * The sidebar's server functions in the built Code.js, end to end on the Apps Script fake: the core's
 * actions over the SpreadsheetApp workbook port and the Sheets painter. Results must be the core's own
 * (its actions over an in-memory workbook), the contract is never written by invoicing, and a failed
 * paint leaves the spreadsheet as it was.
 */
import { runInContext } from 'node:vm';
import type { CheckResult, InvoiceResult, NewContractResult, TemplateInfo } from '../../core/app/bridge';
import { workbookActions } from '../../core/app/actions';
import { MemoryWorkbook } from '../support/memoryWorkbook';
import { loadAddon, thrownMessage, type LoadedAddon } from './builtSheets';

const sheetNames = (addon: LoadedAddon) => addon.fake.spreadsheet.getSheets().map((sheet) => sheet.getName());
const valuesOf = (addon: LoadedAddon, name: string) =>
  addon.fake.spreadsheet.getSheetByName(name)!.getDataRange().getValues();

describe('the sidebar’s actions on a spreadsheet', () => {
  it.each(['en', 'fr'] as const)('lists, creates, checks and invoices as the core does (%s)', (lang) => {
    const addon = loadAddon({ userLocale: lang });
    const core = workbookActions(new MemoryWorkbook());

    const templates = addon.fn('listTemplates')(lang) as TemplateInfo[];
    expect(templates).toEqual(core.listTemplates(lang));
    expect(templates.length).toBeGreaterThan(0);

    const created = addon.fn('newContract')('bpo-customer-service', lang) as NewContractResult;
    expect(created).toEqual(core.newContract('bpo-customer-service', lang));
    expect(sheetNames(addon)).toEqual(['Sheet1', ...created.sheets]);

    const check = addon.fn('checkContract')(lang) as CheckResult;
    expect(check).toEqual(core.checkContract(lang));
    expect(check.ok).toBe(true);
    expect(check.periods).toContain('2026-10');

    const contractBefore = valuesOf(addon, created.sheets[0]!);
    const invoice = addon.fn('generateInvoice')('2026-10', lang) as InvoiceResult;
    expect(invoice).toEqual(core.generateInvoice('2026-10', lang));
    expect(sheetNames(addon)).toEqual(['Sheet1', ...created.sheets, invoice.sheet]);
    expect(addon.fake.spreadsheet.getActiveSheet().getName()).toBe(invoice.sheet);
    expect(valuesOf(addon, created.sheets[0]!)).toEqual(contractBefore);

    const again = addon.fn('generateInvoice')('2026-10', lang) as InvoiceResult;
    expect(again.sheet).toBe(`${invoice.sheet} (2)`);
    expect(again.total).toBe(invoice.total);
  });

  it('lists the problems of an edited contract with cells that selectCell reaches', () => {
    const addon = loadAddon();
    const created = addon.fn('newContract')('bpo-customer-service', 'en') as NewContractResult;
    const sheet = addon.fake.spreadsheet.getSheetByName(created.sheets[0]!)!;
    const grid = sheet.getDataRange().getValues();
    const row = grid.findIndex((line) => line[0] === 'FCR');
    const col = grid.findIndex((line, i) => i < row && line.includes('Target'));
    sheet.getRange(row + 1, grid[col]!.indexOf('Target') + 1, 1, 1).setValues([['n/a']]);

    const check = addon.fn('checkContract')('en') as CheckResult;
    expect(check.ok).toBe(false);
    const issue = check.errors[0]!;
    expect(issue).toMatchObject({ sheet: created.sheets[0], column: 'Target' });
    addon.fn('selectCell')(issue.sheet, issue.address);
    expect(addon.fake.spreadsheet.getActiveSheet().getName()).toBe(issue.sheet);
    expect(addon.fake.spreadsheet.getActiveRange()?.getA1Notation()).toBe(issue.address);

    expect(thrownMessage(() => addon.fn('generateInvoice')('2026-10', 'en'))).toMatch(
      /^The contract has 1 problem; run Check contract to see it\. First: /,
    );
  });

  it('says what is missing, in the asked language', () => {
    const addon = loadAddon();
    expect(thrownMessage(() => addon.fn('checkContract')('fr'))).toMatch(/^Aucune feuille de contrat/);
    expect(thrownMessage(() => addon.fn('newContract')('nope', 'en'))).toBe('Unknown template "nope".');
  });

  it('leaves no sheet behind when the second sheet of a new contract cannot be painted', () => {
    const FAILURE = 'Service Spreadsheets failed while accessing document.';
    const addon = loadAddon();
    const spreadsheet = addon.fake.spreadsheet;
    const insertSheet = spreadsheet.insertSheet.bind(spreadsheet);
    let inserted = 0;
    Object.assign(spreadsheet, {
      insertSheet: (name: string, index: number) => {
        inserted += 1;
        // Apps Script's own errors belong to the script's realm.
        if (inserted === 2) throw runInContext(`new Error(${JSON.stringify(FAILURE)})`, addon.context);
        return insertSheet(name, index);
      },
    });
    expect(thrownMessage(() => addon.fn('newContract')('bpo-customer-service', 'en'))).toBe(
      `Could not create the sheet "Actuals": ${FAILURE}`,
    );
    expect(sheetNames(addon)).toEqual(['Sheet1']);
  });

  it('reports the check in an alert from the menu', () => {
    const addon = loadAddon({ userLocale: 'fr' });
    addon.fn('newContract')('it-services-sla', 'fr');
    addon.fn('menuCheckContract')();
    expect(addon.fake.ui.__alerts.map((alert) => alert.prompt)).toEqual(['Le contrat est valide.']);
  });
});
