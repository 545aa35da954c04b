/**
 * The Sheets add-on as built: dist/sheets, which `npm test` builds before jest (`build:sheets`). The tests
 * of this folder load the shipped `Code.js` into a fresh V8 context with the Apps Script fake, so they
 * check the bundle as `clasp push` uploads it, not the TypeScript sources.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInContext } from 'node:vm';
import { workbookActions, type WorkbookActionsOptions } from '../../core/app/actions';
import { actionsBridge } from '../../core/app/actionsBridge';
import type { Bridge, Lang } from '../../core/app/bridge';
import {
  scriptRunPort,
  serverCalls,
  sidebarLanguage,
  type ServerCall,
} from '../../sheets-addon/sidebar/scriptRunPort';
import { fakeScriptRun } from '../fakes/appsScript/scriptRun';
import type { SheetsFailure } from '../../sheets-addon/serverFailure';
import { serverFailureIn } from '../../sheets-addon/sidebar/serverMessages';
import {
  createAppsScriptFake,
  loadAppsScript,
  type AppsScriptFake,
  type AppsScriptFakeOptions,
} from '../fakes/appsScript';

export const REPO_ROOT = join(__dirname, '..', '..');
export const DIST_SHEETS = join(REPO_ROOT, 'dist', 'sheets');

/** The path of a built file; throws with the command to run when the build is missing. */
export function builtFile(name: string): string {
  const file = join(DIST_SHEETS, name);
  if (!existsSync(file)) {
    throw new Error(
      `dist/sheets/${name} is missing: run \`npm run build:core && npx webpack --config webpack.sheets.config.js --mode production\` (npm test builds it first)`,
    );
  }
  return file;
}

/** The text of a built file (see builtFile). */
export function readBuilt(name: string): string {
  return readFileSync(builtFile(name), 'utf8');
}

/** A top-level function of the loaded script. */
export type ScriptFunction = (...args: unknown[]) => unknown;

/** The built add-on running on a fake: its top-level functions and the fake they talk to. */
export interface LoadedAddon {
  readonly fake: AppsScriptFake;
  readonly context: Record<string, unknown>;
  /** The top-level function `name`; fails the test when the script does not declare it. */
  fn(name: string): ScriptFunction;
}

/** Loads `Code.js` in a fresh context on a fresh fake, with `Sidebar.html` registered as a project file. */
export function loadAddon(options: AppsScriptFakeOptions = {}): LoadedAddon {
  const fake = createAppsScriptFake(options);
  fake.registerHtmlFilesFrom(DIST_SHEETS);
  const context = loadAppsScript(readBuilt('Code.js'), fake, { filename: builtFile('Code.js') });
  return {
    fake,
    context,
    fn(name) {
      const found = context[name];
      if (typeof found !== 'function') throw new Error(`Code.js declares no top-level function ${name}`);
      return found as ScriptFunction;
    },
  };
}

/** The message of the `Error` a call threw; fails if it returned instead. Errors may come from the vm realm. */
export function thrownMessage(call: () => unknown): string {
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    if (Object.prototype.toString.call(error) !== '[object Error]') {
      throw new Error(`expected an Error, got ${String(error)}`);
    }
    return (error as Error).message;
  }
  throw new Error(`expected the call to throw, it returned ${JSON.stringify(result)}`);
}

/** The failure (code and data) a server call threw; fails if it threw anything else or returned. */
export function thrownFailure(call: () => unknown): SheetsFailure {
  const message = thrownMessage(call);
  const failure = serverFailureIn(message);
  if (!failure) throw new Error(`expected a server failure, got the message ${JSON.stringify(message)}`);
  return failure;
}

/**
 * The sidebar's server calls in Node: `serverCalls` of the page over the fake `google.script.run`
 * (test/fakes/appsScript/scriptRun.ts), to the top-level functions of the loaded Code.js; a failure is
 * said in `lang`, as the page says it in the pane's language.
 */
export function nodeServerCalls(addon: LoadedAddon, lang: Lang = 'en'): ServerCall {
  const declared = (name: string) => {
    const fn = addon.context[name];
    return typeof fn === 'function' ? (fn as ScriptFunction) : undefined;
  };
  return serverCalls(fakeScriptRun(declared), () => lang);
}

/** The sidebar's Bridge, as the page builds it, over the built server on the fake; failures in `lang`. */
export function sidebarActions(
  addon: LoadedAddon,
  options?: WorkbookActionsOptions,
  lang: Lang = 'en',
): Bridge {
  const call = nodeServerCalls(addon, lang);
  return actionsBridge(workbookActions(scriptRunPort(call), options), sidebarLanguage(call, undefined));
}

/**
 * Makes the `nth` `insertSheet` of the add-on's spreadsheet throw `message` as Apps Script throws its own
 * errors: an `Error` of the script's realm.
 */
export function failInsertSheet(addon: LoadedAddon, nth: number, message: string): void {
  const spreadsheet = addon.fake.spreadsheet;
  const insertSheet = spreadsheet.insertSheet.bind(spreadsheet);
  let inserted = 0;
  Object.assign(spreadsheet, {
    insertSheet: (name: string, index: number) => {
      inserted += 1;
      if (inserted === nth) throw runInContext(`new Error(${JSON.stringify(message)})`, addon.context);
      return insertSheet(name, index);
    },
  });
}
