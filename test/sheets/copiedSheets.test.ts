/**
 * A Contract or Actuals sheet the user duplicates (its tab's Duplicate: `duplicateActiveSheet`), through
 * the built Code.js, in both cases Diagnostics tells apart (copiedSheetTag), since Google does not say
 * whether the copy keeps the sheet's developer metadata. Kept: the copy carries the contract's mark and the
 * pane refuses to choose between the two. Lost: the copy is a sheet of no contract, as a pasted copy is,
 * and nothing the user changes on it reaches an invoice or a check: on it, the actions refuse naming the
 * sheets they would read, renamed too (told by its first rows); elsewhere, they read the original.
 */
import { loadAddon, sidebarActions } from './builtSheets';

const fixedId = () => 'contract-1';

/** Duplicates the sheet `name` as the user does, and returns the copy's name. */
function duplicate(addon: ReturnType<typeof loadAddon>, name: string): string {
  const spreadsheet = addon.fake.spreadsheet;
  spreadsheet.setActiveSheet(spreadsheet.getSheetByName(name)!);
  return spreadsheet.duplicateActiveSheet().getName();
}

describe('a Contract or Actuals sheet duplicated in Google Sheets', () => {
  it('is refused, naming both sheets, where the duplicate keeps the mark', async () => {
    const addon = loadAddon();
    const sidebar = sidebarActions(addon, { contractId: fixedId });
    await sidebar.newContract('bpo-customer-service', 'en');
    expect(duplicate(addon, 'Actuals')).toBe('Copy of Actuals');
    await expect(sidebar.generateInvoice('2026-10', 'en')).rejects.toThrow(
      'The actuals of "Contract" are on two sheets, "Actuals" and "Copy of Actuals"',
    );
    expect(duplicate(addon, 'Contract')).toBe('Copy of Contract');
    await expect(sidebar.checkContract('en')).rejects.toThrow(
      'One contract is on two sheets, "Contract" and "Copy of Contract"',
    );
  });

  it('is a sheet of no contract where the duplicate loses the mark: refused while on it, the original read', async () => {
    const addon = loadAddon({ duplicateKeepsDeveloperMetadata: false });
    const sidebar = sidebarActions(addon, { contractId: fixedId });
    await sidebar.newContract('bpo-customer-service', 'en');
    const invoiced = await sidebar.generateInvoice('2026-10', 'en');
    const spreadsheet = addon.fake.spreadsheet;
    for (const original of ['Actuals', 'Contract']) {
      const copy = duplicate(addon, original);
      expect(spreadsheet.getSheetByName(copy)!.getDeveloperMetadata()).toEqual([]);
      // Whatever becomes of the copy, it is never read: emptied, the original still gives the same invoice.
      spreadsheet.getSheetByName(copy)!.getDataRange().clearContent();
    }
    // On the copy (Duplicate leaves it active), the pane refuses rather than invoice the original unsaid.
    expect(spreadsheet.getActiveSheet().getName()).toBe('Copy of Contract');
    await expect(sidebar.generateInvoice('2026-10', 'en')).rejects.toThrow(
      'You are on "Copy of Contract", which is not a sheet of the contract: it carries no mark of the add-in (a copy made without it, or a sheet of your own), so the pane would read "Contract" and "Actuals" instead.',
    );
    spreadsheet.setActiveSheet(spreadsheet.getSheetByName('Copy of Actuals')!);
    await expect(sidebar.checkContract('fr')).rejects.toThrow(/^Vous êtes sur «\u00a0Copy of Actuals\u00a0»/);
    // Renamed to a name that says nothing, the copy is told by its first rows: still refused (the emptied
    // copies print nothing, so a fresh one is made).
    spreadsheet.setActiveSheet(spreadsheet.getSheetByName('Contract')!);
    spreadsheet.duplicateActiveSheet().setName('Q3 pricing');
    await expect(sidebar.generateInvoice('2026-10', 'en')).rejects.toThrow(
      'You are on "Q3 pricing", which is not a sheet of the contract: it carries no mark of the add-in, yet its first rows are those of a Contract sheet (a copy made without the mark, renamed), so the pane would read "Contract" and "Actuals" instead.',
    );
    spreadsheet.setActiveSheet(spreadsheet.getSheetByName('Actuals')!);
    const again = await sidebar.generateInvoice('2026-10', 'en');
    expect(again.total).toBe(invoiced.total);
    await expect(sidebar.checkContract('en')).resolves.toMatchObject({ ok: true, contractSheet: 'Contract' });
  });
});
