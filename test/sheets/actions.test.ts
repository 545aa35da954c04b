/**
 * The sidebar's actions as the page runs them: the core's actions over the google.script.run workbook
 * port, each port call JSON-serialised to the thin server of the built Code.js on the Apps Script fake.
 * Results must be the core's own (its actions over an in-memory workbook), the contract is never written
 * by invoicing, a failed paint leaves the spreadsheet as it was, and every read and paint costs the same
 * number of Spreadsheet calls whatever the size of the sheet.
 */
import { workbookActions } from '../../core/app/actions';
import { SHEET_TAG_KEY } from '../../core/app/sheetTag';
import type { SheetPlan } from '../../core/layout/sheetPlan';
import { MemoryWorkbook } from '../support/memoryWorkbook';
import { scriptRunPort } from '../../sheets-addon/sidebar/scriptRunPort';
import { failInsertSheet, loadAddon, nodeServerCalls, sidebarActions, type LoadedAddon } from './builtSheets';

const sheetNames = (addon: LoadedAddon) => addon.fake.spreadsheet.getSheets().map((sheet) => sheet.getName());
const valuesOf = (addon: LoadedAddon, name: string) =>
  addon.fake.spreadsheet.getSheetByName(name)!.getDataRange().getValues();
const fixedId = () => 'contract-1';

/** Spreadsheet service calls (SpreadsheetApp, Spreadsheet, Sheet, Range…) made by `act`. */
function spreadsheetCalls(addon: LoadedAddon, act: () => unknown): number {
  const before = addon.fake.log.count({ group: 'SpreadsheetApp' });
  act();
  return addon.fake.log.count({ group: 'SpreadsheetApp' }) - before;
}

describe('the sidebar’s actions on a spreadsheet', () => {
  it.each(['en', 'fr'] as const)('list, create, check and invoice as the core does (%s)', async (lang) => {
    const addon = loadAddon({ userLocale: lang });
    const sidebar = sidebarActions(addon, { contractId: fixedId });
    const core = workbookActions(new MemoryWorkbook(), { contractId: fixedId });

    expect(await sidebar.listTemplates(lang)).toEqual(core.listTemplates(lang));
    const created = await sidebar.newContract('bpo-customer-service', lang);
    expect(created).toEqual(core.newContract('bpo-customer-service', lang));
    expect(sheetNames(addon)).toEqual(['Sheet1', ...created.sheets]);

    const check = await sidebar.checkContract(lang);
    expect(check).toEqual(core.checkContract(lang));
    expect(check).toMatchObject({
      ok: true,
      contractSheet: created.sheets[0],
      actualsSheet: created.sheets[1],
    });
    expect(check.periods).toContain('2026-10');

    const contractBefore = valuesOf(addon, created.sheets[0]!);
    const invoice = await sidebar.generateInvoice('2026-10', lang);
    expect(invoice).toEqual(core.generateInvoice('2026-10', lang));
    expect(sheetNames(addon)).toEqual(['Sheet1', ...created.sheets, invoice.sheet]);
    expect(addon.fake.spreadsheet.getActiveSheet().getName()).toBe(invoice.sheet);
    expect(valuesOf(addon, created.sheets[0]!)).toEqual(contractBefore);

    const again = await sidebar.generateInvoice('2026-10', lang);
    expect(again.sheet).toBe(`${invoice.sheet} (2)`);
    expect(again.total).toBe(invoice.total);
  });

  it('tags the new contract’s sheets and the invoice sheet in developer metadata, each with its role', async () => {
    const addon = loadAddon();
    const sidebar = sidebarActions(addon, { contractId: fixedId });
    await sidebar.newContract('bpo-customer-service', 'en');
    await sidebar.generateInvoice('2026-10', 'en');
    const found = addon.fake.spreadsheet.createDeveloperMetadataFinder().withKey(SHEET_TAG_KEY).find();
    expect(found.map((m) => [m.getLocation().getSheet().getName(), JSON.parse(m.getValue()!)])).toEqual([
      ['Contract', { role: 'contract', contract: 'contract-1' }],
      ['Actuals', { role: 'actuals', contract: 'contract-1' }],
      ['Invoice 2026-10', { role: 'invoice', contract: 'bpo-customer-service' }],
    ]);
  });

  it('works on the contract of the active sheet, never on a user’s own "Contract" sheet', async () => {
    const addon = loadAddon({ sheetNames: ['Contract', 'Actuals'] });
    addon.fake.spreadsheet
      .getSheetByName('Contract')!
      .getRange(1, 1, 1, 2)
      .setValues([['Notes', 'mine']]);
    let id = 0;
    const sidebar = sidebarActions(addon, { contractId: () => `c${++id}` });
    await sidebar.newContract('bpo-customer-service', 'en');
    await sidebar.newContract('it-services-sla', 'en');
    expect(sheetNames(addon)).toEqual([
      'Contract',
      'Actuals',
      'Contract (2)',
      'Actuals (2)',
      'Contract (3)',
      'Actuals (3)',
    ]);
    expect(await sidebar.listContracts()).toEqual(['Contract (2)', 'Contract (3)']);

    // The second New contract left its Actuals sheet active.
    const second = await sidebar.checkContract('en');
    expect(second).toMatchObject({ ok: true, contractSheet: 'Contract (3)', actualsSheet: 'Actuals (3)' });

    addon.fn('selectCell')('Contract (2)', 'A1');
    const first = await sidebar.generateInvoice('2026-10', 'en');
    expect(first).toMatchObject({
      contractSheet: 'Contract (2)',
      actualsSheet: 'Actuals (2)',
      total: '€136,788.00',
    });

    addon.fn('selectCell')('Contract', 'A1');
    await expect(sidebar.checkContract('en')).rejects.toThrow(
      'This workbook holds 2 contracts ("Contract (2)", "Contract (3)")',
    );
    await expect(sidebar.checkContract('en', 'Contract (3)')).resolves.toMatchObject({ ok: true });
  });

  it('lists the problems of an edited contract with cells that selectCell reaches', async () => {
    const addon = loadAddon();
    const sidebar = sidebarActions(addon);
    const created = await sidebar.newContract('bpo-customer-service', 'en');
    const sheet = addon.fake.spreadsheet.getSheetByName(created.sheets[0]!)!;
    const grid = sheet.getDataRange().getValues();
    const row = grid.findIndex((line) => line[0] === 'FCR');
    const col = grid.findIndex((line, i) => i < row && line.includes('Target'));
    sheet.getRange(row + 1, grid[col]!.indexOf('Target') + 1, 1, 1).setValues([['n/a']]);

    const check = await sidebar.checkContract('en');
    expect(check.ok).toBe(false);
    const issue = check.errors[0]!;
    expect(issue).toMatchObject({ sheet: created.sheets[0], column: 'Target' });
    await sidebar.selectCell(issue.sheet, issue.address);
    expect(addon.fake.spreadsheet.getActiveSheet().getName()).toBe(issue.sheet);
    expect(addon.fake.spreadsheet.getActiveRange()?.getA1Notation()).toBe(issue.address);

    await expect(sidebar.generateInvoice('2026-10', 'en')).rejects.toThrow(
      /^The contract has 1 problem; run Check contract to see it\. First: /,
    );
  });

  it('reads a date typed in a sheet as a date: it crosses google.script.run as the day it shows', async () => {
    const addon = loadAddon({ sheetNames: ['Data'] });
    const typed = new Date(Date.UTC(2026, 9, 1));
    addon.fake.spreadsheet
      .getSheetByName('Data')!
      .getRange(1, 1, 1, 3)
      .setValues([[typed, 'text', 42]]);
    const [grid, missing] = await scriptRunPort(nodeServerCalls(addon)).readSheets(['Data', 'Nope']);
    expect(grid![0]!.slice(0, 3)).toEqual([typed, 'text', 42]);
    expect(missing).toBeNull();
  });

  it('says what is missing, in the asked language', async () => {
    const sidebar = sidebarActions(loadAddon());
    await expect(sidebar.checkContract('fr')).rejects.toThrow(/^Aucune feuille de contrat/);
    await expect(sidebar.newContract('nope', 'en')).rejects.toThrow('Unknown template "nope".');
  });

  it('leaves no sheet behind when the second sheet of a new contract cannot be painted', async () => {
    const FAILURE = 'Service Spreadsheets failed while accessing document.';
    const addon = loadAddon();
    const spreadsheet = addon.fake.spreadsheet;
    failInsertSheet(addon, 2, FAILURE);
    await expect(sidebarActions(addon).newContract('bpo-customer-service', 'en')).rejects.toThrow(
      `Could not build the sheets "Contract", "Actuals": ${FAILURE.slice(0, -1)}. What had been built was removed.`,
    );
    expect(sheetNames(addon)).toEqual(['Sheet1']);
    expect(spreadsheet.createDeveloperMetadataFinder().withKey(SHEET_TAG_KEY).find()).toEqual([]);
  });
});

