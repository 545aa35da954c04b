/** The sidebar's Diagnostics: the core's self-test over the google.script.run port to the built Code.js. */
import * as cellValues from '../fakes/appsScript/cellValues';
import * as customFunctionArguments from '../fakes/appsScript/customFunctionArgument';
import { FakeRange } from '../fakes/appsScript/range';
import { FakeSheet } from '../fakes/appsScript/sheet';
import { FakeSpreadsheet } from '../fakes/appsScript/spreadsheet';
import { runDiagnostics } from '../../core/app/diagnostics';
import { scriptRunPort, type ServerCall } from '../../sheets-addon/sidebar/scriptRunPort';
import { loadAddon, nodeServerCalls, sidebarActions } from './builtSheets';
import { ALL_PASSED_IN_SHEETS, statuses } from '../support/diagnosticsExpectation';

describe('Diagnostics in the Sheets sidebar', () => {
  // The date check's cell is a number painted in a date format: Sheets, and the fake, hand it back as a
  // Date at midnight in Tokyo, which the server must read as 1 October whatever the script's zone.
  it('passes the checks the fake keeps, leaving the other sheets as they were', async () => {
    const addon = loadAddon({ sheetNames: ['Sheet1'], spreadsheetTimeZone: 'Asia/Tokyo' });
    addon.fake.spreadsheet.getSheetByName('Sheet1')!.getRange(1, 1).setValue('mine');
    const deleted: { name: string; charts: number; rules: number }[] = [];
    const original = FakeSpreadsheet.prototype.deleteSheet;
    const deleteSheet = jest.spyOn(FakeSpreadsheet.prototype, 'deleteSheet').mockImplementation(function (
      this: FakeSpreadsheet,
      sheet,
    ) {
      deleted.push({
        name: sheet.getName(),
        charts: sheet.getCharts().length,
        rules: sheet.getConditionalFormatRules().length,
      });
      original.call(this, sheet);
    });
    const result = await sidebarActions(addon).runDiagnostics('fr');
    deleteSheet.mockRestore();
    expect(statuses(result)).toEqual(ALL_PASSED_IN_SHEETS);
    expect(result.checks.find((check) => check.id === 'dateMonth')!.seen).toBe(
      'date 2026-10-01, mois 2026-10',
    );
    // =DATE(2026,10,1) computed by the spreadsheet reaches the sidebar as the day it shows, in a date
    // format and in the automatic one (a user's Actuals header typed so).
    expect(result.checks.find((check) => check.id === 'dateFormula')!.seen).toBe(
      'au format date\u00a0: date 2026-10-01, mois 2026-10\u00a0; au format automatique\u00a0: date 2026-10-01, mois 2026-10',
    );
    expect(result.message).toBe(
      'Diagnostic\u00a0: 21 réussis, 0 en échec. Ses feuilles temporaires ont été supprimées.',
    );
    // Google's limits, tried on the empty sheet: 100 characters of a name and not 101, and not one row past
    // the 10 million cells, the painters' up-front refusal.
    expect(result.checks.find((check) => check.id === 'hostLimits')!.seen).toBe(
      'un nom de feuille de 100 caractères accepté, de 101 refusé\u00a0; 10\u202f000\u202f000 cellules dans le classeur\u00a0: le remplir non essayé, une feuille agrandie d’une ligne au-delà refusée',
    );
    // Sheets' getDataRange() of a sheet with nothing in it is A1 alone: one empty cell, no row hidden.
    expect(result.checks.find((check) => check.id === 'emptySheetRead')!.seen).toBe(
      '1 ligne × 1 colonne, vide, aucune ligne dite masquée',
    );
    // The hidden rows of the first sheet are told by a sheet of formulas the same read deletes, named in
    // the port's language (this test's port speaks English; the sidebar's, the pane's language).
    // The name probe's sheets, one of each pair Sheets takes for one name (Case/CASE), two of each other.
    const probe = (name: string) => name.startsWith('Diag ');
    expect(deleted.filter((sheet) => probe(sheet.name))).toHaveLength(15);
    expect(deleted.filter((sheet) => !probe(sheet.name))).toEqual([
      { name: 'Hidden rows (to delete)', charts: 0, rules: 0 },
      { name: 'Hidden rows (to delete)', charts: 0, rules: 0 },
      { name: 'Diagnostic (à supprimer)', charts: 0, rules: 0 },
      { name: 'Diagnostic vide (à supprimer)', charts: 0, rules: 0 },
      { name: 'Copy of Diagnostic (à supprimer)', charts: 0, rules: 0 },
      { name: 'Diagnostic graphe (à supprimer)', charts: 2, rules: 1 },
      { name: 'Diagnostic appels (à supprimer)', charts: 0, rules: 0 },
    ]);
    expect(addon.fake.spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual(['Sheet1']);
    expect(addon.fake.spreadsheet.getSheetByName('Sheet1')!.getDataRange().getValues()).toEqual([['mine']]);
  });

  // West of UTC the Date of a computed day is its midnight in Los Angeles, 07:00 UTC: still 1 October.
  it('reads the date the spreadsheet computes as 1 October in a spreadsheet west of UTC too', async () => {
    const addon = loadAddon({ spreadsheetTimeZone: 'America/Los_Angeles' });
    const result = await sidebarActions(addon).runDiagnostics('en');
    expect(result.checks.find((check) => check.id === 'dateFormula')).toMatchObject({
      status: 'passed',
      seen: 'in a date format: date 2026-10-01, month 2026-10; in the automatic format: date 2026-10-01, month 2026-10',
    });
  });

  // Reconcile refuses an amount whose cell shows a percentage only if getNumberFormats says so, and it
  // reads the formats in the same server call as the values.
  it('reads the percentage with its format in the one read of the sheet, and passes', async () => {
    const addon = loadAddon();
    const calls: string[] = [];
    const server = nodeServerCalls(addon);
    const recorded: ServerCall = (name, ...args) => (calls.push(name), server(name, ...args));
    const result = await runDiagnostics(scriptRunPort(recorded), 'en', {
      wait: () => undefined,
    });
    expect(result.checks.find((check) => check.id === 'percentFormat')).toMatchObject({
      status: 'passed',
      // "General", which the painter sets on a cell the plan leaves unformatted, reads back as automatic.
      seen: 'number 0.2, number format "0.00%"; number 0.123456789012345, number format "0.###############"',
    });
    // The empty sheet is read on its own, so a Sheets that fails its read fails that check alone.
    expect(calls.filter((name) => name === 'readFormattedSheets')).toHaveLength(2);
    expect(calls.filter((name) => name === 'readSheets')).toHaveLength(2);
  });

  it('fails the percentage check on a Sheets whose getNumberFormats does not say "%", saying what it read', async () => {
    const addon = loadAddon();
    const original = FakeRange.prototype.getNumberFormats;
    const spy = jest.spyOn(FakeRange.prototype, 'getNumberFormats').mockImplementation(function (
      this: FakeRange,
    ) {
      return original.call(this).map((row) => row.map((format) => format.replace('%', '')));
    });
    try {
      const result = await sidebarActions(addon).runDiagnostics('fr');
      expect(result.checks.find((check) => check.id === 'percentFormat')).toMatchObject({
        status: 'failed',
        seen: 'nombre 0.2, format de nombre "0.00"\u00a0; nombre 0.123456789012345, format de nombre "0.###############"',
      });
      expect(result.message).toMatch(/^Diagnostic\u00a0: 20 réussis, 1 en échec\./);
    } finally {
      spy.mockRestore();
    }
  });

  it('fails the percentage check on a Sheets where "General" does not reset a cell to automatic, saying what it read', async () => {
    const addon = loadAddon();
    const original = FakeRange.prototype.getNumberFormats;
    const spy = jest.spyOn(FakeRange.prototype, 'getNumberFormats').mockImplementation(function (
      this: FakeRange,
    ) {
      return original
        .call(this)
        .map((row) => row.map((format) => format.replace('0.###############', '0.00')));
    });
    try {
      const result = await sidebarActions(addon).runDiagnostics('en');
      expect(result.checks.find((check) => check.id === 'percentFormat')).toMatchObject({
        status: 'failed',
        seen: 'number 0.2, number format "0.00%"; number 0.123456789012345, number format "0.00"',
      });
    } finally {
      spy.mockRestore();
    }
  });

  // The fake's getDataRange() of an empty sheet is A1 alone, as Apps Script's: a Sheets that gave the
  // sheet's whole grid would have every reader take 1,000 empty rows for the sheet's.
  it('fails the empty-sheet check on a Sheets whose getDataRange of an empty sheet is its whole grid, saying what it read', async () => {
    const addon = loadAddon();
    const original = FakeSheet.prototype.getDataRange;
    const spy = jest.spyOn(FakeSheet.prototype, 'getDataRange').mockImplementation(function (
      this: FakeSheet,
    ) {
      return this.getLastRow() === 0
        ? this.getRange(1, 1, this.getMaxRows(), this.getMaxColumns())
        : original.call(this);
    });
    try {
      const result = await sidebarActions(addon).runDiagnostics('en');
      expect(result.checks.find((check) => check.id === 'emptySheetRead')).toMatchObject({
        status: 'failed',
        seen: '1,001 rows × 27 columns, empty, no row said hidden',
      });
      expect(addon.fake.spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual(['Sheet1']);
    } finally {
      spy.mockRestore();
    }
  });

  // The Sheets painter refuses a paint past 10 million cells before inserting a sheet: a Sheets that held
  // more would be refused sheets it could take, one that took a longer name than 100 keeps none of ours.
  it('fails the limits check on a Sheets that grows past 10 million cells, or refuses a 100-character name, and gives the sheet back its name', async () => {
    const addon = loadAddon();
    const checkGrowth = jest.spyOn(FakeSpreadsheet.prototype, '__checkGrowth').mockImplementation(() => {});
    let renamed: string[] = [];
    const original = FakeSheet.prototype.setName;
    const setName = jest.spyOn(FakeSheet.prototype, 'setName').mockImplementation(function (
      this: FakeSheet,
      name: string,
    ) {
      renamed.push(name);
      return original.call(this, name);
    });
    try {
      const grows = await sidebarActions(addon).runDiagnostics('en');
      expect(grows.checks.find((check) => check.id === 'hostLimits')).toMatchObject({
        status: 'failed',
        seen: 'a sheet name of 100 characters taken, of 101 refused; 10,000,000 cells in the spreadsheet: filling it not tried, a sheet grown one row past them taken. Here the host does not keep the limits the pane writes within: it may refuse a sheet the pane lays out, or hold more than the pane lets it; please send us this report',
      });
      expect(renamed.map((name) => name.length)).toEqual([100, 101, 29]);
      expect(renamed[2]).toBe('Diagnostics empty (delete me)');
      expect(addon.fake.spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual(['Sheet1']);
      checkGrowth.mockRestore();
      renamed = [];
      setName.mockImplementation(function (this: FakeSheet, name: string) {
        if (name.length > 31) throw new Error('Sheet names cannot be longer than 31 characters.');
        return original.call(this, name);
      });
      const short = await sidebarActions(addon).runDiagnostics('en');
      expect(short.checks.find((check) => check.id === 'hostLimits')!.seen).toMatch(
        /^a sheet name of 100 characters refused, of 101 refused; 10,000,000 cells in the spreadsheet: filling it not tried, a sheet grown one row past them refused\. Here the host/,
      );
    } finally {
      checkGrowth.mockRestore();
      setName.mockRestore();
    }
  });

  // Google does not document whether a sheet's Duplicate keeps its developer metadata, on which the
  // refusal of a copied Contract or Actuals sheet rests: the check duplicates the main sheet and lists it.
  it('sees a duplicate keep the mark, and deletes that copy, not a sheet of the user named as it would be', async () => {
    const addon = loadAddon({ sheetNames: ['Sheet1', 'Copy of Diagnostics (delete me)'] });
    const spreadsheet = addon.fake.spreadsheet;
    spreadsheet.setActiveSheet(spreadsheet.getSheetByName('Sheet1')!);
    const calls: string[] = [];
    const server = nodeServerCalls(addon);
    const recorded: ServerCall = (name, ...args) => (calls.push(name), server(name, ...args));
    const result = await runDiagnostics(scriptRunPort(recorded), 'en', { wait: () => undefined });
    expect(result.checks.find((check) => check.id === 'copiedSheetTag')).toEqual({
      id: 'copiedSheetTag',
      status: 'passed',
      title:
        "A copied sheet (Excel: Move or Copy, on its tab; Google Sheets: Duplicate) keeps the hidden mark, so a copy of a contract's sheet is told from the original",
      seen: 'the copy "Copy of Diagnostics (delete me) 2" listed with the mark: a copied Contract or Actuals sheet is refused, naming both sheets',
    });
    expect(calls.filter((name) => name === 'duplicateSheet')).toHaveLength(1);
    expect(result.checks.find((check) => check.id === 'sheetsDeleted')!.status).toBe('passed');
    expect(spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual([
      'Sheet1',
      'Copy of Diagnostics (delete me)',
    ]);
    expect(spreadsheet.getActiveSheet().getName()).toBe('Sheet1');
  });

  it('fails the copy check where a duplicate loses the mark, saying what that means, and deletes the copy', async () => {
    const addon = loadAddon({ duplicateKeepsDeveloperMetadata: false });
    const result = await sidebarActions(addon).runDiagnostics('fr');
    expect(result.checks.find((check) => check.id === 'copiedSheetTag')).toMatchObject({
      status: 'failed',
      seen: 'la copie «\u00a0Copy of Diagnostic (à supprimer)\u00a0» listée sans la marque\u00a0: ici la copie d’une feuille de contrat ou de réalisé est une feuille d’aucun contrat, que le volet ne lit jamais, et il continue de lire l’original\u00a0; modifiez l’original, et envoyez-nous ce rapport',
    });
    expect(result.message).toBe(
      'Diagnostic\u00a0: 20 réussis, 1 en échec. Ses feuilles temporaires ont été supprimées.',
    );
    expect(addon.fake.spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual(['Sheet1']);
  });

  // Google documents neither how insertSheet refuses a name nor how getSheetByName matches one; the fake
  // compares names case aside and folds nothing else, which the probe shows in the user's spreadsheet.
  it("sees how Sheets compares sheet names in one server call, deleting the sheets it inserted, not the user's", async () => {
    const addon = loadAddon({ sheetNames: ['Sheet1', 'diag øre (delete me)'] });
    const spreadsheet = addon.fake.spreadsheet;
    spreadsheet.setActiveSheet(spreadsheet.getSheetByName('Sheet1')!);
    const calls: string[] = [];
    const server = nodeServerCalls(addon);
    const recorded: ServerCall = (name, ...args) => (calls.push(name), server(name, ...args));
    const result = await runDiagnostics(scriptRunPort(recorded), 'en', { wait: () => undefined });
    expect(result.checks.find((check) => check.id === 'sheetNameFolding')).toMatchObject({
      status: 'passed',
      seen: expect.stringMatching(
        /^Case\/CASE: one name; Straße\/STRASSE: two names; Écarts\/ecarts: two names; /,
      ),
    });
    // The user's sheet named as a probe's: that pair is not tried, and the sheet stays.
    expect(result.checks.find((check) => check.id === 'sheetNameFolding')!.seen).toMatch(
      /Øre\/Ore: not tried/,
    );
    expect(calls.filter((name) => name === 'compareSheetNames')).toHaveLength(1);
    expect(spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual([
      'Sheet1',
      'diag øre (delete me)',
    ]);
  });

  it('fails the name check on a Sheets that tells names apart by case, naming what it took for two', async () => {
    const addon = loadAddon();
    const spy = jest.spyOn(FakeSpreadsheet.prototype, '__sheetNamed').mockImplementation(function (
      this: FakeSpreadsheet,
      name: string,
    ) {
      return this.getSheets().find((sheet) => sheet.getName() === name) ?? null;
    });
    try {
      const result = await sidebarActions(addon).runDiagnostics('en');
      const check = result.checks.find((c) => c.id === 'sheetNameFolding')!;
      expect(check.status).toBe('failed');
      expect(check.seen).toMatch(/Case\/CASE: two names/);
    } finally {
      spy.mockRestore();
    }
    expect(addon.fake.spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual(['Sheet1']);
  });

  it('gives the user back the sheet they were on, with its most recent selection', async () => {
    // Its sheets go after the active one, and deleting the active one activates the one before it: Sheet1
    // again, but without the selection unless it is asked back (setActiveSheet's restoreSelection).
    const addon = loadAddon({ sheetNames: ['Sheet1', 'Sheet2'] });
    const spreadsheet = addon.fake.spreadsheet;
    spreadsheet.setActiveSheet(spreadsheet.getSheetByName('Sheet1')!);
    spreadsheet.getSheetByName('Sheet1')!.getRange('C4:D5').activate();
    const result = await sidebarActions(addon).runDiagnostics('en');
    expect([spreadsheet.getActiveSheet().getName(), spreadsheet.getActiveRange()?.getA1Notation()]).toEqual([
      'Sheet1',
      'C4:D5',
    ]);
    expect(result.checks.find((check) => check.id === 'userSheetBack')).toMatchObject({
      status: 'passed',
      seen: 'back on "Sheet1", Sheet1!C4:D5 selected',
    });
  });

  // A Sheets that keeps only the line feed of a CR LF (Google documents neither way) keeps the same two
  // lines: the paint goes on and textStaysText reports what it saw instead of the self-test aborting.
  it('on a Sheets that turns a CR LF into a line feed, passes textStaysText', async () => {
    const addon = loadAddon();
    const original = cellValues.userEntered;
    const spy = jest
      .spyOn(cellValues, 'userEntered')
      .mockImplementation((input, format) =>
        original(typeof input === 'string' ? input.replace(/\r\n/g, '\n') : input, format),
      );
    try {
      const result = await sidebarActions(addon).runDiagnostics('en');
      expect(result.checks.find((check) => check.id === 'textStaysText')?.status).toBe('passed');
      expect(addon.fake.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
    } finally {
      spy.mockRestore();
    }
  });

  // The other way Google leaves undocumented: a Sheets that treats an apostrophe under the text format
  // as typed (drops it). The read back differs from what the paint meant, so the Diagnostics paint fails
  // naming the first such cell and its text.
  it.each([['drops a leading apostrophe', (text: string) => text.replace(/^'/, ''), 'E1', "'=1"]])(
    'on a Sheets that %s under the text format, fails naming the cell, leaving nothing',
    async (_, change, at, text) => {
      const addon = loadAddon();
      const original = cellValues.userEntered;
      const spy = jest
        .spyOn(cellValues, 'userEntered')
        .mockImplementation((input, format) =>
          original(
            typeof input === 'string' && format === cellValues.PLAIN_TEXT_FORMAT ? change(input) : input,
            format,
          ),
        );
      try {
        await expect(sidebarActions(addon).runDiagnostics('en')).rejects.toThrow(
          `Could not build the sheet "Diagnostics (delete me)": Google Sheets did not keep the text ${JSON.stringify(text)} in ${at} as written (it read it as a formula, a number or a date, or changed its characters)`,
        );
        expect(addon.fake.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
      } finally {
        spy.mockRestore();
      }
    },
  );

  it('on a Sheets that ignores the text format and evaluates "=1+1", fails naming the cell, leaving nothing', async () => {
    const addon = loadAddon();
    // The assumption under test: the plain-text format written before the value keeps it text. Every
    // paint reads its text cells back, so the Diagnostics paint itself fails, naming the first one.
    const spied = [
      jest.spyOn(FakeRange.prototype, 'setNumberFormats').mockImplementation(function (this: FakeRange) {
        return this;
      }),
      jest.spyOn(FakeRange.prototype, 'setNumberFormat').mockImplementation(function (this: FakeRange) {
        return this;
      }),
    ];
    try {
      await expect(sidebarActions(addon).runDiagnostics('en')).rejects.toThrow(
        'Could not build the sheet "Diagnostics (delete me)": Google Sheets did not keep the text "=1+1" in A1 as written (it read it as a formula, a number or a date, or changed its characters): please send us this message. What had been built was removed.',
      );
      expect(addon.fake.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
    } finally {
      for (const spy of spied) spy.mockRestore();
    }
  });

  // The fake computes =ACHIEVEMENT(A1:B1,1) and the others with the built Code.js's own functions, handed
  // the arguments as Sheets hands them: the empty A1 as "", a skipped argument as "".
  describe('how Sheets passes arguments to the built functions', () => {
    const argumentChecks = async (loadingReads: number) => {
      const addon = loadAddon();
      addon.fake.state.customFunctionLoadingReads = loadingReads;
      const waits: number[] = [];
      const result = await runDiagnostics(scriptRunPort(nodeServerCalls(addon)), 'en', {
        wait: (ms) => void waits.push(ms),
      });
      const found = (id: string) => result.checks.find((check) => check.id === id)!;
      return { addon, waits, blank: found('blankInRangeArgument'), defaults: found('omittedOptional') };
    };

    it('passes: an empty cell arrives as "", an omitted or skipped argument takes its default', async () => {
      const { blank, defaults, waits } = await argumentChecks(0);
      expect([blank.status, blank.seen]).toEqual([
        'passed',
        '=ACHIEVEMENT(A1:B1,1) over an empty cell and a 3 gave an empty result: the empty cell arrived as empty, so blank rows stay blank',
      ]);
      expect([defaults.status, defaults.seen]).toEqual([
        'passed',
        '=HYBRIDFEE(20000,5000,1.25) gave number 25000 (its default gives number 25000); =KPISCORE(330,360,300,"lower",,,0.5) gave number 0.75 (its default gives number 0.75)',
      ]);
      expect(waits).toEqual([]);
    });

    it('reads the calls sheet again while Sheets shows Loading..., then passes', async () => {
      // The server's paint reads its cells back once itself: of two reads showing Loading..., the second
      // is the pane's first read of the calls sheet, and the one after it shows the results.
      const { blank, defaults, waits } = await argumentChecks(2);
      expect([blank.status, defaults.status, waits]).toEqual(['passed', 'passed', [500]]);
    });

    it('says "not computed in time" when the cells stay on Loading..., and deletes the sheet', async () => {
      const { addon, blank, defaults, waits } = await argumentChecks(Infinity);
      expect([blank.status, defaults.status, waits.length]).toEqual(['notChecked', 'notChecked', 7]);
      expect(defaults.seen).toContain(
        '=HYBRIDFEE(20000,5000,1.25) not computed in time: still text "Loading..." after 8 reads over 3,500 ms',
      );
      expect(addon.fake.spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual(['Sheet1']);
    });
  });

  // The fake computes =DATE(10000,1,1) as #NUM! and hands the cell to ACHIEVEMENT as "#NUM!", its code in
  // text (customFunctionArgument.ts); the built Code.js reads it as that error and fails the call.
  describe('an error cell inside a range handed to the built functions', () => {
    const errorCheck = async (lang: 'en' | 'fr') => {
      const addon = loadAddon();
      const result = await runDiagnostics(scriptRunPort(nodeServerCalls(addon)), lang, {
        wait: () => undefined,
      });
      return { addon, check: result.checks.find((check) => check.id === 'errorInRangeArgument')! };
    };

    it('passes: the call over #NUM! and a 3 shows #ERROR!', async () => {
      const { check } = await errorCheck('fr');
      expect([check.status, check.seen]).toEqual([
        'passed',
        '=ACHIEVEMENT(A6:B6,1) sur texte "#NUM!" et un 3 a donné texte "#ERROR!"\u00a0: la cellule en erreur est arrivée comme une erreur, jamais comme un nombre',
      ]);
    });

    it('fails on a Sheets that hands an error cell over as a blank, saying what the call gave', async () => {
      const spy = jest
        .spyOn(customFunctionArguments, 'customFunctionArgument')
        .mockImplementation((range) =>
          range.getValues().map((row) => row.map((v) => (v === '#NUM!' ? '' : v))),
        );
      try {
        const { addon, check } = await errorCheck('en');
        expect([check.status, check.seen]).toEqual([
          'failed',
          '=ACHIEVEMENT(A6:B6,1) over text "#NUM!" and a 3 gave empty where an error was expected: an error cell reaches our functions as a value here; please send us this report',
        ]);
        expect(addon.fake.spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual(['Sheet1']);
      } finally {
        spy.mockRestore();
      }
    });
  });

  // An invoice's VAT is =ROUND(ROUND(F15*100,0)/5,0)/100 or =ROUNDDOWN(…) (core/layout/vatFormula.ts), exact
  // however ROUND rounds; one such as =ROUND(F15*0.2,2) is not. The fake rounds the decimal a cell shows, as
  // Excel documents its own; Google documents neither, so the check is what tells it in the user's Sheets.
  describe('ROUND and ROUNDDOWN as the invoice’s VAT formula calls them', () => {
    const roundingCheck = async () => {
      const addon = loadAddon();
      const result = await runDiagnostics(scriptRunPort(nodeServerCalls(addon)), 'en', {
        wait: () => undefined,
      });
      return result.checks.find((check) => check.id === 'roundingFormula')!;
    };

    it('passes: both give 0.29', async () => {
      await expect(roundingCheck()).resolves.toMatchObject({ status: 'passed' });
    });

    it('fails on a Sheets that rounds the binary double, saying what each formula gave', async () => {
      const original = FakeRange.prototype.getValues;
      const spy = jest.spyOn(FakeRange.prototype, 'getValues').mockImplementation(function (this: FakeRange) {
        const formulas = this.getFormulas();
        // 0.285 is 0.28499999999999998… and 1.45 × 0.2 is 0.28999999999999998…: rounded as doubles, 0.28.
        return original
          .call(this)
          .map((row, r) => row.map((value, c) => (/^=ROUND/.test(formulas[r]![c]!) ? 0.28 : value)));
      });
      try {
        await expect(roundingCheck()).resolves.toMatchObject({
          status: 'failed',
          seen: '=ROUND(0.285,2) gave number 0.28 (the decimal rounds to number 0.29); =ROUNDDOWN(1.45*0.2,2) gave number 0.28 (the decimal rounds to number 0.29)',
        });
      } finally {
        spy.mockRestore();
      }
    });
  });

  // Google gives one custom-function call 30 s; the fake gives it all the time it takes, so the check is
  // what proves, in the user's Sheets, that a 10,000-row column call is far from it.
  describe('a call of the built functions over 10,000 rows', () => {
    const largeCheck = async (addon = loadAddon()) => {
      let clock = 0;
      const result = await runDiagnostics(scriptRunPort(nodeServerCalls(addon)), 'en', {
        wait: () => undefined,
        now: () => (clock += 250),
      });
      return result.checks.find((check) => check.id === 'largeFunctionCall')!;
    };

    it('passes: every row reaches SCORECARD, the time from the paint shown', async () => {
      await expect(largeCheck()).resolves.toMatchObject({
        status: 'passed',
        seen: '=SCORECARD(D1:D10000,D1:D10000) gave number 6667 (all 10,000 rows give number 6667), computed within 250 ms of its paint',
      });
    });

    it('fails on a Sheets that stops the call at its time limit, saying what the cell showed', async () => {
      const addon = loadAddon();
      const functions = addon.fake.state.customFunction!;
      addon.fake.state.customFunction = (name) =>
        name === 'SCORECARD'
          ? () => {
              throw new Error('Exceeded maximum execution time');
            }
          : functions(name);
      await expect(largeCheck(addon)).resolves.toMatchObject({
        status: 'failed',
        seen: '=SCORECARD(D1:D10000,D1:D10000) gave text "#ERROR!" (all 10,000 rows give number 6667), computed within 250 ms of its paint',
      });
      expect(addon.fake.spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual(['Sheet1']);
    });
  });
});
