import { SheetPlan, TEXT_FORMAT } from '../core/layout/sheetPlan';
import { createAppsScriptFake, AppsScriptFake } from '../test/fakes/appsScript';
import { FakeRange } from '../test/fakes/appsScript/range';
import { FakeSpreadsheet } from '../test/fakes/appsScript/spreadsheet';
import { paintSheetPlan } from './painter';
import { ServerFailure, type SheetsFailure } from './serverFailure';

const MONEY = '#,##0.00 [$€]';

/** The failure (code and data) `run` threw. */
function failureOf(run: () => unknown): SheetsFailure {
  try {
    run();
  } catch (error) {
    if (error instanceof ServerFailure) return error.failure;
    throw error;
  }
  throw new Error('expected a failure');
}

/** An invoice-shaped plan: a title block, a table of `lines` lines, a totals block of SUM formulas. */
function invoicePlan(lines: number, kpiNames: (i: number) => string = (i) => `KPI ${i + 1}`): SheetPlan {
  const first = 4; // 1-based sheet row of the first line: title (1), blank (2), table header (3)
  const last = first + lines - 1;
  return {
    name: 'Invoice 2026-10',
    blocks: [
      { row: 0, col: 0, values: [['Invoice 2026-10', 'Acme BPO']], numberFormats: [[null, TEXT_FORMAT]] },
      {
        row: 2,
        col: 0,
        values: [
          ['KPI', 'Explanation', 'Status', 'Units', 'Amount'],
          ...Array.from({ length: lines }, (_, i) => [
            kpiNames(i),
            `Line ${i + 1}: +3 pts × €500`,
            'ok',
            i + 1,
            500 * (i + 1),
          ]),
        ],
        numberFormats: [
          [null, null, null, null, null],
          ...Array.from({ length: lines }, () => [TEXT_FORMAT, TEXT_FORMAT, null, '0', MONEY]),
        ],
      },
      {
        row: last, // 0-based: the row right after the last line
        col: 3,
        values: [
          ['Subtotal', null],
          ['VAT 20 %', null],
          ['Total', null],
        ],
        formulas: [
          [null, `=SUM(E${first}:E${last})`],
          [null, `=ROUND(ROUND(E${last + 1}*100,0)/5,0)/100`],
          [null, `=E${last + 1}+E${last + 2}`],
        ],
        numberFormats: [
          [null, MONEY],
          [null, MONEY],
          [null, MONEY],
        ],
      },
    ],
    styles: [
      { row: 0, col: 0, rows: 1, cols: 1, bold: true, fontSize: 14 },
      {
        row: 2,
        col: 0,
        rows: 1,
        cols: 5,
        bold: true,
        fill: '#1f4e79',
        color: '#ffffff',
        horizontalAlignment: 'center',
      },
      { row: 3, col: 1, rows: lines, cols: 1, wrap: true },
      { row: last + 2, col: 3, rows: 1, cols: 2, bold: true, borderTop: true },
    ],
    tables: [{ name: 'InvoiceLines', row: 2, col: 0, rows: lines + 1, cols: 5 }],
    validations: [{ row: 3, col: 2, rows: lines, cols: 1, list: ['ok', 'disputed'] }],
    columnWidths: [24, 48, 12, 10, 16],
    frozenRows: 3,
    print: { orientation: 'portrait', fitToWidth: true },
  };
}

function fakeWith(...sheetNames: string[]): AppsScriptFake {
  return createAppsScriptFake({ sheetNames });
}

function paint(fake: AppsScriptFake, plan: SheetPlan): string {
  return paintSheetPlan(fake.asReal.spreadsheet, plan, fake.asReal.SpreadsheetApp);
}

afterEach(() => jest.restoreAllMocks());

