import { MemoryWorkbook } from '../../test/support/memoryWorkbook';
import type { PaintRequest, WorkbookPort } from './workbookPort';
import type { Grid } from '../contract/sheet/cells';
import { HOST_ASSUMPTIONS, runDiagnostics, type DiagnosticsResult } from './diagnostics';
import { diagnosticsTexts } from '../i18n/diagnostics';
import {
  ALL_PASSED_ON_A_FAITHFUL_FAKE,
  ALL_PASSED_WITHOUT_FUNCTIONS,
  statuses,
} from '../../test/support/diagnosticsExpectation';

const SHEETS = diagnosticsTexts('en').sheetNames;
const FRENCH_SHEETS = diagnosticsTexts('fr').sheetNames;
/** Whether `name` is the temporary sheet `kind`, painted by an English or a French run. */
/** The names of the sheets `book` paints from now on, in order. */
function recordPaints(book: MemoryWorkbook): string[] {
  const painted: string[] = [];
  const paint = book.paint.bind(book);
  book.paint = (requests: readonly PaintRequest[]) => {
    const names = paint(requests);
    painted.push(...names);
    return names;
  };
  return painted;
}

const isSheet = (name: string | undefined, kind: keyof typeof SHEETS) =>
  name === SHEETS[kind] || name === FRENCH_SHEETS[kind];

