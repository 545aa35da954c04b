/**
 * An in-memory, recording fake of the Apps Script services the Sheets add-on uses: SpreadsheetApp (with
 * Spreadsheet, Sheet, Range, Ui, data validation, banding), HtmlService, Session, PropertiesService,
 * Logger, ScriptApp, Charts and LockService; `scriptRun.ts` is the page's `google.script.run`. Every call on every object is logged in `fake.log`.
 *
 *   const fake = createAppsScriptFake({ sheetNames: ['Contract'] });
 *   const context = loadAppsScript(codeJs, fake);   // the bundle, in a fresh vm context
 *   context.onOpen({ authMode: 'NONE' });
 *   fake.log.count({ service: 'Range' });
 */
/// <reference types="google-apps-script" />
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { CallLog } from './callLog';
import { FakeCharts } from './charts';
import { FakeHtmlService } from './htmlService';
import { FakeLockService } from './lockService';
import { FakeLogger } from './logger';
import { FakePropertiesService } from './properties';
import { recorded } from './recorder';
import { FakeScriptApp } from './scriptApp';
import { FakeSession } from './session';
import { FakeSpreadsheet } from './spreadsheet';
import { FakeSpreadsheetApp } from './spreadsheetApp';
import { midnightIn } from './timeZone';
import { FakeUtilities } from './utilities';
import { AuthModeName, FakeState } from './state';
import type { FakeUi } from './ui';

// The types tests need, re-exported so they import from one place.
export { CallLog } from './callLog';
export type { CallEntry, CallFilter, ServiceGroup } from './callLog';
export type { AuthModeName } from './state';
export { DEFAULT_NUMBER_FORMAT } from './displayFormat';
export type { FakeSpreadsheet } from './spreadsheet';
export type { FakeSheet } from './sheet';
export type { FakeRange } from './range';
export type { FakeUi, FakeMenu } from './ui';
export type { FakeHtmlOutput } from './htmlService';
export type { FakeLockService } from './lockService';
export { fakeScriptRun, returnedToPage, sentToServer } from './scriptRun';
export { customFunctionArgument, spillBlockedAt } from './customFunctionArgument';

/** How the fake starts. */
export interface AppsScriptFakeOptions {
  /** The spreadsheet's title. Default `Outcome Fees test`. */
  readonly spreadsheetName?: string;
  /** Sheets of the active spreadsheet, in order; the first is active. Default `['Sheet1']`. */
  readonly sheetNames?: readonly string[];
  readonly authMode?: AuthModeName;
  /** `Session.getActiveUserLocale()`. Default `en`. */
  readonly userLocale?: string;
  /** `Spreadsheet.getSpreadsheetLocale()`. Default `en_US`. */
  readonly spreadsheetLocale?: string;
  /** The script's zone (`appsscript.json`). Default `Europe/Paris`. */
  readonly timeZone?: string;
  /** `Spreadsheet.getSpreadsheetTimeZone()`. Default: the script's zone. */
  readonly spreadsheetTimeZone?: string;
  readonly userEmail?: string;
  /** Whether a duplicated sheet keeps its developer metadata (`FakeState`). Default true. */
  readonly duplicateKeepsDeveloperMetadata?: boolean;
  /** Project HTML files by name (`Sidebar` → its content). */
  readonly htmlFiles?: Readonly<Record<string, string>>;
}

/** One fake environment: the services (recording wrappers), their shared log and test handles. */
export interface AppsScriptFake {
  readonly log: CallLog;
  readonly state: FakeState;
  readonly SpreadsheetApp: FakeSpreadsheetApp;
  readonly HtmlService: FakeHtmlService;
  readonly Session: FakeSession;
  readonly PropertiesService: FakePropertiesService;
  readonly Logger: FakeLogger;
  readonly ScriptApp: FakeScriptApp;
  readonly Utilities: FakeUtilities;
  readonly Charts: FakeCharts;
  readonly LockService: FakeLockService;
  /** The active spreadsheet, reachable whatever the auth mode (for set-up and assertions). */
  readonly spreadsheet: FakeSpreadsheet;
  /** The Ui, reachable from any auth mode (for inspecting menus, sidebars and alerts). */
  readonly ui: FakeUi;
  /** Adds a project HTML file for `HtmlService.createHtmlOutputFromFile` / `createTemplateFromFile`. */
  registerHtmlFile(name: string, content: string): void;
  /** Adds every `*.html` file of a directory (a built bundle such as `dist/sheets`). */
  registerHtmlFilesFrom(directory: string): void;
  /**
   * The `Date` Sheets holds for a date cell showing `isoDay` (`yyyy-MM-dd`): midnight in the spreadsheet's
   * time zone, made in the script's realm once a script is loaded.
   */
  dateCell(isoDay: string): Date;
  /**
   * The fake typed as the real services (@types/google-apps-script), for host code compiled against them.
   * The fake implements the slice the add-on calls; a call outside it fails at run time in the test.
   */
  readonly asReal: {
    readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
    readonly SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    readonly Charts: GoogleAppsScript.Charts.Charts;
  };
}

