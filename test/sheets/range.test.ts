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
});
