/**
 * Hidden rows of a supplier's sheet in the Sheets sidebar's Reconcile, through the built Code.js on the
 * Apps Script fake: told by a temporary sheet of SUBTOTAL(103, …) formulas (rows hidden by the user and
 * rows a filter hides, as Google documents SUBTOTAL), in the same Spreadsheet calls whatever the number of
 * rows, the temporary sheet deleted even when a call fails, the user's sheets untouched.
 */
import { runInContext } from 'node:vm';
import { supplierInvoiceGrid } from '../support/supplierInvoiceGrid';
import { scriptRunPort } from '../../sheets-addon/sidebar/scriptRunPort';
import { FakeRange } from '../fakes/appsScript/range';
import { FakeSheet } from '../fakes/appsScript/sheet';
import { FakeSpreadsheet } from '../fakes/appsScript/spreadsheet';
import { failInsertSheet, loadAddon, nodeServerCalls, sidebarActions } from './builtSheets';

async function withSupplier(sheet = 'Supplier', extraRows = 0) {
  const addon = loadAddon();
  const sidebar = sidebarActions(addon);
  await sidebar.newContract('bpo-customer-service', 'en');
  const grid = await supplierInvoiceGrid(scriptRunPort(nodeServerCalls(addon)), '2026-10');
  const rows = [...grid, ...Array.from({ length: extraRows }, (_, i) => [`Extra ${i + 1}`, 1])];
  const supplier = addon.fake.spreadsheet.insertSheet(sheet);
  if (rows.length > supplier.getMaxRows()) supplier.insertRowsAfter(1, rows.length);
  supplier.getRange(1, 1, rows.length, 2).setValues(rows);
  const rowOf = (label: string) => rows.findIndex(([cell]) => cell === label) + 1;
  return { addon, sidebar, supplier, rowOf };
}

const sheetNames = (addon: ReturnType<typeof loadAddon>) =>
  addon.fake.spreadsheet.getSheets().map((sheet) => sheet.getName());

