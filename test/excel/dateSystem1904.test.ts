/**
 * A workbook on Excel's 1904 date system (File → Options → Advanced → "Use 1904 date system", Excel for
 * Mac's old default) holds each date as days from 1904-01-01, 1,462 fewer than the 1900 system's. The pane
 * reads and paints dates in the workbook's own count, learnt in a sync it makes anyway
 * (excel-addin/dateSystem.ts): an October 2026 header typed as a date is October, the invoice date shows
 * the invoice's day, and no sync is added.
 */
import { workbookActions } from '../../core/app/actions';
import { isDayFormat, readPeriodCell, withDates } from '../../core/contract/sheet/cells';
import { invoiceSheetPlan } from '../../core/layout/invoiceSheet';
import { buildInvoice } from '../../core/invoice/buildInvoice';
import { findTemplate } from '../../core/templates';
import { PAINT_SYNCS, paintSheetPlan } from '../../excel-addin/painter';
import type { ExcelHost } from '../../excel-addin/taskpane/host';
import { excelWorkbook } from '../../excel-addin/taskpane/workbookPort';
import { createMockWorkbook, fakeExcel, type FakeExcel } from '../fakes/excel';

type System = '1900' | '1904';
const SYSTEMS: readonly System[] = ['1900', '1904'];

function pane(dateSystem: System) {
  const fake = fakeExcel({ dateSystem });
  const host: ExcelHost = { displayLanguage: () => 'en', run: (batch) => fake.run(batch) };
  const port = excelWorkbook(host);
  return { fake, port, actions: workbookActions(port) };
}

/** The user types each month header of the Actuals sheet as a date (`Oct 2026`), as Excel stores it. */
function typeMonthsAsDates(fake: FakeExcel): void {
  const sheet = fake.book.find('Actuals')!;
  fake.book.grid('Actuals')[0]!.forEach((header, col) => {
    const month = typeof header === 'string' ? /^(\d{4})-(\d{2})$/.exec(header) : null;
    if (!month) return;
    fake.book.setNumberFormat(sheet, 0, col, 'mmm yyyy');
    fake.book.write(sheet, 0, col, fake.book.dateSerial(Number(month[1]), Number(month[2]), 1), 'setup');
  });
}

const syncsOf = (fake: FakeExcel, from: number): number =>
  fake.runs.slice(from).reduce((sum, run) => sum + run.syncs, 0);

describe('isDayFormat', () => {
  it('tells a format showing a day from a time of day or a duration, the same number in both systems', () => {
    for (const format of ['mmm yyyy', 'yyyy-mm-dd', 'dd/mm/yyyy hh:mm', 'mmmm', 'd-mmm', '[$-fr-FR]mmm-yy'])
      expect([format, isDayFormat(format)]).toEqual([format, true]);
    for (const format of ['h:mm', '[h]:mm:ss', 'mm:ss', 'General', '0.0%', '"day" 0', null])
      expect([format, isDayFormat(format)]).toEqual([format, false]);
  });
});

describe('the fake’s date system', () => {
  it('answers DATE in the workbook’s system, once loaded and synced', async () => {
    for (const [system, serial] of [
      ['1900', 36526],
      ['1904', 35064],
    ] as const) {
      const fake = fakeExcel({ dateSystem: system });
      await fake.run(async (context) => {
        const result = context.workbook.functions.date(2000, 1, 1);
        expect(() => result.load('value').value).toThrow(/not available/);
        await context.sync();
        expect(result.value).toBe(serial);
      });
      expect(fake.book.dateSerial(2026, 10, 1)).toBe(system === '1900' ? 46296 : 44834);
    }
  });
});

describe.each(SYSTEMS)('a workbook on the %s date system', (system) => {
  it('invoices October from month headers typed as dates, in as many syncs as a 1900 workbook', async () => {
    const syncs: number[] = [];
    for (const each of [system, '1900'] as const) {
      const { fake, actions } = pane(each);
      await actions.newContract('bpo-customer-service', 'en');
      typeMonthsAsDates(fake);
      await expect(actions.checkContract('en')).resolves.toMatchObject({
        ok: true,
        periods: ['2026-09', '2026-10', '2026-11', '2026-12'],
      });
      const before = fake.runs.length;
      await expect(actions.generateInvoice('2026-10', 'en')).resolves.toMatchObject({
        total: '€136,788.00',
        lines: 5,
      });
      syncs.push(syncsOf(fake, before));
      // The invoice date cell holds the serial that shows 2026-10-31 in this workbook.
      const invoice = fake.book.find('Invoice 2026-10')!;
      expect(fake.book.grid('Invoice 2026-10')[3]![1]).toBe(fake.book.dateSerial(2026, 10, 31));
      expect(fake.book.numberFormatAt(invoice, 3, 1)).toBe('yyyy-mm-dd');
    }
    expect(syncs[0]).toBe(syncs[1]);
  });

  it('reads dates in the 1900 count, times of day, durations and plain numbers as they are, in two syncs a sheet', async () => {
    const { fake, port } = pane(system);
    const sheet = fake.book.addSheet('Dates', 'setup');
    const cells: [number, string][] = [
      [fake.book.dateSerial(2026, 10, 1), 'mmm yyyy'],
      [fake.book.dateSerial(2026, 10, 31) + 0.5, 'dd/mm/yyyy hh:mm'],
      [0.3125, 'h:mm'],
      [1.25, '[h]:mm'],
      [0.0025, 'mm:ss'],
      [44834, 'General'],
      [0.774, '0.0%'],
    ];
    cells.forEach(([value, format], col) => {
      fake.book.setNumberFormat(sheet, 0, col, format);
      fake.book.write(sheet, 0, col, value, 'setup');
    });
    const expected = [46296, 46326.5, 0.3125, 1.25, 0.0025, 44834, 0.774];
    const before = fake.runs.length;
    const [grid] = await port.readSheets(['Dates']);
    expect(grid).toEqual([expected]);
    const [formatted] = await port.readFormattedSheets!(['Dates']);
    expect(formatted!.values).toEqual([expected]);
    expect(formatted!.numberFormats).toEqual([cells.map(([, format]) => format)]);
    expect(readPeriodCell(withDates(formatted!.values, formatted!.numberFormats)[0]![0]!)).toBe('2026-10');
    expect(fake.runs.slice(before).map((run) => run.syncs)).toEqual([2, 2]);
  });

  it('paints the invoice date so that it shows the invoice’s day, in PAINT_SYNCS syncs', async () => {
    const template = findTemplate('bpo-customer-service')!;
    const built = buildInvoice(template.contract('fr'), template.actuals('fr'), '2026-10');
    if (!built.ok) throw new Error(built.problems.join('\n'));
    const book = createMockWorkbook({ dateSystem: system });
    const name = await paintSheetPlan(book.context, invoiceSheetPlan(built.invoice));
    const oct31 = system === '1900' ? 46326 : 46326 - 1462;
    expect(book.sheet(name).cells.get('B4')).toEqual({
      value: oct31,
      formula: null,
      numberFormat: 'dd/mm/yyyy',
    });
    expect(book.syncs()).toBe(PAINT_SYNCS);
  });
});
