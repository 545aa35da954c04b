/** The pane's Exposure on the Excel fake: the core's action through the Excel bridge and workbook port. */
import { workbookActions } from '../../core/app/actions';
import { fakeExcel } from '../../test/fakes/excel';
import { createExcelBridge } from './excelBridge';
import type { ExcelHost } from './host';
import { excelWorkbook } from './workbookPort';

describe('Exposure in Excel', () => {
  it('writes a new Exposure sheet with the bounds, in a constant number of runs, the contract untouched', async () => {
    const fake = fakeExcel();
    const host: ExcelHost = { displayLanguage: () => undefined, run: (batch) => fake.run(batch) };
    const bridge = createExcelBridge({ host, actions: workbookActions(excelWorkbook(host)) });
    const { sheets } = await bridge.newContract('bpo-customer-service', 'fr');
    const before = sheets.map((name) => fake.book.snapshot(name));
    const runs = fake.runs.length;
    const result = await bridge.periodExposure('2026-10', 'fr');
    expect(fake.runs.length - runs).toBe(3);
    expect(result).toMatchObject({ sheet: 'Exposition', unbounded: [] });
    expect(result.message).toMatch(/^Aux volumes d’octobre 2026, le total de la facture est compris entre /);
    const totals = fake.book
      .grid('Exposition')
      .filter((row) => row[0] === 'Minimum' || row[0] === 'Maximum')
      .map((row) => row[2]);
    expect(totals).toEqual([129195, 137700]);
    expect(sheets.map((name) => fake.book.snapshot(name))).toEqual(before);
  });
});
