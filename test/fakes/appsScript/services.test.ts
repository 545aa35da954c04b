import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createAppsScriptFake, loadAppsScript } from './index';

describe('Ui', () => {
  it('collects add-on menus with their items and separators once added to the Ui', () => {
    const fake = createAppsScriptFake();
    const menu = fake.SpreadsheetApp.getUi().createAddonMenu();
    menu.addItem('New contract', 'newContract').addSeparator().addItem('Open sidebar', 'showSidebar');
    expect(fake.ui.__menus).toHaveLength(0);
    menu.addToUi();
    expect(fake.ui.__menus).toHaveLength(1);
    expect(fake.ui.__menus[0]!.__caption).toBeNull();
    expect(fake.ui.__menus[0]!.__items()).toEqual([
      ['New contract', 'newContract'],
      ['---'],
      ['Open sidebar', 'showSidebar'],
    ]);
  });

  it('records sidebars and alerts and answers alerts with the first button unless told otherwise', () => {
    const fake = createAppsScriptFake();
    const ui = fake.SpreadsheetApp.getUi();
    ui.showSidebar(fake.HtmlService.createHtmlOutput('<p>hi</p>').setTitle('Outcome Fees'));
    expect(fake.ui.__sidebars[0]!.getTitle()).toBe('Outcome Fees');
    expect(ui.alert('Done')).toBe('OK');
    expect(ui.alert('Replace?', 'The sheet exists.', ui.ButtonSet.YES_NO)).toBe('YES');
    fake.ui.__alertAnswer = 'NO';
    expect(ui.alert('Again?', ui.ButtonSet.YES_NO)).toBe('NO');
    expect(fake.ui.__alerts.map((a) => a.title)).toEqual(['', 'Replace?', '']);
  });
});

describe('auth modes', () => {
  it('lets onOpen build menus in AuthMode.NONE but refuses document data and properties', () => {
    const fake = createAppsScriptFake({ authMode: 'NONE' });
    expect(() => fake.SpreadsheetApp.getUi().createAddonMenu().addItem('x', 'x').addToUi()).not.toThrow();
    expect(() => fake.SpreadsheetApp.getActiveSpreadsheet()).toThrow(
      /permission to call SpreadsheetApp.getActiveSpreadsheet/,
    );
    expect(() => fake.PropertiesService.getDocumentProperties()).toThrow(/permission/);
    expect(fake.Session.getActiveUserLocale()).toBe('en');
    fake.state.authMode = 'LIMITED';
    expect(fake.SpreadsheetApp.getActiveSpreadsheet().getName()).toBe('Outcome Fees test');
  });

  it('refuses the Ui to custom functions', () => {
    const fake = createAppsScriptFake({ authMode: 'CUSTOM_FUNCTION' });
    expect(() => fake.SpreadsheetApp.getUi()).toThrow(
      'Cannot call SpreadsheetApp.getUi() from this context.',
    );
  });
});

describe('HtmlService', () => {
  it('serves registered files, with or without .html, and names a missing one', () => {
    const fake = createAppsScriptFake({ htmlFiles: { Sidebar: '<div>pane</div>' } });
    const out = fake.HtmlService.createHtmlOutputFromFile('Sidebar')
      .setTitle('Outcome Fees')
      .setWidth(300)
      .setXFrameOptionsMode(fake.HtmlService.XFrameOptionsMode.ALLOWALL);
    expect(out.getContent()).toBe('<div>pane</div>');
    expect(out.getWidth()).toBe(300);
    expect(out.__xFrameOptionsMode()).toBe('ALLOWALL');
    expect(fake.HtmlService.createHtmlOutputFromFile('Sidebar.html').getContent()).toBe('<div>pane</div>');
    expect(() => fake.HtmlService.createHtmlOutputFromFile('Nope')).toThrow(
      'No HTML file named Nope was found.',
    );
  });

  it('evaluates templates: escaped and raw printing scriptlets, code, and template fields', () => {
    const fake = createAppsScriptFake();
    fake.registerHtmlFile(
      'Page',
      '<h1><?= title ?></h1><? for (var i = 0; i < n; i++) { ?>*<? } ?><?!= raw ?>',
    );
    const template = fake.HtmlService.createTemplateFromFile('Page');
    template.title = '<Fees & co>';
    template.n = 3;
    template.raw = '<b>ok</b>';
    expect(template.evaluate().getContent()).toBe('<h1>&#60;Fees &#38; co&#62;</h1>***<b>ok</b>');
  });

  it('reads every .html file of a directory', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'html-'));
    fs.writeFileSync(path.join(dir, 'Sidebar.html'), '<p>built</p>');
    fs.writeFileSync(path.join(dir, 'Code.js'), 'function x() {}');
    const fake = createAppsScriptFake();
    fake.registerHtmlFilesFrom(dir);
    expect(fake.HtmlService.createHtmlOutputFromFile('Sidebar').getContent()).toBe('<p>built</p>');
    expect(() => fake.HtmlService.createHtmlOutputFromFile('Code')).toThrow();
  });
});

