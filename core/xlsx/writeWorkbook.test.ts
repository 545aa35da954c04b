import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { TEXT_FORMAT, type PlanValue, type SheetPlan } from '../layout/sheetPlan';
import { readWorkbookValues } from './readWorkbook';
import { MAX_INLINE_LIST_LENGTH } from './validations';
import { workbookBuffer } from './writeWorkbook';

const EURO_X = '#,##0.00 [$€-x-euro2]';
const EURO_QUOTED = '#,##0.00 "€"';
const EVIL_TEXTS = ['=HYPERLINK("http://evil")', "+cmd|' /C calc'!A0", '-2+3'];
const EVIL_NOTE = '@SUM(A1)';

/** Rows of the invoice fixture, 0-based. */
const HEADER_ROW = 2;
const LINE_ROWS = [3, 4, 5];
const TOTAL_ROW = 6;
const AMOUNT_COL = 4;
const LINE_AMOUNTS = [1000, 1020, 560];

/** An invoice laid out by hand: title, a table of three lines, a SUM total, a text note. */
function invoicePlan(name = 'Invoice 2026-10'): SheetPlan {
  const lines: PlanValue[][] = [
    ['Fixed fee', EVIL_TEXTS[0], 1, 1000, LINE_AMOUNTS[0]],
    ['Interactions', EVIL_TEXTS[1], 1200, 0.85, LINE_AMOUNTS[1]],
    ['FCR bonus', EVIL_TEXTS[2], 1, 560, LINE_AMOUNTS[2]],
  ];
  const lineFormats = lines.map(() => [TEXT_FORMAT, TEXT_FORMAT, '0', EURO_QUOTED, EURO_X]);
  return {
    name,
    blocks: [
      { row: 0, col: 0, values: [['Invoice 2026-10']] },
      {
        row: HEADER_ROW,
        col: 0,
        values: [['Line', 'Explanation', 'Quantity', 'Unit price', 'Amount'], ...lines],
        numberFormats: [[null, null, null, null, null], ...lineFormats],
      },
      {
        row: TOTAL_ROW,
        col: 0,
        values: [['Total', null, null, null, 2580]],
        formulas: [[null, null, null, null, '=SUM(E4:E6)']],
        numberFormats: [[null, null, null, null, EURO_X]],
      },
      { row: 8, col: 0, values: [['Note', EVIL_NOTE]], numberFormats: [[null, TEXT_FORMAT]] },
    ],
    styles: [
      { row: 0, col: 0, rows: 1, cols: 1, bold: true, fontSize: 14 },
      {
        row: TOTAL_ROW,
        col: 0,
        rows: 1,
        cols: 5,
        bold: true,
        borderTop: true,
        fill: '#dde7f0',
        color: '#1f4e79',
      },
      { row: 3, col: 1, rows: 3, cols: 1, wrap: true, horizontalAlignment: 'left', italic: true },
    ],
    tables: [{ name: 'Lines', row: HEADER_ROW, col: 0, rows: 4, cols: 5 }],
    validations: [{ row: 3, col: 0, rows: 3, cols: 1, list: ['Fixed fee', 'Interactions', 'FCR bonus'] }],
    columnWidths: [18, 60, 10, 14, 16],
    frozenRows: 3,
    print: { orientation: 'landscape', fitToWidth: true },
  };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'outcome-fees-xlsx-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function writeAndRead(plans: readonly SheetPlan[], file = 'book.xlsx'): Promise<ExcelJS.Workbook> {
  const path = join(dir, file);
  writeFileSync(path, await workbookBuffer(plans));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name} in ${workbook.worksheets.map((s) => s.name).join(', ')}`);
  return sheet;
}

/** exceljs reads validations into `worksheet.dataValidations.model`, one entry per cell; untyped. */
function validationAt(sheet: ExcelJS.Worksheet, address: string): ExcelJS.DataValidation | undefined {
  return (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
    .dataValidations.model[address];
}

/** The table model exceljs reads back (its typings describe it wrongly). */
interface ReadTable {
  readonly name: string;
  readonly tableRef: string;
  readonly headerRow: boolean;
  readonly totalsRow: boolean;
  readonly columns: readonly { readonly name: string }[];
  readonly style: { readonly theme: string };
}
function tablesOf(sheet: ExcelJS.Worksheet): ReadTable[] {
  return (sheet.getTables() as unknown as { table: ReadTable }[]).map((t) => t.table);
}

/** Every cell address a plain `A1:B2` range covers. */
function expandRange(range: string): string[] {
  const match = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
  if (!match) throw new Error(`not a range: ${range}`);
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const cells: string[] = [];
  for (let r = Number(match[2]); r <= Number(match[4]); r++) {
    for (let c = col(match[1]); c <= col(match[3]); c++) cells.push(`${String.fromCharCode(64 + c)}${r}`);
  }
  return cells;
}

describe('writeWorkbook: an invoice plan read back with a fresh exceljs workbook', () => {
  let sheet: ExcelJS.Worksheet;
  beforeAll(async () => {
    sheet = sheetOf(await writeAndRead([invoicePlan()]), 'Invoice 2026-10');
  });

  it('writes the constants where the plan put them', () => {
    expect(sheet.getCell('A1').value).toBe('Invoice 2026-10');
    expect(sheet.getRow(3).values).toEqual([
      undefined,
      'Line',
      'Explanation',
      'Quantity',
      'Unit price',
      'Amount',
    ]);
    expect(sheet.getCell('A4').value).toBe('Fixed fee');
    expect(sheet.getCell('C5').value).toBe(1200);
    expect(sheet.getCell('D5').value).toBe(0.85);
    expect(LINE_ROWS.map((r) => sheet.getCell(r + 1, AMOUNT_COL + 1).value)).toEqual(LINE_AMOUNTS);
    expect(sheet.getCell('A7').value).toBe('Total');
    expect(sheet.getCell('B7').value).toBeNull();
  });

  it('gives each cell its number format', () => {
    for (const r of LINE_ROWS) {
      expect(sheet.getCell(r + 1, 1).numFmt).toBe(TEXT_FORMAT);
      expect(sheet.getCell(r + 1, 2).numFmt).toBe(TEXT_FORMAT);
      expect(sheet.getCell(r + 1, 3).numFmt).toBe('0');
      expect(sheet.getCell(r + 1, 4).numFmt).toBe(EURO_QUOTED);
      expect(sheet.getCell(r + 1, 5).numFmt).toBe(EURO_X);
    }
    expect(sheet.getCell('E7').numFmt).toBe(EURO_X);
    expect(sheet.getCell('A1').numFmt).toBeUndefined();
  });

  it('writes the total as a native SUM over exactly the line cells, with its cached result', () => {
    const total = sheet.getCell(TOTAL_ROW + 1, AMOUNT_COL + 1);
    expect(total.type).toBe(ExcelJS.ValueType.Formula);
    expect(total.formula).toBe('SUM(E4:E6)');
    const range = /^SUM\(([A-Z]+\d+:[A-Z]+\d+)\)$/.exec(total.formula)?.[1] ?? '';
    const lineCells = LINE_ROWS.map((r) => sheet.getCell(r + 1, AMOUNT_COL + 1).address);
    expect(expandRange(range)).toEqual(lineCells);
    expect(total.result).toBe(LINE_AMOUNTS.reduce((a, b) => a + b, 0));
  });

  it('keeps text that looks like a formula as a string cell, never a formula', () => {
    const cells = [...LINE_ROWS.map((r) => sheet.getCell(r + 1, 2)), sheet.getCell('B9')];
    expect(cells.map((cell) => cell.value)).toEqual([...EVIL_TEXTS, EVIL_NOTE]);
    for (const cell of cells) {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      expect(cell.numFmt).toBe(TEXT_FORMAT);
    }
  });

  it('turns the lines into a native table whose headers are the header cells', () => {
    const tables = tablesOf(sheet);
    expect(tables).toHaveLength(1);
    const [table] = tables;
    expect(table.name).toBe('Lines');
    expect(table.tableRef).toBe('A3:E6');
    expect(table.headerRow).toBe(true);
    expect(table.totalsRow).toBe(false);
    expect(table.style.theme).toBe('TableStyleMedium2');
    const headerCells = expandRange('A3:E3').map((address) => sheet.getCell(address).value);
    expect(table.columns.map((column) => column.name)).toEqual(headerCells);
    // The table did not rewrite the cells it covers.
    expect(sheet.getCell('B4').value).toBe(EVIL_TEXTS[0]);
    expect(sheet.getCell('E6').numFmt).toBe(EURO_X);
  });

  it('adds the list validation over its cells and nowhere else', () => {
    for (const address of ['A4', 'A5', 'A6']) {
      expect(validationAt(sheet, address)).toMatchObject({
        type: 'list',
        allowBlank: true,
        formulae: ['"Fixed fee,Interactions,FCR bonus"'],
      });
    }
    expect(validationAt(sheet, 'A3')).toBeUndefined();
    expect(validationAt(sheet, 'A7')).toBeUndefined();
    expect(validationAt(sheet, 'B4')).toBeUndefined();
  });

  it('sets column widths, frozen rows and print setup', () => {
    expect([1, 2, 3, 4, 5].map((c) => sheet.getColumn(c).width)).toEqual([18, 60, 10, 14, 16]);
    expect(sheet.views).toHaveLength(1);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3, xSplit: 0, topLeftCell: 'A4' });
    expect(sheet.pageSetup).toMatchObject({
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:3',
    });
  });

  it('applies styles, composing those that overlap', () => {
    expect(sheet.getCell('A1').font).toMatchObject({ bold: true, size: 14, name: 'Calibri' });
    const total = sheet.getCell('E7');
    expect(total.font).toMatchObject({ bold: true, color: { argb: 'FF1F4E79' } });
    expect(total.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE7F0' } });
    expect(total.border?.top).toMatchObject({ style: 'thin' });
    expect(sheet.getCell('B5').alignment).toMatchObject({ wrapText: true, horizontal: 'left' });
    expect(sheet.getCell('B5').font).toMatchObject({ italic: true });
    expect(sheet.getCell('A5').font?.bold).toBeFalsy();
  });
});

describe('writeWorkbook: the file itself', () => {
  async function sheetXml(buffer: Buffer, part: string): Promise<string> {
    const zip = await JSZip.loadAsync(buffer);
    const file = zip.file(part);
    if (!file) throw new Error(`no ${part} in ${Object.keys(zip.files).join(', ')}`);
    return file.async('string');
  }

  it('stores the look-alike texts as shared strings and writes exactly one formula', async () => {
    const buffer = await workbookBuffer([invoicePlan()]);
    const xml = await sheetXml(buffer, 'xl/worksheets/sheet1.xml');
    expect(xml.match(/<f>[^<]*<\/f>/g)).toEqual(['<f>SUM(E4:E6)</f>']);
    for (const address of ['B4', 'B5', 'B6', 'B9']) {
      expect(xml).toMatch(new RegExp(`<c r="${address}" s="\\d+" t="s"><v>\\d+</v></c>`));
    }
    const strings = await sheetXml(buffer, 'xl/sharedStrings.xml');
    expect(strings).toContain('=HYPERLINK(&quot;http://evil&quot;)');
  });

  it('writes the table part with its style and without a totals row', async () => {
    const xml = await sheetXml(await workbookBuffer([invoicePlan()]), 'xl/tables/table1.xml');
    expect(xml).toContain('ref="A3:E6"');
    expect(xml).toContain('name="Lines"');
    expect(xml).toContain('<tableStyleInfo name="TableStyleMedium2"');
    expect(xml).not.toContain('totalsRowCount');
    expect(xml).not.toContain('hiddenButton="1"');
  });

  it('writes the validation as one range, not one entry per cell', async () => {
    const xml = await sheetXml(await workbookBuffer([invoicePlan()]), 'xl/worksheets/sheet1.xml');
    expect(xml).toContain(
      '<dataValidations count="1"><dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="A4:A6">' +
        '<formula1>&quot;Fixed fee,Interactions,FCR bonus&quot;</formula1></dataValidation></dataValidations>',
    );
  });

  it('asks Excel to recalculate on open', async () => {
    const xml = await sheetXml(await workbookBuffer([invoicePlan()]), 'xl/workbook.xml');
    expect(xml).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
  });
});

describe('writeWorkbook: names', () => {
  it('makes sheet and table names unique when two plans share them', async () => {
    const workbook = await writeAndRead(
      [invoicePlan('Invoice'), invoicePlan('Invoice'), invoicePlan('invoice')],
      'names.xlsx',
    );
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Invoice', 'Invoice (2)', 'invoice (3)']);
    expect(workbook.worksheets.map((s) => tablesOf(s).map((t) => t.name))).toEqual([
      ['Lines'],
      ['Lines_2'],
      ['Lines_3'],
    ]);
  });

  it('keeps names Excel refuses out of the file', async () => {
    const plans = [
      { name: 'History', blocks: [] },
      { name: "'Quoted'", blocks: [] },
      { name: 'a/b:c', blocks: [] },
    ];
    const workbook = await writeAndRead(plans, 'bad-names.xlsx');
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['History (2)', 'Quoted', 'a-b-c']);
  });
});

describe('writeWorkbook: list validations', () => {
  const models = Array.from({ length: 40 }, (_, i) => `Model number ${i + 1}`);

  function contractPlan(lists: readonly (readonly string[])[]): SheetPlan {
    return {
      name: 'Contract',
      blocks: [{ row: 0, col: 0, values: [['KPI', 'Direction', 'Model']] }],
      validations: lists.map((list, i) => ({ row: 1, col: i, rows: 10, cols: 1, list })),
    };
  }

  it('moves lists Excel cannot hold inline to one hidden sheet of text cells', async () => {
    expect(`"${models.join(',')}"`.length).toBeGreaterThan(MAX_INLINE_LIST_LENGTH);
    const withComma = ['higher, better', 'lower'];
    const workbook = await writeAndRead(
      [contractPlan([models, withComma, models]), { name: 'Lists', blocks: [] }],
      'lists.xlsx',
    );
    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
      ['Contract', 'visible'],
      ['Lists', 'visible'],
      ['Lists (2)', 'hidden'],
    ]);
    const contract = sheetOf(workbook, 'Contract');
    expect(validationAt(contract, 'A2')?.formulae).toEqual(["'Lists (2)'!$A$1:$A$40"]);
    expect(validationAt(contract, 'B11')?.formulae).toEqual(["'Lists (2)'!$B$1:$B$2"]);
    // The same list is stored once.
    expect(validationAt(contract, 'C5')?.formulae).toEqual(["'Lists (2)'!$A$1:$A$40"]);
    const lists = sheetOf(workbook, 'Lists (2)');
    expect(Array.from({ length: 40 }, (_, r) => lists.getCell(r + 1, 1).value)).toEqual(models);
    expect([lists.getCell('B1').value, lists.getCell('B2').value]).toEqual(withComma);
    expect(lists.getCell('A1').numFmt).toBe(TEXT_FORMAT);
  });

  it('writes no hidden sheet when every list fits inline', async () => {
    const workbook = await writeAndRead([contractPlan([['higher', 'lower']])], 'short-lists.xlsx');
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Contract']);
    expect(validationAt(sheetOf(workbook, 'Contract'), 'A6')?.formulae).toEqual(['"higher,lower"']);
  });

  it('refuses an empty list', async () => {
    await expect(workbookBuffer([contractPlan([[]])])).rejects.toThrow(
      'Contract!A2:A11: a list validation needs at least one item',
    );
  });
});

describe('writeWorkbook: tables', () => {
  const header = ['KPI', 'Target', 'Fee'];

  it('keeps a cached formula result of 0 inside a table', async () => {
    const plan: SheetPlan = {
      name: 'T',
      blocks: [
        {
          row: 0,
          col: 0,
          values: [header, ['FCR', 0.75, 0]],
          formulas: [
            [null, null, null],
            [null, null, '=B2*0'],
          ],
        },
      ],
      tables: [{ name: 'Kpis', row: 0, col: 0, rows: 2, cols: 3 }],
    };
    const sheet = sheetOf(await writeAndRead([plan], 'zero.xlsx'), 'T');
    expect(sheet.getCell('C2').formula).toBe('B2*0');
    expect(sheet.getCell('C2').result).toBe(0);
  });

  it('gives a header-only table one empty data row, as Excel does', async () => {
    const plan: SheetPlan = {
      name: 'T',
      blocks: [{ row: 1, col: 1, values: [header] }],
      tables: [{ name: 'Kpis', row: 1, col: 1, rows: 1, cols: 3 }],
    };
    const [table] = tablesOf(sheetOf(await writeAndRead([plan], 'header-only.xlsx'), 'T'));
    expect(table.tableRef).toBe('B2:D3');
  });

  it('makes a numeric header cell text, so header cell and column name agree', async () => {
    const plan: SheetPlan = {
      name: 'T',
      blocks: [
        {
          row: 0,
          col: 0,
          values: [
            ['Period', 2026],
            ['Q1', 1],
          ],
        },
      ],
      tables: [{ name: 'Years', row: 0, col: 0, rows: 2, cols: 2 }],
    };
    const sheet = sheetOf(await writeAndRead([plan], 'numeric-header.xlsx'), 'T');
    expect(sheet.getCell('B1').value).toBe('2026');
    expect(tablesOf(sheet)[0].columns.map((c) => c.name)).toEqual(['Period', '2026']);
  });

  it.each([
    [
      'an empty header',
      [
        ['KPI', null, 'Fee'],
        ['FCR', 1, 2],
      ],
      'T!A1:C2 (table Kpis): header cell B1 is empty',
    ],
    [
      'a repeated header',
      [
        ['KPI', 'Fee', 'fee'],
        ['FCR', 1, 2],
      ],
      'header cells B1 and C1 both read "fee"',
    ],
  ])('refuses %s', async (_what, values, message) => {
    const plan: SheetPlan = {
      name: 'T',
      blocks: [{ row: 0, col: 0, values }],
      tables: [{ name: 'Kpis', row: 0, col: 0, rows: 2, cols: 3 }],
    };
    await expect(workbookBuffer([plan])).rejects.toThrow(message);
  });

  it('refuses overlapping tables', async () => {
    const plan: SheetPlan = {
      name: 'T',
      blocks: [{ row: 0, col: 0, values: [header, header, ['a', 'b', 'c']] }],
      tables: [
        { name: 'One', row: 0, col: 0, rows: 2, cols: 3 },
        { name: 'Two', row: 1, col: 2, rows: 2, cols: 1 },
      ],
    };
    await expect(workbookBuffer([plan])).rejects.toThrow('T: tables One (A1:C2) and Two (C2:C3) overlap');
  });
});

describe('writeWorkbook: plans Excel could not open are refused', () => {
  it.each([
    [
      'a formula in a text cell',
      { row: 0, col: 0, values: [['x']], formulas: [['=1+1']], numberFormats: [[TEXT_FORMAT]] },
      'A1: a text cell (format "@") cannot hold the formula =1+1',
    ],
    [
      'a formula without "="',
      { row: 2, col: 1, values: [[null]], formulas: [['SUM(A1:A2)']] },
      'B3: a formula must start with "="',
    ],
    [
      'a ragged block',
      { row: 0, col: 0, values: [['a', 'b'], ['c']] },
      'S!A1 (block): values row 2 has 1 cells, expected 2',
    ],
    [
      'formats of another shape',
      { row: 0, col: 0, values: [['a']], numberFormats: [['@'], ['@']] },
      'S!A1 (block): numberFormats has 2 rows, values have 1',
    ],
  ])('%s', async (_what, block, message) => {
    await expect(workbookBuffer([{ name: 'S', blocks: [block] }])).rejects.toThrow(message);
  });

  it('a colour that is not #rrggbb', async () => {
    const plan: SheetPlan = {
      name: 'S',
      blocks: [],
      styles: [{ row: 0, col: 0, rows: 1, cols: 1, fill: 'red' }],
    };
    await expect(workbookBuffer([plan])).rejects.toThrow('S!A1:A1: colour must be #rrggbb, got "red"');
  });
});

describe('writeWorkbook: text cells hold strings whatever the plan value', () => {
  it('writes numbers and booleans in text cells as their text', async () => {
    const plan: SheetPlan = {
      name: 'S',
      blocks: [
        {
          row: 0,
          col: 0,
          values: [[42, true, null]],
          numberFormats: [[TEXT_FORMAT, TEXT_FORMAT, TEXT_FORMAT]],
        },
      ],
    };
    const sheet = sheetOf(await writeAndRead([plan], 'text-types.xlsx'), 'S');
    expect(sheet.getCell('A1').value).toBe('42');
    expect(sheet.getCell('A1').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('B1').value).toBe('TRUE');
    expect(sheet.getCell('C1').value).toBeNull();
    expect(sheet.getCell('C1').numFmt).toBe(TEXT_FORMAT);
  });
});

describe('writeWorkbook: styles', () => {
  it('lets a later style take back a top border and keep the rest', async () => {
    const plan: SheetPlan = {
      name: 'S',
      blocks: [{ row: 0, col: 0, values: [['a', 'b']] }],
      styles: [
        { row: 0, col: 0, rows: 1, cols: 2, borderTop: true, bold: true },
        { row: 0, col: 1, rows: 1, cols: 1, borderTop: false },
      ],
    };
    const sheet = sheetOf(await writeAndRead([plan], 'borders.xlsx'), 'S');
    expect(sheet.getCell('A1').border?.top).toMatchObject({ style: 'thin' });
    expect(sheet.getCell('B1').border?.top).toBeUndefined();
    expect(sheet.getCell('B1').font?.bold).toBe(true);
  });
});

describe('readWorkbookValues', () => {
  it('reads a written plan back as plain grids', async () => {
    const path = join(dir, 'grids.xlsx');
    writeFileSync(path, await workbookBuffer([invoicePlan()]));
    const [sheet] = await readWorkbookValues(path);
    expect(sheet.name).toBe('Invoice 2026-10');
    expect(sheet.state).toBe('visible');
    expect(sheet.values[TOTAL_ROW]).toEqual(['Total', null, null, null, 2580]);
    expect(sheet.formulas[TOTAL_ROW]).toEqual([null, null, null, null, '=SUM(E4:E6)']);
    expect(sheet.values[3]).toEqual(['Fixed fee', EVIL_TEXTS[0], 1, 1000, 1000]);
    expect(sheet.formulas[3]).toEqual([null, null, null, null, null]);
    expect(sheet.numberFormats[3]).toEqual([TEXT_FORMAT, TEXT_FORMAT, '0', EURO_QUOTED, EURO_X]);
    expect(sheet.values[8]).toEqual(['Note', EVIL_NOTE, null, null, null]);
  });
});

describe('writeWorkbook: a large plan', () => {
  it('writes 10,000 lines with a table, a validation and a total', async () => {
    const count = 10_000;
    const rows: PlanValue[][] = Array.from({ length: count }, (_, i) => [`=line ${i}`, i, 'higher']);
    const plan: SheetPlan = {
      name: 'Big',
      blocks: [
        {
          row: 0,
          col: 0,
          values: [['Label', 'Amount', 'Direction'], ...rows],
          numberFormats: [[null, null, null], ...rows.map(() => [TEXT_FORMAT, EURO_X, TEXT_FORMAT])],
        },
        { row: count + 1, col: 1, values: [[null]], formulas: [[`=SUM(B2:B${count + 1})`]] },
      ],
      styles: [{ row: 1, col: 1, rows: count, cols: 1, horizontalAlignment: 'right' }],
      tables: [{ name: 'Big', row: 0, col: 0, rows: count + 1, cols: 3 }],
      validations: [{ row: 1, col: 2, rows: count, cols: 1, list: ['higher', 'lower'] }],
      frozenRows: 1,
    };
    const started = Date.now();
    const buffer = await workbookBuffer([plan]);
    const path = join(dir, 'big.xlsx');
    writeFileSync(path, await workbookBuffer([plan]));
    const [sheet] = await readWorkbookValues(path);
    // Reported, not asserted: a quadratic painter would take minutes here, not a couple of seconds.
    console.info(
      `10,000-line plan: ${buffer.length} bytes, written twice and read back in ${Date.now() - started} ms`,
    );
    expect(sheet.values).toHaveLength(count + 2);
    expect(sheet.values[count]).toEqual([`=line ${count - 1}`, count - 1, 'higher']);
    expect(sheet.formulas[count + 1][1]).toBe(`=SUM(B2:B${count + 1})`);
    expect(readFileSync(path).subarray(0, 2).toString()).toBe('PK');
  });
});

describe('writeWorkbook: conditional formats and charts', () => {
  it('writes a cell-is-equal rule whose text is a quoted string constant, and no chart (exceljs writes none)', async () => {
    const plan: SheetPlan = {
      name: 'Performance',
      blocks: [{ row: 0, col: 0, values: [['met'], ['say "hi" =1+1'], [2]] }],
      conditionalFormats: [
        { row: 0, col: 0, rows: 3, cols: 1, equals: 'met', fill: '#e6f4ea', color: '#137333' },
        { row: 0, col: 0, rows: 3, cols: 1, equals: 'say "hi" =1+1', fill: '#fce8e6' },
      ],
      charts: [
        {
          kind: 'line',
          title: 'Values',
          categories: { row: 0, col: 0, rows: 3, cols: 1 },
          series: [{ name: 'Value', values: { row: 0, col: 0, rows: 3, cols: 1 } }],
          anchor: { row: 0, col: 3 },
        },
      ],
    };
    const zip = await JSZip.loadAsync(await workbookBuffer([plan]));
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const rules = [
      ...xml.matchAll(/<cfRule type="cellIs"[^>]*operator="equal"[^>]*>\s*<formula>([^<]*)<\/formula>/g),
    ];
    expect(rules.map((m) => m[1]!.replace(/&quot;/g, '"'))).toEqual(['"met"', '"say ""hi"" =1+1"']);
    expect(Object.keys(zip.files).filter((file) => /chart|drawing/.test(file))).toEqual([]);
  });
});
