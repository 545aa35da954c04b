/**
 * The Excel fake behaves like Office.js where the e2e test relies on it: a fake that applied writes at
 * once, handed out unloaded values or calculated formulas wrongly would let the add-in pass for the wrong
 * reasons.
 */
import { createExcelRun, type FakeContext, type RunRecord } from './officeJs';
import { evaluateFormula, parseFormula } from './formula';
import { FakeWorkbook } from './workbook';

/** DATE in a 1900-system workbook, for formulas evaluated outside one. */
const serial1900 = (y: number, m: number, d: number) => new FakeWorkbook().dateSerial(y, m, d);

function setup(): { book: FakeWorkbook; runs: RunRecord[]; run: ReturnType<typeof createExcelRun> } {
  const book = new FakeWorkbook();
  book.addSheet('Sheet1');
  const runs: RunRecord[] = [];
  return { book, runs, run: createExcelRun(book, runs) };
}

describe('batching', () => {
  test('writes reach the workbook at sync, in order, and each run records its syncs and round trips', async () => {
    const { book, runs, run } = setup();
    await run(async (context: FakeContext) => {
      const sheet = context.workbook.worksheets.add('Data');
      sheet.getRange('A1:B1').formulas = [['x', 2]];
      expect(book.find('Data')).toBeUndefined();
      await context.sync();
      expect(book.grid('Data')).toEqual([['x', 2]]);
      sheet.getRange('A1').formulas = [['y']];
    });
    // Excel.run's own closing sync carried the last write.
    expect(book.grid('Data')).toEqual([['y', 2]]);
    expect(runs).toEqual([{ syncs: 1, roundTrips: 2, calls: 3, wrote: ['Data'] }]);

    await run(async (context: FakeContext) => context.sync());
    expect(runs[1]).toMatchObject({ syncs: 1, roundTrips: 0 });
  });

  test('items and values need load and sync; a missing sheet is a null object only after sync', async () => {
    const { run } = setup();
    await run(async (context: FakeContext) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      const missing = sheets.getItemOrNullObject('Nope');
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      const used = sheets.getItem('Sheet1').getUsedRangeOrNullObject(true);
      await context.sync();
      expect(sheets.items.map((sheet) => sheet.name)).toEqual(['Sheet1']);
      expect(missing.isNullObject).toBe(true);
      expect(used.isNullObject).toBe(true);
      const range = sheets.getItem('Sheet1').getRange('A1');
      range.load(['values']);
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([['']]);
    });
  });

  test('a failing call rejects the sync, keeps the calls before it and drops the rest', async () => {
    const { book, runs, run } = setup();
    const failed = run(async (context: FakeContext) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1').formulas = [['kept']];
      sheet.getRange('A2:B2').formulas = [['wrong shape']];
      sheet.getRange('A3').formulas = [['dropped']];
      await context.sync();
    });
    await expect(failed).rejects.toMatchObject({ code: 'InvalidArgument', name: 'RichApi.Error' });
    expect(book.grid('Sheet1')).toEqual([['kept']]);
    expect(runs[0].error).toMatch(/doesn't match the size/);

    const missing = run(async (context: FakeContext) => {
      context.workbook.worksheets.getItem('Gone').activate();
      await context.sync();
    });
    await expect(missing).rejects.toMatchObject({
      code: 'ItemNotFound',
      debugInfo: { errorLocation: 'WorksheetCollection.getItem' },
    });
  });

  test('sheet and table names are unique ignoring case, and sheet names follow Excel rules', async () => {
    const { run } = setup();
    for (const name of ['sheet1', 'a/b', "'quoted'", 'x'.repeat(32)]) {
      await expect(
        run(async (context: FakeContext) => {
          context.workbook.worksheets.add(name);
          await context.sync();
        }),
      ).rejects.toBeInstanceOf(Error);
    }
    await expect(
      run(async (context: FakeContext) => {
        const sheet = context.workbook.worksheets.getItem('Sheet1');
        sheet.getRange('A1:A2').formulas = [['h'], [1]];
        sheet.getRange('C1:C2').formulas = [['h'], [1]];
        sheet.tables.add(sheet.getRange('A1:A2'), true).name = 'Fees';
        sheet.tables.add(sheet.getRange('C1:C2'), true).name = 'FEES';
        await context.sync();
      }),
    ).rejects.toThrow(/already exists/);
  });

  // The ECMA-376 name rule (a letter, `_` or `\\` first, then letters, digits, `_`, `.`) takes a letter of
  // any script, as core/layout/tableName.ts keeps one; a worksheet's tables list their names once loaded.
  test('a table takes a name with letters of any script, and refuses a reference, a logical or a space', async () => {
    const { book, run } = setup();
    const names = await run(async (context: FakeContext) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:C2').formulas = [
        ['h', null, 'h'],
        [1, null, 1],
      ];
      sheet.tables.add(sheet.getRange('A1:A2'), true).name = 'Écarts_KPI';
      sheet.tables.add(sheet.getRange('C1:C2'), true).name = '_A1';
      const tables = sheet.tables.load('items/name');
      await context.sync();
      return tables.items.map((table) => table.name);
    });
    expect(names).toEqual(['Écarts_KPI', '_A1']);
    expect(book.find('Sheet1')!.tables.map((table) => table.name)).toEqual(['Écarts_KPI', '_A1']);
    for (const name of ['A1', 'KPI1', 'R1C1', 'c', 'TRUE', 'false', 'two words', '1st'])
      await expect(
        setup().run(async (context: FakeContext) => {
          const sheet = context.workbook.worksheets.getItem('Sheet1');
          sheet.tables.add(sheet.getRange('A1:A2'), true).name = name;
          await context.sync();
        }),
      ).rejects.toThrow('is not a valid table name');
  });
});

