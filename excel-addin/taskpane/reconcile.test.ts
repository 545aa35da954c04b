/**
 * The pane's Reconcile on the Excel fake: the core's action through the Excel bridge and workbook port,
 * a supplier's invoice typed on a sheet, a new highlighted Reconciliation sheet, the rest untouched.
 */
import { workbookActions } from '../../core/app/actions';
import { fakeExcel } from '../../test/fakes/excel';
import { supplierInvoiceGrid } from '../../test/support/supplierInvoiceGrid';
import { createExcelBridge } from './excelBridge';
import type { ExcelHost } from './host';
import { excelWorkbook } from './workbookPort';

async function workbookWithSupplier(adjust: Record<string, number> = {}) {
  const fake = fakeExcel();
  const host: ExcelHost = { displayLanguage: () => undefined, run: (batch) => fake.run(batch) };
  const port = excelWorkbook(host);
  const bridge = createExcelBridge({ host, actions: workbookActions(port) });
  await bridge.newContract('bpo-customer-service', 'en');
  const grid = await supplierInvoiceGrid(port, '2026-10', adjust);
  const sheet = fake.book.addSheet('Supplier');
  grid.forEach((row, r) => row.forEach((value, c) => fake.book.write(sheet, r, c, value, 'test')));
  return { fake, bridge, grid };
}

describe('Reconcile in Excel', () => {
  it('writes a new Reconciliation sheet, the difference highlighted, in a constant number of runs', async () => {
    const { fake, bridge } = await workbookWithSupplier({ FCR: 0.01 });
    const before = ['Contract', 'Actuals', 'Supplier'].map((name) => fake.book.snapshot(name));
    expect(await bridge.listSheets()).toEqual(expect.arrayContaining(['Supplier']));
    expect(await bridge.listSheets()).not.toContain('Contract');

    const runs = fake.runs.length;
    const result = await bridge.reconcileInvoice('Supplier', '2026-10', 'en');
    // sheets, the contract and actuals, the supplier's sheet, the paint: whatever the number of lines.
    expect(fake.runs.length - runs).toBe(4);
    expect(result.differences).toBe(1);
    expect(result.sheet).toBe('Reconciliation 2026-10');
    expect(result.notes).toContain('FCR');

    const painted = fake.book.grid(result.sheet);
    const fcr = painted.find((row) => row[0] === 'FCR')!;
    expect(fcr).toEqual(expect.arrayContaining(['over-billed', 560.01, 560]));
    expect(fake.book.find(result.sheet)!.formats).toEqual(
      expect.arrayContaining([expect.objectContaining({ property: 'fill.color', value: '#FCE4E4' })]),
    );
    expect(['Contract', 'Actuals', 'Supplier'].map((name) => fake.book.snapshot(name))).toEqual(before);
  });

  it('says which rows the supplier hid, as the command line does, in the same runs', async () => {
    const { fake, bridge, grid } = await workbookWithSupplier();
    const supplier = fake.book.find('Supplier')!;
    fake.book.write(supplier, grid.length, 0, 'Extra fee', 'test');
    fake.book.write(supplier, grid.length, 1, 1000, 'test');
    // Row 3 holds a due line, the last row a line the contract does not give: both hidden.
    fake.book.hideRows('Supplier', [3, grid.length + 1]);
    const runs = fake.runs.length;
    const result = await bridge.reconcileInvoice('Supplier', '2026-10', 'en');
    expect(fake.runs.length - runs).toBe(4);
    expect(result.differences).toBe(1);
    expect(result.hiddenRows).toEqual(['Supplier!A3', `Supplier!A${grid.length + 1}`]);
    expect(result.message).toBe(
      `1 difference, highlighted on "Reconciliation 2026-10" with the dispute notes. Rows hidden in the supplier's file, read as billed: Supplier!A3, Supplier!A${grid.length + 1}.`,
    );
    expect(result.notes).toContain(
      `"Extra fee" (€1,000.00) is not a line the contract gives for October 2026. Row hidden in the supplier's file, read as billed: Supplier!A${grid.length + 1}.`,
    );
  });

  it('says nothing of hidden rows when the supplier hid none, or only a row outside the range read', async () => {
    const { fake, bridge, grid } = await workbookWithSupplier();
    expect((await bridge.reconcileInvoice('Supplier', '2026-10', 'en')).message).toBe(
      'Every line matches: written to "Reconciliation 2026-10".',
    );
    // A hidden row below the table, outside the range the user gives: no line of the invoice.
    const supplier = fake.book.find('Supplier')!;
    fake.book.write(supplier, grid.length + 1, 0, 'Internal margin', 'test');
    fake.book.write(supplier, grid.length + 1, 1, 2000, 'test');
    fake.book.hideRows('Supplier', [grid.length + 2]);
    const result = await bridge.reconcileInvoice('Supplier', '2026-10', 'en', undefined, {
      range: `A1:B${grid.length}`,
    });
    expect(result.message).toMatch(/^Every line matches: written to "Reconciliation 2026-10 \(2\)"\.$/);
  });

  it('rejects with the cell of a misspelled header, and leaves no sheet behind', async () => {
    const { fake, bridge } = await workbookWithSupplier();
    fake.book.write(fake.book.find('Supplier')!, 0, 1, 'Amonut', 'test');
    const names = fake.book.sheets.map((sheet) => sheet.name);
    await expect(bridge.reconcileInvoice('Supplier', '2026-10', 'en')).rejects.toThrow(/Supplier!B1/);
    expect(fake.book.sheets.map((sheet) => sheet.name)).toEqual(names);
  });
});