describe('paintSheetPlan call count', () => {
  it('makes the same Spreadsheet calls, in the same order, for 10, 100 and 1,000 lines', () => {
    const measured = [10, 100, 1000].map((lines) => {
      const fake = fakeWith('Contract');
      const from = fake.log.mark();
      paint(fake, invoicePlan(lines));
      const calls = fake.log.since(from, { group: 'SpreadsheetApp' });
      return { lines, total: calls.length, sequence: calls.map((c) => `${c.service}.${c.method}`), fake };
    });
    // 48 calls whatever the size (two read the new sheet's size, two read the text cells back); see the
    // histogram in the report.
    expect(measured.map((m) => m.total)).toEqual([48, 48, 48]);
    expect(measured[1]!.sequence).toEqual(measured[0]!.sequence);
    expect(measured[2]!.sequence).toEqual(measured[0]!.sequence);
    // Values, formats and formulas of a block are written once each, not per line.
    expect(measured[2]!.fake.log.count({ method: 'setValues' })).toBe(3);
    expect(measured[2]!.fake.log.count({ method: 'setNumberFormats' })).toBe(3);
    expect(measured[2]!.fake.log.count({ method: 'setFormulas' })).toBe(1);
  });

  it('paints every line of a 1,000-line plan, with totals computed by Sheets from SUM formulas', () => {
    const fake = fakeWith('Contract');
    const name = paint(fake, invoicePlan(1000));
    const sheet = fake.spreadsheet.getSheetByName(name)!;
    expect(sheet.getLastRow()).toBe(1006);
    // The sheet grew to the plan's extent, not by it: every cell counts towards the 10 million.
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1006, 27]);
    const short = fake.spreadsheet.getSheetByName(paint(fake, invoicePlan(30)))!;
    expect([short.getMaxRows(), short.getMaxColumns()]).toEqual([1001, 27]);
    expect(sheet.getRange(1003, 1, 1, 5).getValues()).toEqual([
      ['KPI 1000', 'Line 1000: +3 pts × €500', 'ok', 1000, 500000],
    ]);
    const totals = sheet.getRange(1004, 5, 3, 1);
    expect(totals.getFormulas()).toEqual([
      ['=SUM(E4:E1003)'],
      ['=ROUND(ROUND(E1004*100,0)/5,0)/100'],
      ['=E1004+E1005'],
    ]);
    expect(totals.getValues()).toEqual([[250250000], [50050000], [300300000]]);
    expect(totals.getDisplayValues()[2]).toEqual(['300,300,000.00 €']);
  });
});

