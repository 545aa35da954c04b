/**
 * Every failure the built Code.js throws reaches the sidebar as a code and its data, and the page says
 * it in the pane's language, naming its place: through the fake google.script.run, EN and FR.
 */
import { runInContext } from 'node:vm';
import type { Lang } from '../../core/app/bridge';
import { isPaintFailure } from '../../core/i18n/paintFailure';
import {
  NO_ANSWER_MS,
  scriptRunPort,
  serverCalls,
  type ServerCall,
} from '../../sheets-addon/sidebar/scriptRunPort';
import { fakeScriptRun, sentToServer } from '../fakes/appsScript';
import { SheetsPaintError } from '../../sheets-addon/sidebar/serverMessages';
import { FakeRange } from '../fakes/appsScript/range';
import { failInsertSheet, loadAddon, nodeServerCalls, sidebarActions, type LoadedAddon } from './builtSheets';

const plan = { name: 'Notes', blocks: [{ row: 0, col: 0, values: [['x']] }] };

/** The message the page's call rejects with, in `lang`. */
async function rejection(
  addon: LoadedAddon,
  lang: Lang,
  run: (call: ReturnType<typeof nodeServerCalls>) => unknown,
): Promise<Error> {
  try {
    await run(nodeServerCalls(addon, lang));
  } catch (error) {
    return error as Error;
  }
  throw new Error('the call did not fail');
}

/** French text with its no-break spaces as plain ones: the typography is core/i18n's concern. */
const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const sheetNames = (addon: LoadedAddon) => addon.fake.spreadsheet.getSheets().map((s) => s.getName());

