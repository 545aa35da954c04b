/**
 * The thin server the sidebar calls over google.script.run, in the built Code.js on the fake: it checks
 * what the page sent before any Spreadsheet call, and reads, paints and selects on the active spreadsheet.
 */
import { loadAddon, thrownFailure } from './builtSheets';

const plan = { name: 'Notes', blocks: [{ row: 0, col: 0, values: [['=HYPERLINK("x")', 1]] }] };

describe('selectCell', () => {
  it('activates the sheet and selects the cell', () => {
    const addon = loadAddon({ sheetNames: ['Contract', 'KPI data'] });
    expect(addon.fn('selectCell')('KPI data', 'C4')).toBeUndefined();
    expect(addon.fake.spreadsheet.getActiveSheet().getName()).toBe('KPI data');
    expect(addon.fake.spreadsheet.getActiveRange()?.getA1Notation()).toBe('C4');
  });

  it('says which sheet is missing, and refuses what is not text', () => {
    const addon = loadAddon({ sheetNames: ['Contract'] });
    expect(thrownFailure(() => addon.fn('selectCell')('Actuals', 'C4'))).toEqual({
      code: 'noSheet',
      sheet: 'Actuals',
    });
    expect(thrownFailure(() => addon.fn('selectCell')({ name: 'Contract' }, 'C4'))).toEqual({
      code: 'badCall',
      what: 'sheetName',
    });
    expect(addon.fake.spreadsheet.getActiveSheet().getName()).toBe('Contract');
  });
});