describe('sheet ids and custom properties', () => {
  test('a sheet’s id needs load and sync, and getItem finds the sheet by it', async () => {
    const { book, run } = setup();
    const id = await run(async (context: FakeContext) => {
      const sheet = context.workbook.worksheets.add('Invoice');
      sheet.load('id');
      expect(() => sheet.id).toThrow("The property 'id' is not available");
      await context.sync();
      return sheet.id;
    });
    expect(id).toBe(book.find('Invoice')!.id);
    expect(id).not.toBe(book.find('Sheet1')!.id);
    await run(async (context: FakeContext) => {
      context.workbook.worksheets.getItem(id).delete();
      await context.sync();
    });
    expect(book.sheets.map((sheet) => sheet.name)).toEqual(['Sheet1']);
  });

  test('custom properties are written at sync and read back, or a null object', async () => {
    const { book, run } = setup();
    await run(async (context: FakeContext) => {
      context.workbook.worksheets.getItem('Sheet1').customProperties.add('k', 'v');
      expect(book.find('Sheet1')!.customProperties.size).toBe(0);
      await context.sync();
    });
    const [found, missing] = await run(async (context: FakeContext) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const props = [
        sheet.customProperties.getItemOrNullObject('k'),
        sheet.customProperties.getItemOrNullObject('x'),
      ];
      props.forEach((p) => p.load('value'));
      await context.sync();
      return props.map((p) => (p.isNullObject ? null : p.value));
    });
    expect([found, missing]).toEqual(['v', null]);
  });
});