describe('the server’s failures, in the pane’s language', () => {
  it('no selection: said, not thrown in English', async () => {
    const addon = loadAddon();
    // A spreadsheet with no active range (the fake has no setter: its field is set directly).
    Object.assign(addon.fake.spreadsheet, { activeRange: null });
    const message = (lang: Lang) => rejection(addon, lang, (call) => scriptRunPort(call).selectedRange!());
    expect((await message('en')).message).toBe(
      'No range is selected in the spreadsheet: select the cells first, then try again.',
    );
    expect(spaced((await message('fr')).message)).toBe(
      'Aucune plage n’est sélectionnée dans le classeur : sélectionnez d’abord les cellules, puis réessayez.',
    );
  });

  it('a sheet that is gone: named', async () => {
    const addon = loadAddon({ sheetNames: ['Contract'] });
    const message = (lang: Lang) => rejection(addon, lang, (call) => call('selectCell', 'Actuals', 'B2'));
    expect((await message('en')).message).toBe(
      'the sheet "Actuals" no longer exists. Check the contract again.',
    );
    expect(spaced((await message('fr')).message)).toBe(
      'la feuille « Actuals » n’existe plus. Vérifiez à nouveau le contrat.',
    );
  });

  it('a wrong argument: the argument named', async () => {
    const addon = loadAddon();
    const message = (lang: Lang) => rejection(addon, lang, (call) => call('removeSheet', 'Notes' as never));
    expect((await message('en')).message).toBe(
      'The sidebar sent Google Sheets no valid sheet id. This is a defect of Outcome Fees: please report it.',
    );
    expect(spaced((await message('fr')).message)).toMatch(
      /^Le panneau a envoyé à Google Sheets un argument invalide \(identifiant de feuille\)/,
    );
  });

  it('a malformed plan: the field named, nothing painted', async () => {
    const addon = loadAddon();
    const bad = [{ plan: { ...plan, blocks: [{ row: 0, col: 0, values: [['a', 'b'], ['c']] }] } }];
    const message = (lang: Lang) => rejection(addon, lang, (call) => call('paintPlans', bad as never));
    expect((await message('en')).message).toBe(
      "Outcome Fees laid out a sheet Google Sheets cannot paint: requests[0].plan.blocks[0].values is not 2×2 cells, as the block's values are. This is a defect: please send us this message.",
    );
    expect(spaced((await message('fr')).message)).toMatch(
      /^Outcome Fees a préparé une feuille que Google Sheets ne peut pas peindre : requests\[0\]\.plan\.blocks\[0\]\.values est autre chose que 2×2 cellules/,
    );
    expect(sheetNames(addon)).toEqual(['Sheet1']);
  });

  it('a value google.script.run would turn into an empty cell (NaN, Infinity, undefined): refused by the page, before any call', async () => {
    const addon = loadAddon();
    const calls: string[] = [];
    const call = serverCalls(
      fakeScriptRun(
        (name) => addon.fn(name),
        (name) => calls.push(name),
      ),
      () => 'en',
    );
    for (const [value, at] of [
      [Number.NaN, 'requests[1].plan.blocks[0].values[0][1]'],
      [Number.POSITIVE_INFINITY, 'requests[1].plan.blocks[0].values[0][1]'],
      [undefined, 'requests[1].plan.blocks[0].values[0][1]'],
    ] as const) {
      const requests = [
        { plan },
        { plan: { ...plan, blocks: [{ row: 0, col: 0, values: [['fee', value]] }] } },
      ];
      await expect(scriptRunPort(call).paint(requests as never)).rejects.toThrow(
        `Outcome Fees laid out a sheet Google Sheets cannot paint: ${at} is not a cell value. This is a defect: please send us this message.`,
      );
    }
    // What the page would otherwise have sent: the transfer makes the value null, a blank the server paints.
    expect(sentToServer([[Number.NaN, undefined]])).toEqual([[null, null]]);
    expect(calls).toEqual([]);
    expect(sheetNames(addon)).toEqual(['Sheet1']);
  });

  it('a chart or a colour the core refuses: its problem worded by the pane, not in English inside French', async () => {
    const addon = loadAddon();
    const values = { row: 0, col: 0, rows: 1, cols: 1 };
    const chart = {
      kind: 'line',
      title: 'Courbe',
      categories: values,
      series: [],
      anchor: { row: 0, col: 2 },
    };
    const message = (lang: Lang, extra: object) =>
      rejection(addon, lang, (call) => call('paintPlans', [{ plan: { ...plan, ...extra } }] as never));
    const charts = { charts: [chart] };
    expect((await message('en', charts)).message).toBe(
      'Outcome Fees laid out a sheet Google Sheets cannot paint: requests[0].plan.charts[0] is a chart that cannot be drawn (The chart "Courbe" has no series). This is a defect: please send us this message.',
    );
    expect(spaced((await message('fr', charts)).message)).toBe(
      'Outcome Fees a préparé une feuille que Google Sheets ne peut pas peindre : requests[0].plan.charts[0] est un graphique impossible à tracer (le graphique « Courbe » n’a aucune série). C’est un défaut : envoyez-nous ce message.',
    );
    const colours = { conditionalFormats: [{ ...values, equals: 'ok', fill: 'green' }] };
    expect((await message('en', colours)).message).toMatch(
      /is a highlight that cannot be applied \(A conditional format has a colour that is not #rrggbb: "green"\)/,
    );
    expect(spaced((await message('fr', colours)).message)).toMatch(
      /est une mise en évidence impossible à appliquer \(une mise en forme conditionnelle a une couleur qui n’est pas de la forme #rrggbb : « green »\)/,
    );
    expect(sheetNames(addon)).toEqual(['Sheet1']);
  });

  it('a paint Google refused: data the pane words again, with Google’s own reason and the sheets named', async () => {
    const addon = loadAddon();
    failInsertSheet(addon, 2, 'Vous n’avez pas l’autorisation.');
    const requests = [{ plan }, { plan: { ...plan, name: 'More' } }];
    const error = await rejection(addon, 'fr', (call) => scriptRunPort(call).paint(requests));
    expect(error).toBeInstanceOf(SheetsPaintError);
    expect(isPaintFailure(error)).toBe(true);
    expect(error).toMatchObject({
      sheetNames: ['Notes', 'More'],
      reason: 'Vous n’avez pas l’autorisation.',
      cleanup: 'removed',
    });
    expect(spaced(error.message)).toBe(
      'Impossible de créer les feuilles « Notes », « More » : Vous n’avez pas l’autorisation. Ce qui avait été construit a été supprimé.',
    );
    expect(sheetNames(addon)).toEqual(['Sheet1']);
  });

  it('a text Sheets did not keep as text: the cell named, the sheet removed', async () => {
    const addon = loadAddon();
    jest.spyOn(FakeRange.prototype, 'setNumberFormats').mockImplementation(function (this: FakeRange) {
      return this;
    });
    try {
      const formulaLike = [{ plan: { ...plan, blocks: [{ row: 0, col: 0, values: [['=1+1']] }] } }];
      const error = await rejection(addon, 'fr', (call) => scriptRunPort(call).paint(formulaLike));
      expect(spaced(error.message)).toBe(
        'Impossible de créer la feuille « Notes » : Google Sheets n’a pas conservé le texte « =1+1 » de A1 tel qu’écrit (il l’a lu comme une formule, un nombre ou une date, ou en a changé des caractères) : envoyez-nous ce message. Ce qui avait été construit a été supprimé.',
      );
      expect(sheetNames(addon)).toEqual(['Sheet1']);
    } finally {
      jest.restoreAllMocks();
    }
  });

  it('an Apps Script service missing (run outside Apps Script): said in the pane’s language', async () => {
    const addon = loadAddon();
    delete addon.context.SpreadsheetApp;
    const message = (lang: Lang) => rejection(addon, lang, (call) => call('workbookSheets'));
    expect((await message('en')).message).toBe(
      'The Google Apps Script service SpreadsheetApp is not available: Outcome Fees runs only inside Google Sheets.',
    );
    expect((await message('fr')).message).toBe(
      'Le service Google Apps Script SpreadsheetApp n’est pas disponible\u00a0: Outcome Fees ne fonctionne que dans Google Sheets.',
    );
  });

  it('a date cell that crossed as something other than a day: said in the pane’s language', async () => {
    const wire: ServerCall = async () => [[[{ date: '2026-10' }]]] as never;
    const read = (lang: Lang) => scriptRunPort(wire, () => lang).readSheets(['Actuals']);
    await expect(read('en')).rejects.toThrow(
      'Google Sheets sent a date that is not a day ("2026-10"). This is a defect: please send us this message.',
    );
    await expect(read('fr')).rejects.toThrow(
      'Google Sheets a envoyé une date qui n’est pas un jour («\u00a02026-10\u00a0»). C’est un défaut\u00a0: envoyez-nous ce message.',
    );
  });

  it('an Apps Script exception the server did not expect keeps Google’s words', async () => {
    const addon = loadAddon({ sheetNames: ['Contract'] });
    const error = await rejection(addon, 'fr', (call) => call('selectCell', 'Contract', 'not a cell'));
    expect(spaced(error.message)).toBe('Range not found');
  });
});

describe('a call Google never answers (a connection lost, a session ended under the page)', () => {
  afterEach(() => jest.useRealTimers());

  it('stops waiting past the 6 minutes of an execution, saying to reload and look, EN and FR', async () => {
    jest.useFakeTimers();
    // The handlers are named, the call goes out, and nothing ever comes back.
    const run = { withSuccessHandler: () => run, withFailureHandler: () => run, paintPlans: () => undefined };
    const pending = (lang: Lang) =>
      serverCalls(run as never, () => lang)('paintPlans', [{ plan }] as never).catch((e: Error) => e);
    const [en, fr] = [pending('en'), pending('fr')];
    jest.advanceTimersByTime(NO_ANSWER_MS - 1);
    await Promise.resolve();
    jest.advanceTimersByTime(1);
    expect(((await en) as Error).message).toBe(
      'Google Sheets gave no answer in 6 minutes, longer than any action may run: the connection or your Google session may have ended. Reload the spreadsheet, see whether the sheets were made, then try again.',
    );
    expect(spaced(((await fr) as Error).message)).toBe(
      'Google Sheets n’a pas répondu en 6 minutes, plus longtemps qu’aucune action ne peut durer : la connexion ou votre session Google a peut-être pris fin. Rechargez le classeur, voyez si les feuilles ont été créées, puis réessayez.',
    );
  });

  it('an answer in time clears the wait: nothing is said later', async () => {
    jest.useFakeTimers();
    const addon = loadAddon();
    const answer = nodeServerCalls(addon)('hostLanguage');
    jest.advanceTimersByTime(1);
    await expect(answer).resolves.toBe('en');
    expect(jest.getTimerCount()).toBe(0);
    // Nor is there a wait for a call refused before it went out.
    const refused = nodeServerCalls(addon)('readSheets', [new Date(0)] as never);
    await expect(refused).rejects.toThrow('Failed due to illegal value in property: 0.0');
    expect(jest.getTimerCount()).toBe(0);
  });
});

describe('a sidebar opened before the script was updated', () => {
  it('calling a server function the new Code.js no longer declares: says to reopen it, EN and FR', async () => {
    const addon = loadAddon();
    await sidebarActions(addon).newContract('bpo-customer-service', 'en');
    // The script is updated under the open page: the function its code calls is gone.
    delete addon.context.readFormattedSheets;
    const message = async (lang: Lang) =>
      (
        (await sidebarActions(addon, undefined, lang)
          .checkContract(lang)
          .catch((e: Error) => e)) as Error
      ).message;
    expect(await message('en')).toBe(
      'Outcome Fees was updated since this sidebar opened, and the new version does not know what it asked for (Google: "Script function not found: readFormattedSheets"). Close the sidebar and open it again (Extensions → Outcome Fees → Open sidebar), then try again.',
    );
    expect(spaced(await message('fr'))).toBe(
      'Outcome Fees a été mis à jour depuis l’ouverture de ce panneau, et la nouvelle version ne connaît pas ce qu’il a demandé (Google : « Script function not found: readFormattedSheets »). Fermez le panneau et rouvrez-le (Extensions → Outcome Fees → Ouvrir le panneau), puis réessayez.',
    );
  });
});

describe('two paints at once', () => {
  it('the second waits for the document lock, and says so when it waited too long, painting nothing', async () => {
    const addon = loadAddon();
    addon.fake.LockService.__holdDocumentLock();
    const message = (lang: Lang) => rejection(addon, lang, (call) => call('paintPlans', [{ plan }] as never));
    expect((await message('en')).message).toMatch(
      /^Another Outcome Fees action is still writing to this spreadsheet/,
    );
    expect(spaced((await message('fr')).message)).toMatch(
      /^Une autre action d’Outcome Fees écrit encore dans ce classeur/,
    );
    expect(addon.fake.log.count({ service: ['Sheet', 'Range'] })).toBe(0);
    expect(sheetNames(addon)).toEqual(['Sheet1']);
  });

  it('a paint holds the lock while it creates and paints, flushes, then releases it, failed or not', () => {
    const addon = loadAddon();
    addon.fn('paintPlans')([{ plan }]);
    const order = addon.fake.log.calls
      .filter((c) => ['Lock', 'SpreadsheetApp'].includes(c.service) || c.method === 'insertSheet')
      .map((c) => `${c.service}.${c.method}`);
    expect(order).toEqual([
      'SpreadsheetApp.getActiveSpreadsheet',
      'Lock.tryLock',
      'Spreadsheet.insertSheet',
      'SpreadsheetApp.flush',
      'Lock.releaseLock',
    ]);
    expect(addon.fake.LockService.__documentLockHeld()).toBe(false);
    Object.assign(addon.fake.spreadsheet, {
      insertSheet: () => {
        throw runInContext(
          'new Error("Service Spreadsheets failed while accessing document.")',
          addon.context,
        );
      },
    });
    expect(() => addon.fn('paintPlans')([{ plan }])).toThrow(/"code":"paint"/);
    expect(addon.fake.LockService.__documentLockHeld()).toBe(false);
  });

  // LockService's guide: flush before releasing, or the next holder may not see the changes. A failed
  // paint's deletions are changes too: unflushed, a waiting paint would pick its names past sheets that
  // are about to go, or find one half-deleted.
  it('a failed paint flushes its undoing before it releases the lock', () => {
    const addon = loadAddon();
    failInsertSheet(addon, 2, 'Service Spreadsheets failed while accessing document.');
    expect(() => addon.fn('paintPlans')([{ plan }, { plan: { ...plan, name: 'More' } }])).toThrow(
      /"code":"paint"/,
    );
    const order = addon.fake.log.calls
      .filter((c) => ['Lock', 'SpreadsheetApp'].includes(c.service) || c.method === 'deleteSheet')
      .map((c) => `${c.service}.${c.method}`);
    expect(order.slice(-3)).toEqual(['Spreadsheet.deleteSheet', 'SpreadsheetApp.flush', 'Lock.releaseLock']);
    expect(sheetNames(addon)).toEqual(['Sheet1']);
  });

  it('a sidebar in another tab lists and reads nothing of a paint under way: it waits, then says so', async () => {
    const addon = loadAddon();
    const second = sidebarActions(addon);
    await second.newContract('bpo-customer-service', 'en');
    // The first tab's New contract is under way: its Contract painted, its Actuals not yet.
    addon.fake.LockService.__holdDocumentLock();
    addon.fake.spreadsheet.insertSheet('Contract (2)');
    const reads = addon.fake.log.count({ service: ['Sheet', 'Range'] });
    const busy = /^Another Outcome Fees action is still writing to this spreadsheet/;
    await expect(second.listSheets()).rejects.toThrow(busy);
    await expect(second.checkContract('en')).rejects.toThrow(busy);
    await expect(nodeServerCalls(addon)('readFormattedSheets', ['Contract'], null)).rejects.toThrow(busy);
    expect(addon.fake.log.count({ service: ['Sheet', 'Range'] })).toBe(reads);
    // Once the paint is done, the reads go on, and each gives the lock back. This tab's user is on their
    // Contract: on the other tab's sheet, unmarked in this fake, the pane would refuse to read theirs.
    addon.fake.LockService.__holdDocumentLock(false);
    addon.fake.spreadsheet.setActiveSheet(addon.fake.spreadsheet.getSheetByName('Contract')!);
    await expect(second.checkContract('en')).resolves.toMatchObject({ ok: true });
    expect(addon.fake.LockService.__documentLockHeld()).toBe(false);
    await expect(nodeServerCalls(addon)('readSheets', ['Contract', 'Nope'])).resolves.toHaveLength(2);
    expect(addon.fake.LockService.__documentLockHeld()).toBe(false);
  });

  it('outside a document (no document lock) a paint still runs', () => {
    const addon = loadAddon();
    addon.fake.LockService.__outsideDocument();
    expect(addon.fn('paintPlans')([{ plan }])).toEqual([
      { name: 'Notes', id: expect.any(Number) as unknown },
    ]);
  });
});

describe('a paint too long for one Apps Script execution (6 minutes)', () => {
  /** Each sheet Sheets inserts takes `seconds` on the script's clock (`Date.now` of its realm). */
  function slowSheets(addon: LoadedAddon, seconds: number): void {
    const scriptDate = runInContext('Date', addon.context) as DateConstructor;
    let now = 1_000_000;
    scriptDate.now = () => now;
    const spreadsheet = addon.fake.spreadsheet;
    const insertSheet = spreadsheet.insertSheet.bind(spreadsheet);
    Object.assign(spreadsheet, {
      insertSheet: (name: string, index: number) => {
        now += seconds * 1000;
        return insertSheet(name, index);
      },
    });
  }

  const plans = (count: number) =>
    Array.from({ length: count }, (_, i) => ({ plan: { ...plan, name: `Invoice ${i + 1}` } }));

  it('begins no sheet after 4 minutes, removes what it painted and says to create fewer, EN and FR', async () => {
    const addon = loadAddon();
    slowSheets(addon, 70);
    const en = await rejection(addon, 'en', (call) => scriptRunPort(call).paint(plans(5)));
    expect(en).toBeInstanceOf(SheetsPaintError);
    expect(en.message).toBe(
      'Could not build the sheets "Invoice 1", "Invoice 2", "Invoice 3", "Invoice 4": Google Sheets gives one action 6 minutes, too few for these 5 sheets (4 took over 4 minutes): create fewer at a time, such as a year of invoices. What had been built was removed.',
    );
    expect(sheetNames(addon)).toEqual(['Sheet1']);
    expect(addon.fake.LockService.__documentLockHeld()).toBe(false);
    const fr = await rejection(addon, 'fr', (call) => scriptRunPort(call).paint(plans(5)));
    expect(spaced(fr.message)).toBe(
      'Impossible de créer les feuilles « Invoice 1 », « Invoice 2 », « Invoice 3 », « Invoice 4 » : Google Sheets accorde 6 minutes à une action, trop peu pour ces 5 feuilles (4 ont pris plus de 4 minutes) : créez-en moins à la fois, par exemple une année de factures. Ce qui avait été construit a été supprimé.',
    );
  });

  it('paints every sheet that begins within the time, and always the first', async () => {
    const addon = loadAddon();
    slowSheets(addon, 300);
    await expect(
      rejection(addon, 'en', (call) => scriptRunPort(call).paint(plans(2))),
    ).resolves.toHaveProperty(
      'message',
      expect.stringMatching(
        /^Could not build the sheet "Invoice 1": .*too few for these 2 sheets \(1 took over 4/,
      ),
    );
    expect(await scriptRunPort(nodeServerCalls(addon)).paint(plans(1))).toEqual(['Invoice 1']);
    const quick = loadAddon();
    slowSheets(quick, 59);
    expect(await scriptRunPort(nodeServerCalls(quick)).paint(plans(5))).toHaveLength(5);
  });
});
