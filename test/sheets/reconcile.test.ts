/**
 * The sidebar's Reconcile: the core's action in the page over the google.script.run port to the built
 * Code.js on the Apps Script fake. A new highlighted Reconciliation sheet, every other sheet untouched, and
 * the same number of Spreadsheet calls whatever the number of supplier lines.
 */
import { supplierInvoiceGrid } from '../support/supplierInvoiceGrid';
import { scriptRunPort } from '../../sheets-addon/sidebar/scriptRunPort';
import { loadAddon, nodeServerCalls, sidebarActions } from './builtSheets';

async function spreadsheetWithSupplier(extraRows = 0, adjust: Record<string, number> = {}) {
  const addon = loadAddon();
  const sidebar = sidebarActions(addon);
  await sidebar.newContract('bpo-customer-service', 'en');
  const grid = await supplierInvoiceGrid(scriptRunPort(nodeServerCalls(addon)), '2026-10', adjust);
  // Extra lines the contract does not know: "unexpected", and more rows to read and paint.
  const rows = [...grid, ...Array.from({ length: extraRows }, (_, i) => [`Extra ${i + 1}`, 1])];
  addon.fake.spreadsheet.insertSheet('Supplier').getRange(1, 1, rows.length, 2).setValues(rows);
  return { addon, sidebar };
}

const values = (addon: ReturnType<typeof loadAddon>, name: string) =>
  addon.fake.spreadsheet.getSheetByName(name)!.getDataRange().getValues();

