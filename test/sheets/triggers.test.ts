/**
 * The add-on's triggers and menu in the built Code.js: the menu is built in every authorization mode
 * (in AuthMode.NONE without touching the spreadsheet), each item calls a top-level function, and the
 * sidebar opens from Sidebar.html in the user's language.
 */
import type { AuthModeName } from '../fakes/appsScript';
import { loadAddon } from './builtSheets';

const MENU_EN = [
  ['New contract', 'menuNewContract'],
  ['Check contract', 'menuCheckContract'],
  ['Generate invoice', 'menuGenerateInvoice'],
  ['Diagnostics', 'menuDiagnostics'],
  ['---'],
  ['Open sidebar', 'showSidebar'],
];

describe('onOpen', () => {
  it('builds the add-on menu in AuthMode.NONE without touching the spreadsheet', () => {
    const addon = loadAddon({ authMode: 'NONE' });
    addon.fn('onOpen')({ authMode: addon.fake.ScriptApp.AuthMode.NONE });

    expect(addon.fake.ui.__menus).toHaveLength(1);
    expect(addon.fake.ui.__menus[0]!.__caption).toBeNull(); // createAddonMenu, titled by Sheets
    expect(addon.fake.ui.__menus[0]!.__items()).toEqual(MENU_EN);
    const services = new Set(addon.fake.log.calls.map((call) => call.service));
    expect([...services].sort()).toEqual(['Menu', 'Session', 'SpreadsheetApp', 'Ui']);
    expect(
      addon.fake.log.count({ service: 'SpreadsheetApp', method: ['getActiveSpreadsheet', 'getActive'] }),
    ).toBe(0);
    expect(addon.fake.log.count({ group: 'PropertiesService' })).toBe(0);
  });

  it.each<AuthModeName>(['NONE', 'LIMITED', 'FULL'])('builds the same menu in AuthMode.%s', (mode) => {
    const addon = loadAddon({ authMode: mode });
    addon.fn('onOpen')({ authMode: mode });
    expect(addon.fake.ui.__menus[0]!.__items()).toEqual(MENU_EN);
  });

  it('works when run without an event, as from the script editor', () => {
    const addon = loadAddon();
    addon.fn('onOpen')();
    expect(addon.fake.ui.__menus[0]!.__items()).toEqual(MENU_EN);
  });

  it.each(['fr_FR', 'fr_CA', 'fr-BE', 'fr_CH', 'fr_LU', 'fr'])(
    'speaks French to a user in %s',
    (userLocale) => {
      const addon = loadAddon({ authMode: 'NONE', userLocale });
      addon.fn('onOpen')({ authMode: 'NONE' });
      expect(addon.fake.ui.__menus[0]!.__items()).toEqual([
        ['Nouveau contrat', 'menuNewContract'],
        ['Vérifier le contrat', 'menuCheckContract'],
        ['Générer la facture', 'menuGenerateInvoice'],
        ['Diagnostic', 'menuDiagnostics'],
        ['---'],
        ['Ouvrir le panneau', 'showSidebar'],
      ]);
    },
  );

  it.each(['en_GB', 'de_DE', 'es_419', 'pt_BR'])('speaks English to a user in %s', (userLocale) => {
    const addon = loadAddon({ authMode: 'NONE', userLocale });
    addon.fn('onOpen')({ authMode: 'NONE' });
    expect(addon.fake.ui.__menus[0]!.__items()).toEqual(MENU_EN);
  });

  it('points every item at a top-level function of Code.js', () => {
    const addon = loadAddon();
    addon.fn('onOpen')({ authMode: 'FULL' });
    for (const [, functionName] of MENU_EN.filter((item) => item.length === 2)) {
      expect(typeof addon.context[functionName!]).toBe('function');
    }
  });
});