describe("Excel's reading of what is written", () => {
  test('=… is a formula unless the cell is text; numbers and booleans typed as text are converted', async () => {
    const { book, run } = setup();
    await run(async (context: FakeContext) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const row = sheet.getRange('A1:F1');
      row.numberFormat = [['General', '@', 'General', '@', 'General', 'General']];
      row.formulas = [['=SUM(C1,5)', '=SUM(C1,5)', '1.5', '1.5', 'TRUE', '<b>']];
      await context.sync();
    });
    expect(book.grid('Sheet1')).toEqual([[6.5, '=SUM(C1,5)', 1.5, '1.5', true, '<b>']]);
    expect(book.snapshot('Sheet1').cells.A1).toEqual({
      value: 6.5,
      formula: '=SUM(C1,5)',
      numberFormat: 'General',
    });
  });

  test('formulas the fake cannot calculate are refused, not given a made-up value', async () => {
    const { book } = setup();
    expect(() => book.typeInto('Sheet1', 'A1', '=VLOOKUP(A2,B:C,2)')).toThrow(/cannot calculate/);
    expect(parseFormula('=SUM(F9:F13)+F16')).not.toBeNull();
    expect(parseFormula('=SUM(F9:F13')).toBeNull();
    expect(parseFormula('=F9%2')).toBeNull();
    expect(parseFormula('=ROUND(F9)')).toBeNull();
  });

  test('ROUND is half away from zero and ROUNDDOWN toward zero, on the digits Excel keeps', () => {
    const cells: Record<string, number> = { '0:0': 113990, '1:0': 2.675, '2:0': -2.675, '3:0': 1.005 };
    const value = (row: number, col: number) => cells[`${row}:${col}`] ?? '';
    const calc = (formula: string) => evaluateFormula(parseFormula(formula)!, value, serial1900);
    expect(calc('=ROUND(A1*0.2,2)')).toBe(22798);
    expect(calc('=ROUND(A2,2)')).toBe(2.68);
    expect(calc('=ROUND(A3,2)')).toBe(-2.68);
    expect(calc('=ROUNDDOWN(A2,2)')).toBe(2.67);
    expect(calc('=ROUND(A4,2)')).toBe(1.01);
    expect(calc('=ROUND(A1*0.2+0.005,0)')).toBe(22798);
    expect(calc('=2*3+1')).toBe(7);
    // The invoice's VAT (core/layout/vatFormula.ts): * and / from left to right, / by 0 is #DIV/0!.
    expect(calc('=ROUND(ROUND(A1*100,0)*11/200,0)/100')).toBe(6269.45);
    expect(calc('=ROUNDDOWN(ROUND(A1*100,0)/5,0)/100')).toBe(22798);
    expect(calc('=12/3*2')).toBe(8);
    expect(calc('=A1/0')).toBe('#DIV/0!');
  });

  test('SUM skips text and empty cells; + of text is #VALUE!', () => {
    const cells: Record<string, string | number> = { '0:0': 2, '1:0': 'n/a', '2:0': 3.5 };
    const value = (row: number, col: number) => cells[`${row}:${col}`] ?? '';
    expect(evaluateFormula(parseFormula('=SUM(A1:A4)')!, value, serial1900)).toBe(5.5);
    expect(evaluateFormula(parseFormula('=A1+A2')!, value, serial1900)).toBe('#VALUE!');
    expect(evaluateFormula(parseFormula('=A1+A4+1')!, value, serial1900)).toBe(3);
  });

  test('- subtracts from left to right, an empty cell reading 0 (a note line on one invoice only)', () => {
    const cells: Record<string, string | number> = { '0:0': 2, '1:0': 'n/a', '2:0': 3.5 };
    const value = (row: number, col: number) => cells[`${row}:${col}`] ?? '';
    const calc = (formula: string) => evaluateFormula(parseFormula(formula)!, value, serial1900);
    expect(calc('=A3-A1')).toBe(1.5);
    expect(calc('=A4-A3')).toBe(-3.5);
    expect(calc('=A3-A1-1+2')).toBe(2.5);
    expect(calc('=A3-A1*2')).toBe(-0.5);
    expect(calc('=A1-A2')).toBe('#VALUE!');
  });

  test('COUNTIF counts text cells equal to a plain text, ignoring case; wildcards and comparisons are refused', () => {
    const cells: Record<string, string | number> = {
      '0:0': 'missed',
      '1:0': 'Missed',
      '2:0': 'met',
      '3:0': 3,
    };
    const value = (row: number, col: number) => cells[`${row}:${col}`] ?? '';
    expect(evaluateFormula(parseFormula('=COUNTIF(A1:A5,"missed")')!, value, serial1900)).toBe(2);
    expect(evaluateFormula(parseFormula('=COUNTIF(A1:A5,"say ""hi""")')!, value, serial1900)).toBe(0);
    expect(parseFormula('=COUNTIF(A1:A5,"m*")')).toBeNull();
    expect(parseFormula('=COUNTIF(A1:A5,">2")')).toBeNull();
    expect(parseFormula('=COUNTIF(A1:A5,A1)')).toBeNull();
  });

  test('DATE answers the serial of its workbook’s date system, as Excel does, rolling months over', async () => {
    const dated = (system: '1900' | '1904') => {
      const { book } = setup();
      book.dateSystem = system;
      book.typeInto('Sheet1', 'A1', '=DATE(2026,10,1)');
      book.typeInto('Sheet1', 'A2', '=DATE(2026,13,1)');
      book.typeInto('Sheet1', 'A3', '=DATE(26,10,1)');
      book.typeInto('Sheet1', 'A4', '=DATE(10000,1,1)');
      return book.grid('Sheet1').map((row) => row[0]);
    };
    // 2026-10-01 is 46296 days after 1899-12-30 and 44834 after 1904-01-01; DATE(26,…) is 1926.
    expect(dated('1900')).toEqual([46296, 46388, 9771, '#NUM!']);
    expect(dated('1904')).toEqual([44834, 44926, 8309, '#NUM!']);
    expect(parseFormula('=DATE(2026,10)')).toBeNull();
  });

  test('the used range spans values only, from its first used cell', () => {
    const { book } = setup();
    book.typeInto('Sheet1', 'C3', 'x');
    book.typeInto('Sheet1', 'D5', '=SUM(C3)');
    const sheet = book.find('Sheet1')!;
    book.setNumberFormat(sheet, 9, 9, '0.00');
    expect(book.usedRect(sheet, true)).toEqual({ row: 2, col: 2, rows: 3, cols: 2 });
    expect(book.usedRect(sheet, false)).toEqual({ row: 2, col: 2, rows: 8, cols: 8 });
  });
});

