/**
 * Excel's prefix character end to end on the fake, which follows it as Excel's VBA reference documents it
 * (Range.PrefixCharacter) and office-js #6687 reports it: an apostrophe typed or written first in a cell
 * is no part of its value. A user's `'42500` or `'=…` arrives as the text after it, and the text the
 * add-in means to write, apostrophe first, reads back whole.
 */
import { workbookActions } from '../../core/app/actions';
import { fakeExcel } from '../../test/fakes/excel';
import { createExcelBridge } from './excelBridge';
import type { ExcelHost } from './host';
import { excelWorkbook } from './workbookPort';

function excel() {
  const fake = fakeExcel();
  const host: ExcelHost = { displayLanguage: () => undefined, run: (batch) => fake.run(batch) };
  const port = excelWorkbook(host);
  return { fake, port, bridge: createExcelBridge({ host, actions: workbookActions(port) }) };
}

describe("Excel's prefix character", () => {
  it("takes the user's leading apostrophe as Excel does: the value is the text after it", () => {
    const { fake } = excel();
    fake.book.typeInto('Sheet1', 'A1', "'42500");
    fake.book.typeInto('Sheet1', 'B1', "'=1+1");
    fake.book.typeInto('Sheet1', 'C1', "''abc");
    expect(fake.book.grid('Sheet1')).toEqual([['42500', '=1+1', "'abc"]]);
    expect(fake.book.snapshot('Sheet1').cells.B1).toMatchObject({ value: '=1+1', formula: null });
  });

  it('invoices a contract whose cells the user typed with an apostrophe, as if typed without, text kept text', async () => {
    const { fake, bridge } = excel();
    await bridge.newContract('bpo-customer-service', 'en');
    const name = '=HYPERLINK("http://example.com","pay")';
    fake.book.typeInto('Contract', 'B7', `'${name}`);
    fake.book.typeInto('Actuals', 'E2', "'42500");
    expect(await bridge.checkContract('en')).toMatchObject({ ok: true, errors: [] });
    const invoice = await bridge.generateInvoice('2026-10', 'en');
    expect(invoice).toMatchObject({ total: '€136,788.00', lines: 5 });
    const cells = Object.values(fake.book.snapshot(invoice.sheet).cells);
    const named = cells.filter((cell) => typeof cell.value === 'string' && cell.value.includes(name));
    expect(named.length).toBeGreaterThan(0);
    expect(named.every((cell) => cell.formula === null)).toBe(true);
  });

  it('paints text that begins with an apostrophe so that it reads back whole, in any format', async () => {
    const { fake, port } = excel();
    const texts = ["'s-Hertogenbosch", "'=1", "''", "'"];
    const [sheet] = await port.paint([
      {
        plan: {
          name: 'Texts',
          blocks: [
            { row: 0, col: 0, values: [texts] },
            { row: 1, col: 0, values: [texts], numberFormats: [texts.map(() => '@')] },
          ],
        },
      },
    ]);
    expect(fake.book.grid(sheet!)).toEqual([texts, texts]);
    expect(await port.readSheets([sheet!])).toEqual([[texts, texts]]);
  });
});