describe('onInstall', () => {
  it('builds the menu at once, in AuthMode.NONE too', () => {
    const addon = loadAddon({ authMode: 'NONE' });
    addon.fn('onInstall')({ authMode: 'NONE' });
    expect(addon.fake.ui.__menus[0]!.__items()).toEqual(MENU_EN);
    expect(addon.fake.log.count({ service: ['Spreadsheet', 'Sheet', 'Range'] })).toBe(0);
  });
});

describe('the sidebar', () => {
  it.each([
    ['fr_FR', 'fr'],
    ['en_GB', 'en'],
    ['de', 'en'],
  ])('opens Sidebar.html for a user in %s with <html lang="%s">', (locale, lang) => {
    const addon = loadAddon({ userLocale: locale });
    addon.fn('showSidebar')();
    expect(addon.fake.ui.__sidebars).toHaveLength(1);
    const sidebar = addon.fake.ui.__sidebars[0]!;
    expect(sidebar.getTitle()).toBe('Outcome Fees');
    expect(sidebar.getContent()).toMatch(
      new RegExp(`^<!doctype html>\\s*<html lang="${lang}" data-start="">`, 'i'),
    );
    expect(sidebar.getContent()).not.toContain('<?');
    expect(addon.fake.log.count({ service: 'HtmlService', method: 'createTemplateFromFile' })).toBe(1);
  });

  // A sidebar is 300 px wide whatever setWidth says; ALLOWALL would let any site frame the page.
  it('keeps HtmlService’s defaults: the IFRAME sandbox, X-Frame-Options DEFAULT, no size', () => {
    const addon = loadAddon();
    addon.fn('showSidebar')();
    const outputCalls = addon.fake.log.calls.filter((call) => call.service === 'HtmlOutput');
    expect(outputCalls.map((call) => call.method)).toEqual(['setTitle']);
    const sidebar = addon.fake.ui.__sidebars[0]!;
    expect(sidebar.getSandboxMode()).toBe('IFRAME');
    expect(sidebar.__xFrameOptionsMode()).toBe('DEFAULT');
  });

  it.each([
    ['menuNewContract', 'new'],
    ['menuGenerateInvoice', 'invoice'],
  ])('is what %s opens, on the section it names (%s)', (item, start) => {
    const addon = loadAddon();
    addon.fn(item)();
    expect(addon.fake.ui.__sidebars).toHaveLength(1);
    expect(addon.fake.ui.__sidebars[0]!.getContent()).toMatch(
      new RegExp(`<html lang="en" data-start="${start}">`),
    );
    expect(addon.fake.log.count({ service: ['Spreadsheet', 'Sheet', 'Range'] })).toBe(0);
  });
});

describe('Check contract from the menu', () => {
  it('opens the sidebar checking at once: the check runs there, where the contract code is', () => {
    const addon = loadAddon();
    addon.fn('menuCheckContract')();
    expect(addon.fake.ui.__sidebars).toHaveLength(1);
    expect(addon.fake.ui.__sidebars[0]!.getContent()).toMatch(/<html lang="en" data-start="check">/);
    expect(addon.fake.ui.__alerts).toHaveLength(0);
    expect(addon.fake.log.count({ service: ['Spreadsheet', 'Sheet', 'Range'] })).toBe(0);
  });

  it('starts nothing when the sidebar is opened otherwise, whatever it is passed', () => {
    const addon = loadAddon();
    addon.fn('showSidebar')('<script>');
    expect(addon.fake.ui.__sidebars[0]!.getContent()).toMatch(/<html lang="en" data-start="">/);
  });
});

describe('Diagnostics from the menu', () => {
  it('opens the sidebar on its Diagnostics section, touching no sheet: the self-test runs there', () => {
    const addon = loadAddon({ userLocale: 'fr_FR' });
    addon.fn('menuDiagnostics')();
    expect(addon.fake.ui.__sidebars).toHaveLength(1);
    expect(addon.fake.ui.__sidebars[0]!.getContent()).toMatch(/<html lang="fr" data-start="diagnostics">/);
    expect(addon.fake.log.count({ service: ['Spreadsheet', 'Sheet', 'Range'] })).toBe(0);
  });
});