describe('hidden rows', () => {
  test('rowHidden hides entire rows at sync; visible cells leave them out, a null object when none shows', async () => {
    const { book, run } = setup();
    const sheet = book.find('Sheet1')!;
    for (let row = 0; row < 5; row++) book.write(sheet, row, 0, `line ${row + 1}`, 'test');
    await run(async (context: FakeContext) => {
      const worksheet = context.workbook.worksheets.getItem('Sheet1');
      worksheet.getRange('A2:A3').getEntireRow().rowHidden = true;
      expect(sheet.hiddenRows.size).toBe(0);
      const visible = worksheet.getRange('A1:B5').getSpecialCellsOrNullObject('Visible');
      visible.load(['areas/items/rowIndex', 'areas/items/rowCount']);
      await context.sync();
      expect(visible.isNullObject).toBe(false);
      expect(visible.areas.items.map((area) => [area.rowIndex, area.rowCount])).toEqual([
        [0, 1],
        [3, 2],
      ]);
      // Only what was loaded can be read.
      expect(() => visible.areas.items[0]!.columnCount).toThrow(/not available/);
      const none = worksheet.getRange('A2:A3').getSpecialCellsOrNullObject('Visible');
      none.load(['areas/items/rowIndex']);
      await context.sync();
      expect(none.isNullObject).toBe(true);
    });
    expect([...sheet.hiddenRows]).toEqual([1, 2]);
    // Hidden, the cells keep their values.
    expect(book.grid('Sheet1').map((row) => row[0])).toEqual([
      'line 1',
      'line 2',
      'line 3',
      'line 4',
      'line 5',
    ]);
  });

  test('getUsedRange is A1 on an empty sheet, where getUsedRangeOrNullObject is a null object', async () => {
    const { run } = setup();
    await run(async (context: FakeContext) => {
      const worksheet = context.workbook.worksheets.getItem('Sheet1');
      const used = worksheet.getUsedRange(true).load(['rowIndex', 'rowCount', 'address']);
      const orNull = worksheet.getUsedRangeOrNullObject(true).load('rowIndex');
      await context.sync();
      expect([used.rowIndex, used.rowCount, used.address]).toEqual([0, 1, 'Sheet1!A1']);
      expect(orNull.isNullObject).toBe(true);
    });
  });
});

describe('row heights', () => {
  test('a row keeps up to 409 points and reads back, one height for a range or null where rows differ', async () => {
    const { run } = setup();
    await run(async (context: FakeContext) => {
      const worksheet = context.workbook.worksheets.getItem('Sheet1');
      worksheet.getRange('A2:A3').format.rowHeight = 409;
      const [first, tall, mixed] = ['A1', 'A2:A3', 'A1:A2'].map((address) =>
        worksheet.getRange(address).load('format/rowHeight'),
      );
      expect(() => first!.format.rowHeight).toThrow(/not available/);
      await context.sync();
      expect([first!.format.rowHeight, tall!.format.rowHeight, mixed!.format.rowHeight]).toEqual([
        15,
        409,
        null,
      ]);
    });
  });

  test('a taller row is refused, and the sync with it', async () => {
    const { book, run } = setup();
    const refused = run(async (context: FakeContext) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').format.rowHeight = 410;
      await context.sync();
    });
    await expect(refused).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(book.find('Sheet1')!.formats).toEqual([]);
  });
});
