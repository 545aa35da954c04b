/**
 * The sidebar's Check reads the Actuals sheet as the command line reads a workbook: a number cell's
 * out-of-range hint as the sheet shows numbers in the contract's language, a text cell's with the
 * separator typed in it, scientific notation refused with its reason (issue 8, round 4).
 */
import { loadAddon, sidebarActions } from './builtSheets';

async function checkWithOctober(lang: 'en' | 'fr', value: unknown) {
  const addon = loadAddon({ userLocale: lang });
  const sidebar = sidebarActions(addon);
  const created = await sidebar.newContract('bpo-customer-service', lang);
  const sheet = addon.fake.spreadsheet.getSheetByName(created.sheets[1]!)!;
  const grid = sheet.getDataRange().getValues();
  const row = grid.findIndex((line) => line[1] === 'FCR');
  const cell = sheet.getRange(row + 1, grid[0]!.indexOf('2026-10') + 1, 1, 1);
  // Sheets parses typed text as a number unless the cell is plain text, as a pasted export may be.
  if (typeof value === 'string') cell.setNumberFormats([['@']]);
  cell.setValues([[value]]);
  const check = await sidebar.checkContract(lang);
  expect(check.ok).toBe(false);
  return check.errors.map((e) => ({ address: e.address, message: e.message }));
}

describe('the sidebar’s Check of an Actuals cell outside its range', () => {
  it('says a number cell as the sheet shows it, in French with a decimal comma', async () => {
    const [issue] = await checkWithOctober('fr', 77);
    expect(issue.message).toMatch(/77 est en dehors .* vouliez-vous dire 0,77\u00a0\?$/);
    const [en] = await checkWithOctober('en', 77);
    expect(en.message).toMatch(/77 is outside .*: did you mean 0\.77\?$/);
  });

  it('spells the hint of a text cell with the separator typed in it', async () => {
    const [issue] = await checkWithOctober('fr', '77.4');
    expect(issue.message).toMatch(/77\.4 est en dehors .* vouliez-vous dire 0\.774\u00a0\?$/);
  });

  it('refuses scientific notation with its reason', async () => {
    const [issue] = await checkWithOctober('en', '7.74E-01');
    expect(issue.message).toMatch(/"7\.74E-01" is in scientific notation, which a spreadsheet writes/);
  });
});
