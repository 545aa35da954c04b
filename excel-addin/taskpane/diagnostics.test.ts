/** The pane's Diagnostics on the Excel fake: the core's self-test through the Excel bridge and port. */
import { workbookActions } from '../../core/app/actions';
import type { DiagnosticsResult } from '../../core/app/bridge';
import { runDiagnostics } from '../../core/app/diagnostics';
import { bundleFunctions, type ExcelArgumentShapes } from '../../test/excel/bundleFunctions';
import {
  fakeExcel,
  useOfficeRequirements,
  type FakeExcelOptions,
  type FakeSheet,
} from '../../test/fakes/excel';
import { createExcelBridge } from './excelBridge';
import type { ExcelHost } from './host';
import { excelWorkbook } from './workbookPort';
import { ALL_PASSED_IN_EXCEL, statuses } from '../../test/support/diagnosticsExpectation';

function diagnose(
  fake: ReturnType<typeof fakeExcel>,
  hostInfo?: string,
  lang: 'en' | 'fr' = 'en',
): Promise<DiagnosticsResult> {
  const host: ExcelHost = {
    displayLanguage: () => undefined,
    hostInfo: () => hostInfo,
    run: (batch) => fake.run(batch),
  };
  return createExcelBridge({ host, actions: workbookActions(excelWorkbook(host)) }).runDiagnostics(lang);
}

/** An Excel fake whose FEES.* formulas are computed by the built functions.js, with Excel's argument shapes. */
function withFunctions(options: FakeExcelOptions = {}, shapes: ExcelArgumentShapes = {}) {
  return fakeExcel({ ...options, customFunctions: bundleFunctions(shapes) });
}

/**
 * Note the user's sheet and selection, paint and read each sheet (hiding a row of the first between the
 * two, reading the empty sheet painted with it on its own, listing the sheets to see its mark, copying it and listing them again to see the copy's, reading
 * its tall row's height; adding and deleting pairs of sheet names in one run; reading the names sheet's
 * table names before its cells), delete each by its id (the copy too), activate the user's sheet, list the
 * sheets and read the selection, after trying Excel's limits on the empty sheet: twenty-eight runs, whatever the sheets hold.
 */
const RUNS = 28;

