/** The sidebar's Invoice a range: the core's action over the google.script.run port to the built Code.js. */
import { loadAddon, sidebarActions } from './builtSheets';

describe('Invoice a range in the Sheets sidebar', () => {
  it('writes the Summary and every invoice of the range, or nothing', async () => {
    const addon = loadAddon();
    const sidebar = sidebarActions(addon);
    await sidebar.newContract('bpo-customer-service', 'en');
    const names = () => addon.fake.spreadsheet.getSheets().map((sheet) => sheet.getName());
    await expect(sidebar.invoiceRange('2026-09', '2027-03', 'en')).rejects.toThrow(
      /The invoice cannot be built/,
    );
    expect(names()).toEqual(['Sheet1', 'Contract', 'Actuals']);
    const result = await sidebar.invoiceRange('2026-09', '2026-12', 'en');
    expect(names()).toEqual(['Sheet1', 'Contract', 'Actuals', ...result.sheets]);
    expect(result.sheets).toHaveLength(5);
    const summary = addon.fake.spreadsheet.getSheetByName('Summary')!.getDataRange().getValues();
    expect(summary.find((row) => row.includes('2026-10'))).toContain(136788);
  });

  it('at Google’s 10 million cells, writes none of the range and says Google’s reason, EN and FR', async () => {
    const addon = loadAddon();
    const sidebar = sidebarActions(addon);
    await sidebar.newContract('bpo-customer-service', 'en');
    const spreadsheet = addon.fake.spreadsheet;
    const cells = () => spreadsheet.getSheets().reduce((n, s) => n + s.getMaxRows() * s.getMaxColumns(), 0);
    // A user's sheet as large as leaves room for two invoice sheets of 1,000 × 26 cells and a little more.
    spreadsheet
      .getSheetByName('Sheet1')!
      .insertRowsAfter(1, Math.floor((10_000_000 - cells() - 54_200) / 26));
    const before = cells();
    const names = () => spreadsheet.getSheets().map((sheet) => sheet.getName());
    const limit =
      'This action would increase the number of cells in the workbook above the limit of 10000000 cells.';
    await expect(sidebar.invoiceRange('2026-09', '2026-12', 'en')).rejects.toThrow(
      `Could not build the sheets "Summary", "Invoice 2026-09", "Invoice 2026-10": ${limit} What had been built was removed.`,
    );
    await expect(sidebarActions(addon, {}, 'fr').invoiceRange('2026-09', '2026-12', 'fr')).rejects.toThrow(
      limit,
    );
    expect([names(), cells()]).toEqual([['Sheet1', 'Contract', 'Actuals'], before]);
  });
});
