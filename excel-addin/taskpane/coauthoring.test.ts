/**
 * Co-authoring: another person adds a sheet while the pane paints. The names the painter read in its
 * first sync no longer hold when its adds run (ItemAlreadyExists), which is nobody's mistake.
 */
import { workbookActions } from '../../core/app/actions';
import { fakeExcel } from '../../test/fakes/excel';
import { createExcelBridge } from './excelBridge';
import type { ExcelHost } from './host';
import { excelWorkbook } from './workbookPort';

/** A pane on a fake Excel where a co-author adds `names` (once each) just before the pane adds them. */
function coauthored(names: readonly string[]) {
  const fake = fakeExcel();
  const host: ExcelHost = { displayLanguage: () => 'en', run: (batch) => fake.run(batch) };
  const bridge = createExcelBridge({ host, actions: workbookActions(excelWorkbook(host)) });
  const pending = new Set<string>();
  const addSheet = fake.book.addSheet.bind(fake.book);
  fake.book.addSheet = (name, location) => {
    if (pending.delete(name)) {
      const theirs = addSheet(name);
      theirs.cells.set('0:0', { constant: 'a co-author’s notes', formula: null, numberFormat: 'General' });
    }
    return addSheet(name, location);
  };
  return { fake, bridge, race: () => names.forEach((name) => pending.add(name)) };
}

describe('a sheet of the same name added by a co-author while the pane paints', () => {
  it('paints the invoice on the next free name, their sheet untouched', async () => {
    const { fake, bridge, race } = coauthored(['Invoice 2026-10']);
    await bridge.newContract('bpo-customer-service', 'en');
    race();
    const invoice = await bridge.generateInvoice('2026-10', 'fr');
    expect(invoice.sheet).toBe('Invoice 2026-10 (2)');
    expect(fake.book.sheets.map((sheet) => sheet.name)).toEqual([
      'Sheet1',
      'Contract',
      'Actuals',
      'Invoice 2026-10',
      'Invoice 2026-10 (2)',
    ]);
    const theirs = fake.book.find('Invoice 2026-10')!;
    expect([...theirs.cells.values()].map((cell) => cell.constant)).toEqual(['a co-author’s notes']);
  });

  it('builds every sheet of a paint of several once, when the second name was taken', async () => {
    const { fake, bridge, race } = coauthored(['Actuals']);
    race();
    await bridge.newContract('bpo-customer-service', 'en');
    expect(fake.book.sheets.map((sheet) => sheet.name)).toEqual([
      'Sheet1',
      'Actuals',
      'Contract',
      'Actuals (2)',
    ]);
  });

  it('tries again only once: a name taken twice fails, and leaves no sheet of its own', async () => {
    const fake = fakeExcel();
    const host: ExcelHost = { displayLanguage: () => 'en', run: (batch) => fake.run(batch) };
    const bridge = createExcelBridge({ host, actions: workbookActions(excelWorkbook(host)) });
    await bridge.newContract('bpo-customer-service', 'en');
    const addSheet = fake.book.addSheet.bind(fake.book);
    let taken = 0;
    fake.book.addSheet = (name, location) => {
      if (name.startsWith('Invoice 2026-10') && !fake.book.find(name)) {
        taken += 1;
        addSheet(name);
      }
      return addSheet(name, location);
    };
    await expect(bridge.generateInvoice('2026-10', 'en')).rejects.toThrow(/already exists/);
    expect(taken).toBe(2);
    expect(fake.book.sheets.map((sheet) => sheet.name)).toEqual([
      'Sheet1',
      'Contract',
      'Actuals',
      'Invoice 2026-10',
      'Invoice 2026-10 (2)',
    ]);
  });
});