describe('Hidden rows of a supplier sheet in the Sheets sidebar', () => {
  it('names a row the supplier hid and a row their filter hides, read as billed, and leaves no sheet behind', async () => {
    const { addon, sidebar, supplier, rowOf } = await withSupplier("Supplier's invoice");
    supplier.hideRows(rowOf('CSAT'));
    supplier.__filterOutRows([rowOf('FCR')]);
    // A hidden row without content is no line: not named.
    supplier.hideRows(40);
    const before = sheetNames(addon);
    const result = await sidebar.reconcileInvoice("Supplier's invoice", '2026-10', 'en');
    expect(result.differences).toBe(0);
    const cells = [`'Supplier''s invoice'!A${rowOf('FCR')}`, `'Supplier''s invoice'!A${rowOf('CSAT')}`].sort(
      (a, b) => Number(a.replace(/\D/g, '')) - Number(b.replace(/\D/g, '')),
    );
    expect(result.hiddenRows).toEqual(cells);
    expect(result.message).toContain(
      `Rows hidden in the supplier's file, read as billed: ${cells.join(', ')}.`,
    );
    expect(sheetNames(addon)).toEqual([...before, result.sheet]);
    expect(supplier.isRowHiddenByUser(rowOf('CSAT'))).toBe(true);
  });

  it('says nothing of hidden rows when none is hidden', async () => {
    const { sidebar } = await withSupplier();
    const result = await sidebar.reconcileInvoice('Supplier', '2026-10', 'fr');
    expect(result.hiddenRows).toEqual([]);
    expect(result.message).not.toMatch(/masquée/);
  });

  it('costs the same Spreadsheet calls for 6 rows and for 1,200, past a new sheet’s 1,000 rows', async () => {
    const calls = async (extra: number) => {
      const { addon, sidebar, supplier } = await withSupplier('Supplier', extra);
      supplier.hideRows(3);
      const start = addon.fake.log.count({ group: 'SpreadsheetApp' });
      const result = await sidebar.reconcileInvoice('Supplier', '2026-10', 'en');
      expect(result.hiddenRows).toEqual(['Supplier!A3']);
      return addon.fake.log.count({ group: 'SpreadsheetApp' }) - start;
    };
    expect(await calls(1195)).toBe(await calls(1));
  });

  it('reads without a temporary sheet when the hidden rows are not asked for (a Check)', async () => {
    const { addon, supplier } = await withSupplier();
    supplier.hideRows(2);
    const inserts = () => addon.fake.log.count({ method: 'insertSheet' });
    const before = inserts();
    const [read] = await nodeServerCalls(addon)('readFormattedSheets', ['Supplier'], null);
    expect(read).not.toHaveProperty('hiddenRows');
    expect(inserts()).toBe(before);
    const [asked] = await nodeServerCalls(addon)('readFormattedSheets', ['Supplier', 'Nope'], 'Probe');
    expect(asked).toMatchObject({ hiddenRows: [1] });
    expect(inserts()).toBe(before + 1);
  });

  it('deletes its temporary sheet and flushes before it gives the document lock back', async () => {
    const { addon } = await withSupplier();
    const start = addon.fake.log.filter().length;
    await nodeServerCalls(addon)('readFormattedSheets', ['Supplier'], 'Probe');
    const methods = addon.fake.log
      .filter()
      .slice(start)
      .map((entry) => entry.method)
      .filter((method) => ['insertSheet', 'deleteSheet', 'flush', 'releaseLock'].includes(method));
    expect(methods).toEqual(['insertSheet', 'deleteSheet', 'flush', 'releaseLock']);
  });

  it('gives the user back the sheet they were on', async () => {
    const { addon } = await withSupplier();
    const notes = addon.fake.spreadsheet.insertSheet('Notes', 0);
    addon.fake.spreadsheet.setActiveSheet(notes);
    await nodeServerCalls(addon)('readFormattedSheets', ['Supplier'], 'Probe');
    expect(addon.fake.spreadsheet.getActiveSheet().getName()).toBe('Notes');
  });

  it('at the 10-million-cell limit, says Google’s reason and leaves the spreadsheet as it was', async () => {
    const { addon, sidebar } = await withSupplier();
    const before = sheetNames(addon);
    failInsertSheet(
      addon,
      1,
      'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
    );
    await expect(sidebar.reconcileInvoice('Supplier', '2026-10', 'en')).rejects.toThrow(
      'Google Sheets could not tell which rows of the sheet are hidden ("This action would increase the number of cells in the workbook above the limit of 10000000 cells."). Try again; if it fails again, please send us this message.',
    );
    expect(sheetNames(addon)).toEqual(before);
  });

  it('deletes its temporary sheet when a formula gives no flag, and says the value', async () => {
    const { addon, sidebar } = await withSupplier();
    const before = sheetNames(addon);
    const getValues = FakeRange.prototype.getValues;
    const spy = jest.spyOn(FakeRange.prototype, 'getValues').mockImplementation(function (this: FakeRange) {
      const values = getValues.call(this);
      return this.getSheet().getName().startsWith('Hidden rows') ? values.map(() => ['#REF!']) : values;
    });
    try {
      await expect(sidebar.reconcileInvoice('Supplier', '2026-10', 'en')).rejects.toThrow(
        'Google Sheets could not tell which rows of the sheet are hidden ("#REF!").',
      );
    } finally {
      spy.mockRestore();
    }
    expect(sheetNames(addon)).toEqual(before);
  });

  it('names its temporary sheet when Sheets would not delete it, in the pane’s language', async () => {
    const { addon } = await withSupplier();
    const deleteSheet = jest.spyOn(FakeSpreadsheet.prototype, 'deleteSheet').mockImplementation(() => {
      throw runInContext('new Error("Service Spreadsheets timed out")', addon.context);
    });
    const port = scriptRunPort(nodeServerCalls(addon, 'fr'), () => 'fr');
    try {
      const said =
        'Google Sheets n’a pas pu dire quelles lignes de la feuille sont masquées (« Service Spreadsheets timed out »). Sa feuille temporaire « Lignes masquées (à supprimer) » est restée : supprimez-la.';
      // French typography: no-break spaces inside the quotes and before the colon.
      await expect(port.readFormattedSheets!(['Supplier'], { hiddenRows: true })).rejects.toThrow(
        said.replace(/« /g, '«\u00a0').replace(/ »/g, '\u00a0»').replace(/ :/g, '\u00a0:'),
      );
    } finally {
      deleteSheet.mockRestore();
    }
  });

  it('hides rows only of a sheet the sidebar painted, one call per run of adjacent rows', async () => {
    const addon = loadAddon();
    const port = scriptRunPort(nodeServerCalls(addon));
    const [name, many] = await port.paint([
      { plan: { name: 'Scratch', blocks: [{ row: 0, col: 0, values: [['a']] }] } },
      { plan: { name: 'Many', blocks: [{ row: 0, col: 0, values: [['a']] }] } },
    ]);
    const hides = () => addon.fake.log.count({ method: 'hideRows' });
    await port.hideRows!(name!, [4, 2, 3, 7, 3]);
    expect(hides()).toBe(2);
    await port.hideRows!(
      many!,
      Array.from({ length: 900 }, (_, i) => 899 - i),
    );
    expect(hides()).toBe(3);
    expect(addon.fake.spreadsheet.getSheetByName(many!)!.isRowHiddenByUser(900)).toBe(true);
    const sheet = addon.fake.spreadsheet.getSheetByName(name!)!;
    expect([2, 3, 4, 5, 6, 7, 8].map((row) => sheet.isRowHiddenByUser(row))).toEqual([
      false,
      true,
      true,
      true,
      false,
      false,
      true,
    ]);
    await expect(port.hideRows!('Sheet1', [0])).rejects.toThrow(/Sheet1/);
  });

  it('Diagnostics fails hiddenRow on a Sheets whose SUBTOTAL 103 counts hidden rows, saying what it read', async () => {
    const spy = jest.spyOn(FakeSheet.prototype, '__rowHidden').mockReturnValue(null);
    try {
      const result = await sidebarActions(loadAddon()).runDiagnostics('en');
      expect(result.checks.find((check) => check.id === 'hiddenRow')).toMatchObject({
        status: 'failed',
        seen: 'text "hidden row", no row said hidden',
      });
    } finally {
      spy.mockRestore();
    }
  });
});
