/**
 * The invoice as LibreOffice prints it: the written row heights hold the wrapped text, and converted to
 * PDF (`soffice --headless --convert-to pdf`) no two text lines of the page overlap, the defect fixed row
 * heights used to cause. The PDF check needs `soffice` and poppler's `pdftotext`, and fails if either is
 * missing.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { buildInvoice } from '../../core/invoice/buildInvoice';
import { invoiceSheetPlan } from '../../core/layout/invoiceSheet';
import { LINE_HEIGHT } from '../../core/layout/rowHeights';
import { findTemplate } from '../../core/templates';
import { workbookBuffer } from '../../core/xlsx/writeWorkbook';
import { runTool, type Tool } from '../support/externalTool';
import { convertWithLibreOffice } from '../support/libreoffice';

const PDFTOTEXT: Tool = { command: 'pdftotext', debianPackage: 'poppler-utils' };

const template = findTemplate('it-services-sla')!;
const built = buildInvoice(template.contract('en'), template.actuals('en'), '2026-04');
if (!built.ok) throw new Error(built.problems.join('\n'));
const invoice = built.invoice;
const dir = mkdtempSync(join(tmpdir(), 'of-render-'));
const file = join(dir, 'invoice.xlsx');

beforeAll(async () => writeFileSync(file, await workbookBuffer([invoiceSheetPlan(invoice)])));

describe('row heights written', () => {
  it('give every wrapped label and explanation at least the lines its length needs', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const widths = [1, 2].map((c) => sheet.getColumn(c).width ?? 8.43);
    const cap = invoice.lines.findIndex((l) => l.kind === 'sla-cap');
    expect(cap).toBeGreaterThanOrEqual(0);
    let checked = 0;
    for (let r = 9; r < 9 + invoice.lines.length; r += 1) {
      const row = sheet.getRow(r);
      [1, 2].forEach((c, i) => {
        const text = String(row.getCell(c).value ?? '');
        // However a face sets it, a line never holds more characters than the column is wide.
        const atLeast = Math.ceil(text.length / widths[i]);
        if (atLeast > 1) {
          expect({ row: r, height: row.height }).toEqual({ row: r, height: expect.any(Number) });
          expect(row.height).toBeGreaterThanOrEqual(atLeast * LINE_HEIGHT);
          checked += 1;
        }
        expect(row.getCell(c).alignment?.wrapText).toBe(true);
      });
    }
    expect(checked).toBeGreaterThan(3);
    expect(sheet.getRow(9 + cap).getCell(1).value).toBe('Cap on service-level credits (at-risk amount)');
  });

  it('print on A4 portrait, one page wide, the header rows repeated', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    expect(book.worksheets[0].pageSetup).toMatchObject({
      orientation: 'portrait',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:8',
    });
  });
});

describe('the invoice converted to PDF by LibreOffice', () => {
  it('has no two text lines overlapping on the page', () => {
    const [pdf] = convertWithLibreOffice([file], 'pdf', dir);
    const layout = runTool(PDFTOTEXT, ['-bbox-layout', pdf, '-']);
    const lines = [
      ...layout.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">/g),
    ]
      .map((m) => m.slice(1).map(Number))
      .map(([x0, y0, x1, y1]) => ({ x0, y0, x1, y1 }));
    expect(lines.length).toBeGreaterThan(30);
    // Consecutive lines of one wrapped cell touch by their glyph boxes (~0.6 pt); text drawn over the
    // next row overlaps by most of a line (~6 pt at the fitted size).
    const SLACK = 1.5;
    const overlaps = lines.flatMap((a, i) =>
      lines
        .slice(i + 1)
        .filter((b) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 - SLACK && b.y0 < a.y1 - SLACK),
    );
    expect(overlaps).toEqual([]);
    expect(layout).toContain('amount)');
  }, 150_000);
});
