import { paintFailureText } from '../core/i18n/paintFailure';
import { TEXT_FORMAT, type PlanValue, type SheetPlan } from '../core/layout/sheetPlan';
import { PAINT_SYNCS, PaintError, paintSheetPlan, paintWorkbookPlan } from './painter';
import { createMockWorkbook, type HostCall, type MockWorkbook } from '../test/fakes/excel/mockWorkbook';
import { fakeExcel, useOfficeRequirements } from '../test/fakes/excel';
import { readSheetValues } from './sheetValues';

const HOSTILE = ['=HYPERLINK("http://evil","x")', '+1+2', '-3-4', '@SUM(A1)', '=1/0'];

/** An invoice-shaped plan: title block, a table of `lines` lines with user text, a SUM total. */
function invoicePlan(lines: number, name = 'Invoice 2026-10'): SheetPlan {
  const header: PlanValue[] = ['KPI', 'Result', 'Amount'];
  const rows: PlanValue[][] = Array.from({ length: lines }, (_, i) => [
    i < HOSTILE.length ? HOSTILE[i] : `KPI ${i + 1}`,
    0.5 + i / 1000,
    100 * (i + 1),
  ]);
  const first = 4;
  const last = first + lines - 1;
  return {
    name,
    blocks: [
      { row: 0, col: 0, values: [['Invoice'], ['Period 2026-10']] },
      {
        row: 3,
        col: 0,
        values: [header, ...rows],
        numberFormats: [[null, null, null], ...rows.map(() => [TEXT_FORMAT, '0.0%', '#,##0.00'])],
      },
      {
        row: last + 1,
        col: 0,
        values: [['Total', null, null]],
        formulas: [[null, null, `=SUM(C${first + 1}:C${last + 1})`]],
        numberFormats: [[null, null, '#,##0.00']],
      },
    ],
    styles: [
      { row: 0, col: 0, rows: 1, cols: 1, bold: true, fontSize: 16 },
      {
        row: 3,
        col: 0,
        rows: 1,
        cols: 3,
        bold: true,
        fill: '#0b6e69',
        color: '#ffffff',
        horizontalAlignment: 'center',
      },
      { row: last + 1, col: 0, rows: 1, cols: 3, bold: true, borderTop: true },
    ],
    tables: [{ name: 'Invoice lines', row: 3, col: 0, rows: lines + 1, cols: 3 }],
    validations: [{ row: 4, col: 1, rows: lines, cols: 1, list: ['Met', 'Missed'] }],
    columnWidths: [30, 10, 14],
    frozenRows: 4,
    print: { orientation: 'landscape', fitToWidth: true },
  };
}

async function paint(book: MockWorkbook, plan: SheetPlan): Promise<string> {
  return paintSheetPlan(book.context, plan);
}

function indexOfCall(calls: readonly HostCall[], target: string, op: string): number {
  return calls.findIndex((call) => call.target === target && call.op === op);
}

describe('paintSheetPlan: a constant number of syncs', () => {
  it('paints invoices of 10, 100 and 1,000 lines in the same number of syncs and host calls', async () => {
    const measured = [];
    for (const lines of [10, 100, 1000]) {
      const book = createMockWorkbook({ sheets: { Contract: [['Contract']] } });
      await paint(book, invoicePlan(lines));
      expect(book.sheet('Invoice 2026-10').cells.get(`C${4 + lines}`)?.value).toBe(100 * lines);
      measured.push({ lines, syncs: book.syncs(), calls: book.calls.length });
    }
    expect(measured.map((m) => m.syncs)).toEqual([PAINT_SYNCS, PAINT_SYNCS, PAINT_SYNCS]);
    expect(PAINT_SYNCS).toBe(2);
    // Each block is one bulk write, so the number of host calls does not grow with the lines either.
    expect(new Set(measured.map((m) => m.calls)).size).toBe(1);
  });
});

