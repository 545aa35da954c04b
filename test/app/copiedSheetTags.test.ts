/**
 * A copied sheet keeps the add-in's mark: whether Excel's Move or Copy (`worksheet.copy`) copies a
 * worksheet's custom properties, and Sheets' duplicate a sheet's developer metadata, is undocumented, so
 * these tests assume it does: Diagnostics' copiedSheetTag checks it in the user's workbook, and
 * test/excel/copiedWorksheets.test.ts and test/sheets/copiedSheets.test.ts copy sheets on the fakes both ways.
 * Here each test copies a sheet as the host is assumed to, a new sheet carrying the same tag text. Two sheets with one contract's Contract or
 * Actuals tag are then refused, naming both, where the first in tab order was read: a stale copy of the
 * actuals would have been invoiced without a word.
 */
import { workbookActions } from '../../core/app/actions';
import { modelActions } from '../../core/app/modelActions';
import { SHEET_TAG_KEY } from '../../core/app/sheetTag';
import type { ExcelHost } from '../../excel-addin/taskpane/host';
import { excelWorkbook } from '../../excel-addin/taskpane/workbookPort';
import { fakeExcel, useOfficeRequirements } from '../fakes/excel';
import { MemoryWorkbook } from '../support/memoryWorkbook';
import { now } from '../support/syncActions';
import { loadAddon, sidebarActions } from '../sheets/builtSheets';

const fixedId = () => 'contract-1';

const actualsTwice =
  'The actuals of "Contract" are on two sheets, "Actuals" and "Actuals (2)": a copied sheet keeps the add-in\'s mark, so the pane cannot tell which to read. Delete the one you do not use; to keep a copy, paste its cells into a new sheet, which carries no mark.';

describe('a copied Contract or Actuals sheet', () => {
  it('is refused in the pane, naming both sheets, where the first in tab order was read', () => {
    const book = new MemoryWorkbook();
    const actions = workbookActions(book, { contractId: fixedId });
    now(actions.newContract('bpo-customer-service', 'en'));
    book.addSheet('Actuals (2)', []);
    book.tags.set('Actuals (2)', book.tags.get('Actuals')!);
    book.active = 'Actuals';
    expect(() => actions.generateInvoice('2026-10', 'en')).toThrow(actualsTwice);
    book.active = 'Actuals (2)';
    expect(() => actions.checkContract('en')).toThrow(actualsTwice);
    expect(() => actions.checkContract('fr')).toThrow(
      'Le réalisé de «\u00a0Contract\u00a0» est sur deux feuilles, «\u00a0Actuals\u00a0» et «\u00a0Actuals (2)\u00a0»\u00a0: une feuille copiée garde la marque du complément, et le panneau ne peut savoir laquelle lire. Supprimez celle que vous n’utilisez pas\u00a0; pour en garder une copie, collez ses cellules dans une nouvelle feuille, qui n’a pas de marque.',
    );
  });

  it('is refused for a copied Contract sheet, picked or not, in Compare too', () => {
    const book = new MemoryWorkbook();
    let id = 0;
    const actions = workbookActions(book, { contractId: () => `c${++id}` });
    now(actions.newContract('bpo-customer-service', 'en'));
    now(actions.newContract('it-services-sla', 'en'));
    book.addSheet('Contract (3)', []);
    book.tags.set('Contract (3)', book.tags.get('Contract')!);
    const twice =
      'One contract is on two sheets, "Contract" and "Contract (3)": a copied sheet keeps the add-in\'s mark, so the pane cannot tell which to read. Delete the one you do not use; for a second contract, create one with New contract and paste the copy\'s cells into its Contract sheet.';
    book.active = 'Actuals';
    expect(() => actions.checkContract('en')).toThrow(twice);
    expect(() => actions.checkContract('en', 'Contract (3)')).toThrow(twice);
    expect(() => modelActions(book).compareContracts('Contract (3)', 'Contract (2)', 'en')).toThrow(twice);
    expect(() => actions.checkContract('fr')).toThrow(
      'Un contrat est sur deux feuilles, «\u00a0Contract\u00a0» et «\u00a0Contract (3)\u00a0»\u00a0: une feuille copiée garde la marque du complément, et le panneau ne peut savoir laquelle lire. Supprimez celle que vous n’utilisez pas\u00a0; pour un second contrat, créez-le avec Nouveau contrat et collez les cellules de la copie dans sa feuille de contrat.',
    );
    // The other contract is not concerned.
    book.active = 'Actuals (2)';
    expect(now(actions.checkContract('en'))).toMatchObject({ ok: true, contractSheet: 'Contract (2)' });
  });

  it('is refused in Excel, where a copy keeps its worksheet custom property', async () => {
    const restore = useOfficeRequirements('1.12');
    try {
      const excel = fakeExcel();
      const host: ExcelHost = { displayLanguage: () => undefined, run: (batch) => excel.run(batch) };
      const actions = workbookActions(excelWorkbook(host), { contractId: fixedId });
      await actions.newContract('bpo-customer-service', 'en');
      const copy = excel.book.addSheet('Actuals (2)', 'user copy');
      copy.customProperties.set(
        SHEET_TAG_KEY,
        excel.book.find('Actuals')!.customProperties.get(SHEET_TAG_KEY)!,
      );
      await expect(actions.generateInvoice('2026-10', 'en')).rejects.toThrow(actualsTwice);
    } finally {
      restore();
    }
  });

  it('is refused in Sheets, assuming a duplicate keeps its developer metadata', async () => {
    const addon = loadAddon();
    const sidebar = sidebarActions(addon, { contractId: fixedId });
    await sidebar.newContract('bpo-customer-service', 'en');
    const spreadsheet = addon.fake.spreadsheet;
    const [mark] = spreadsheet.getSheetByName('Actuals')!.getDeveloperMetadata();
    spreadsheet.insertSheet('Actuals (2)').addDeveloperMetadata(SHEET_TAG_KEY, mark!.getValue()!);
    await expect(sidebar.generateInvoice('2026-10', 'en')).rejects.toThrow(actualsTwice);
  });
});