describe('Diagnostics in Excel', () => {
  it('passes the checks the fake keeps and deletes its six sheets (a copy among them) and the sheets of its name probe, leaving the other sheets as they were', async () => {
    const restore = useOfficeRequirements('1.12');
    try {
      const fake = withFunctions({ sheets: { Sheet1: [['mine']] } });
      const deleted: FakeSheet[] = [];
      const deleteSheet = fake.book.deleteSheet.bind(fake.book);
      fake.book.deleteSheet = (sheet, location) => {
        deleted.push(sheet);
        deleteSheet(sheet, location);
      };
      const result = await diagnose(fake);
      expect(fake.runs).toHaveLength(RUNS);
      expect(statuses(result)).toEqual(ALL_PASSED_IN_EXCEL);
      expect(result.sheet).toBe('Diagnostics (delete me)');
      expect(result.checks.find((check) => check.id === 'percentFormat')!.seen).toBe(
        'number 0.2, number format "0.00%"; number 0.123456789012345, number format "General"',
      );
      expect(result.checks.find((check) => check.id === 'hiddenRow')!.seen).toBe(
        'text "hidden row", hidden: row 7',
      );
      expect(result.message).toBe('Diagnostics: 24 passed, 0 failed. Its temporary sheets were deleted.');
      expect(result.checks.find((check) => check.id === 'copiedSheetTag')!.seen).toBe(
        'the copy "Diagnostics (delete me) (2)" listed with the mark: a copied Contract or Actuals sheet is refused, naming both sheets',
      );
      // The name probe's sheets went first, deleted by the probe itself (sheetNameProbe.test.ts).
      const probes = deleted.filter((sheet) => sheet.name.startsWith('Diag '));
      expect(probes).toHaveLength(15);
      const painted = deleted.filter((sheet) => !probes.includes(sheet));
      // Marked as the pane marks a contract's sheets: a worksheet custom property.
      expect(painted[0]!.customProperties.get('outcome-fees.sheet')).toBe(
        '{"role":"actuals","contract":"outcome-fees-diagnostics"}',
      );
      expect(painted.map((sheet) => sheet.name)).toEqual([
        'Diagnostics (delete me)',
        'Diagnostics empty (delete me)',
        'Diagnostics (delete me) (2)',
        'Diagnostics chart (delete me)',
        'Diagnostics names (delete me)',
        'Diagnostics calls (delete me)',
      ]);
      // The empty sheet carries no mark; the copy carries it too: Excel's worksheet.copy, as the fake assumes it.
      expect(painted[1]!.customProperties.size).toBe(0);
      expect(painted[2]!.customProperties.get('outcome-fees.sheet')).toBe(
        '{"role":"actuals","contract":"outcome-fees-diagnostics"}',
      );
      expect(painted[3]!.charts.map((chart) => [chart.type, chart.series[0]!.name])).toEqual([
        ['Line', 'Value'],
        ['XYScatterLines', 'Value'],
      ]);
      expect(painted[3]!.conditionalFormats).toHaveLength(1);
      expect(fake.book.sheets.map((sheet) => sheet.name)).toEqual(['Sheet1']);
      expect(fake.book.grid('Sheet1')).toEqual([['mine']]);
    } finally {
      restore();
    }
  });

  it('gives the user back the sheet they were on, with the selection Excel kept for it', async () => {
    const restore = useOfficeRequirements('1.12');
    try {
      // Deleting the active sheet activates the one before it: the last of the user's sheets, not theirs.
      const fake = withFunctions({ sheets: { Contract: [['mine']], Actuals: [], Notes: [] } });
      fake.book.selection = { sheet: 'Contract', address: 'C4:D5' };
      const result = await diagnose(fake);
      expect([fake.book.active, fake.book.selection]).toEqual([
        'Contract',
        { sheet: 'Contract', address: 'C4:D5' },
      ]);
      expect(result.checks.find((check) => check.id === 'userSheetBack')).toMatchObject({
        status: 'passed',
        seen: 'back on "Contract", Contract!C4:D5 selected',
      });
    } finally {
      restore();
    }
  });

  it('costs the same runs and syncs whatever the number of sheets in the workbook', async () => {
    const cost = async (count: number) => {
      const sheets = Object.fromEntries(Array.from({ length: count }, (_, i) => [`Sheet ${i + 1}`, [['x']]]));
      const fake = withFunctions({ sheets });
      await diagnose(fake);
      return fake.runs.map((run) => run.syncs);
    };
    const [few, many] = [await cost(2), await cost(60)];
    expect(many).toEqual(few);
    expect(few).toHaveLength(RUNS);
  });

  it('fails the copy check where a copied worksheet loses its custom property, and deletes the copy', async () => {
    const fake = withFunctions({ sheets: { Sheet1: [] } });
    fake.book.copyKeepsCustomProperties = false;
    const result = await diagnose(fake);
    expect(result.checks.find((check) => check.id === 'copiedSheetTag')).toMatchObject({
      status: 'failed',
      seen: 'the copy "Diagnostics (delete me) (2)" listed without the mark: here a copy of a Contract or Actuals sheet is a sheet of no contract, which the pane never reads, so it goes on reading the original; edit the original, and please send us this report',
    });
    expect(fake.book.sheets.map((sheet) => sheet.name)).toEqual(['Sheet1']);
    expect(fake.runs).toHaveLength(RUNS);
  });

  it('says so when it could not give the user their sheet back', async () => {
    const fake = withFunctions({ sheets: { Contract: [], Actuals: [] } });
    fake.book.selection = { sheet: 'Contract', address: 'B2' };
    const host: ExcelHost = { displayLanguage: () => undefined, run: (batch) => fake.run(batch) };
    const port = excelWorkbook(host);
    // A host whose activation does nothing: the user stays on the sheet Excel chose after the deletion.
    const result = await createExcelBridge({
      host,
      actions: workbookActions({ ...port, select: () => undefined }),
    }).runDiagnostics('en');
    expect(result.checks.find((check) => check.id === 'userSheetBack')).toMatchObject({
      status: 'failed',
      seen: 'on "Actuals" instead of "Contract"',
    });
    expect(result.message).toBe('Diagnostics: 23 passed, 1 failed. Its temporary sheets were deleted.');
  });

  it('deletes its sheet by id: a sheet the user renamed is still deleted, another of its name is kept', async () => {
    const fake = fakeExcel({ sheets: { Sheet1: [] } });
    const host: ExcelHost = { displayLanguage: () => undefined, run: (batch) => fake.run(batch) };
    const port = excelWorkbook(host);
    const [name] = await port.paint([{ plan: { name: 'Temp', blocks: [] } }]);
    (fake.book.find('Temp') as { name: string }).name = 'Renamed'; // the user renames it
    fake.book.addSheet('Temp');
    await port.removePainted(name!);
    expect(fake.book.sheets.map((sheet) => sheet.name)).toEqual(['Sheet1', 'Temp']);
    await expect(port.removePainted('Temp')).rejects.toThrow('was not created by this add-in here');
    await port.paint([{ plan: { name: 'Gone', blocks: [] } }]);
    fake.book.deleteSheet(fake.book.find('Gone')!);
    await expect(port.removePainted('Gone')).resolves.toBeUndefined();
  });

  it('fails the text check on an Excel that ignores the text format and evaluates "=1+1"', async () => {
    const fake = fakeExcel();
    // The assumption under test: the "@" format written before the value keeps it text.
    fake.book.setNumberFormat = () => undefined;
    const result = await diagnose(fake);
    const text = result.checks.find((check) => check.id === 'textStaysText')!;
    expect(text.status).toBe('failed');
    expect(text.seen).toMatch(/^number 2; /);
    expect(result.report).toContain('textStaysText: FAILED.');
  });

  // The prefix character under the text format is undocumented for Office.js: an Excel that kept the
  // painter's first apostrophe as text would show ''abc where the add-in meant 'abc, and the check says so.
  it('fails the text check on an Excel that keeps a leading apostrophe as text under the text format', async () => {
    const fake = fakeExcel();
    const write = fake.book.write.bind(fake.book);
    fake.book.write = (sheet, row, col, input, location) =>
      typeof input === 'string' && input.startsWith("'") && fake.book.numberFormatAt(sheet, row, col) === '@'
        ? fake.book.writeTyped(sheet, row, col, { type: 'String', basicValue: input }, location)
        : write(sheet, row, col, input, location);
    const text = (await diagnose(fake)).checks.find((check) => check.id === 'textStaysText')!;
    expect(text.status).toBe('failed');
    expect(text.seen).toContain(`text "''=1"; text "''abc"`);
  });

  it.each([
    ['keeps a CR LF as a lone line feed, the same two lines', '\n', 'passed'],
    ['drops the line break', '', 'failed'],
  ])('on an Excel that %s, the text check has %s', async (_, lineBreak, status) => {
    const fake = fakeExcel();
    const write = fake.book.write.bind(fake.book);
    fake.book.write = (sheet, row, col, input, location) =>
      write(sheet, row, col, typeof input === 'string' ? input.replace(/\r\n/g, lineBreak) : input, location);
    const text = (await diagnose(fake)).checks.find((check) => check.id === 'textStaysText')!;
    expect([text.status, text.seen.split('; ').at(-1)]).toEqual([
      status,
      `text ${JSON.stringify(`line 1${lineBreak}line 2`)}`,
    ]);
  });

  // Reconcile refuses an amount whose cell shows a percentage only if range.numberFormat says so.
  it('fails the percentage check on an Excel whose range.numberFormat does not say "%", saying what it read', async () => {
    const fake = withFunctions();
    const numberFormatAt = fake.book.numberFormatAt.bind(fake.book);
    fake.book.numberFormatAt = (sheet, row, col) => numberFormatAt(sheet, row, col).replace('%', '');
    const result = await diagnose(fake);
    expect(result.checks.find((check) => check.id === 'percentFormat')).toMatchObject({
      status: 'failed',
      seen: 'number 0.2, number format "0.00"; number 0.123456789012345, number format "General"',
    });
    expect(result.report).toContain(
      'percentFormat: FAILED. A percentage cell\'s number format reads back as a percentage, an unformatted cell\'s as automatic: number 0.2, number format "0.00"; number 0.123456789012345, number format "General"',
    );
    expect(fake.runs).toHaveLength(RUNS);
  });

  // Excel documents getUsedRange() of a blank sheet as its top left cell (the read of its hidden rows asks
  // for it, the fake answers A1), and its values' getUsedRangeOrNullObject is a null object there: the read
  // gives no cell and no hidden row, where a null object asked for its rows would fail the read.
  it('passes the empty-sheet check, reading a blank sheet as no cell', async () => {
    const result = await diagnose(withFunctions());
    expect(result.checks.find((check) => check.id === 'emptySheetRead')).toMatchObject({
      status: 'passed',
      seen: 'no cell, no row said hidden',
    });
  });

  // The painter refuses a plan past the grid before writing and names sheets within 31 characters: the
  // check tries those limits on the empty sheet, one sync each, and gives the sheet its name back.
  it('passes the limits check at 31 characters and the last row and column, and fails it on an Excel that takes a 32-character name', async () => {
    const fake = withFunctions();
    const renames: string[] = [];
    const renameSheet = fake.book.renameSheet.bind(fake.book);
    fake.book.renameSheet = (sheet, name, location) => {
      renames.push(name);
      renameSheet(sheet, name, location);
    };
    const passed = await diagnose(fake);
    expect(passed.checks.find((check) => check.id === 'hostLimits')).toEqual({
      id: 'hostLimits',
      status: 'passed',
      title:
        "The host's limits the pane writes within hold: a sheet name's length, a spreadsheet's cells (Google Sheets), a sheet's last row and column (Excel)",
      seen: 'a sheet name of 31 characters taken, of 32 refused; row 1,048,576 taken, row 1,048,577 refused; column 16,384 taken, column 16,385 refused',
    });
    expect(renames.map((name) => name.length)).toEqual([31, 32, 29]);
    expect(renames[2]).toBe('Diagnostics empty (delete me)');
    const lenient = withFunctions();
    lenient.book.renameSheet = (sheet, name) => void (sheet.name = name);
    const result = await diagnose(lenient, undefined, 'fr');
    expect(result.checks.find((check) => check.id === 'hostLimits')).toMatchObject({
      status: 'failed',
      seen: expect.stringMatching(
        /^un nom de feuille de 31 caractères accepté, de 32 accepté\u00a0; ligne 1\u202f048\u202f576 acceptée, ligne 1\u202f048\u202f577 refusée\u00a0; .*\. Ici l’hôte ne tient pas les limites/,
      ),
    });
    expect(lenient.book.sheets.map((sheet) => sheet.name)).toEqual(['Sheet1']);
  });

  // Reconcile says a supplier's row is hidden only if Excel leaves hidden rows out of the visible cells.
  it('fails the hidden-row check on an Excel whose visible cells take in hidden rows, saying what it read', async () => {
    const fake = withFunctions();
    fake.book.visibleAreas = (_sheet, rect) => [rect];
    const result = await diagnose(fake);
    expect(result.checks.find((check) => check.id === 'hiddenRow')).toMatchObject({
      status: 'failed',
      seen: 'text "hidden row", no row said hidden',
    });
    expect(statuses(result)).toEqual({ ...ALL_PASSED_IN_EXCEL, hiddenRow: 'failed' });
  });

  // The painters cap a row at 409 points (core/layout/rowHeights.ts) because Excel keeps no taller one.
  it('passes the row-height check at 409 points, to the pixel, and says what it read', async () => {
    const result = await diagnose(withFunctions());
    expect(result.checks.find((check) => check.id === 'rowHeight')).toMatchObject({
      status: 'passed',
      seen: 'painted 409 points, read 409 points',
    });
  });

  /** An Excel fake whose rows keep the height `kept` gives a painted one (its pixel grid, its own cap). */
  function keepingHeights(kept: (points: number) => number) {
    const fake = withFunctions();
    const addSheet = fake.book.addSheet.bind(fake.book);
    fake.book.addSheet = (name, location) => {
      const sheet = addSheet(name, location);
      const push = sheet.formats.push.bind(sheet.formats);
      sheet.formats.push = (...formats) =>
        push(
          ...formats.map((f) => (f.property === 'rowHeight' ? { ...f, value: kept(f.value as number) } : f)),
        );
      return sheet;
    };
    return fake;
  }

  // 409 points is 545 1/3 pixels at 96 dpi: an Excel keeping heights to its pixels reads 545 of them back.
  it('passes the row-height check on an Excel that keeps 409 points as 408.75, its pixel, and fails one two pixels short', async () => {
    const pixel = await diagnose(keepingHeights((points) => Math.floor(points / 0.75) * 0.75));
    expect(pixel.checks.find((check) => check.id === 'rowHeight')).toMatchObject({
      status: 'passed',
      seen: 'painted 409 points, read 408.75 points',
    });
    const short = await diagnose(keepingHeights((points) => (Math.floor(points / 0.75) - 1) * 0.75));
    expect(short.checks.find((check) => check.id === 'rowHeight')).toMatchObject({
      status: 'failed',
      seen: 'painted 409 points, read 408 points',
    });
  });

  it('fails the row-height check on an Excel that keeps a row shorter than painted, saying what it read', async () => {
    // An Excel whose tallest row were 300 points, shortening a taller one without a word.
    const fake = keepingHeights((points) => Math.min(points, 300));
    const result = await diagnose(fake);
    expect(result.checks.find((check) => check.id === 'rowHeight')).toMatchObject({
      status: 'failed',
      seen: 'painted 409 points, read 300 points',
    });
    expect(statuses(result)).toEqual({ ...ALL_PASSED_IN_EXCEL, rowHeight: 'failed' });
  });

  // Every contract, actuals and invoice sheet carries tables named by core/layout/tableName.ts.
  it('passes the table-name check with the names the painter gives, _2 and on after a table of the workbook', async () => {
    const fresh = await diagnose(withFunctions());
    expect(fresh.checks.find((check) => check.id === 'tableNames')).toMatchObject({
      status: 'passed',
      seen: 'tables named "Diagnostics", "Diagnostics_2", "diagnostics_3", "_A1", "Écarts_KPI", "Actuals"',
    });
    const fake = withFunctions();
    fake.book.reservedTableNames.push('DIAGNOSTICS', '_a1', 'Actuals');
    const taken = await diagnose(fake);
    expect(taken.checks.find((check) => check.id === 'tableNames')).toMatchObject({
      status: 'passed',
      seen: 'tables named "Diagnostics_2", "Diagnostics_3", "diagnostics_4", "_A1_2", "Écarts_KPI", "Actuals_2"',
    });
    expect(statuses(taken)).toEqual(ALL_PASSED_IN_EXCEL);
  });

  it('fails the table-name check on an Excel that refuses a letter outside ASCII, saying what it means, and leaves no sheet', async () => {
    const fake = withFunctions({ sheets: { Sheet1: [] } });
    const renameTable = fake.book.renameTable.bind(fake.book);
    fake.book.renameTable = (table, name) => {
      if (/[^\x20-\x7e]/.test(name)) throw new Error(`'${name}' is not a valid table name.`);
      renameTable(table, name);
    };
    const result = await diagnose(fake);
    const check = result.checks.find((c) => c.id === 'tableNames')!;
    expect(check.status).toBe('failed');
    expect(check.seen).toMatch(
      /^Excel refused the names the pane gives its tables \(.*'Écarts_KPI' is not a valid table name/,
    );
    expect(check.seen).toMatch(
      /New contract and Generate invoice name theirs so .*please send us this report$/,
    );
    // Nothing painted, the header date is not read either: failed, with the same message.
    expect(statuses(result)).toEqual({
      ...ALL_PASSED_IN_EXCEL,
      tableNames: 'failed',
      tableHeaderDate: 'failed',
    });
    expect(result.checks.find((c) => c.id === 'tableHeaderDate')!.seen).toBe(check.seen);
    expect(fake.book.sheets.map((sheet) => sheet.name)).toEqual(['Sheet1']);
  });

  it('names the names sheet when Excel refuses its tables and then its deletion, saying the user may delete it', async () => {
    const fake = withFunctions({ sheets: { Sheet1: [] } });
    fake.book.renameTable = () => {
      throw new Error('name refused');
    };
    const deleteSheet = fake.book.deleteSheet.bind(fake.book);
    fake.book.deleteSheet = (sheet, location) => {
      if (sheet.name === 'Diagnostics names (delete me)') throw new Error('The sheet is protected.');
      deleteSheet(sheet, location);
    };
    const result = await diagnose(fake);
    expect(fake.book.sheets.map((sheet) => sheet.name)).toEqual(['Sheet1', 'Diagnostics names (delete me)']);
    expect(result.removed).toBe(false);
    expect(result.checks.find((c) => c.id === 'sheetsDeleted')).toMatchObject({
      status: 'failed',
      seen: 'still there: "Diagnostics names (delete me)"',
    });
    expect(result.message).toBe(
      'Diagnostics: 21 passed, 3 failed. The temporary sheet "Diagnostics names (delete me)" could not be deleted: you may delete it.',
    );
  });

  it('says the same in a French pane, on its French sheet, which it deletes', async () => {
    const fake = withFunctions({ sheets: { Feuil1: [] } });
    const painted: string[] = [];
    const addSheet = fake.book.addSheet.bind(fake.book);
    fake.book.addSheet = (name, location) => {
      painted.push(name);
      return addSheet(name, location);
    };
    const passed = await diagnose(fake, undefined, 'fr');
    const quoted = ['Diagnostics', 'Diagnostics_2', 'diagnostics_3', '_A1', 'Écarts_KPI', 'Actuals'].map(
      (name) => `«\u00a0${name}\u00a0»`,
    );
    expect(passed.checks.find((c) => c.id === 'tableNames')!.seen).toBe(
      `tableaux nommés ${quoted.join(', ')}`,
    );
    expect(painted).toContain('Diagnostic noms (à supprimer)');
    expect(fake.book.sheets.map((sheet) => sheet.name)).toEqual(['Feuil1']);
    fake.book.renameTable = () => {
      throw new Error('nom refusé');
    };
    const refused = await diagnose(fake, undefined, 'fr');
    expect(refused.checks.find((c) => c.id === 'tableNames')!.seen).toMatch(
      /^Excel a refusé les noms que le volet donne à ses tableaux \(.*nom refusé.*\)\u00a0: Nouveau contrat et Générer la facture nomment les leurs ainsi .*envoyez-nous ce rapport$/,
    );
    // The paint's failure is worded in the pane's language, as the pane words any failed paint.
    expect(refused.checks.find((c) => c.id === 'tableNames')!.seen).toContain(
      '(Impossible de créer la feuille «\u00a0Diagnostic noms (à supprimer)\u00a0»\u00a0: nom refusé',
    );
  });

  // The Actuals sheet's month headers are its table's header row; the reader takes a date there as its month.
  it('passes the table-header check where a date in a table header stays a date, in a 1904 workbook too', async () => {
    for (const dateSystem of ['1900', '1904'] as const) {
      const result = await diagnose(withFunctions({ dateSystem }));
      expect(result.checks.find((c) => c.id === 'tableHeaderDate')).toMatchObject({
        status: 'passed',
        // The port counts a 1904 workbook's serial back in the 1900 count, as the readers expect.
        seen: 'number 46296, month 2026-10',
      });
    }
  });

  it('fails the table-header check on an Excel that turns a date header into its text, saying what to type', async () => {
    const fake = withFunctions();
    // As Excel is said to keep a table's headers: the text the cell showed.
    const addTable = fake.book.addTable.bind(fake.book);
    fake.book.addTable = (sheet, rect, hasHeaders) => {
      if (hasHeaders && fake.book.numberFormatAt(sheet, rect.row, rect.col) === 'yyyy-mm-dd')
        fake.book.write(sheet, rect.row, rect.col, "'2026-10-01", 'TableCollection.add');
      return addTable(sheet, rect, hasHeaders);
    };
    const result = await diagnose(fake);
    expect(result.checks.find((c) => c.id === 'tableHeaderDate')).toMatchObject({
      status: 'failed',
      seen:
        'text "2026-10-01", month no month: Excel did not keep the date in a table\'s header as a date, so a month typed ' +
        "as a date in the Actuals table's header row is refused here (expected a month YYYY-MM); type such headers as text, 2026-10, as the pane writes them",
    });
    expect(statuses(result)).toEqual({ ...ALL_PASSED_IN_EXCEL, tableHeaderDate: 'failed' });
  });

  it('fails the table-name check on an Excel that keeps names of its own, naming both', async () => {
    const fake = withFunctions();
    fake.book.renameTable = () => undefined; // Table1, Table2…, as tables.add named them
    const result = await diagnose(fake);
    expect(result.checks.find((c) => c.id === 'tableNames')).toMatchObject({
      status: 'failed',
      seen:
        'tables named "Table1", "Table2", "Table3", "Table4", "Table5", "Table6", where the pane named them ' +
        '"Diagnostics", "Diagnostics", "diagnostics", "_A1", "Écarts_KPI", "Actuals" (each may take _2, _3…)',
    });
  });

  it('passes the date checks in a 1900 and a 1904 workbook, reading the date Excel computes as October 2026', async () => {
    for (const dateSystem of ['1900', '1904'] as const) {
      const fake = withFunctions({ dateSystem });
      const result = await diagnose(fake);
      expect(statuses(result)).toEqual(ALL_PASSED_IN_EXCEL);
      expect(result.checks.find((check) => check.id === 'dateFormula')!.seen).toBe(
        'in a date format: number 46296, month 2026-10; in the automatic format: number 46296, month 2026-10',
      );
      expect(fake.runs).toHaveLength(RUNS);
    }
  });

  // The mistake the check exists for: a probe answered in the 1900 count makes the port take a 1904
  // workbook for a 1900 one. The painted date goes through the same mistake both ways and still passes;
  // the date Excel computes is read 1,462 days early, September 2022, as an Actuals header would be.
  it('fails the computed date, saying what it read, where functions.date answers in the 1900 count in a 1904 workbook', async () => {
    const fake = withFunctions({ dateSystem: '1904' });
    fake.book.functionsDateSystem = '1900';
    const result = await diagnose(fake);
    expect(statuses(result)).toEqual({ ...ALL_PASSED_IN_EXCEL, dateFormula: 'failed' });
    expect(result.report).toContain(
      'dateFormula: FAILED. A date the spreadsheet computes (=DATE(2026,10,1)), in a date format and in the automatic one, reads as the month it shows: in a date format: number 44834, month 2022-09; in the automatic format: number 44834, month 2022-09',
    );
    expect(fake.runs).toHaveLength(RUNS);
  });

  it('names the Excel it ran in at the end of the report, as Office gives it, for the user to send us', async () => {
    const restore = useOfficeRequirements('1.12');
    try {
      const withHost = await diagnose(fakeExcel(), 'Excel 16.0.17928.20114 (Mac)');
      expect(withHost.report.split('\n').at(-1)).toBe('Excel 16.0.17928.20114 (Mac)');
      // The same report otherwise (its timings aside), the line after its checks.
      const without = await diagnose(fakeExcel());
      const ids = (report: string) => report.split('\n').map((line) => line.split(':')[0]);
      expect(ids(withHost.report)).toEqual([...ids(without.report), 'Excel 16.0.17928.20114 (Mac)']);
    } finally {
      restore();
    }
  });

  describe('how Excel passes arguments to the built functions', () => {
    const argumentChecks = async (shapes: ExcelArgumentShapes) => {
      const fake = withFunctions({ sheets: { Sheet1: [] } }, shapes);
      const host: ExcelHost = { displayLanguage: () => undefined, run: (batch) => fake.run(batch) };
      const waits: number[] = [];
      const result = await runDiagnostics(excelWorkbook(host), 'en', { wait: (ms) => void waits.push(ms) });
      const found = (id: string) => result.checks.find((check) => check.id === id)!;
      return { fake, waits, blank: found('blankInRangeArgument'), defaults: found('omittedOptional') };
    };

    it('passes on an Excel that passes an empty cell of a range as null (the web)', async () => {
      const { blank, defaults } = await argumentChecks({ blank: null });
      expect([blank.status, defaults.status]).toEqual(['passed', 'passed']);
      expect(defaults.seen).toContain('=FEES.KPISCORE(330,360,300,"lower",,,0.5) gave number 0.75');
    });

    it('reports the 0 on an Excel that passes it as 0 (Windows and Mac, office-js #4702)', async () => {
      const { blank, defaults } = await argumentChecks({ blank: 0 });
      expect(blank.status).toBe('failed');
      expect(blank.seen).toMatch(/^=FEES\.ACHIEVEMENT\(A1:B1,1\) over an empty cell and a 3 gave number 0: /);
      expect(defaults.status).toBe('passed');
    });

    it('reads the calls sheet again while Excel shows #BUSY!, one run each, then passes', async () => {
      const { fake, waits, blank } = await argumentChecks({ busyReads: 2 });
      expect([blank.status, waits]).toEqual(['passed', [500, 500]]);
      expect(fake.runs).toHaveLength(RUNS + 2);
    });

    it('says "not computed in time" on an Excel that stays on #BUSY!, after eight reads', async () => {
      const { fake, blank, defaults } = await argumentChecks({ busyReads: Infinity });
      expect([blank.status, defaults.status]).toEqual(['notChecked', 'notChecked']);
      expect(blank.seen).toBe(
        '=FEES.ACHIEVEMENT(A1:B1,1) not computed in time: still text "#BUSY!" after 8 reads over 3,500 ms; run Diagnostics again',
      );
      expect(fake.runs).toHaveLength(RUNS + 7);
      expect(fake.book.sheets.map((sheet) => sheet.name)).toEqual(['Sheet1']);
    });
  });
});
