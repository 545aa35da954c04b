/**
 * The manifest's two OAuth scopes against what the built Code.js calls: every Apps Script service it
 * names, and the scopes Google's reference gives for the methods it calls, so a new call that needs more
 * (another spreadsheet, the user's e-mail, properties, the network) fails here before users are asked for
 * it on the consent screen. And what runs without the user asking: the menu's triggers only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBuilt, REPO_ROOT } from './builtSheets';

const AUTH = 'https://www.googleapis.com/auth/';

/**
 * Each service Code.js reaches, with the scopes its calls there need (Google's reference, "Authorization"
 * of each method): the active spreadsheet (`getActiveSpreadsheet`, and the sheets, ranges, charts, rules
 * and metadata reached from it) needs `spreadsheets.currentonly`; the menu and the sidebar (`getUi`,
 * `createAddonMenu`, `showSidebar`) `script.container.ui`. A template, the user's locale, a date
 * formatted in a zone, the chart-type enum and the document lock need none.
 */
const SERVICE_SCOPES: Readonly<Record<string, readonly string[]>> = {
  SpreadsheetApp: [`${AUTH}spreadsheets.currentonly`, `${AUTH}script.container.ui`],
  HtmlService: [],
  Session: [],
  Utilities: [],
  Charts: [],
  LockService: [],
};

/** Apps Script's built-in services (the global names a script sees), besides those above. */
const OTHER_SERVICES = [
  'Browser',
  'CacheService',
  'CalendarApp',
  'CardService',
  'ContactsApp',
  'ContentService',
  'DataStudioApp',
  'DocumentApp',
  'DriveApp',
  'FormApp',
  'GmailApp',
  'GroupsApp',
  'Jdbc',
  'LanguageApp',
  'Logger',
  'MailApp',
  'Maps',
  'PropertiesService',
  'ScriptApp',
  'SitesApp',
  'SlidesApp',
  'UrlFetchApp',
  'XmlService',
];

/** Methods whose every use needs more than the active spreadsheet: another file, the user, a token. */
const BROADER_METHODS = [
  'openById', // spreadsheets
  'openByUrl', // spreadsheets
  'getActiveUser', // userinfo.email, for the address
  'getEffectiveUser', // userinfo.email
  'getOAuthToken', // whatever the token is for
];

const code = readBuilt('Code.js');
const named = (word: string) => new RegExp(`\\b${word}\\b`).test(code);
const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'appsscript.json'), 'utf8')) as {
  oauthScopes: string[];
};

describe('the manifest’s scopes and what Code.js calls', () => {
  it('names the services listed here and no other', () => {
    expect(Object.keys(SERVICE_SCOPES).filter(named)).toEqual(Object.keys(SERVICE_SCOPES));
    expect(OTHER_SERVICES.filter(named)).toEqual([]);
  });

  it('calls no method that needs a scope beyond the active spreadsheet', () => {
    expect(BROADER_METHODS.filter((method) => new RegExp(`\\.${method}\\(`).test(code))).toEqual([]);
  });

  it('asks for exactly the scopes those services need', () => {
    const needed = new Set(Object.values(SERVICE_SCOPES).flat());
    expect([...manifest.oauthScopes].sort()).toEqual([...needed].sort());
  });
});

describe('what runs without the user asking', () => {
  // A simple onEdit or onSelectionChange would run the script on every edit or click of every user of the
  // spreadsheet; a doGet or doPost would make the project a web app.
  it('is onOpen and onInstall only: no other simple trigger, no web-app entry point', () => {
    const declared = (name: string) => new RegExp(`function ${name}\\(`).test(code);
    expect(['onOpen', 'onInstall'].filter(declared)).toEqual(['onOpen', 'onInstall']);
    expect(
      ['onEdit', 'onChange', 'onSelectionChange', 'onFormSubmit', 'doGet', 'doPost'].filter(declared),
    ).toEqual([]);
  });
});
