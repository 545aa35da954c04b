/**
 * A Contract or Actuals sheet the user copies in Excel (its tab's Move or Copy → Create a copy, which is
 * `worksheet.copy()`), in both cases Diagnostics tells apart (copiedSheetTag), since Microsoft does not say
 * whether the copy keeps the worksheet's custom properties. Kept: the copy carries the contract's mark and
 * the pane refuses to choose between the two, naming both. Lost: the copy is a sheet of no contract, as a
 * pasted copy is, and nothing the user changes on it reaches an invoice or a check; on it, renamed to any
 * name, the actions refuse (its first rows tell it); elsewhere they read the original.
 */
import { workbookActions } from '../../core/app/actions';
import { SHEET_TAG_KEY } from '../../core/app/sheetTag';
import type { ExcelHost } from '../../excel-addin/taskpane/host';
import { excelWorkbook } from '../../excel-addin/taskpane/workbookPort';
import { fakeExcel, useOfficeRequirements, type FakeExcel } from '../fakes/excel';

const fixedId = () => 'contract-1';

function paneOn(excel: FakeExcel) {
  const host: ExcelHost = { displayLanguage: () => undefined, run: (batch) => excel.run(batch) };
  return workbookActions(excelWorkbook(host), { contractId: fixedId });
}

/** Copies the sheet `name` as Move or Copy does, and returns the copy's name. */
function copy(excel: FakeExcel, name: string): Promise<string> {
  return excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(name).copy().load('name');
    await context.sync();
    return sheet.name;
  });
}

let restore: () => void;
beforeEach(() => (restore = useOfficeRequirements('1.12')));
afterEach(() => restore());

describe('a Contract or Actuals sheet copied in Excel', () => {
  it('is refused, naming both sheets, where the copy keeps the custom property', async () => {
    const excel = fakeExcel();
    const pane = paneOn(excel);
    await pane.newContract('bpo-customer-service', 'en');
    expect(await copy(excel, 'Actuals')).toBe('Actuals (2)');
    await expect(pane.generateInvoice('2026-10', 'en')).rejects.toThrow(
      'The actuals of "Contract" are on two sheets, "Actuals" and "Actuals (2)"',
    );
    expect(await copy(excel, 'Contract')).toBe('Contract (2)');
    await expect(pane.checkContract('en')).rejects.toThrow(
      'One contract is on two sheets, "Contract" and "Contract (2)"',
    );
  });

  it('is a sheet of no contract where the copy loses it: the actions read the original only', async () => {
    const excel = fakeExcel();
    excel.book.copyKeepsCustomProperties = false;
    const pane = paneOn(excel);
    await pane.newContract('bpo-customer-service', 'en');
    const invoiced = await pane.generateInvoice('2026-10', 'en');
    for (const original of ['Actuals', 'Contract']) {
      const name = await copy(excel, original);
      const sheet = excel.book.find(name)!;
      expect([sheet.customProperties.has(SHEET_TAG_KEY), sheet.cells.size > 0]).toEqual([false, true]);
      // Whatever becomes of the copy, it is never read: emptied, the original still gives the same invoice.
      sheet.cells.clear();
    }
    // Its cells pasted into a sheet of a name that says nothing (as a copy renamed; the fake renames no
    // sheet), the user on it: its first rows tell it, as in Google Sheets (test/sheets/copiedSheets.test.ts),
    // and the pane refuses rather than read the original.
    await excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem('Contract').getUsedRange().load('values');
      await context.sync();
      const pasted = context.workbook.worksheets.add('Q3 pricing');
      const rows = used.values.length;
      const columns = used.values[0]!.length;
      pasted.getRangeByIndexes(0, 0, rows, columns).values = used.values;
      pasted.activate();
      await context.sync();
    });
    await expect(pane.generateInvoice('2026-10', 'en')).rejects.toThrow(
      'You are on "Q3 pricing", which is not a sheet of the contract: it carries no mark of the add-in, yet its first rows are those of a Contract sheet (a copy made without the mark, renamed), so the pane would read "Contract" and "Actuals" instead.',
    );
    excel.book.active = 'Actuals';
    const again = await pane.generateInvoice('2026-10', 'en');
    expect(again.total).toBe(invoiced.total);
    await expect(pane.checkContract('en')).resolves.toMatchObject({ ok: true, contractSheet: 'Contract' });
  });
});
