/** The pane's Invoice a range on the Excel fake: a Summary and one invoice sheet per period, in one paint. */
import { workbookActions } from '../../core/app/actions';
import { fakeExcel } from '../../test/fakes/excel';
import { createExcelBridge } from './excelBridge';
import type { ExcelHost } from './host';
import { excelWorkbook } from './workbookPort';

describe('Invoice a range in Excel', () => {
  it('paints the Summary and every invoice in the same number of runs for 1 and for 4 periods', async () => {
    const fake = fakeExcel();
    const host: ExcelHost = { displayLanguage: () => undefined, run: (batch) => fake.run(batch) };
    const bridge = createExcelBridge({ host, actions: workbookActions(excelWorkbook(host)) });
    await bridge.newContract('bpo-customer-service', 'en');
    const runs = async (from: string, to: string) => {
      const start = fake.runs.length;
      const result = await bridge.invoiceRange(from, to, 'en');
      return { result, runs: fake.runs.length - start };
    };
    const one = await runs('2026-10', '2026-10');
    const four = await runs('2026-09', '2026-12');
    expect(four.runs).toBe(one.runs);
    expect(four.result.sheets).toEqual([
      'Summary (2)',
      'Invoice 2026-09',
      'Invoice 2026-10 (2)',
      'Invoice 2026-11',
      'Invoice 2026-12',
    ]);
    const summary = fake.book.grid('Summary (2)');
    expect(summary.find((row) => row.includes('2026-10'))).toContain(136788);
  });
});
