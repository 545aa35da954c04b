/**
 * Sheets loads the whole script for every custom-function call, so the menu and the sidebar's thin server
 * (painter, plan checks) must not run on that path: their module factories run only when a trigger or the
 * sidebar requires them. V8's own coverage of the built Code.js shows which functions ran.
 */
import { Session } from 'node:inspector';
import { CELL_FUNCTIONS as FUNCTIONS } from '../../core/functions/cellRegistry';
import { SHEETS_GOLDEN_VECTORS as GOLDEN_VECTORS } from '../golden/vectors';
import { builtFile, loadAddon, readBuilt, type LoadedAddon } from './builtSheets';

/** Text found only in code off the custom-function path: the menu, the sidebar, the painter, plan checks. */
const OFF_PATH_MARKERS = [
  'createAddonMenu',
  'createTemplateFromFile',
  'insertSheet',
  'requireValueInList',
  'frozenRows',
  'addDeveloperMetadata',
  'unknownField',
];

interface FunctionCoverage {
  readonly functionName: string;
  readonly ranges: readonly { startOffset: number; endOffset: number; count: number }[];
}

function post<T>(session: Session, method: string, params: object = {}): Promise<T> {
  return new Promise((resolve, reject) =>
    session.post(method, params, (error, result) => (error ? reject(error) : resolve(result as T))),
  );
}

/** Runs `act` on a freshly loaded Code.js and returns the source of every function of it that ran. */
async function functionsRun(act: (addon: LoadedAddon) => void): Promise<string[]> {
  const session = new Session();
  session.connect();
  try {
    await post(session, 'Profiler.enable');
    await post(session, 'Profiler.startPreciseCoverage', { callCount: true, detailed: false });
    const addon = loadAddon();
    act(addon);
    const { result } = await post<{ result: { url: string; functions: FunctionCoverage[] }[] }>(
      session,
      'Profiler.takePreciseCoverage',
    );
    await post(session, 'Profiler.stopPreciseCoverage');
    const code = readBuilt('Code.js');
    const script = result.find((entry) => entry.url.endsWith(builtFile('Code.js')));
    if (!script) throw new Error('no coverage for Code.js');
    return script.functions
      .filter((fn) => fn.ranges[0]!.count > 0)
      .map((fn) => code.slice(fn.ranges[0]!.startOffset, fn.ranges[0]!.endOffset));
  } finally {
    session.disconnect();
  }
}

/** Functions that ran and hold `marker`, other than the script and bundle wrappers around everything. */
function ranWith(sources: readonly string[], marker: string): string[] {
  return sources.filter((source) => source.includes(marker) && !source.includes('globalThis.BONUSMALUS='));
}

describe('the custom-function path of Code.js', () => {
  it('runs no menu, sidebar or painter code when every function is called', async () => {
    const ran = await functionsRun((addon) => {
      for (const vector of GOLDEN_VECTORS) addon.fn(vector.name)(...vector.args);
    });
    expect(new Set(GOLDEN_VECTORS.map((v) => v.name)).size).toBe(FUNCTIONS.length);
    const offPath = OFF_PATH_MARKERS.flatMap((marker) => ranWith(ran, marker));
    expect(offPath.map((source) => source.slice(0, 80))).toEqual([]);
  });

  it('is told apart from the menu and sidebar paths, which do run that code', async () => {
    const ran = await functionsRun((addon) => {
      addon.fn('onOpen')({ authMode: 'NONE' });
      addon.fn('showSidebar')();
      addon.fn('paintPlans')([
        {
          plan: {
            name: 'Contract',
            blocks: [{ row: 0, col: 0, values: [['a', 'b']] }],
            validations: [{ row: 0, col: 0, rows: 1, cols: 1, list: ['a'] }],
            frozenRows: 1,
          },
          tag: { role: 'contract', contract: 'c' },
        },
      ]);
      addon.fn('workbookSheets')();
    });
    for (const marker of OFF_PATH_MARKERS)
      expect([marker, ranWith(ran, marker).length > 0]).toEqual([marker, true]);
  });
});
