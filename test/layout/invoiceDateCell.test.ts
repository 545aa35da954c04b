/**
 * The invoice date is a real date cell (a serial with a date format) in the plan and through each
 * painter: the Excel painter (Office.js fake), the Apps Script painter (Sheets fake), and the .xlsx
 * painter, whose file exceljs and LibreOffice read back as a date. The invoice's JSON keeps ISO text.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { paintSheetPlan as paintExcel } from '../../excel-addin/painter';
import { paintSheetPlan as paintSheets } from '../../sheets-addon/painter';
import { buildInvoice } from '../../core/invoice/buildInvoice';
import { invoiceToJson } from '../../core/invoice/toJson';
import { dateSerial, DATE_FORMATS } from '../../core/layout/dateCell';
import { invoiceSheetPlan } from '../../core/layout/invoiceSheet';
import { findTemplate } from '../../core/templates';
import { workbookBuffer } from '../../core/xlsx/writeWorkbook';
import { createAppsScriptFake } from '../fakes/appsScript';
import { createMockWorkbook } from '../fakes/excel/mockWorkbook';
import { convertWithLibreOffice } from '../support/libreoffice';

const template = findTemplate('bpo-customer-service')!;

function invoiceIn(lang: 'en' | 'fr') {
  const built = buildInvoice(template.contract(lang), template.actuals(lang), '2026-10');
  if (!built.ok) throw new Error(built.problems.join('\n'));
  return built.invoice;
}

/** 2026-10-31 counted from 1899-12-30: what Excel and Sheets store for that day. */
const OCTOBER_31 = 46326;

describe('dateSerial', () => {
  it('counts days from 1899-12-30 and refuses what is not a day', () => {
    expect(dateSerial('2026-10-31')).toBe(OCTOBER_31);
    expect(dateSerial('1970-01-01')).toBe(25569);
    expect(dateSerial('2028-02-29')).toBe(dateSerial('2028-02-28') + 1);
    for (const bad of ['2026-02-30', '2026-10', '31/10/2026', '2026-13-01', ''])
      expect(() => dateSerial(bad)).toThrow(RangeError);
  });
});

describe.each(['en', 'fr'] as const)('the invoice date (%s)', (lang) => {
  const invoice = invoiceIn(lang);
  const plan = invoiceSheetPlan(invoice);
  const header = plan.blocks[0]!;

  it('is a date serial with the language’s date format in the plan; the JSON keeps ISO text', () => {
    expect(invoice.issueDate).toBe('2026-10-31');
    expect(header.values[3]![1]).toBe(OCTOBER_31);
    expect(header.numberFormats![3]![1]).toBe(DATE_FORMATS[lang]);
    expect(invoiceToJson(invoice)).toMatchObject({ issueDate: '2026-10-31' });
  });

  it('reaches Excel as a number formatted as a date', async () => {
    const book = createMockWorkbook();
    const name = await paintExcel(book.context, plan);
    expect(book.sheet(name).cells.get('B4')).toEqual({
      value: OCTOBER_31,
      formula: null,
      numberFormat: DATE_FORMATS[lang],
    });
  });

  it('reaches Sheets as a number formatted as a date', () => {
    const fake = createAppsScriptFake({ sheetNames: ['Contract'] });
    const name = paintSheets(fake.asReal.spreadsheet, plan, fake.asReal.SpreadsheetApp);
    const cell = fake.spreadsheet.getSheetByName(name)!.getRange('B4');
    // Sheets hands a number in a date format back as that day's midnight in the spreadsheet's zone (Paris).
    expect((cell.getValue() as Date).toISOString()).toBe('2026-10-30T23:00:00.000Z');
    expect(cell.getNumberFormat()).toBe(DATE_FORMATS[lang]);
  });

  it('reads back from the .xlsx file as a Date', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await workbookBuffer([plan])) as unknown as ArrayBuffer);
    const cell = book.worksheets[0]!.getCell('B4');
    expect(cell.value).toEqual(new Date(Date.UTC(2026, 9, 31)));
    expect(cell.numFmt).toBe(DATE_FORMATS[lang]);
  });
});

describe('LibreOffice', () => {
  it('shows the .xlsx invoice date as a date in each language’s format', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'of-date-'));
    for (const lang of ['en', 'fr'] as const) {
      writeFileSync(join(dir, `${lang}.xlsx`), await workbookBuffer([invoiceSheetPlan(invoiceIn(lang))]));
    }
    convertWithLibreOffice([join(dir, 'en.xlsx'), join(dir, 'fr.xlsx')], 'csv', dir);
    const dateRow = (lang: string) => readFileSync(join(dir, `${lang}.csv`), 'utf8').split('\n')[3]!;
    expect(dateRow('en')).toMatch(/^Date,2026-10-31,/);
    // A date, not the serial 46326: LibreOffice under its en-US profile orders a day-first pattern its
    // locale's way.
    expect(dateRow('fr')).toMatch(/^Date,(31\/10\/2026|10\/31\/2026),/);
  }, 150_000);
});