describe('the thin server’s cost', () => {
  /** A table of `rows` lines, with a format, a style, a table and a validation: a plan as the core lays it out. */
  const table = (rows: number): SheetPlan => ({
    name: 'Lines',
    blocks: [
      {
        row: 0,
        col: 0,
        values: Array.from({ length: rows }, (_, i) => [`line ${i}`, i * 1.5, i % 2 === 0]),
        numberFormats: Array.from({ length: rows }, () => [null, '#,##0.00', null]),
      },
    ],
    styles: [{ row: 0, col: 0, rows: 1, cols: 3, bold: true, fill: '#eeeeee' }],
    tables: [{ name: 'Lines', row: 0, col: 0, rows, cols: 3 }],
    validations: [{ row: 1, col: 2, rows: rows - 1, cols: 1, list: ['TRUE', 'FALSE'] }],
    columnWidths: [20, 12, 8],
    frozenRows: 1,
  });

  it('paints a plan in the same number of Spreadsheet calls whatever its number of lines', () => {
    const paint = (rows: number, addon = loadAddon()) =>
      spreadsheetCalls(addon, () =>
        addon.fn('paintPlans')([{ plan: table(rows), tag: { role: 'contract', contract: `c${rows}` } }]),
      );
    const small = paint(3);
    expect(small).toBeGreaterThan(0);
    expect(paint(300)).toBe(small);
    expect(paint(3000)).toBe(small);
  });

  it('reads a sheet in the same number of Spreadsheet calls whatever its size', () => {
    const addon = loadAddon();
    const [small, large] = addon.fn('paintPlans')([{ plan: table(3) }, { plan: table(2000) }]) as {
      name: string;
    }[];
    const read = (name: string) => spreadsheetCalls(addon, () => addon.fn('readSheets')([name]));
    expect(read(large!.name)).toBe(read(small!.name));
    // The number formats come from the range the values come from: one read more per sheet.
    const formatted = (name: string) =>
      spreadsheetCalls(addon, () => addon.fn('readFormattedSheets')([name]));
    expect(formatted(large!.name)).toBe(formatted(small!.name));
    expect(formatted(large!.name)).toBe(read(large!.name) + 1);
    const listing = spreadsheetCalls(addon, () => addon.fn('workbookSheets')());
    expect(listing).toBeGreaterThan(0);
  });
});
