/** The sidebar's Exposure: the core's action over the google.script.run port to the built Code.js. */
import { loadAddon, sidebarActions } from './builtSheets';

describe('Exposure in the Sheets sidebar', () => {
  it('writes a new Exposure sheet with the bounds, the contract untouched', async () => {
    const addon = loadAddon();
    const sidebar = sidebarActions(addon);
    await sidebar.newContract('bpo-customer-service', 'en');
    const values = (name: string) => addon.fake.spreadsheet.getSheetByName(name)!.getDataRange().getValues();
    const before = ['Contract', 'Actuals'].map(values);
    const result = await sidebar.periodExposure('2026-10', 'en');
    expect(result).toMatchObject({ sheet: 'Exposure', minimum: '€129,195.00', maximum: '€137,700.00' });
    const totals = values('Exposure')
      .filter((row) => row[0] === 'Minimum' || row[0] === 'Maximum')
      .map((row) => row[2]);
    expect(totals).toEqual([129195, 137700]);
    expect(['Contract', 'Actuals'].map(values)).toEqual(before);
  });
});
