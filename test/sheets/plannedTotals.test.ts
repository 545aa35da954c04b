/**
 * The Sheets painter's read-back of a plan's totals: an invoice's subtotal, VAT and total are formulas
 * over its frozen lines (`=SUM(F9:F13)`, `=ROUND(ROUND(F15*100,0)/5,0)/100`), and the value Sheets computes for each must
 * be the invoice's own figure, to the 15 digits a cell shows, or the paint fails naming the cell, leaving
 * nothing: a Sheets rounding the VAT otherwise would print another total than the invoice's lines.
 */
import { FakeRange } from '../fakes/appsScript/range';
import { loadAddon, sidebarActions } from './builtSheets';

async function contract(rounding?: string) {
  const addon = loadAddon();
  const sidebar = sidebarActions(addon);
  await sidebar.newContract('bpo-customer-service', 'en');
  if (rounding) {
    const sheet = addon.fake.spreadsheet.getSheetByName('Contract')!;
    const row =
      sheet
        .getDataRange()
        .getValues()
        .findIndex((line) => line[0] === 'Rounding') + 1;
    sheet.getRange(row, 2).setValue(rounding);
  }
  return { addon, sidebar, names: () => addon.fake.spreadsheet.getSheets().map((s) => s.getName()) };
}

/** A Sheets whose ROUND gives one cent more than the decimal rounds to. */
function roundingOneCentMore() {
  const original = FakeRange.prototype.getValues;
  return jest.spyOn(FakeRange.prototype, 'getValues').mockImplementation(function (this: FakeRange) {
    const formulas = this.getFormulas();
    return original
      .call(this)
      .map((row, r) =>
        row.map((value, c) =>
          /^=ROUND\(/.test(formulas[r]![c]!) && typeof value === 'number' ? value + 0.01 : value,
        ),
      );
  });
}

describe('the totals of a painted invoice, as Sheets computes them', () => {
  it('are the invoice’s own figures, for a contract rounding half away from zero and one rounding down', async () => {
    for (const rounding of [undefined, 'down']) {
      const { addon, sidebar } = await contract(rounding);
      const invoice = await sidebar.generateInvoice('2026-10', 'en');
      const sheet = addon.fake.spreadsheet.getSheetByName(invoice.sheet)!;
      const formulas = sheet.getDataRange().getFormulas().flat().filter(Boolean);
      expect(formulas).toEqual([
        '=SUM(F9:F13)',
        rounding === 'down' ? '=ROUNDDOWN(ROUND(F15*100,0)/5,0)/100' : '=ROUND(ROUND(F15*100,0)/5,0)/100',
        '=SUM(F15:F16)',
      ]);
      expect(sheet.getRange('F15:F17').getValues()).toEqual([[113990], [22798], [136788]]);
    }
  });

  it('fail the paint, naming the cell and both values, where Sheets computes the VAT otherwise, EN and FR', async () => {
    const { addon, sidebar, names } = await contract();
    const spy = roundingOneCentMore();
    try {
      await expect(sidebar.generateInvoice('2026-10', 'en')).rejects.toThrow(
        `Could not build the sheet "Invoice 2026-10": Google Sheets computed =ROUND(ROUND(F15*100,0)/5,0)/100 in F16 as 22,798.01, where the add-in's figure is 22,798: the sheet would show another total than its own lines and the pane, so it was not kept.`,
      );
      await expect(sidebarActions(addon, {}, 'fr').generateInvoice('2026-10', 'fr')).rejects.toThrow(
        /Google Sheets a calculé =ROUND\(ROUND\(F15\*100,0\)\/5,0\)\/100 en F16 comme 22\u202f798,01, alors que le montant du complément est 22\u202f798/,
      );
    } finally {
      spy.mockRestore();
    }
    expect(names()).toEqual(['Sheet1', 'Contract', 'Actuals']);
  });
});