describe('runDiagnostics on the in-memory workbook', () => {
  it('passes every check it can make, says which it cannot, and deletes its own sheets only', () => {
    const book = new MemoryWorkbook();
    book.addSheet('Contract', [['kept']]);
    const painted = recordPaints(book);
    const result = runDiagnostics(book, 'en') as DiagnosticsResult;
    expect(statuses(result)).toEqual(ALL_PASSED_WITHOUT_FUNCTIONS);
    expect(painted).toEqual([SHEETS.main, SHEETS.empty, SHEETS.chart]);
    expect(book.sheetNames()).toEqual(['Contract']);
    expect(book.sheetMap.get('Contract')).toEqual([['kept']]);
    expect(result.removed).toBe(true);
    expect(result.checks[0]!.seen).toBe(
      'text "=1+1"; text "+1+2"; text "-1+2"; text "@SUM(1)"; text "\'=1"; text "\'abc"; text "line 1\\r\\nline 2"',
    );
    expect(result.checks[2]!.seen).toBe('number 46296, month 2026-10');
    expect(result.checks[3]).toEqual({
      id: 'dateFormula',
      status: 'passed',
      title:
        'A date the spreadsheet computes (=DATE(2026,10,1)), in a date format and in the automatic one, reads as the month it shows',
      seen: 'in a date format: number 46296, month 2026-10; in the automatic format: number 46296, month 2026-10',
    });
    expect(result.checks.find((c) => c.id === 'percentFormat')!.seen).toBe(
      'number 0.2, number format "0.00%"; number 0.123456789012345, no number format',
    );
    expect(result.checks.find((c) => c.id === 'chartAndHighlight')!.seen).toBe('painted and read back');
    expect(result.report.split('\n')).toHaveLength(28);
    // It adds no sheets of chosen names: how a host compares them is Excel's to probe.
    expect(result.report).toContain(
      'sheetNameFolding: not checked here. Sheet names the pane tells apart are two names to the host, names differing in case alone one (how it takes ß and ss, accents, width, kana, œ and oe is shown): the pane adds no sheets of chosen names in this host',
    );
    // It makes no copies: the duplicate's mark is Sheets' to check.
    expect(result.report).toContain(
      "copiedSheetTag: not checked here. A copied sheet (Excel: Move or Copy, on its tab; Google Sheets: Duplicate) keeps the hidden mark, so a copy of a contract's sheet is told from the original: the pane makes no copies of sheets in this host",
    );
    expect(result.report).toContain('omittedOptional: not checked here.');
    // A host without named tables paints no names sheet (`painted` above) and says why, for both its checks.
    expect(result.report).toContain('tableHeaderDate: not checked here.');
    expect(result.report).toContain(
      'tableNames: not checked here. Tables take the names the pane gives them: a second of one name _2, a name like a cell reference a leading _, letters of any script: this host has no named tables: the pane bands the rows of a table instead',
    );
    // The in-memory workbook reads a sheet with nothing in it as no cell, as Excel's values do.
    expect(result.checks.find((c) => c.id === 'emptySheetRead')!.seen).toBe('no cell, no row said hidden');
    expect(result.message).toBe('Diagnostics: 13 passed, 0 failed. Its temporary sheets were deleted.');
  });

  it('gives the user back the sheet they were on, with its selection, and says so', () => {
    const book = new MemoryWorkbook();
    book.addSheet('Contract');
    book.addSheet('Actuals');
    book.select('Contract', 'B3');
    const result = runDiagnostics(book, 'fr') as DiagnosticsResult;
    // Its sheets were painted after Actuals, which became active when they were deleted.
    expect([book.active, book.selectedRange()]).toEqual(['Contract', 'Contract!B3']);
    expect(result.checks.find((c) => c.id === 'userSheetBack')).toEqual({
      id: 'userSheetBack',
      status: 'passed',
      title: 'Vous retrouvez la feuille où vous étiez, avec sa sélection',
      seen: 'de retour sur «\u00a0Contract\u00a0», Contract!B3 sélectionné',
    });
  });

  it('fails the return when the host gives the sheet back without its selection, or not at all', () => {
    class ForgetsSelections extends MemoryWorkbook {
      override select(sheet: string, address?: string): void {
        super.select(sheet, address ?? 'A1');
      }
    }
    class NeverActivates extends MemoryWorkbook {
      override select(sheet: string, address?: string): void {
        if (address !== undefined) super.select(sheet, address);
      }
    }
    const check = (book: MemoryWorkbook) => {
      book.addSheet('Contract');
      book.addSheet('Actuals');
      book.select('Contract', 'B3');
      const found = (runDiagnostics(book, 'en') as DiagnosticsResult).checks.find(
        (c) => c.id === 'userSheetBack',
      )!;
      return [found.status, found.seen];
    };
    expect(check(new ForgetsSelections())).toEqual(['failed', 'Contract!A1 selected instead of Contract!B3']);
    expect(check(new NeverActivates())).toEqual(['failed', 'on "Actuals" instead of "Contract"']);
  });

  it('leaves a sheet of the same name that the user made alone, and deletes its own under its unique name', () => {
    const book = new MemoryWorkbook();
    book.addSheet(SHEETS.main, [['mine']]);
    const result = runDiagnostics(book, 'en') as DiagnosticsResult;
    expect(result.sheet).toBe(`${SHEETS.main} (2)`);
    expect(book.sheetNames()).toEqual([SHEETS.main]);
    expect(book.sheetMap.get(SHEETS.main)).toEqual([['mine']]);
  });

  it('names its sheets in French for a French pane, unique, and deletes only those it painted', () => {
    const book = new MemoryWorkbook();
    book.addSheet('Diagnostic (à supprimer)', [['mine']]);
    const painted = recordPaints(book);
    const result = runDiagnostics(book, 'fr') as DiagnosticsResult;
    expect(painted).toEqual([
      'Diagnostic (à supprimer) (2)',
      'Diagnostic vide (à supprimer)',
      'Diagnostic graphe (à supprimer)',
    ]);
    expect(result.sheet).toBe('Diagnostic (à supprimer) (2)');
    expect(result.removed).toBe(true);
    expect(book.sheetNames()).toEqual(['Diagnostic (à supprimer)']);
    expect(book.sheetMap.get('Diagnostic (à supprimer)')).toEqual([['mine']]);
  });

  it('names its sheets apart in each language, within the 31 characters of an Excel sheet name', () => {
    for (const names of [SHEETS, FRENCH_SHEETS]) {
      const all = Object.values(names);
      expect(new Set(all).size).toBe(5);
      for (const name of all) expect(name.length).toBeLessThanOrEqual(31);
    }
    expect(Object.values(FRENCH_SHEETS).filter((name) => Object.values(SHEETS).includes(name))).toEqual([]);
  });

  it('asks the user to delete the sheet when the host would not, and refuses a sheet it did not paint', () => {
    class KeepsSheets extends MemoryWorkbook {
      override removePainted(name: string): void {
        if (isSheet(name, 'main')) throw new Error('protected');
        super.removePainted(name);
      }
    }
    const book = new KeepsSheets();
    const result = runDiagnostics(book, 'fr') as DiagnosticsResult;
    expect(result.removed).toBe(false);
    expect(book.sheetNames()).toEqual(['Diagnostic (à supprimer)']);
    expect(result.message).toBe(
      'Diagnostic\u00a0: 11 réussis, 1 en échec. La feuille temporaire «\u00a0Diagnostic (à supprimer)\u00a0» n’a pas pu être supprimée\u00a0: vous pouvez la supprimer.',
    );
    expect(result.checks.find((c) => c.id === 'sheetsDeleted')!.seen).toBe(
      'encore là\u00a0: «\u00a0Diagnostic (à supprimer)\u00a0»\u00a0; protected',
    );
    book.addSheet('Contract');
    expect(() => book.removePainted('Contract')).toThrow('was not created by this add-in here');
    expect(book.sheetNames()).toContain('Contract');
  });

  it('names the sheet a failed paint could not take back, and asks the user to delete it', () => {
    // The chart paint fails after its sheet is made, and the rollback's delete throws: the sheet stays,
    // and the port says so as both hosts do (a paint failure whose cleanup is 'left').
    class KeepsHalfBuiltChart extends MemoryWorkbook {
      override paint(requests: readonly PaintRequest[]): string[] {
        const names = super.paint(requests);
        if (!requests.some((r) => r.plan.charts)) return names;
        throw Object.assign(new Error('Could not build the chart sheet: charts refused.'), {
          sheetNames: names,
          reason: 'charts refused',
          cleanup: 'left',
        });
      }
    }
    for (const [lang, message] of [
      [
        'en',
        'Diagnostics: 10 passed, 2 failed. The temporary sheet "Diagnostics chart (delete me)" could not be deleted: you may delete it.',
      ],
      [
        'fr',
        'Diagnostic\u00a0: 10 réussis, 2 en échec. La feuille temporaire «\u00a0Diagnostic graphe (à supprimer)\u00a0» n’a pas pu être supprimée\u00a0: vous pouvez la supprimer.',
      ],
    ] as const) {
      const book = new KeepsHalfBuiltChart();
      const result = runDiagnostics(book, lang) as DiagnosticsResult;
      const left = lang === 'en' ? SHEETS.chart : FRENCH_SHEETS.chart;
      expect(book.sheetNames()).toEqual([left]);
      expect(result.removed).toBe(false);
      expect(result.message).toBe(message);
      expect(result.checks.find((c) => c.id === 'sheetsDeleted')).toMatchObject({
        status: 'failed',
        seen: lang === 'en' ? `still there: "${left}"` : `encore là\u00a0: «\u00a0${left}\u00a0»`,
      });
      // The failed paint, said in the report's language as the pane says it.
      expect(result.checks.find((c) => c.id === 'chartAndHighlight')!.seen).toBe(
        lang === 'en'
          ? `Could not build the sheet "${left}": charts refused. What had been built could not be removed: please delete it.`
          : `Impossible de créer la feuille «\u00a0${left}\u00a0»\u00a0: charts refused. Ce qui avait été construit n’a pas pu être supprimé\u00a0: supprimez-le.`,
      );
    }
  });

  it('names every sheet left, not only the first, when the host would not delete them', () => {
    class KeepsChart extends MemoryWorkbook {
      override removePainted(name: string): void {
        if (isSheet(name, 'chart')) throw new Error('protected');
        super.removePainted(name);
      }
    }
    const result = runDiagnostics(new KeepsChart(), 'en') as DiagnosticsResult;
    expect(result.message).toBe(
      'Diagnostics: 11 passed, 1 failed. The temporary sheet "Diagnostics chart (delete me)" could not be deleted: you may delete it.',
    );
    class KeepsAll extends MemoryWorkbook {
      override removePainted(): void {
        throw new Error('protected');
      }
    }
    expect((runDiagnostics(new KeepsAll(), 'en') as DiagnosticsResult).message).toBe(
      'Diagnostics: 11 passed, 1 failed. The temporary sheets "Diagnostics (delete me)", "Diagnostics empty (delete me)", "Diagnostics chart (delete me)" could not be deleted: you may delete them.',
    );
    expect((runDiagnostics(new KeepsAll(), 'fr') as DiagnosticsResult).message).toBe(
      'Diagnostic\u00a0: 11 réussis, 1 en échec. Les feuilles temporaires «\u00a0Diagnostic (à supprimer)\u00a0», «\u00a0Diagnostic vide (à supprimer)\u00a0», «\u00a0Diagnostic graphe (à supprimer)\u00a0» n’ont pas pu être supprimées\u00a0: vous pouvez les supprimer.',
    );
  });

  it('does not say sheets the host deleted are left when the listing after the deletions fails', () => {
    class ListsOnlyBefore extends MemoryWorkbook {
      private deleted = false;
      override removePainted(name: string): void {
        this.deleted = true;
        if (isSheet(name, 'chart')) throw new Error('protected');
        super.removePainted(name);
      }
      override sheets(): ReturnType<MemoryWorkbook['sheets']> {
        if (this.deleted) throw new Error('listing failed');
        return super.sheets();
      }
    }
    const book = new ListsOnlyBefore();
    const result = runDiagnostics(book, 'en') as DiagnosticsResult;
    expect(book.sheetNames()).toEqual([SHEETS.chart]);
    expect(result.message).toMatch(
      /The temporary sheet "Diagnostics chart \(delete me\)" could not be deleted: you may delete it\.$/,
    );
    expect(result.checks.find((c) => c.id === 'sheetsDeleted')).toMatchObject({
      status: 'failed',
      seen: 'listing failed; still there: "Diagnostics chart (delete me)"; protected',
    });
  });

  it('fails the chart check with the host message when the host refuses a chart, the other checks still made', () => {
    class NoCharts extends MemoryWorkbook {
      override paint(requests: readonly PaintRequest[]): string[] {
        if (requests.some((r) => r.plan.charts)) throw new Error('Charts are not supported here');
        return super.paint(requests);
      }
    }
    const book = new NoCharts();
    const result = runDiagnostics(book, 'en') as DiagnosticsResult;
    expect(statuses(result)).toMatchObject({ textStaysText: 'passed', chartAndHighlight: 'failed' });
    expect(result.checks.find((c) => c.id === 'chartAndHighlight')!.seen).toBe(
      'Charts are not supported here',
    );
    expect(book.sheetNames()).toEqual([]);
    expect(result.removed).toBe(true);
  });

  it('fails the chart check, saying what it saw, when the host counts "missed" otherwise', () => {
    class CountsWrong extends MemoryWorkbook {
      override paint(requests: readonly PaintRequest[]): string[] {
        const names = super.paint(requests);
        if (isSheet(names[0], 'chart')) this.sheetMap.get(names[0])![1]![2] = 0;
        return names;
      }
    }
    const result = runDiagnostics(new CountsWrong(), 'en') as DiagnosticsResult;
    const check = result.checks.find((c) => c.id === 'chartAndHighlight')!;
    expect([check.status, check.seen]).toEqual(['failed', 'text "met"; number 0']);
  });

  it('fails each check whose assumption the host breaks, saying what it saw, in French', () => {
    // A host that evaluates formula-like text, keeps 15 digits badly, files dates a day early, counts a
    // date it computes from 1904 (Excel's 1904 system, missed by the port), reads blanks as 0 and a
    // percentage's number format as General, hides no row it is asked to, and reads an empty sheet as
    // two cells, one of them 0.
    class BrokenHost extends MemoryWorkbook {
      override hideRows(): void {}

      override paint(requests: readonly PaintRequest[]): string[] {
        const names = super.paint(requests);
        if (!isSheet(names[0], 'main')) return names;
        this.sheetMap.set(names[1]!, [['', 0]]);
        const grid = this.sheetMap.get(names[0]!)!;
        grid[0]![0] = 2;
        grid[1]![0] = 0.12345678901235;
        grid[2]![0] = new Date(Date.UTC(2026, 8, 30)) as never;
        grid[3]![1] = 0;
        grid[5]![0] = 44_834;
        this.formats.get(names[0]!)![4]![0] = 'General';
        grid[7 + 9_999]![1] = 'lost';
        return names;
      }
    }
    let clock = 0;
    const result = runDiagnostics(new BrokenHost(), 'fr', {
      now: () => (clock += 20_000),
    }) as DiagnosticsResult;
    expect(statuses(result)).toMatchObject({
      textStaysText: 'failed',
      fifteenDigits: 'failed',
      dateMonth: 'failed',
      dateFormula: 'failed',
      blankInRange: 'failed',
      percentFormat: 'failed',
      hiddenRow: 'failed',
      largeCall: 'failed',
      emptySheetRead: 'failed',
      chartAndHighlight: 'passed',
    });
    const seen = Object.fromEntries(result.checks.map((check) => [check.id, check.seen]));
    expect(seen.textStaysText).toMatch(/^nombre 2\u00a0; texte "\+1\+2"/);
    expect(seen.fifteenDigits).toBe('nombre 0.12345678901235\u00a0; nombre 123456789012345');
    expect(seen.dateMonth).toBe('date 2026-09-30, mois 2026-09');
    expect(seen.dateFormula).toBe(
      'au format date\u00a0: nombre 44834, mois 2022-09\u00a0; au format automatique\u00a0: nombre 46296, mois 2026-10',
    );
    expect(seen.blankInRange).toBe('nombre 0');
    expect(seen.percentFormat).toBe(
      'nombre 0.2, format de nombre "General"\u00a0; nombre 0.12345678901235, aucun format de nombre',
    );
    expect(seen.hiddenRow).toBe('texte "hidden row", aucune ligne dite masquée');
    expect(seen.largeCall).toBe(
      '10\u202f000 lignes relues, la première différente à la ligne 10000; 10\u202f000 lignes écrites en 20\u202f000 ms, relues en 20\u202f000 ms',
    );
    expect(seen.emptySheetRead).toBe('1 ligne × 2 colonnes, non vide, aucune ligne dite masquée');
    expect(result.message).toMatch(/^Diagnostic\u00a0: 3 réussis, 9 en échec\./);
  });

  it('fails the percentage where the host reads it back as 20 or without a format, saying what it saw', () => {
    class Percent extends MemoryWorkbook {
      constructor(
        private readonly change: (
          values: (string | number | boolean | null)[][],
          formats: (string | null)[][],
        ) => void,
      ) {
        super();
      }
      override paint(requests: readonly PaintRequest[]): string[] {
        const names = super.paint(requests);
        if (isSheet(names[0], 'main'))
          this.change(this.sheetMap.get(names[0]!)!, this.formats.get(names[0]!)!);
        return names;
      }
    }
    const percent = (book: MemoryWorkbook) => {
      const found = (runDiagnostics(book, 'en') as DiagnosticsResult).checks.find(
        (c) => c.id === 'percentFormat',
      )!;
      return [found.status, found.seen];
    };
    expect(percent(new Percent((values) => (values[4]![0] = 20)))).toEqual([
      'failed',
      'number 20, number format "0.00%"; number 0.123456789012345, no number format',
    ]);
    expect(percent(new Percent((_, formats) => (formats[4]![0] = null)))).toEqual([
      'failed',
      'number 0.2, no number format; number 0.123456789012345, no number format',
    ]);
    expect(percent(new Percent((_, formats) => (formats[4]![0] = '0.00"%"')))).toEqual([
      'failed',
      'number 0.2, number format "0.00\\"%\\""; number 0.123456789012345, no number format',
    ]);
    // The painter's "General" must read back as the host's automatic format, not as a format of its own.
    expect(percent(new Percent((_, formats) => (formats[1]![0] = '0.00')))).toEqual([
      'failed',
      'number 0.2, number format "0.00%"; number 0.123456789012345, number format "0.00"',
    ]);
  });

  it('does not check the percentage on a port that reads values only, and reads its sheet once all the same', () => {
    const book = new MemoryWorkbook();
    const reads: string[] = [];
    const port: WorkbookPort = {
      sheets: () => book.sheets(),
      readSheets: (names) => (reads.push(...names), book.readSheets(names)),
      paint: (requests) => book.paint(requests),
      select: (sheet, address) => book.select(sheet, address),
      selectedRange: () => book.selectedRange(),
      removePainted: (name) => book.removePainted(name),
    };
    const result = runDiagnostics(port, 'fr') as DiagnosticsResult;
    expect(result.checks.find((c) => c.id === 'percentFormat')).toEqual({
      id: 'percentFormat',
      status: 'notChecked',
      title:
        'Le format de nombre d’une cellule en pourcentage est relu comme un pourcentage, celui d’une cellule non formatée comme automatique',
      seen: 'cet hôte lit les valeurs sans leur format de nombre, et Rapprocher ne peut pas y distinguer un pourcentage d’un montant',
    });
    expect(reads.filter((name) => isSheet(name, 'main'))).toHaveLength(1);
    expect(statuses(result)).toMatchObject({ textStaysText: 'passed', largeCall: 'passed' });
  });

  it('marks its sheet as the pane marks a contract’s, and passes when the listing gives the mark back', () => {
    const book = new MemoryWorkbook();
    const result = runDiagnostics(book, 'en') as DiagnosticsResult;
    expect(result.checks.find((c) => c.id === 'sheetTag')).toEqual({
      id: 'sheetTag',
      status: 'passed',
      title: 'The hidden mark the pane puts on its sheets (a contract, its actuals) reads back',
      seen: 'listed with its mark',
    });
  });

  it('fails the mark where the host keeps none or another, saying so in French', () => {
    class ForgetsTags extends MemoryWorkbook {
      override paint(requests: readonly PaintRequest[]): string[] {
        return super.paint(requests.map(({ plan }) => ({ plan })));
      }
    }
    const untagged = runDiagnostics(new ForgetsTags(), 'fr') as DiagnosticsResult;
    expect(untagged.checks.find((c) => c.id === 'sheetTag')).toMatchObject({
      status: 'failed',
      seen: 'listée sans sa marque\u00a0: le volet ne pourrait pas retrouver par elle un contrat renommé',
    });
    class MixesTags extends MemoryWorkbook {
      override paint(requests: readonly PaintRequest[]): string[] {
        return super.paint(
          requests.map(({ plan }) => ({ plan, tag: { role: 'contract', contract: 'k1' } as const })),
        );
      }
    }
    const other = runDiagnostics(new MixesTags(), 'en') as DiagnosticsResult;
    expect(other.checks.find((c) => c.id === 'sheetTag')).toMatchObject({
      status: 'failed',
      seen: 'listed with the mark of another contract, "k1"',
    });
  });

  it('hides one row of its sheet before the read, and passes when the read names that row alone', () => {
    const book = new MemoryWorkbook();
    const hidden: [string, readonly number[]][] = [];
    const hideRows = book.hideRows.bind(book);
    book.hideRows = (name, rows) => (hidden.push([name, rows]), hideRows(name, rows));
    const result = runDiagnostics(book, 'en') as DiagnosticsResult;
    expect(hidden).toEqual([[SHEETS.main, [6]]]);
    expect(result.checks.find((c) => c.id === 'hiddenRow')).toEqual({
      id: 'hiddenRow',
      status: 'passed',
      title: 'A hidden row is read, and said hidden',
      seen: 'text "hidden row", hidden: row 7',
    });
  });

  it('fails the hidden row where the read names other rows too, or the host refused to hide it', () => {
    class TooMany extends MemoryWorkbook {
      override hideRows(name: string, rows: readonly number[]): void {
        super.hideRows(name, [...rows, 7]);
      }
    }
    const many = runDiagnostics(new TooMany(), 'fr') as DiagnosticsResult;
    expect(many.checks.find((c) => c.id === 'hiddenRow')).toMatchObject({
      status: 'failed',
      seen: 'texte "hidden row", masquées\u00a0: lignes 7, 8',
    });
    class Refusing extends MemoryWorkbook {
      override hideRows(): void {
        throw new Error('The sheet is protected.');
      }
    }
    const refused = runDiagnostics(new Refusing(), 'en') as DiagnosticsResult;
    expect(refused.checks.find((c) => c.id === 'hiddenRow')).toMatchObject({
      status: 'failed',
      seen: 'The sheet is protected.',
    });
    expect(statuses(refused)).toMatchObject({ textStaysText: 'passed', sheetsDeleted: 'passed' });
  });

  it('does not check the hidden row on a port that cannot hide one (the Sheets sidebar), saying why', () => {
    const book = new MemoryWorkbook();
    const port: WorkbookPort = {
      sheets: () => book.sheets(),
      readSheets: (names) => book.readSheets(names),
      readFormattedSheets: (names) =>
        book.readFormattedSheets(names).map((read) => read && { ...read, hiddenRows: undefined }),
      paint: (requests) => book.paint(requests),
      select: (sheet, address) => book.select(sheet, address),
      selectedRange: () => book.selectedRange(),
      removePainted: (name) => book.removePainted(name),
    };
    const result = runDiagnostics(port, 'en') as DiagnosticsResult;
    expect(result.checks.find((c) => c.id === 'hiddenRow')).toMatchObject({
      status: 'notChecked',
      seen: expect.stringMatching(/^this host's read does not say which rows are hidden, so Reconcile reads/),
    });
    expect(statuses(result)).toMatchObject({ percentFormat: 'passed', largeCall: 'passed' });
  });

  it('names, for every host assumption the fakes make, a check the report carries', () => {
    const result = runDiagnostics(new MemoryWorkbook(), 'en') as DiagnosticsResult;
    const ids = new Set(result.checks.map((check) => check.id));
    for (const { check } of HOST_ASSUMPTIONS) expect(ids).toContain(check);
    expect(new Set(HOST_ASSUMPTIONS.map((a) => a.host))).toEqual(new Set(['Excel', 'Sheets']));
  });
});

/**
 * What a faithful host computes of the native formulas of the calls sheet: =DATE(10000,1,1)'s #NUM! and an
 * error for the call over it (rows 6 and 7: Excel's own, Sheets' #ERROR!), 0.29 for both rounding formulas
 * (rows 8 and 9).
 */
const HOST_COMPUTED: Readonly<Record<number, Grid[number][number]>> = {
  5: '#NUM!',
  6: '#VALUE!',
  7: 0.29,
  8: 0.29,
};
const hostErrors = (grid: Grid): Grid =>
  grid.map((row, r) => (r in HOST_COMPUTED ? [HOST_COMPUTED[r], ...row.slice(1)] : row));

/**
 * A workbook whose formulas call the add-in's functions: the calls sheet shows, under each formula, what
 * `computed` says the host computed on the nth read of it (the plan's own values and the errors of
 * `hostErrors`: a faithful host).
 */
class WithFunctions extends MemoryWorkbook {
  readonly cellFunctionPrefix = 'FEES.';
  readonly formulas: (string | null)[][] = [];
  callReads = 0;
  constructor(private readonly computed: (grid: Grid, read: number) => Grid = hostErrors) {
    super();
    this.addSheet('Contract');
  }
  override paint(requests: readonly PaintRequest[]): string[] {
    const names = super.paint(requests);
    if (isSheet(names[0], 'calls'))
      this.formulas.push(...requests[0]!.plan.blocks[0]!.formulas!.map((row) => [...row]));
    return names;
  }
  override readSheets(names: readonly string[]) {
    const grids = super.readSheets(names);
    if (!isSheet(names[0], 'calls')) return grids;
    this.callReads += 1;
    return [
      this.computed(
        grids[0]!.map((row) => [...row]),
        this.callReads,
      ),
    ];
  }
}

/** The grid with the calls' results (column A, rows 2 to 4) replaced. */
const showing =
  (...results: Grid[number][number][]) =>
  (grid: Grid): Grid =>
    hostErrors(grid).map((row, r) => (r >= 1 && r <= 3 ? [results[r - 1], ...row.slice(1)] : row));

/** The grid with the 10,000-row call's result (A5) replaced. */
const largeShowing =
  (result: Grid[number][number]) =>
  (grid: Grid): Grid =>
    grid.map((row, r) => (r === 4 ? [result, ...row.slice(1)] : row));

function argumentChecks(book: WithFunctions, waits: number[] = []) {
  const result = runDiagnostics(book, 'en', { wait: (ms) => void waits.push(ms) }) as DiagnosticsResult;
  const found = (id: string) => result.checks.find((c) => c.id === id)!;
  return { result, blank: found('blankInRangeArgument'), defaults: found('omittedOptional') };
}

describe('runDiagnostics where formulas call our functions', () => {
  it('paints the calls, omitting and skipping optional arguments, and passes what a faithful host computes', () => {
    const book = new WithFunctions();
    const { result, blank, defaults } = argumentChecks(book);
    expect(statuses(result)).toEqual(ALL_PASSED_ON_A_FAITHFUL_FAKE);
    expect(book.formulas.map((row) => row[0])).toEqual([
      null,
      '=FEES.ACHIEVEMENT(A1:B1,1)',
      '=FEES.HYBRIDFEE(20000,5000,1.25)',
      '=FEES.KPISCORE(330,360,300,"lower",,,0.5)',
      '=FEES.SCORECARD(D1:D10000,D1:D10000)',
      '=DATE(10000,1,1)',
      '=FEES.ACHIEVEMENT(A6:B6,1)',
      '=ROUND(0.285,2)',
      '=ROUNDDOWN(1.45*0.2,2)',
    ]);
    expect(blank.seen).toBe(
      '=FEES.ACHIEVEMENT(A1:B1,1) over an empty cell and a 3 gave an empty result: the empty cell arrived as empty, so blank rows stay blank',
    );
    expect(defaults.seen).toBe(
      '=FEES.HYBRIDFEE(20000,5000,1.25) gave number 25000 (its default gives number 25000); ' +
        '=FEES.KPISCORE(330,360,300,"lower",,,0.5) gave number 0.75 (its default gives number 0.75)',
    );
    expect(book.callReads).toBe(1);
    expect(book.sheetNames()).toEqual(['Contract']);
    expect(result.message).toBe('Diagnostics: 18 passed, 0 failed. Its temporary sheets were deleted.');
  });

  it('fails the blank check where the empty cell arrives as 0 (Excel desktop), with the way round it', () => {
    const { blank, defaults } = argumentChecks(new WithFunctions(showing(0, 25_000, 0.75)));
    expect(blank.status).toBe('failed');
    expect(blank.seen).toMatch(
      /^=FEES\.ACHIEVEMENT\(A1:B1,1\) over an empty cell and a 3 gave number 0: the empty cell arrived as 0, .*office-js #4702.*IF\(a = "", "", a\)/,
    );
    expect(defaults.status).toBe('passed');
  });

  it('fails, saying what it saw, an error for the blank and an argument that did not take its default', () => {
    const { blank, defaults } = argumentChecks(new WithFunctions(showing('#DIV/0!', 20_000, 0.75)));
    expect([blank.status, blank.seen]).toEqual([
      'failed',
      '=FEES.ACHIEVEMENT(A1:B1,1) over an empty cell and a 3 gave text "#DIV/0!" where an empty result was expected',
    ]);
    expect([defaults.status, defaults.seen.split('; ')[0]]).toEqual([
      'failed',
      '=FEES.HYBRIDFEE(20000,5000,1.25) gave number 20000 (its default gives number 25000)',
    ]);
  });

  it('reads the calls again while the host shows them computing, and passes once computed', () => {
    const book = new WithFunctions((grid, read) =>
      read < 3 ? showing('#BUSY!', 'Loading...', 0.75)(grid) : grid,
    );
    const waits: number[] = [];
    const { blank, defaults } = argumentChecks(book, waits);
    expect([blank.status, defaults.status]).toEqual(['passed', 'passed']);
    expect([book.callReads, waits]).toEqual([3, [500, 500]]);
  });

  it('says "not computed in time" after its last read of a host that stays busy, in a bounded number of reads', () => {
    const book = new WithFunctions(showing('#BUSY!', 25_000, 0.75));
    const waits: number[] = [];
    const { result, blank, defaults } = argumentChecks(book, waits);
    expect(book.callReads).toBe(8);
    expect(waits).toHaveLength(7);
    expect([blank.status, blank.seen]).toEqual([
      'notChecked',
      '=FEES.ACHIEVEMENT(A1:B1,1) not computed in time: still text "#BUSY!" after 8 reads over 3,500 ms; run Diagnostics again',
    ]);
    expect(defaults.status).toBe('passed');
    expect(book.sheetNames()).toEqual(['Contract']);
    expect(result.message).toMatch(/^Diagnostics: 17 passed, 0 failed\./);
  });

  it('says it in French', () => {
    const book = new WithFunctions(showing(0, 25_000, '#BUSY!'));
    const result = runDiagnostics(book, 'fr', { wait: () => undefined }) as DiagnosticsResult;
    const seen = Object.fromEntries(result.checks.map((c) => [c.id, c.seen]));
    expect(seen.blankInRangeArgument).toMatch(
      /^=FEES\.ACHIEVEMENT\(A1:B1,1\) sur une cellule vide et un 3 a donné nombre 0\u00a0: la cellule vide est arrivée comme 0/,
    );
    expect(seen.omittedOptional).toContain(
      '=FEES.KPISCORE(330,360,300,"lower",,,0.5) non calculée à temps\u00a0: encore texte "#BUSY!" après 8 lectures en 3\u202f500 ms\u00a0; relancez le diagnostic',
    );
  });

  it('fails both argument checks, saying why, where the host does not know our functions (#NAME?)', () => {
    const { blank, defaults } = argumentChecks(new WithFunctions(showing('#NAME?', '#NAME?', '#NAME?')));
    expect([blank.status, defaults.status]).toEqual(['failed', 'failed']);
    expect(blank.seen).toMatch(
      /^=FEES\.ACHIEVEMENT\(A1:B1,1\) gave #NAME\?: this workbook does not know the add-in's worksheet functions/,
    );
    const french = runDiagnostics(new WithFunctions(showing('#NAME?', 25_000, 0.75)), 'fr', {
      wait: () => undefined,
    }) as DiagnosticsResult;
    expect(french.checks.find((c) => c.id === 'omittedOptional')!.seen).toMatch(
      /^=FEES\.ACHIEVEMENT\(A1:B1,1\) a donné #NAME\?, car ce classeur ne connaît pas les fonctions/,
    );
  });

  it('fails both argument checks with the host message when the calls sheet cannot be painted', () => {
    class RefusesCalls extends WithFunctions {
      override paint(requests: readonly PaintRequest[]): string[] {
        if (isSheet(requests[0]!.plan.name, 'calls')) throw new Error('#NAME? FEES.ACHIEVEMENT');
        return super.paint(requests);
      }
    }
    const { result, blank, defaults } = argumentChecks(new RefusesCalls());
    expect([blank.status, blank.seen, defaults.status]).toEqual([
      'failed',
      '#NAME? FEES.ACHIEVEMENT',
      'failed',
    ]);
    expect(result.removed).toBe(true);
  });
});

describe('the 10,000-row call of the calls sheet', () => {
  /** The check, on a clock that moves `step` ms at each reading (so the call takes the reads' time). */
  function largeCall(book: WithFunctions, step = 100, lang: 'en' | 'fr' = 'en') {
    let clock = 0;
    const now = () => (clock += step);
    const result = runDiagnostics(book, lang, { wait: () => undefined, now }) as DiagnosticsResult;
    return result.checks.find((c) => c.id === 'largeFunctionCall')!;
  }

  it('passes where the host gives the sum over every row, saying in how long from its paint', () => {
    const book = new WithFunctions();
    const paints: PaintRequest[] = [];
    const paint = book.paint.bind(book);
    book.paint = (requests) => (paints.push(...requests), paint(requests));
    expect(largeCall(book)).toEqual({
      id: 'largeFunctionCall',
      status: 'passed',
      title:
        "A call of our functions over 10,000 rows gets them all, computed within 30 s (Google Sheets' limit for one call)",
      seen: '=FEES.SCORECARD(D1:D10000,D1:D10000) gave number 6667 (all 10,000 rows give number 6667), computed within 100 ms of its paint',
    });
    // 1 to 10,000 in D1:D10000 of the calls sheet, nothing else in column D.
    const calls = paints.find((request) => isSheet(request.plan.name, 'calls'))!.plan;
    const column = calls.blocks.find((block) => block.col === 3)!.values;
    expect([column.length, column[0], column[9_999]]).toEqual([10_000, [1], [10_000]]);
  });

  it('fails where the host passed fewer rows, or took longer than Google’s 30 s, saying what it saw', () => {
    // 5,000 rows: Σ i² ÷ Σ i = 3,333.67, not 6,667.
    const short = largeCall(new WithFunctions(largeShowing(10_001 / 3)));
    expect(short.status).toBe('failed');
    expect(short.seen).toMatch(
      /^=FEES\.SCORECARD\(D1:D10000,D1:D10000\) gave number 3333\.66666666666\d* \(all 10,000 rows give number 6667\)/,
    );
    const slow = largeCall(new WithFunctions(), 30_000);
    expect([slow.status, slow.seen]).toEqual([
      'failed',
      '=FEES.SCORECARD(D1:D10000,D1:D10000) gave number 6667 (all 10,000 rows give number 6667), computed within 30,000 ms of its paint',
    ]);
  });

  it('says "not computed in time" where the host still computes it after the last read, in French too', () => {
    const pending = largeCall(new WithFunctions(largeShowing('Loading...')), 100, 'fr');
    expect([pending.status, pending.seen]).toEqual([
      'notChecked',
      '=FEES.SCORECARD(D1:D10000,D1:D10000) non calculée à temps\u00a0: encore texte "Loading..." après 8 lectures en 3\u202f500 ms\u00a0; relancez le diagnostic',
    ]);
    const done = largeCall(new WithFunctions(), 1_000, 'fr');
    expect(done.seen).toBe(
      '=FEES.SCORECARD(D1:D10000,D1:D10000) a donné nombre 6667 (les 10 000 lignes donnent nombre 6667), calculée moins de 1\u202f000 ms après son écriture',
    );
  });
});

describe('an error cell handed to our functions', () => {
  const errorCheck = (computed: (grid: Grid) => Grid, lang: 'en' | 'fr' = 'en') => {
    const result = runDiagnostics(new WithFunctions(computed), lang, {
      wait: () => undefined,
    }) as DiagnosticsResult;
    return result.checks.find((c) => c.id === 'errorInRangeArgument')!;
  };
  /** The error cell and the call as a host shows them. */
  const errorShowing = (source: Grid[number][number], call: Grid[number][number]) => (grid: Grid) =>
    grid.map((row, r) => (r === 5 ? [source, ...row.slice(1)] : r === 6 ? [call, ...row.slice(1)] : row));

  it('passes where the call over #NUM! and a 3 gives an error, saying what it saw', () => {
    expect(errorCheck(hostErrors)).toEqual({
      id: 'errorInRangeArgument',
      status: 'passed',
      title:
        'A cell holding an error, inside a range argument of our functions, makes the call an error, never a number',
      seen: '=FEES.ACHIEVEMENT(A6:B6,1) over text "#NUM!" and a 3 gave text "#VALUE!": the error cell arrived as an error, never as a number',
    });
  });

  it('fails where the call gives a number (the error handed over as a value), asking for the report, in French too', () => {
    expect(errorCheck(errorShowing('#NUM!', 0))).toMatchObject({
      status: 'failed',
      seen: '=FEES.ACHIEVEMENT(A6:B6,1) over text "#NUM!" and a 3 gave number 0 where an error was expected: an error cell reaches our functions as a value here; please send us this report',
    });
    expect(errorCheck(errorShowing('#NUM!', ''), 'fr').seen).toBe(
      '=FEES.ACHIEVEMENT(A6:B6,1) sur texte "#NUM!" et un 3 a donné vide au lieu d’une erreur\u00a0: une cellule en erreur arrive ici dans nos fonctions comme une valeur\u00a0; merci de nous envoyer ce rapport',
    );
  });

  it('is not checked where the host made no error of =DATE(10000,1,1), or still computes the call', () => {
    expect(errorCheck(errorShowing(2_958_466, 1))).toMatchObject({
      status: 'notChecked',
      seen: '=DATE(10000,1,1) read as number 2958466, not as an error: no error cell could be handed to our functions',
    });
    expect(errorCheck(errorShowing('#NUM!', '#BUSY!'))).toMatchObject({
      status: 'notChecked',
      seen: '=FEES.ACHIEVEMENT(A6:B6,1) not computed in time: still text "#BUSY!" after 8 reads over 3,500 ms; run Diagnostics again',
    });
  });
});

describe('the host’s ROUND and ROUNDDOWN, as an invoice’s VAT formula calls them', () => {
  const roundingCheck = (computed: (grid: Grid) => Grid, lang: 'en' | 'fr' = 'en') => {
    const result = runDiagnostics(new WithFunctions(computed), lang, {
      wait: () => undefined,
    }) as DiagnosticsResult;
    return result.checks.find((c) => c.id === 'roundingFormula')!;
  };

  it('passes where both round the decimal the cell shows to 0.29', () => {
    expect(roundingCheck(hostErrors)).toEqual({
      id: 'roundingFormula',
      status: 'passed',
      title:
        "ROUND and ROUNDDOWN, as an invoice's VAT formula calls them, round the decimal a cell shows, as the contract does",
      seen: '=ROUND(0.285,2) gave number 0.29 (the decimal rounds to number 0.29); =ROUNDDOWN(1.45*0.2,2) gave number 0.29 (the decimal rounds to number 0.29)',
    });
  });

  it('fails on a host that rounds the binary double (0.28), saying what each gave, in French too', () => {
    const doubles = (grid: Grid) =>
      hostErrors(grid).map((row, r) => (r === 7 || r === 8 ? [0.28, ...row.slice(1)] : row));
    expect(roundingCheck(doubles)).toMatchObject({
      status: 'failed',
      seen: '=ROUND(0.285,2) gave number 0.28 (the decimal rounds to number 0.29); =ROUNDDOWN(1.45*0.2,2) gave number 0.28 (the decimal rounds to number 0.29)',
    });
    expect(roundingCheck(doubles, 'fr').seen).toBe(
      '=ROUND(0.285,2) a donné nombre 0.28 (le nombre décimal s’arrondit à nombre 0.29)\u00a0; =ROUNDDOWN(1.45*0.2,2) a donné nombre 0.28 (le nombre décimal s’arrondit à nombre 0.29)',
    );
  });
});