describe('paintSheetPlan text safety', () => {
  const hostile = ['=HYPERLINK("http://x")', '+cmd', '-1+2', '@SUM(A1)'];

  it('keeps user text that looks like a formula as text, read back as the same string', () => {
    const fake = fakeWith('Contract');
    const sheet = fake.spreadsheet.getSheetByName(
      paint(
        fake,
        invoicePlan(4, (i) => hostile[i]!),
      ),
    )!;
    const kpis = sheet.getRange(4, 1, 4, 1);
    expect(kpis.getValues()).toEqual(hostile.map((text) => [text]));
    expect(kpis.getFormulas()).toEqual([[''], [''], [''], ['']]);
    expect(kpis.getNumberFormats()).toEqual([['@'], ['@'], ['@'], ['@']]);
  });

  it('paints any string as text even where the plan gave no format', () => {
    const fake = fakeWith('Sheet1');
    const plan: SheetPlan = {
      name: 'Notes',
      blocks: [{ row: 0, col: 0, values: [[...hostile, '=1+1', 42]] }],
    };
    const sheet = fake.spreadsheet.getSheetByName(paint(fake, plan))!;
    const range = sheet.getRange(1, 1, 1, 6);
    expect(range.getValues()).toEqual([[...hostile, '=1+1', 42]]);
    expect(range.getFormulas()).toEqual([['', '', '', '', '', '']]);
    expect(range.getNumberFormats()[0]![5]).toBe('0.###############');
  });

  // Sheets' typing rule drops an apostrophe that starts a value; under the text format it is assumed kept,
  // with a CR LF (HOST_ASSUMPTIONS, checked by the Diagnostics in the user's spreadsheet).
  it('keeps a leading apostrophe and a CR LF as written, where the plan gave no format', () => {
    const fake = fakeWith('Sheet1');
    const written = ["'s-Hertogenbosch", "'=1", 'line 1\r\nline 2'];
    const plan: SheetPlan = { name: 'Notes', blocks: [{ row: 0, col: 0, values: [written] }] };
    const sheet = fake.spreadsheet.getSheetByName(paint(fake, plan))!;
    expect(sheet.getRange(1, 1, 1, 3).getValues()).toEqual([written]);
    const typed = fake.spreadsheet.getActiveSheet().getRange(2, 1, 1, 3);
    typed.setValues([written]);
    expect(typed.getValues()).toEqual([['s-Hertogenbosch', '=1', 'line 1\r\nline 2']]);
  });

  it('proves the format matters: the same strings written without it become formulas', () => {
    const fake = fakeWith('Sheet1');
    const range = fake.spreadsheet.getActiveSheet().getRange(1, 1, 1, 2);
    range.setValues([['=HYPERLINK("http://x")', '-1+2']]);
    expect(range.getFormulas()).toEqual([['=HYPERLINK("http://x")', '=-1+2']]);
  });

  it('reads the text cells back once, and fails naming the first one Sheets did not keep, leaving nothing', () => {
    const fake = fakeWith('Contract');
    // A Sheets that ignores the text format written first: "+1+2" becomes a formula.
    jest.spyOn(FakeRange.prototype, 'setNumberFormats').mockImplementation(function (this: FakeRange) {
      return this;
    });
    const plan: SheetPlan = {
      name: 'Notes',
      blocks: [
        {
          row: 2,
          col: 1,
          values: [
            ['kept', 12],
            ['+1+2', 'x'],
          ],
        },
      ],
    };
    expect(failureOf(() => paint(fake, plan))).toEqual({
      code: 'paint',
      sheets: ['Notes'],
      reason: '',
      cleanup: 'removed',
      notText: { at: 'B4', text: '+1+2' },
    });
    expect(fake.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Contract']);
    jest.restoreAllMocks();
    expect(paint(fake, plan)).toBe('Notes');
  });

  it('refuses a plan with a formula in a text cell before touching the spreadsheet', () => {
    const fake = fakeWith('Contract');
    const plan: SheetPlan = {
      name: 'Bad',
      blocks: [{ row: 0, col: 0, values: [[null]], formulas: [['=1+1']], numberFormats: [[TEXT_FORMAT]] }],
    };
    expect(failureOf(() => paint(fake, plan))).toEqual({
      code: 'plan',
      at: 'blocks[0].values[0][0]',
      fault: 'formulaInText',
    });
    expect(fake.log.calls).toHaveLength(0);
  });
});

describe('paintSheetPlan sheet names', () => {
  it('never overwrites a sheet: Invoice 2026-10 exists, so Invoice 2026-10 (2) is created', () => {
    const fake = fakeWith('Contract', 'Invoice 2026-10');
    const existing = fake.spreadsheet.getSheetByName('Invoice 2026-10')!;
    existing.getRange('A1').setValue('October, first run');
    expect(paint(fake, invoicePlan(3))).toBe('Invoice 2026-10 (2)');
    expect(paint(fake, invoicePlan(3))).toBe('Invoice 2026-10 (3)');
    expect(fake.spreadsheet.getSheets().map((s) => s.getName())).toEqual([
      'Contract',
      'Invoice 2026-10',
      'Invoice 2026-10 (2)',
      'Invoice 2026-10 (3)',
    ]);
    expect(existing.getDataRange().getValues()).toEqual([['October, first run']]);
    expect(fake.spreadsheet.getActiveSheet().getName()).toBe('Invoice 2026-10 (3)');
  });

  it('touches no other sheet: every Sheet and Range call targets the new sheet', () => {
    const fake = fakeWith('Contract', 'Actuals');
    const from = fake.log.mark();
    const name = paint(fake, invoicePlan(5));
    const touched = fake.log
      .since(from, { service: ['Sheet', 'Range'] })
      .filter((c) => c.method !== 'getName');
    expect(touched.length).toBeGreaterThan(0);
    expect(touched.every((c) => c.target === name || c.target.startsWith(`${name}!`))).toBe(true);
  });
});

describe('paintSheetPlan failure', () => {
  function contractFake(): AppsScriptFake {
    const fake = fakeWith('Contract', 'Actuals');
    fake.spreadsheet
      .getSheetByName('Contract')!
      .getRange('A1:B2')
      .setValues([
        ['Supplier', 'Acme'],
        ['Target', 0.75],
      ]);
    fake.spreadsheet.setActiveSheet(fake.spreadsheet.getSheetByName('Actuals')!);
    return fake;
  }

  it('removes the half-built sheet, leaves other sheets as they were, and names the sheet and the cause', () => {
    const fake = contractFake();
    jest.spyOn(FakeRange.prototype, 'setFormulas').mockImplementationOnce(() => {
      throw new Error('Service Spreadsheets timed out while accessing document.');
    });
    expect(failureOf(() => paint(fake, invoicePlan(100)))).toEqual({
      code: 'paint',
      sheets: ['Invoice 2026-10'],
      reason: 'Service Spreadsheets timed out while accessing document.',
      cleanup: 'removed',
    });
    expect(fake.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Contract', 'Actuals']);
    expect(fake.spreadsheet.getSheetByName('Contract')!.getDataRange().getValues()).toEqual([
      ['Supplier', 'Acme'],
      ['Target', 0.75],
    ]);
    expect(fake.spreadsheet.getActiveSheet().getName()).toBe('Actuals');
  });

  it('cleans up after a failure only Sheets detects (overlapping tables)', () => {
    const fake = contractFake();
    const plan = invoicePlan(3);
    const overlapping: SheetPlan = {
      ...plan,
      tables: [...plan.tables!, { name: 'Again', row: 3, col: 0, rows: 2, cols: 2 }],
    };
    expect(failureOf(() => paint(fake, overlapping))).toMatchObject({
      code: 'paint',
      sheets: ['Invoice 2026-10'],
      reason: expect.stringMatching(/^You cannot add alternating colors/) as unknown,
      cleanup: 'removed',
    });
    expect(fake.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Contract', 'Actuals']);
  });

  it('names the sheet when it cannot even be created, and leaves nothing behind', () => {
    const fake = contractFake();
    jest.spyOn(FakeSpreadsheet.prototype, 'insertSheet').mockImplementation(() => {
      throw new Error('You do not have permission to edit this document.');
    });
    expect(failureOf(() => paint(fake, invoicePlan(2)))).toEqual({
      code: 'paint',
      sheets: ['Invoice 2026-10'],
      reason: 'You do not have permission to edit this document.',
      cleanup: 'not-created',
    });
    expect(fake.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Contract', 'Actuals']);
  });

  it('says so when the half-built sheet cannot be removed either', () => {
    const fake = contractFake();
    jest.spyOn(FakeRange.prototype, 'setValues').mockImplementation(() => {
      throw new Error('boom');
    });
    jest.spyOn(FakeSpreadsheet.prototype, 'deleteSheet').mockImplementation(() => {
      throw new Error('document is read-only');
    });
    expect(failureOf(() => paint(fake, invoicePlan(2)))).toEqual({
      code: 'paint',
      sheets: ['Invoice 2026-10'],
      reason: 'boom',
      cleanup: 'left',
    });
  });
});

describe('paintSheetPlan formatting', () => {
  it('paints styles, a banded table, list validations, widths and frozen rows', () => {
    const fake = fakeWith('Contract');
    const sheet = fake.spreadsheet.getSheetByName(paint(fake, invoicePlan(3)))!;
    expect(sheet.getRange(3, 1, 1, 5).getFontWeights()).toEqual([['bold', 'bold', 'bold', 'bold', 'bold']]);
    expect(sheet.getRange(3, 1).getBackground()).toBe('#1f4e79');
    expect(sheet.getRange(3, 1).getHorizontalAlignments()).toEqual([['center']]);
    expect(sheet.getRange(1, 1).getFontSizes()).toEqual([[14]]);
    expect(sheet.getRange(9, 4).__bordersAt()).toEqual({ top: true });
    const [banding] = sheet.getBandings();
    expect(banding!.getRange().getA1Notation()).toBe('A3:E6');
    expect(banding!.getHeaderRowColor()).not.toBeNull();
    const rule = sheet.getRange(4, 3).getDataValidation()!;
    expect(rule.getCriteriaValues()).toEqual([['ok', 'disputed'], true]);
    expect(rule.getAllowInvalid()).toBe(false);
    expect(sheet.getRange(3, 3).getDataValidation()).toBeNull();
    expect([1, 2, 3, 4, 5, 6].map((c) => sheet.getColumnWidth(c))).toEqual([173, 341, 89, 75, 117, 100]);
    expect(sheet.getFrozenRows()).toBe(3);
  });

  it('grows the sheet to fit a plan wider and taller than a new sheet', () => {
    const fake = fakeWith('Sheet1');
    const wide: SheetPlan = { name: 'Wide', blocks: [{ row: 1499, col: 29, values: [['far']] }] };
    const sheet = fake.spreadsheet.getSheetByName(paint(fake, wide))!;
    expect(sheet.getRange('AD1500').getValue()).toBe('far');
  });

  it('uses the global SpreadsheetApp for validation rules when none is given', () => {
    const fake = fakeWith('Sheet1');
    const global = globalThis as { SpreadsheetApp?: unknown };
    global.SpreadsheetApp = fake.SpreadsheetApp;
    try {
      const sheet = fake.spreadsheet.getSheetByName(paintSheetPlan(fake.asReal.spreadsheet, invoicePlan(2)))!;
      expect(sheet.getRange(4, 3).getDataValidation()).not.toBeNull();
    } finally {
      delete global.SpreadsheetApp;
    }
  });
});