/** Builds a fresh fake environment. */
export function createAppsScriptFake(options: AppsScriptFakeOptions = {}): AppsScriptFake {
  const log = new CallLog();
  const state: FakeState = {
    authMode: options.authMode ?? 'FULL',
    userLocale: options.userLocale ?? 'en',
    spreadsheetLocale: options.spreadsheetLocale ?? 'en_US',
    timeZone: options.timeZone ?? 'Europe/Paris',
    spreadsheetTimeZone: options.spreadsheetTimeZone ?? options.timeZone ?? 'Europe/Paris',
    realmDate: Date,
    userEmail: options.userEmail ?? 'buyer@example.com',
    duplicateKeepsDeveloperMetadata: options.duplicateKeepsDeveloperMetadata ?? true,
  };
  const spreadsheet = new FakeSpreadsheet(
    log,
    state,
    options.spreadsheetName ?? 'Outcome Fees test',
    options.sheetNames ?? ['Sheet1'],
  );
  const app = new FakeSpreadsheetApp(log, state, spreadsheet);
  const html = new FakeHtmlService(log);
  const charts = new FakeCharts(log);
  const recordedSpreadsheet = recorded(spreadsheet);
  const recordedApp = recorded(app);
  for (const [name, content] of Object.entries(options.htmlFiles ?? {})) html.__registerFile(name, content);
  return {
    log,
    state,
    SpreadsheetApp: recordedApp,
    HtmlService: recorded(html),
    Session: recorded(new FakeSession(log, state)),
    PropertiesService: recorded(new FakePropertiesService(log, state)),
    Logger: recorded(new FakeLogger(log)),
    ScriptApp: recorded(new FakeScriptApp(log)),
    Utilities: recorded(new FakeUtilities(log)),
    Charts: recorded(charts),
    LockService: recorded(new FakeLockService(log)),
    spreadsheet: recordedSpreadsheet,
    ui: recorded(app.__ui),
    registerHtmlFile: (name, content) => html.__registerFile(name, content),
    registerHtmlFilesFrom: (directory) => {
      for (const file of fs.readdirSync(directory)) {
        if (file.endsWith('.html'))
          html.__registerFile(file, fs.readFileSync(path.join(directory, file), 'utf8'));
      }
    },
    asReal: {
      spreadsheet: recordedSpreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet,
      SpreadsheetApp: recordedApp as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp,
      Charts: recorded(charts) as unknown as GoogleAppsScript.Charts.Charts,
    },
    dateCell: (isoDay) => new state.realmDate(midnightIn(isoDay, state.spreadsheetTimeZone)),
  };
}

/** The global names an Apps Script project sees, bound to one fake environment. */
export function appsScriptGlobals(fake: AppsScriptFake): Record<string, unknown> {
  return {
    SpreadsheetApp: fake.SpreadsheetApp,
    HtmlService: fake.HtmlService,
    Session: fake.Session,
    PropertiesService: fake.PropertiesService,
    Logger: fake.Logger,
    ScriptApp: fake.ScriptApp,
    Utilities: fake.Utilities,
    Charts: fake.Charts,
    LockService: fake.LockService,
    console,
  };
}

/**
 * Runs a script (a built `Code.js`) in a fresh V8 context whose globals are the fake services, the way
 * Apps Script loads a project. Returns the context: top-level functions are its properties. Templates
 * evaluated by HtmlService see the same globals.
 */
export function loadAppsScript(
  code: string,
  fake: AppsScriptFake,
  options: { filename?: string } = {},
): Record<string, unknown> {
  const context = vm.createContext(appsScriptGlobals(fake));
  fake.state.realmDate = vm.runInContext('Date', context) as DateConstructor;
  fake.state.customFunction = (name) => {
    const found = (context as Record<string, unknown>)[name];
    return typeof found === 'function' ? (found as (...args: unknown[]) => unknown) : undefined;
  };
  fake.HtmlService.__setGlobalScope(context);
  vm.runInContext(code, context, { filename: options.filename ?? 'Code.js' });
  return context as Record<string, unknown>;
}
