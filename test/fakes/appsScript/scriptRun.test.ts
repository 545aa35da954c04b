/**
 * The fake google.script.run carries what Google documents it carries, and refuses or nulls the rest; and
 * every answer of the built server crosses it unchanged (a Date, a Range or a function would not).
 */
import { loadAddon } from '../../sheets/builtSheets';
import { fakeScriptRun, returnedToPage, sentToServer } from './scriptRun';

describe('parameters', () => {
  it('carry primitives, null and plain objects and arrays of them, as copies', () => {
    const plan = { name: 'x', blocks: [{ values: [[1, 'a', true, null]] }] };
    const [sent] = sentToServer([plan]);
    expect(sent).toEqual(plan);
    expect(sent).not.toBe(plan);
  });

  it('turn undefined inside an array into null and drop undefined fields', () => {
    expect(sentToServer([[1, undefined, 3], { a: undefined, b: 2 }])).toEqual([[1, null, 3], { b: 2 }]);
  });

  it.each([
    ['a Date', [new Date(0)], '0'],
    ['a Date inside an object', [{ rows: [[1, new Date(0)]] }], '0.rows.0.1'],
    ['a function', ['x', () => 1], '1'],
    ['a Map', [new Map()], '0'],
  ])('fail the request for %s', (_what, args, path) => {
    expect(() => sentToServer(args)).toThrow(`Failed due to illegal value in property: ${path}`);
  });

  it('fail the request for a cycle', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => sentToServer([cyclic])).toThrow(/illegal value/);
  });
});

describe('return values', () => {
  it('carry JSON-like values; a Date or a function anywhere makes the whole answer null', () => {
    expect(returnedToPage({ a: [1, undefined] })).toEqual({ a: [1, null] });
    expect(returnedToPage(undefined)).toBeNull();
    expect(returnedToPage([['x', new Date(0)]])).toBeNull();
    expect(returnedToPage({ f: () => 1 })).toBeNull();
  });

  it('arrive later, and a thrown Error reaches the failure handler with its message', async () => {
    const answers: unknown[] = [];
    const run = fakeScriptRun((name) =>
      name === 'ok'
        ? () => 42
        : () => {
            throw new Error('no');
          },
    );
    const done = new Promise<void>((resolve) => {
      (run.withSuccessHandler((v) => answers.push(v)) as unknown as Record<string, () => void>).ok!();
      (
        run.withFailureHandler((e) => {
          answers.push((e as Error).message);
          resolve();
        }) as unknown as Record<string, () => void>
      ).ko!();
    });
    expect(answers).toEqual([]);
    await done;
    expect(answers).toEqual([42, 'no']);
  });
});

describe('the built server’s answers', () => {
  it('cross unchanged: a date cell as its day, never a Date', () => {
    const addon = loadAddon({ sheetNames: ['Contract', 'Actuals'], spreadsheetTimeZone: 'Asia/Tokyo' });
    const actuals = addon.fake.spreadsheet.getSheetByName('Actuals')!;
    actuals.getRange(1, 1, 1, 3).setValues([['Month', addon.fake.dateCell('2026-10-01'), 0.78]]);
    const painted = addon.fn('paintPlans')([
      { plan: { name: 'P', blocks: [{ row: 0, col: 0, values: [[1]] }] } },
    ]);
    actuals.getRange('B1').activate();
    for (const answer of [
      addon.fn('workbookSheets')(),
      addon.fn('readSheets')(['Actuals', 'Nope']),
      painted,
      addon.fn('selectedRange')(),
      addon.fn('hostLanguage')(),
    ]) {
      expect(answer).not.toBeNull();
      expect(returnedToPage(answer)).toEqual(answer);
    }
    expect(addon.fn('readSheets')(['Actuals'])).toEqual([[['Month', { date: '2026-10-01' }, 0.78]]]);
  });
});