describe('Session, PropertiesService, Logger, ScriptApp', () => {
  it('answers the configured locale, time zone and user', () => {
    const fake = createAppsScriptFake({ userLocale: 'fr', timeZone: 'America/Montreal', userEmail: 'a@b.c' });
    expect(fake.Session.getActiveUserLocale()).toBe('fr');
    expect(fake.Session.getScriptTimeZone()).toBe('America/Montreal');
    expect(fake.Session.getEffectiveUser().getEmail()).toBe('a@b.c');
  });

  it('keeps three separate property stores with string values', () => {
    const fake = createAppsScriptFake();
    const user = fake.PropertiesService.getUserProperties();
    user.setProperty('lang', 'fr').setProperty('count', 3);
    fake.PropertiesService.getDocumentProperties().setProperty('lang', 'en');
    expect(user.getProperty('count')).toBe('3');
    expect(user.getProperties()).toEqual({ lang: 'fr', count: '3' });
    expect(fake.PropertiesService.getDocumentProperties().getProperty('lang')).toBe('en');
    expect(fake.PropertiesService.getScriptProperties().getProperty('lang')).toBeNull();
    user.deleteProperty('lang');
    expect(user.getKeys()).toEqual(['count']);
  });

  it('logs lines with %s placeholders and exposes the AuthMode enum', () => {
    const fake = createAppsScriptFake();
    fake.Logger.log('painted %s in %s calls', 'Invoice', 12);
    fake.Logger.log({ a: 1 });
    expect(fake.Logger.getLog()).toBe('painted Invoice in 12 calls\n[object Object]');
    expect(fake.ScriptApp.AuthMode.NONE).toBe('NONE');
  });
});

describe('loadAppsScript', () => {
  const code = `
    function onOpen(e) {
      var menu = SpreadsheetApp.getUi().createAddonMenu().addItem('Open', 'openSidebar');
      if (e.authMode !== ScriptApp.AuthMode.NONE) {
        menu.addItem('Count: ' + PropertiesService.getDocumentProperties().getProperty('n'), 'noop');
      }
      menu.addToUi();
    }
    function include(name) { return HtmlService.createHtmlOutputFromFile(name).getContent(); }
    function openSidebar() {
      var html = HtmlService.createTemplateFromFile('Sidebar').evaluate().setTitle('Fees');
      SpreadsheetApp.getUi().showSidebar(html);
    }
    function WRITE_LITERAL() {
      SpreadsheetApp.getActiveSheet().getRange(1, 1, 1, 3).setValues([[new Date(0), '=1+1', ['nested'].length]]);
      return SpreadsheetApp.getActiveSheet().getRange(1, 1, 1, 3).getValues();
    }
    function WRITE(values) {
      var range = SpreadsheetApp.getActiveSheet().getRange(1, 1, values.length, values[0].length);
      range.setValues(values);
      return range.getValues();
    }
  `;

  it('runs top-level functions against the fake services, in every auth mode', () => {
    const fake = createAppsScriptFake({ authMode: 'NONE' });
    const context = loadAppsScript(code, fake) as { onOpen: (e: object) => void };
    context.onOpen({ authMode: 'NONE' });
    fake.state.authMode = 'FULL';
    fake.PropertiesService.getDocumentProperties().setProperty('n', 2);
    context.onOpen({ authMode: 'FULL' });
    expect(fake.ui.__menus.map((m) => m.__items().length)).toEqual([1, 2]);
  });

  it('lets templates call the script globals (include) and passes arrays across the context', () => {
    const fake = createAppsScriptFake({
      htmlFiles: { Sidebar: '<body><?!= include("Style") ?></body>', Style: '<style></style>' },
    });
    const context = loadAppsScript(code, fake) as {
      openSidebar: () => void;
      WRITE: (v: unknown[][]) => unknown[][];
    };
    context.openSidebar();
    expect(fake.ui.__sidebars[0]!.getContent()).toBe('<body><style></style></body>');
    const made = context.WRITE([['=1+1', 'x']]);
    expect(made).toEqual([[2, 'x']]);
    expect(fake.log.count({ service: 'Range' })).toBe(2);
  });

  it('accepts arrays and dates made inside the context', () => {
    const fake = createAppsScriptFake();
    const context = loadAppsScript(code, fake) as { WRITE_LITERAL: () => unknown[][] };
    const [[date, formula, one]] = context.WRITE_LITERAL() as [[Date, unknown, unknown]];
    expect(Object.prototype.toString.call(date)).toBe('[object Date]');
    expect(date.getTime()).toBe(0);
    expect([formula, one]).toEqual([2, 1]);
  });
});
