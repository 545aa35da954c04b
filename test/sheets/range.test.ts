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

  // Google counts every sheet's empty cells towards a spreadsheet's 10 million: the server counts them
  // under the lock and refuses the range before inserting a sheet, where Google would refuse the third
  // sheet once two were painted.
  it('at Google’s 10 million cells, inserts no sheet and says the limit and the counts, EN and FR', async () => {
    const addon = loadAddon();
    const sidebar = sidebarActions(addon);
    await sidebar.newContract('bpo-customer-service', 'en');
    const spreadsheet = addon.fake.spreadsheet;
    const cells = () => spreadsheet.getSheets().reduce((n, s) => n + s.getMaxRows() * s.getMaxColumns(), 0);
    // A user's sheet as large as leaves room for two invoice sheets of 1,001 × 27 cells and a little more.
    spreadsheet
      .getSheetByName('Sheet1')!
      .insertRowsAfter(1, Math.floor((10_000_000 - cells() - 54_200) / 26));
    const before = cells();
    const names = () => spreadsheet.getSheets().map((sheet) => sheet.getName());
    const from = addon.fake.log.mark();
    await expect(sidebar.invoiceRange('2026-09', '2026-12', 'en')).rejects.toThrow(
      'Could not build the sheets "Summary", "Invoice 2026-09", "Invoice 2026-10", "Invoice 2026-11", "Invoice 2026-12": ' +
        `a Google Sheets spreadsheet holds at most 10,000,000 cells, the empty cells of every sheet included; this one holds ${before.toLocaleString('en-US')} and these sheets need 135,135 more. ` +
        'Delete sheets you no longer need (or the empty rows and columns of a large one), or create fewer sheets at a time. No sheet was created.',
    );
    expect(addon.fake.log.since(from, { method: ['insertSheet', 'insertRowsAfter'] })).toEqual([]);
    await expect(sidebarActions(addon, {}, 'fr').invoiceRange('2026-09', '2026-12', 'fr')).rejects.toThrow(
      'un classeur Google Sheets contient au plus 10\u202f000\u202f000 cellules, cellules vides de chaque feuille comprises\u00a0;',
    );
    expect([names(), cells()]).toEqual([['Sheet1', 'Contract', 'Actuals'], before]);
    // Room for the five sheets: painted as before.
    spreadsheet.deleteSheet(spreadsheet.getSheetByName('Sheet1')!);
    const painted = await sidebar.invoiceRange('2026-09', '2026-12', 'en');
    expect(painted.sheets).toHaveLength(5);
  });
});