describe('compareSheetNames', () => {
  it('inserts each pair under the document lock, deletes what it inserted, flushed, and refuses what is no pair', () => {
    const addon = loadAddon({ sheetNames: ['Contract'] });
    const from = addon.fake.log.calls.length;
    expect(
      addon.fn('compareSheetNames')([
        ['P Case', 'P CASE'],
        ['P Next', 'P Next (2)'],
        ['contract', 'P Other'],
      ]),
    ).toEqual({ answers: ['one', 'two', null], left: [] });
    const order = addon.fake.log.calls
      .slice(from)
      .map((c) => `${c.service}.${c.method}`)
      .filter((call) => /^(Lock\.|SpreadsheetApp\.flush|Spreadsheet\.(insertSheet|deleteSheet))/.test(call));
    expect(order).toEqual([
      'Lock.tryLock',
      ...Array(4).fill('Spreadsheet.insertSheet'),
      ...Array(3).fill('Spreadsheet.deleteSheet'),
      'SpreadsheetApp.flush',
      'Lock.releaseLock',
    ]);
    expect(addon.fake.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Contract']);
    expect(thrownFailure(() => addon.fn('compareSheetNames')([['only one']]))).toEqual({
      code: 'badCall',
      what: 'sheetNamePairs',
    });
  });
});

describe('workbookSheets and readSheets', () => {
  it('list every sheet with its tag and the active one, and read sheets from A1', () => {
    const addon = loadAddon({ sheetNames: ['Sheet1', 'Data'] });
    addon.fake.spreadsheet
      .getSheetByName('Data')!
      .getRange(2, 2, 1, 1)
      .setValues([['x']]);
    // A tag a user mangled marks nothing.
    addon.fake.spreadsheet.getSheetByName('Sheet1')!.addDeveloperMetadata('outcome-fees.sheet', '{"role":');
    expect(addon.fn('workbookSheets')()).toEqual({
      sheets: [
        { name: 'Sheet1', tag: null },
        { name: 'Data', tag: null },
      ],
      active: 'Sheet1',
    });
    expect(addon.fn('readSheets')(['Data', 'Nope'])).toEqual([
      [
        ['', ''],
        ['', 'x'],
      ],
      null,
    ]);
  });
});

describe('readSheets of the first rows', () => {
  it('reads that many rows from A1 of every sheet whatever its size, fewer of a smaller one, null for none', () => {
    const addon = loadAddon({ sheetNames: ['Data', 'Small'] });
    const data = addon.fake.spreadsheet.getSheetByName('Data')!;
    data.getRange(1, 1, 500, 3).setValues(Array.from({ length: 500 }, (_, i) => [`r${i}`, i, 'c']));
    addon.fake.spreadsheet
      .getSheetByName('Small')!
      .getRange(1, 1)
      .setValues([['only']]);
    expect(addon.fn('readSheets')(['Data', 'Nope', 'Small'], 2)).toEqual([
      [
        ['r0', 0, 'c'],
        ['r1', 1, 'c'],
      ],
      null,
      [['only']],
    ]);
    // google.script.run turns a parameter left out into null: every row.
    expect(addon.fn('readSheets')(['Small'], null)).toEqual([[['only']]]);
    // A chart moved to its own sheet has no cells: Correct an invoice's list reads none there, and goes on.
    const chart = addon.fake.spreadsheet.insertSheet('Chart');
    chart.getDataRange = () => {
      throw new Error('This operation is not supported on a sheet of type OBJECT.');
    };
    expect(addon.fn('readSheets')(['Chart', 'Small'], 2)).toEqual([null, [['only']]]);
    expect(() => addon.fn('readSheets')(['Chart'])).toThrow('type OBJECT');
    expect(thrownFailure(() => addon.fn('readSheets')(['Data'], 0))).toEqual({
      code: 'badCall',
      what: 'rowCount',
    });
  });
});

describe('readFormattedSheets', () => {
  it('reads each cell’s value and its number format as Sheets gives it, a date as its day', () => {
    const addon = loadAddon({ sheetNames: ['Supplier'] });
    const sheet = addon.fake.spreadsheet.getSheetByName('Supplier')!;
    sheet.getRange('A1:D1').setValues([['Fee', 20000, '20%', 0.2]]);
    sheet.getRange('B1').setNumberFormat('#,##0.00 [$€-1]');
    sheet.getRange('D1').setNumberFormat('0.00%');
    sheet
      .getRange('A2')
      .setValue(new Date(Date.UTC(2026, 9, 1)))
      .setNumberFormat('yyyy-mm-dd');
    expect(addon.fn('readFormattedSheets')(['Supplier', 'Nope'])).toEqual([
      {
        values: [
          ['Fee', 20000, 0.2, 0.2],
          [{ date: '2026-10-01' }, '', '', ''],
        ],
        numberFormats: [
          ['0.###############', '#,##0.00 [$€-1]', '0%', '0.00%'],
          ['yyyy-mm-dd', '0.###############', '0.###############', '0.###############'],
        ],
      },
      null,
    ]);
    expect(thrownFailure(() => addon.fn('readFormattedSheets')('Supplier'))).toEqual({
      code: 'badCall',
      what: 'sheetNames',
    });
  });
});

describe('paintPlans', () => {
  it('paints on a new sheet, text that looks like a formula staying text, and tags it', () => {
    const addon = loadAddon();
    const painted = addon.fn('paintPlans')([{ plan, tag: { role: 'actuals', contract: 'k' } }]);
    const sheet = addon.fake.spreadsheet.getSheetByName('Notes')!;
    expect(painted).toEqual([{ name: 'Notes', id: sheet.getSheetId() }]);
    expect(sheet.getRange(1, 1, 1, 1).getFormulas()).toEqual([['']]);
    expect(sheet.getRange(1, 1, 1, 1).getValues()).toEqual([['=HYPERLINK("x")']]);
    expect(sheet.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([
      ['outcome-fees.sheet', '{"role":"actuals","contract":"k"}'],
    ]);
  });

  it('accepts every field the core lays out, drawing charts and conditional formats (print setup it cannot)', () => {
    const addon = loadAddon();
    const full = {
      ...plan,
      blocks: [
        {
          row: 0,
          col: 0,
          values: [
            ['Month', 'Fee'],
            ['2026-10', 1],
          ],
        },
      ],
      print: { orientation: 'landscape', fitToWidth: true, paper: 'A4', titleRows: 1 },
      rowHeights: [{ row: 0, height: 30 }],
      conditionalFormats: [{ row: 1, col: 1, rows: 1, cols: 1, equals: 'met', fill: '#e6f4ea' }],
      charts: [
        {
          kind: 'line',
          title: 'Fee',
          categories: { row: 1, col: 0, rows: 1, cols: 1 },
          series: [{ name: 'Fee', values: { row: 1, col: 1, rows: 1, cols: 1 } }],
          anchor: { row: 0, col: 3 },
        },
      ],
    };
    expect(addon.fn('paintPlans')([{ plan: full }])).toEqual([{ name: 'Notes', id: expect.any(Number) }]);
    const sheet = addon.fake.spreadsheet.getSheetByName('Notes')!;
    expect(sheet.getCharts().map((chart) => chart.getRanges().map((r) => r.getA1Notation()))).toEqual([
      ['A2', 'B2'],
    ]);
    expect(sheet.getCharts()[0]!.getOptions().get('series')).toEqual({ 0: { labelInLegend: 'Fee' } });
    expect(
      sheet.getConditionalFormatRules().map((rule) => rule.getBooleanCondition().getCriteriaValues()),
    ).toEqual([['met']]);
  });
});

describe('duplicateSheet', () => {
  it('duplicates the sheet of an id, renamed or not, as the active sheet, and returns the copy', () => {
    const addon = loadAddon({ sheetNames: ['Contract'] });
    const [painted] = addon.fn('paintPlans')([{ plan, tag: { role: 'invoice', contract: 'k' } }]) as {
      name: string;
      id: number;
    }[];
    const spreadsheet = addon.fake.spreadsheet;
    spreadsheet.getSheetByName('Notes')!.setName('Renamed');
    spreadsheet.setActiveSheet(spreadsheet.getSheetByName('Contract')!);
    const counted = () => addon.fake.log.count({ service: ['Spreadsheet', 'Sheet', 'Range'] });
    const before = counted();
    const copy = addon.fn('duplicateSheet')(painted!.id, 'Notes') as { name: string; id: number };
    const oneCopy = counted() - before;
    expect(copy).toEqual({
      name: 'Copy of Renamed',
      id: spreadsheet.getSheetByName('Copy of Renamed')!.getSheetId(),
    });
    expect(copy.id).not.toBe(painted!.id);
    expect(spreadsheet.getActiveSheet().getName()).toBe('Copy of Renamed');
    expect(spreadsheet.getSheetByName('Copy of Renamed')!.getDataRange().getValues()).toEqual([
      ['=HYPERLINK("x")', 1],
    ]);
    // The same Spreadsheet calls whatever the sheet holds.
    const rows = Array.from({ length: 2000 }, (_, i) => [i, 'x', i / 7]);
    const renamed = spreadsheet.getSheetByName('Renamed')!;
    renamed.insertRowsAfter(1, rows.length);
    renamed.insertColumnsAfter(1, 3);
    renamed.getRange(1, 1, rows.length, 3).setValues(rows);
    const again = counted();
    addon.fn('duplicateSheet')(painted!.id, 'Notes');
    expect(counted() - again).toBe(oneCopy);
    expect(spreadsheet.getSheetByName('Copy of Renamed 2')!.getLastRow()).toBe(2000);
    spreadsheet.deleteSheet(spreadsheet.getSheetByName('Copy of Renamed 2')!);
    expect(addon.fn('workbookSheets')()).toMatchObject({
      sheets: [
        { name: 'Contract', tag: null },
        { name: 'Renamed', tag: { role: 'invoice', contract: 'k' } },
        { name: 'Copy of Renamed', tag: { role: 'invoice', contract: 'k' } },
      ],
    });
  });

  it('says the sheet is gone, and refuses what is no id or no name, making no copy', () => {
    const addon = loadAddon({ sheetNames: ['Contract'] });
    expect(thrownFailure(() => addon.fn('duplicateSheet')(41, 'Notes'))).toEqual({
      code: 'noSheet',
      sheet: 'Notes',
    });
    expect(thrownFailure(() => addon.fn('duplicateSheet')('Contract', 'Contract'))).toEqual({
      code: 'badCall',
      what: 'sheetId',
    });
    expect(thrownFailure(() => addon.fn('duplicateSheet')(0, null))).toEqual({
      code: 'badCall',
      what: 'sheetName',
    });
    expect(addon.fake.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Contract']);
  });
});

describe('removeSheet', () => {
  it('deletes the sheet of an id, renamed or not, and nothing when it is gone', () => {
    const addon = loadAddon({ sheetNames: ['Contract'] });
    const [painted] = addon.fn('paintPlans')([{ plan }]) as { name: string; id: number }[];
    addon.fake.spreadsheet.getSheetByName('Notes')!.setName('Renamed');
    addon.fake.spreadsheet.insertSheet('Notes');
    addon.fn('removeSheet')(painted!.id);
    expect(addon.fake.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Contract', 'Notes']);
    expect(addon.fn('removeSheet')(painted!.id)).toBeUndefined();
    expect(addon.fake.spreadsheet.getSheets()).toHaveLength(2);
    expect(thrownFailure(() => addon.fn('removeSheet')('Notes'))).toEqual({
      code: 'badCall',
      what: 'sheetId',
    });
  });

  // Every change the sidebar asks for, as a paint: under the document lock, flushed before it goes
  // (LockService's rule), so a paint or a read in another sidebar never works beside it half made.
  it.each([
    ['removeSheet', (id: number) => [id], 'deleteSheet'],
    ['hideSheetRows', (id: number) => [id, 'Notes', [0]], 'hideRows'],
    ['duplicateSheet', (id: number) => [id, 'Notes'], 'duplicateActiveSheet'],
    ['probeLimits', (id: number) => [id, 'Notes'], 'insertRowsAfter'],
    ['selectCell', () => ['Contract', 'B2'], 'setActiveSheet'],
  ] as const)('%s changes the sheet under the document lock, or waits and says so', (name, args, change) => {
    const addon = loadAddon({ sheetNames: ['Contract'] });
    const [painted] = addon.fn('paintPlans')([{ plan }]) as { name: string; id: number }[];
    const from = addon.fake.log.calls.length;
    addon.fn(name)(...args(painted!.id));
    const order = addon.fake.log.calls
      .slice(from)
      .filter((c) => ['Lock', 'SpreadsheetApp'].includes(c.service) || c.method === change)
      .map((c) => `${c.service}.${c.method}`)
      .filter((call) => call !== 'SpreadsheetApp.getActiveSpreadsheet');
    expect(order).toEqual([
      'Lock.tryLock',
      `${change === 'hideRows' || change === 'insertRowsAfter' ? 'Sheet' : 'Spreadsheet'}.${change}`,
      'SpreadsheetApp.flush',
      'Lock.releaseLock',
    ]);
    expect(addon.fake.LockService.__documentLockHeld()).toBe(false);
    // Another sidebar's paint holds the lock past the wait: nothing changes, and the page is told.
    const sheets = addon.fake.spreadsheet.getSheets().map((s) => s.getName());
    const active = addon.fake.spreadsheet.getActiveSheet().getName();
    addon.fake.LockService.__holdDocumentLock();
    const busy = addon.fake.log.calls.length;
    expect(thrownFailure(() => addon.fn(name)(...args(painted!.id)))).toEqual({ code: 'busy' });
    expect(addon.fake.log.calls.slice(busy).filter((c) => c.method === change)).toEqual([]);
    expect(addon.fake.spreadsheet.getSheets().map((s) => s.getName())).toEqual(sheets);
    expect(addon.fake.spreadsheet.getActiveSheet().getName()).toBe(active);
  });

  it.each([
    ['no list', { plan }, { at: 'requests', fault: 'notList' }],
    [
      'a chart of an unknown kind',
      [{ plan: { ...plan, charts: [{ kind: 'pie' }] } }],
      { at: 'requests[0].plan.charts[0].kind', fault: 'notChartKind' },
    ],
    ['an empty list', [], { at: 'requests', fault: 'empty' }],
    [
      'an unknown field',
      [{ plan: { ...plan, script: 'x' } }],
      { at: 'requests[0].plan', fault: 'unknownField', detail: 'script' },
    ],
    [
      'a bad value',
      [{ plan: { ...plan, blocks: [{ row: 0, col: 0, values: [[{}]] }] } }],
      { at: 'requests[0].plan.blocks[0].values[0][0]', fault: 'notCell' },
    ],
    [
      'a negative row',
      [{ plan: { ...plan, blocks: [{ row: -1, col: 0, values: [[1]] }] } }],
      { at: 'requests[0].plan.blocks[0].row', fault: 'notWhole' },
    ],
    [
      'a bad tag',
      [{ plan, tag: { role: 'summary', contract: 'k' } }],
      { at: 'requests[0].tag', fault: 'notTag' },
    ],
    [
      'a ragged block of the second plan',
      [{ plan }, { plan: { ...plan, blocks: [{ row: 0, col: 0, values: [[1, 2], [3]] }] } }],
      { at: 'requests[1].plan.blocks[0].values', fault: 'shape', detail: '2×2' },
    ],
  ])('refuses %s before any Spreadsheet call', (_what, requests, failure) => {
    const addon = loadAddon();
    expect(thrownFailure(() => addon.fn('paintPlans')(requests))).toEqual({ code: 'plan', ...failure });
    expect(addon.fake.log.count({ service: ['Spreadsheet', 'Sheet', 'Range'] })).toBe(0);
  });
});

describe('hostLanguage', () => {
  it.each([
    ['fr_CA', 'fr'],
    ['en_US', 'en'],
    ['ja', 'en'],
  ])('is %s → %s', (locale, lang) => {
    expect(loadAddon({ userLocale: locale }).fn('hostLanguage')()).toBe(lang);
  });
});

describe('arguments from the page', () => {
  it('are checked before anything runs', () => {
    const addon = loadAddon();
    const noNames = { code: 'badCall', what: 'sheetNames' };
    expect(thrownFailure(() => addon.fn('readSheets')('Contract'))).toEqual(noNames);
    expect(thrownFailure(() => addon.fn('readSheets')([1]))).toEqual(noNames);
    expect(addon.fake.log.count({ service: ['Spreadsheet', 'Sheet', 'Range'] })).toBe(0);
  });
});