describe('paintSheetPlan: what lands in the workbook', () => {
  let book: MockWorkbook;
  let name: string;

  beforeAll(async () => {
    book = createMockWorkbook({ sheets: { Contract: [['Contract']] } });
    name = await paint(book, invoicePlan(10));
  });

  it('creates the sheet, activates it and returns its name', () => {
    expect(name).toBe('Invoice 2026-10');
    expect(book.sheetNames()).toEqual(['Contract', 'Invoice 2026-10']);
    expect(book.activeSheet()).toBe('Invoice 2026-10');
  });

  it('writes constants, formats and formulas cell by cell', () => {
    const cells = book.sheet(name).cells;
    expect(cells.get('A1')).toEqual({ value: 'Invoice', formula: null, numberFormat: 'General' });
    expect(cells.get('A4')?.value).toBe('KPI');
    expect(cells.get('A10')).toEqual({ value: 'KPI 6', formula: null, numberFormat: '@' });
    expect(cells.get('B5')).toEqual({ value: 0.5, formula: null, numberFormat: '0.0%' });
    expect(cells.get('C14')).toEqual({ value: 1000, formula: null, numberFormat: '#,##0.00' });
    expect(cells.get('C15')).toEqual({ value: null, formula: '=SUM(C5:C14)', numberFormat: '#,##0.00' });
  });

  it('adds the table after the values, with a valid unique name', () => {
    const sheet = book.sheet(name);
    expect(sheet.tables).toEqual([{ name: 'Invoice_lines', address: 'A4:C14', hasHeaders: true }]);
    const lastValueWrite = book.calls.map((call) => call.op).lastIndexOf('formulas');
    expect(indexOfCall(book.calls, name, 'tables.add')).toBeGreaterThan(lastValueWrite);
  });

  it('sets styles, validation, widths in points, the frozen header and the page layout', () => {
    const sheet = book.sheet(name);
    expect(sheet.formats).toEqual(
      expect.arrayContaining([
        { address: 'A1', property: 'format.font.size', value: 16 },
        { address: 'A4:C4', property: 'format.fill.color', value: '#0b6e69' },
        { address: 'A4:C4', property: 'format.horizontalAlignment', value: 'Center' },
        { address: 'A15:C15', property: 'format.borders.getItem("EdgeTop").style', value: 'Continuous' },
      ]),
    );
    expect(sheet.validations).toEqual([
      { address: 'B5:B14', rule: { list: { inCellDropDown: true, source: 'Met,Missed' } } },
    ]);
    expect([...sheet.columnWidths.entries()]).toEqual([
      [0, (30 * 7 + 5) * 0.75],
      [1, (10 * 7 + 5) * 0.75],
      [2, (14 * 7 + 5) * 0.75],
    ]);
    expect(sheet.freeze).toEqual({ rows: 4, columns: 0 });
    expect(sheet.pageLayout).toEqual({
      orientation: 'Landscape',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
  });

  it('never writes to an existing sheet', () => {
    const targets = new Set(book.calls.map((call) => call.target.replace(/!.*$/, '')));
    expect([...targets].sort()).toEqual(['Invoice 2026-10', 'workbook']);
    expect(book.sheet('Contract').cells.get('A1')?.value).toBe('Contract');
  });
});

describe('paintSheetPlan: text that looks like a formula stays text', () => {
  it('formats user text as text before writing it, so it never runs', async () => {
    const book = createMockWorkbook();
    const name = await paint(book, invoicePlan(10));
    const target = `${name}!A4:C14`;
    const formatAt = indexOfCall(book.calls, target, 'numberFormat');
    const valueAt = indexOfCall(book.calls, target, 'formulas');
    expect(formatAt).toBeGreaterThanOrEqual(0);
    expect(valueAt).toBeGreaterThan(formatAt);
    HOSTILE.forEach((text, i) => {
      expect(book.sheet(name).cells.get(`A${5 + i}`)).toEqual({
        value: text,
        formula: null,
        numberFormat: '@',
      });
    });
  });

  it('forces the text format on such constants even when the plan forgot it, and keeps real formulas', async () => {
    const book = createMockWorkbook();
    const plan: SheetPlan = {
      name: 'Notes',
      blocks: [
        {
          row: 0,
          col: 0,
          values: [['=HYPERLINK("http://evil")', '-not a number', 'plain', null, 2]],
          formulas: [[null, null, null, null, '=1+1']],
        },
      ],
    };
    await paint(book, plan);
    const cells = book.sheet('Notes').cells;
    expect(cells.get('A1')).toEqual({ value: '=HYPERLINK("http://evil")', formula: null, numberFormat: '@' });
    expect(cells.get('B1')).toEqual({ value: '-not a number', formula: null, numberFormat: '@' });
    expect(cells.get('C1')).toEqual({ value: 'plain', formula: null, numberFormat: 'General' });
    expect(cells.get('E1')).toEqual({ value: null, formula: '=1+1', numberFormat: 'General' });
  });

  it('writes no number formats for a block that has none', async () => {
    const book = createMockWorkbook();
    await paint(book, { name: 'Plain', blocks: [{ row: 0, col: 0, values: [['a', 1]] }] });
    expect(book.calls.map((call) => call.op)).toEqual(['worksheets.add', 'load', 'formulas', 'activate']);
  });
});

describe('paintSheetPlan: unique names', () => {
  it('never reuses a sheet name, whatever its case', async () => {
    const book = createMockWorkbook({ sheets: { 'invoice 2026-10': [], 'Invoice 2026-10 (2)': [] } });
    expect(await paint(book, invoicePlan(3))).toBe('Invoice 2026-10 (3)');
    expect(await paint(book, invoicePlan(3))).toBe('Invoice 2026-10 (4)');
    expect(book.sheetNames()).toHaveLength(4);
  });

  it('paints on the first try beside a name an Excel folding ß, accents and width takes for the same', async () => {
    // An Excel comparing as Windows' NORM_IGNORE* flags might: the fake refuses a second such name.
    const folding = (name: string) => name.normalize('NFKD').replace(/\p{M}/gu, '').toUpperCase();
    const excel = fakeExcel({ sheets: { STRASSE: [], 'ecarts ｋｐｉ': [] }, sheetNameFolding: folding });
    const names = await excel.run((context) =>
      paintWorkbookPlan(context, [
        { ...invoicePlan(1), name: 'Straße' },
        { ...invoicePlan(1), name: 'Écarts KPI' },
      ]),
    );
    expect(names).toEqual(['Straße (2)', 'Écarts KPI (2)']);
    expect(excel.runs.map((run) => run.syncs)).toEqual([PAINT_SYNCS]);
  });

  it('in a workbook of 300 sheets, a 31-character name already taken with (2) to (299) becomes (300), still 31', async () => {
    const base = 'Invoice 2026-10 Acme Services X'; // 31 characters, Excel's most
    const sheets: Record<string, []> = { [base]: [] };
    for (let n = 2; n < 300; n++) sheets[`${base.slice(0, 31 - ` (${n})`.length).trimEnd()} (${n})`] = [];
    const book = createMockWorkbook({ sheets });
    const name = await paint(book, { ...invoicePlan(3), name: base });
    expect(name).toBe('Invoice 2026-10 Acme Serv (300)');
    expect(name).toHaveLength(31);
    expect(book.sheetNames()).toHaveLength(300);
    expect(book.syncs()).toBe(PAINT_SYNCS);
  });

  it('gives each new table a name no other table in the workbook has', async () => {
    const book = createMockWorkbook({ tables: ['Invoice_lines'] });
    await paint(book, invoicePlan(3));
    await paint(book, invoicePlan(3));
    expect(book.sheet('Invoice 2026-10').tables[0].name).toBe('Invoice_lines_2');
    expect(book.sheet('Invoice 2026-10 (2)').tables[0].name).toBe('Invoice_lines_3');
  });

  it('takes no defined name of the workbook (Excel refuses a table named as one), in the same syncs', async () => {
    // A workbook of the buyer's own, with a named range where the plan names its table.
    const book = createMockWorkbook({ names: ['invoice_LINES'] });
    await paint(book, invoicePlan(3));
    expect(book.sheet('Invoice 2026-10').tables[0].name).toBe('Invoice_lines_2');
    expect(book.syncs()).toBe(PAINT_SYNCS);
  });
});

describe('paintSheetPlan: failures leave no sheet behind', () => {
  it.each([
    ['the first write', (call: HostCall) => call.op === 'numberFormat'],
    ['the table', (call: HostCall) => call.op === 'tables.add'],
    ['the column widths', (call: HostCall) => call.op === 'format.columnWidth'],
    ['the last call', (call: HostCall) => call.op === 'activate'],
  ])('removes the half-built sheet when %s fails, and says which sheet and why', async (_label, failing) => {
    const book = createMockWorkbook({
      sheets: { Contract: [['Contract']] },
      tables: ['Terms'],
      failWhen: (call) =>
        failing(call) ? 'The argument is invalid or missing or has an incorrect format.' : undefined,
    });
    const error = await paint(book, invoicePlan(100)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PaintError);
    expect((error as PaintError).message).toMatch(
      /^Could not build the sheet "Invoice 2026-10": The argument is invalid or missing or has an incorrect format \(InvalidArgument at .+\)\. What had been built was removed\.$/,
    );
    expect((error as PaintError).cleanup).toBe('removed');
    expect(book.sheetNames()).toEqual(['Contract']);
    // The failing batch had created the sheet and returned its id: one sync deletes it by that id.
    expect(book.calls.filter((call) => call.op === 'delete')).toEqual([
      expect.objectContaining({ target: expect.stringMatching(/^\{[0-9a-f-]+\}$/) }),
    ]);
    expect(book.syncs()).toBe(PAINT_SYNCS + 1);
  });

  it('says so when the half-built sheet cannot be removed either', async () => {
    const book = createMockWorkbook({
      failWhen: (call) => (call.op === 'tables.add' || call.op === 'delete' ? 'Busy' : undefined),
    });
    const error = (await paint(book, invoicePlan(10)).catch((caught: unknown) => caught)) as PaintError;
    expect(error.cleanup).toBe('left');
    expect(error.message).toMatch(
      /"Invoice 2026-10": Busy \(InvalidArgument at .*tables\.add\)\. .*please delete it\.$/,
    );
    expect(book.sheetNames()).toEqual(['Invoice 2026-10']);
  });

  it('never removes a sheet of the same name that another paint or a co-author just created, and paints beside it', async () => {
    // Both paints saw no "Invoice 2026-10"; the other one creates it just before this one's add runs.
    let raced = false;
    const book: MockWorkbook = createMockWorkbook({
      sheets: { Contract: [['Contract']] },
      failWhen: (call) => {
        if (call.op === 'worksheets.add' && !raced) {
          raced = true;
          book.addSheet('Invoice 2026-10', [['theirs']]);
        }
        return undefined;
      },
    });
    await expect(paint(book, invoicePlan(10))).resolves.toBe('Invoice 2026-10 (2)');
    expect(book.sheetNames()).toEqual(['Contract', 'Invoice 2026-10', 'Invoice 2026-10 (2)']);
    expect(book.sheet('Invoice 2026-10').cells.get('A1')?.value).toBe('theirs');
    expect(book.calls.some((call) => call.op === 'delete')).toBe(false);
  });

  it('removes the sheets it did create, keeps the one another paint created, and paints them all again', async () => {
    let raced = false;
    const book: MockWorkbook = createMockWorkbook({
      failWhen: (call) => {
        if (call.op === 'worksheets.add' && call.args[0] === 'Actuals' && !raced) {
          raced = true;
          book.addSheet('Actuals', [['theirs']]);
        }
        return undefined;
      },
    });
    const contract: SheetPlan = { name: 'Contract', blocks: [{ row: 0, col: 0, values: [['mine']] }] };
    const actuals: SheetPlan = { name: 'Actuals', blocks: [{ row: 0, col: 0, values: [['mine']] }] };
    await expect(paintWorkbookPlan(book.context, [contract, actuals])).resolves.toEqual([
      'Contract',
      'Actuals (2)',
    ]);
    expect(book.sheetNames()).toEqual(['Actuals', 'Contract', 'Actuals (2)']);
    expect(book.sheet('Actuals').cells.get('A1')?.value).toBe('theirs');
    expect(book.calls.filter((call) => call.op === 'delete')).toHaveLength(1);
  });

  it('refuses a malformed plan before touching the workbook', async () => {
    const book = createMockWorkbook();
    const plan: SheetPlan = { name: 'Bad', blocks: [{ row: 0, col: 0, values: [['a', 'b'], ['c']] }] };
    await expect(paint(book, plan)).rejects.toThrow(
      'Could not build the sheet "Bad": Block A1:B2 has rows of different lengths. No sheet was created.',
    );
    expect(book.syncs()).toBe(0);
    expect(book.sheetNames()).toEqual([]);
  });

  it("words Excel's own refusals in the pane's language: a French pane says them in French", async () => {
    const book = createMockWorkbook();
    const plan: SheetPlan = {
      name: 'Facture 2026-10',
      blocks: [{ row: 0, col: 0, values: [['a', 'b'], ['c']] }],
      validations: [{ row: 1, col: 0, rows: 1, cols: 1, list: ['oui, vraiment'] }],
    };
    const failure = (await paint(book, plan).catch((error: unknown) => error)) as PaintError;
    expect(failure.reasons).toEqual([
      { problem: 'raggedBlock', at: 'A1:B2' },
      { problem: 'listItem', at: 'A2', item: 'oui, vraiment' },
    ]);
    expect(paintFailureText('fr', failure)).toBe(
      'Impossible de créer la feuille «\u00a0Facture 2026-10\u00a0»\u00a0: le bloc A1:B2 a des lignes de longueurs ' +
        'différentes\u00a0; la liste de validation de A2 a un élément contenant une virgule ou un guillemet\u00a0: ' +
        '«\u00a0oui, vraiment\u00a0». Aucune feuille n’a été créée.',
    );
    expect(book.syncs()).toBe(0);
  });

  it('reports a workbook it cannot read without creating anything', async () => {
    const book = createMockWorkbook();
    const plan: SheetPlan = { name: 'X', blocks: [] };
    // Nothing is queued before the first sync (only loads), so the connection itself fails.
    const sync = book.context.sync.bind(book.context);
    book.context.sync = () => Promise.reject(new Error('Connection lost'));
    await expect(paint(book, plan)).rejects.toThrow(
      'Could not build the sheet "X": Connection lost. No sheet was created.',
    );
    book.context.sync = sync;
    expect(book.sheetNames()).toEqual([]);
  });
});

describe('paintSheetPlan: a workbook Excel will not let it change', () => {
  it('a protected structure (Review → Protect Workbook): says so and what to do, and adds no sheet', async () => {
    const book = createMockWorkbook({ sheets: { Contract: [['Contract']] }, structureProtected: true });
    const failure = (await paint(book, invoicePlan(10)).catch((error: unknown) => error)) as PaintError;
    expect(failure).toBeInstanceOf(PaintError);
    expect(failure.reasons).toEqual([{ problem: 'workbookProtected' }]);
    expect(failure.cleanup).toBe('not-created');
    expect(failure.message).toBe(
      'Could not build the sheet "Invoice 2026-10": the structure of this workbook is protected (Review → Protect Workbook), ' +
        'so Excel adds no sheet to it: remove the protection, then try again. No sheet was created.',
    );
    expect(paintFailureText('fr', failure)).toBe(
      'Impossible de créer la feuille «\u00a0Invoice 2026-10\u00a0»\u00a0: la structure de ce classeur est protégée ' +
        '(Révision → Protéger le classeur), Excel n’y ajoute donc aucune feuille\u00a0: ôtez la protection, puis réessayez. ' +
        'Aucune feuille n’a été créée.',
    );
    // Known from the first sync, which only reads: nothing was asked of the workbook.
    expect(book.syncs()).toBe(1);
    expect(book.calls).toEqual([]);
    expect(book.sheetNames()).toEqual(['Contract']);
  });

  it('Excel’s AccessDenied (read-only, view-only, protected): why and what to do, in the pane’s language', async () => {
    const denied = {
      code: 'AccessDenied',
      message: "You don't have sufficient permissions for this action.",
    };
    const book = createMockWorkbook({
      sheets: { Contract: [['Contract']] },
      failWhen: (call) => (call.op === 'worksheets.add' ? denied : undefined),
    });
    const failure = (await paint(book, invoicePlan(10)).catch((error: unknown) => error)) as PaintError;
    expect(failure.reasons).toEqual([
      {
        problem: 'accessDenied',
        detail:
          "You don't have sufficient permissions for this action (AccessDenied at workbook.worksheets.add)",
      },
    ]);
    expect(failure.message).toBe(
      'Could not build the sheet "Invoice 2026-10": Excel refused to change the workbook ' +
        "(You don't have sufficient permissions for this action (AccessDenied at workbook.worksheets.add)): " +
        'it may be open read-only or for viewing only, or protected. Open it for editing (in Excel on the web, ' +
        'Editing rather than Viewing) or remove its protection (Review tab), then try again. No sheet was created.',
    );
    expect(paintFailureText('fr', failure)).toMatch(
      /^Impossible de créer la feuille «\u00a0Invoice 2026-10\u00a0»\u00a0: Excel a refusé de modifier le classeur \(You don't .*\)\u00a0: il est peut-être ouvert en lecture seule .* puis réessayez\. Aucune feuille n’a été créée\.$/,
    );
    expect(book.sheetNames()).toEqual(['Contract']);
  });

  it('a protected sheet elsewhere changes nothing: the paint only adds its own sheet', async () => {
    // Sheet protection guards a sheet's cells; the painter never writes to an existing sheet.
    const book = createMockWorkbook({ sheets: { Contract: [['Contract']] } });
    await paint(book, invoicePlan(10));
    expect(book.calls.filter((call) => call.target.startsWith('Contract'))).toEqual([]);
  });
});

describe('paintWorkbookPlan: several sheets at once', () => {
  const contract = (name = 'Contract'): SheetPlan => ({
    name,
    blocks: [
      {
        row: 0,
        col: 0,
        values: [
          ['KPI', 'Target'],
          ['FCR', 0.75],
        ],
      },
    ],
    tables: [{ name: 'Terms', row: 0, col: 0, rows: 2, cols: 2 }],
  });

  it('paints every plan in the same two syncs, with names unique among themselves too', async () => {
    const book = createMockWorkbook({ sheets: { Contract: [] } });
    const names = await paintWorkbookPlan(book.context, [
      contract(),
      contract(),
      invoicePlan(100, 'Actuals'),
    ]);
    expect(names).toEqual(['Contract (2)', 'Contract (3)', 'Actuals']);
    expect(book.syncs()).toBe(PAINT_SYNCS);
    expect(book.sheetNames()).toEqual(['Contract', 'Contract (2)', 'Contract (3)', 'Actuals']);
    expect(book.sheet('Contract (3)').tables[0].name).toBe('Terms_2');
    expect(book.activeSheet()).toBe('Contract (2)');
  });

  it('removes every sheet of the call when one of them fails', async () => {
    const book = createMockWorkbook({
      sheets: { Existing: [] },
      failWhen: (call) =>
        call.target.startsWith('Actuals!') && call.op === 'formulas' ? 'Too big' : undefined,
    });
    await expect(paintWorkbookPlan(book.context, [contract(), invoicePlan(10, 'Actuals')])).rejects.toThrow(
      /^Could not build the sheets "Contract", "Actuals": Too big \(InvalidArgument at Actuals!A1:A2\.formulas\)\. What had been built was removed\.$/,
    );
    expect(book.sheetNames()).toEqual(['Existing']);
  });

  it('names the plan at fault when one of several is malformed', async () => {
    const book = createMockWorkbook();
    const bad: SheetPlan = { name: 'Bad', blocks: [], frozenRows: -1 };
    await expect(paintWorkbookPlan(book.context, [contract(), bad])).rejects.toThrow(
      'Could not build the sheets "Contract", "Bad": Bad: Invalid number of frozen rows: -1. No sheet was created.',
    );
    expect(book.syncs()).toBe(0);
  });
});

describe('paintSheetPlan: options', () => {
  it('leaves the active sheet alone when asked', async () => {
    const book = createMockWorkbook();
    await paintSheetPlan(book.context, invoicePlan(3), { activate: false });
    expect(book.sheetNames()).toContain('Invoice 2026-10');
    expect(book.activeSheet()).toBeNull();
  });

  it('paints the page layout on an Excel of the manifest’s ExcelApi 1.12, without asking Office', async () => {
    const restore = useOfficeRequirements('1.12');
    try {
      const book = createMockWorkbook();
      await paintSheetPlan(book.context, invoicePlan(3));
      expect(book.sheet('Invoice 2026-10').pageLayout.orientation).toBe('Landscape');
      expect(book.syncs()).toBe(PAINT_SYNCS);
    } finally {
      restore();
    }
  });

  it('sets the height of a run of consecutive rows of one height in one write', async () => {
    const book = createMockWorkbook();
    const heights = [5, 6, 7, 9, 10, 12].map((row) => ({ row, height: row === 7 ? 45 : 30 }));
    await paint(book, { ...invoicePlan(10), rowHeights: [...heights, { row: 13, height: 30 }] });
    const written = book.calls.filter((call) => call.op === 'format.rowHeight');
    expect(written.map((call) => [call.target.split('!')[1], call.args[0]])).toEqual([
      ['A6:A7', 30],
      ['A8', 45],
      ['A10:A11', 30],
      ['A13:A14', 30],
    ]);
  });

  it('sets a row taller than Excel allows to its tallest, 409 points, so the paint is not refused', async () => {
    const book = createMockWorkbook();
    await paint(book, {
      ...invoicePlan(10),
      rowHeights: [
        { row: 5, height: 600 },
        { row: 6, height: 409 },
      ],
    });
    const written = book.calls.filter((call) => call.op === 'format.rowHeight');
    expect(written.map((call) => [call.target.split('!')[1], call.args[0]])).toEqual([['A6:A7', 409]]);
  });

  it('freezes rows and columns together through freezeAt', async () => {
    const book = createMockWorkbook();
    await paint(book, { name: 'F', blocks: [], frozenRows: 2, frozenColumns: 1 });
    expect(book.sheet('F').freeze).toEqual({ rows: 2, columns: 1 });
    expect(book.calls.map((call) => call.op)).toContain('freezeAt');
  });
});

describe('readSheetValues', () => {
  it('returns the values from A1 to the last used cell, null for a missing sheet, [] for an empty one', async () => {
    const book = createMockWorkbook({
      sheets: {
        Data: [
          [null, null, null],
          [null, 'KPI', 'Target'],
          [null, 'FCR', 0.75],
        ],
        Empty: [],
      },
    });
    expect(await readSheetValues(book.context, 'Data')).toEqual([
      ['', '', ''],
      ['', 'KPI', 'Target'],
      ['', 'FCR', 0.75],
    ]);
    expect(await readSheetValues(book.context, 'Empty')).toEqual([]);
    expect(await readSheetValues(book.context, 'Missing')).toBeNull();
    expect(book.calls).toEqual([]);
  });

  it('reads back what the painter wrote', async () => {
    const book = createMockWorkbook();
    const name = await paint(book, invoicePlan(3));
    const values = await readSheetValues(book.context, name);
    expect(values?.[3]).toEqual(['KPI', 'Result', 'Amount']);
    expect(values?.[4]).toEqual([HOSTILE[0], 0.5, 100]);
  });
});