describe('Reconcile in the Sheets sidebar', () => {
  it('writes a new Reconciliation sheet with the difference and its dispute note', async () => {
    const { addon, sidebar } = await spreadsheetWithSupplier(0, { CSAT: -5000 });
    const before = ['Contract', 'Actuals', 'Supplier'].map((name) => values(addon, name));
    expect(await sidebar.listSheets()).toEqual(['Sheet1', 'Supplier']);
    const result = await sidebar.reconcileInvoice('Supplier', '2026-10', 'fr');
    expect(result.differences).toBe(1);
    expect(result.message).toBe(
      '1 écart, en évidence dans «\u00a0Reconciliation 2026-10\u00a0» avec les notes de contestation.',
    );
    expect(result.notes).toContain('CSAT');
    const csat = values(addon, result.sheet).find((row) => row[0] === 'CSAT')!;
    expect(csat).toEqual(expect.arrayContaining(['under-billed', 0, 5000, -5000]));
    expect(['Contract', 'Actuals', 'Supplier'].map((name) => values(addon, name))).toEqual(before);
  });

  it('refuses an amount formatted as a percentage at its cell, as Excel does, and reads a euro format', async () => {
    const { addon, sidebar } = await spreadsheetWithSupplier();
    const supplier = addon.fake.spreadsheet.getSheetByName('Supplier')!;
    const csat =
      supplier
        .getRange(1, 1, supplier.getLastRow(), 1)
        .getValues()
        .findIndex(([label]) => label === 'CSAT') + 1;
    // Format > Number > Currency in euros, as Sheets writes the pattern: still an amount.
    supplier.getRange(2, 2, supplier.getLastRow() - 1, 1).setNumberFormat('#,##0.00 [$€-1]');
    await expect(sidebar.reconcileInvoice('Supplier', '2026-10', 'en')).resolves.toMatchObject({
      differences: 0,
    });
    // A custom format with negatives in red: the d of [Red] is no day, the amounts stay amounts.
    supplier.getRange(2, 2, supplier.getLastRow() - 1, 1).setNumberFormat('#,##0.00;[Red]-#,##0.00');
    await expect(sidebar.reconcileInvoice('Supplier', '2026-10', 'en')).resolves.toMatchObject({
      differences: 0,
    });
    // Format > Number > Percent over the CSAT amount (5,000 shown as 500000.00%), then a typed 20 %.
    supplier.getRange(csat, 2).setNumberFormat('0.00%');
    await expect(sidebar.reconcileInvoice('Supplier', '2026-10', 'en')).rejects.toThrow(
      `Supplier!B${csat} (Amount): "500,000%" is a percentage, not an amount: write the amount billed`,
    );
    supplier.getRange(csat, 2).setNumberFormat('General').setValue('20%');
    await expect(sidebar.reconcileInvoice('Supplier', '2026-10', 'fr')).rejects.toThrow(
      new RegExp(`Supplier!B${csat} \\(Amount\\)\\s: «\\s20\\s%\\s» est un pourcentage`),
    );
    expect(addon.fake.spreadsheet.getSheets().map((sheet) => sheet.getName())).not.toContain(
      expect.stringMatching(/^Reconciliation 2026-10 \(/),
    );
  });

  it('costs the same Spreadsheet calls for 6 and for 200 supplier lines', async () => {
    const calls = async (extra: number) => {
      const { addon, sidebar } = await spreadsheetWithSupplier(extra);
      const start = addon.fake.log.count({ group: 'SpreadsheetApp' });
      const result = await sidebar.reconcileInvoice('Supplier', '2026-10', 'en');
      expect(result.differences).toBe(extra);
      return addon.fake.log.count({ group: 'SpreadsheetApp' }) - start;
    };
    expect(await calls(195)).toBe(await calls(1));
  });
});

describe('Reconcile in the Sheets sidebar, the supplier printing each line’s date and VAT rate', () => {
  /** The supplier's lines with a Date column (date cells, as Sheets hands them: Dates) and a VAT rate. */
  async function dated(date: (label: string) => Date, rate: (label: string) => number) {
    const { addon, sidebar } = await spreadsheetWithSupplier();
    const grid = values(addon, 'Supplier').slice(1);
    const rows = [
      ['Date', 'Line', 'Amount', 'VAT rate'],
      ...grid.map(([label, amount]) => [date(String(label)), label, amount, rate(String(label))]),
    ];
    const sheet = addon.fake.spreadsheet.getSheetByName('Supplier')!;
    sheet.getRange(1, 1, rows.length, 4).setValues(rows);
    // Format > Number > Date and Percent, as the supplier's export sets them.
    sheet.getRange(2, 1, grid.length, 1).setNumberFormat('dd/mm/yyyy');
    sheet.getRange(2, 4, grid.length, 1).setNumberFormat('0%');
    return { addon, sidebar, rows };
  }
  const october = () => new Date(Date.UTC(2026, 9, 31));

  it('disputes a line at another VAT rate at its cell; dates in the period read', async () => {
    const { addon, sidebar, rows } = await dated(october, (label) => (label === 'FCR' ? 0.1 : 0.2));
    const fcr = rows.findIndex((row) => row[1] === 'FCR') + 1;
    const result = await sidebar.reconcileInvoice('Supplier', '2026-10', 'en');
    expect(result.differences).toBe(1);
    expect(result.notes).toContain(`"FCR" (Supplier!D${fcr}): VAT rate 10%; the contract gives 20%.`);
    const line = values(addon, result.sheet).find((row) => row[0] === 'FCR')!;
    expect(line).toEqual(expect.arrayContaining(['details differ']));
  });

  it('refuses a line dated outside the period at its Date cell, writing nothing', async () => {
    const september = (label: string) => (label === 'CSAT' ? new Date(Date.UTC(2026, 8, 30)) : october());
    const { addon, sidebar, rows } = await dated(september, () => 0.2);
    const csat = rows.findIndex((row) => row[1] === 'CSAT') + 1;
    await expect(sidebar.reconcileInvoice('Supplier', '2026-10', 'en')).rejects.toThrow(
      `Supplier!A${csat}: this row is dated 2026-09-30, outside the invoice reconciled, 2026-10`,
    );
    expect(addon.fake.spreadsheet.getSheets().map((sheet) => sheet.getName())).not.toContain(
      expect.stringMatching(/^Reconciliation/),
    );
  });
});
