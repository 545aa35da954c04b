/**
 * The built sidebar in headless Chromium, as Google Sheets shows it: the page is what the built Code.js's
 * `showSidebar` renders from Sidebar.html on the Apps Script fake, and a `google.script.run` shim carries
 * each call, checked and copied as Apps Script does (test/fakes/appsScript/scriptRun.ts), to the top-level
 * function of that same Code.js. So the
 * buttons drive the whole flow: the core's actions in the page, over the google.script.run workbook port,
 * to the thin server and its painter on the fake spreadsheet.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, saveScreenshot, serveFiles, watchPage, type PageWatch } from '../e2e/harness';
import { newContractPlans } from '../../core/app/newContractPlans';
import { returnedToPage } from '../fakes/appsScript';
import { loadAddon, readBuilt, type LoadedAddon } from './builtSheets';
import { FRENCH_HEADINGS } from '../../taskpane/testing/frenchPane';

const ORIGIN = 'https://sheets-sidebar.test';

interface Sidebar {
  readonly page: Page;
  readonly watch: PageWatch;
  readonly addon: LoadedAddon;
  /** Server calls as `[name, ...args]`, in order. */
  readonly calls: unknown[][];
  /** Spreadsheet service calls each server call made, in the same order. */
  readonly costs: number[];
}

/** The shim: each call goes to `window.__server(name, argsJson)` and answers its handlers later. */
const GOOGLE_SCRIPT_RUN = `
  (() => {
    const runner = (success, failure) => new Proxy({}, {
      get: (_target, name) => {
        if (name === 'withSuccessHandler') return (handler) => runner(handler, failure);
        if (name === 'withFailureHandler') return (handler) => runner(success, handler);
        return (...args) => {
          // Google refuses a Date, a function or any non-plain object among the parameters, at once.
          const check = (value, path) => {
            if (value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value)) return;
            const proto = typeof value === 'object' ? Object.getPrototypeOf(value) : undefined;
            if (!Array.isArray(value) && proto !== Object.prototype && proto !== null)
              throw new Error('Failed due to illegal value in property: ' + path);
            for (const [key, item] of Object.entries(value)) check(item, path ? path + '.' + key : key);
          };
          args.forEach((arg, i) => check(arg, String(i)));
          window.__server(String(name), JSON.stringify(args)).then((answer) => {
            const { ok, value, message } = JSON.parse(answer);
            if (ok) success && success(value);
            else failure && failure(new Error(message));
          });
        };
      },
    });
    // google.script.host.editor.focus(): counted, as the page gives the keyboard to the spreadsheet.
    window.__editorFocus = 0;
    const host = { editor: { focus: () => { window.__editorFocus += 1; } } };
    window.google = { script: { run: runner(null, null), host } };
  })();`;

let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

afterAll(async () => {
  await browser?.close();
});

/** Opens the sidebar for a user in `locale`: rendered by showSidebar, or the unrendered file when `raw`. */
async function openSidebar(
  locale: string,
  {
    raw = false,
    menu = 'showSidebar',
    width = 300,
    height = 760,
    before = (_addon: LoadedAddon): void => undefined,
  } = {},
): Promise<Sidebar> {
  const addon = loadAddon({ userLocale: locale });
  before(addon);
  addon.fn(menu)();
  const html = raw ? readBuilt('Sidebar.html') : addon.fake.ui.__sidebars[0]!.getContent();
  const calls: unknown[][] = [];
  const costs: number[] = [];

  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 2 });
  contexts.push(context);
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.exposeFunction('__server', (name: string, argsJson: string) => {
    const args = JSON.parse(argsJson) as unknown[];
    calls.push([name, ...args]);
    const before = addon.fake.log.count({ group: 'SpreadsheetApp' });
    try {
      // As google.script.run returns it: undefined becomes null, a Date anywhere nulls the answer.
      return JSON.stringify({ ok: true, value: returnedToPage(addon.fn(name)(...args)) });
    } catch (error) {
      return JSON.stringify({ ok: false, message: (error as Error).message });
    } finally {
      costs.push(addon.fake.log.count({ group: 'SpreadsheetApp' }) - before);
    }
  });
  await page.addInitScript(GOOGLE_SCRIPT_RUN);
  await serveFiles(page, { origin: ORIGIN, files: { '/sidebar': { body: html, contentType: 'text/html' } } });
  await page.goto(`${ORIGIN}/sidebar`);
  await page.locator('.of-pane').waitFor();
  return { page, watch, addon, calls, costs };
}

/** The server calls' names, without their arguments. */
const names = (calls: readonly unknown[][]) => calls.map((call) => call[0]);

/** Waits for something that happens on the Node side of the bridge. */
async function until(condition: () => boolean, what: string): Promise<void> {
  for (const started = Date.now(); !condition();) {
    if (Date.now() - started > 5000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function waitForKind(page: Page, kind: string): Promise<void> {
  await page.locator(`.of-status[data-kind="${kind}"]`).waitFor({ state: 'attached' });
}

const statusText = (page: Page) => page.locator('.of-status-text').textContent();
const sheetNames = (addon: LoadedAddon) => addon.fake.spreadsheet.getSheets().map((sheet) => sheet.getName());

describe('the Sheets sidebar in Chromium', () => {
  test('creates a contract, checks it and generates an invoice on the spreadsheet, in French', async () => {
    const { page, watch, addon, calls, costs } = await openSidebar('fr_FR');
    const template = page.getByLabel('Modèle');
    await template.locator('option[value="bpo-customer-service"]').waitFor({ state: 'attached' });
    await expect(page.getByRole('heading').allTextContents()).resolves.toEqual(FRENCH_HEADINGS);

    await template.selectOption('bpo-customer-service');
    await page.getByRole('button', { name: 'Créer le contrat' }).click();
    await waitForKind(page, 'success');
    await expect(statusText(page)).resolves.toBe('Contrat créé\u00a0: Contrat, Réalisé.');
    expect(sheetNames(addon)).toEqual(['Sheet1', 'Contrat', 'Réalisé']);
    // Listed at once, without a focus (each listing is a round trip to the server).
    const options = (label: string) =>
      page.getByLabel(label, { exact: true }).locator('option').allTextContents();
    await expect(options('Premier contrat')).resolves.toEqual(['Contrat']);

    await page.getByRole('button', { name: 'Vérifier le contrat' }).click();
    await waitForKind(page, 'success');
    await expect(statusText(page)).resolves.toBe('Le contrat est valide.');

    const period = page.getByLabel('Période');
    await period.selectOption('2026-10');
    await page.getByRole('button', { name: 'Générer la facture' }).click();
    await waitForKind(page, 'success');
    // The total's spaces are the locale's (narrow no-break spaces in French).
    await expect(statusText(page)).resolves.toMatch(
      /^Facture créée sur la feuille «\u00a0Facture 2026-10\u00a0»\u00a0: 5 lignes, total 136\s788,00\s/,
    );
    expect(sheetNames(addon)).toEqual(['Sheet1', 'Contrat', 'Réalisé', 'Facture 2026-10']);
    // Only the sheets the add-in wrote as invoices are offered to correct: not Sheet1.
    await expect(options('Feuille de la facture')).resolves.toEqual([
      '(choisissez une facture)',
      'Facture 2026-10',
    ]);

    // The pane's actions ran in the page: the server only listed, read and painted sheets.
    // One listing fills every list of the pane, when it opens and after each sheet it painted: the sheets
    // and their tags, then the top rows of the untagged ones (Sheet1), where an invoice copied from another
    // workbook shows its fingerprint.
    expect(names(calls)).toEqual([
      'workbookSheets',
      'readSheets',
      'paintPlans',
      'workbookSheets',
      'readSheets',
      'workbookSheets',
      'readFormattedSheets',
      'workbookSheets',
      'readFormattedSheets',
      'paintPlans',
      'workbookSheets',
      'readSheets',
    ]);
    // With their number formats, read with the values, as Excel's pane reads them; no hidden rows asked.
    expect(calls[6]).toEqual(['readFormattedSheets', ['Contrat', 'Réalisé'], null]);
    const painted = calls.filter((call) => call[0] === 'paintPlans') as [
      string,
      { plan: { name: string } }[],
    ][];
    expect(painted.map(([, requests]) => requests.map((request) => request.plan.name))).toEqual([
      ['Contrat', 'Réalisé'],
      ['Facture 2026-10'],
    ]);
    // Each read of the same two sheets costs the same number of Spreadsheet calls.
    expect(costs[8]).toBe(costs[6]);
    expect(watch.pageErrors).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    await saveScreenshot(page.locator('#taskpane-root'), 'sheets-sidebar');
  });

  test('lists a contract problem and selects its cell in the spreadsheet', async () => {
    const { page, addon, calls } = await openSidebar('en');
    await page
      .getByLabel('Template')
      .locator('option[value="it-services-sla"]')
      .waitFor({ state: 'attached' });
    await page.getByLabel('Template').selectOption('it-services-sla');
    await page.getByRole('button', { name: 'Create contract' }).click();
    await waitForKind(page, 'success');
    // Break the contract's currency the way a user would, in the sheet.
    const contract = addon.fake.spreadsheet.getSheetByName('Contract')!;
    const grid = contract.getDataRange().getValues();
    const row = grid.findIndex((line) => line.includes('EUR'));
    contract.getRange(row + 1, grid[row]!.indexOf('EUR') + 1, 1, 1).setValues([['euros']]);

    await page.getByRole('button', { name: 'Check contract' }).click();
    await waitForKind(page, 'warning');
    const issue = page.locator('.of-issues button').first();
    await expect(issue.textContent()).resolves.toMatch(/^Contract!B\d+/);
    await issue.click();
    await until(() => calls.some((call) => call[0] === 'selectCell'), 'selectCell');
    const [, sheet, address] = calls.find((call) => call[0] === 'selectCell')!;
    expect(sheet).toBe('Contract');
    expect(addon.fake.spreadsheet.getActiveSheet().getName()).toBe('Contract');
    expect(addon.fake.spreadsheet.getActiveRange()?.getA1Notation()).toBe(address);
    // The user types the fix in the cell: the keys go to the spreadsheet, not the sidebar.
    await page.waitForFunction(() => (window as unknown as { __editorFocus: number }).__editorFocus === 1);
  });

  test('shows the server’s message when an action fails', async () => {
    const { page } = await openSidebar('en');
    // Before a check the period list holds the recent months, the previous one chosen.
    await page.getByRole('button', { name: 'Generate invoice' }).click();
    await waitForKind(page, 'error');
    await expect(statusText(page)).resolves.toMatch(
      /^The invoice could not be generated: No contract sheet in this workbook: create one with New contract/,
    );
  });

  test('asks the server for the language when the page was not rendered as a template', async () => {
    const { page, calls } = await openSidebar('fr', { raw: true });
    await page.getByRole('heading', { name: 'Nouveau contrat' }).waitFor();
    expect(calls.slice(0, 2)).toEqual([['hostLanguage'], ['workbookSheets']]);
  });

  test('works on the contract of the active sheet after a second New contract, or the one picked', async () => {
    const { page, addon, costs, calls } = await openSidebar('en');
    const template = page.getByLabel('Template');
    await template.locator('option[value="it-services-sla"]').waitFor({ state: 'attached' });
    const contractList = page.getByLabel('Contract', { exact: true });
    await expect(contractList.isVisible()).resolves.toBe(false);
    for (const id of ['bpo-customer-service', 'it-services-sla']) {
      await template.selectOption(id);
      await page.getByRole('button', { name: 'Create contract' }).click();
      await waitForKind(page, 'success');
    }
    expect(sheetNames(addon)).toEqual(['Sheet1', 'Contract', 'Actuals', 'Contract (2)', 'Actuals (2)']);
    // Two contracts: the pane offers the list, and reads the pair of the active sheet by default.
    await contractList.waitFor({ state: 'visible' });
    await expect(contractList.locator('option').allTextContents()).resolves.toEqual([
      'The one of the active sheet',
      'Contract',
      'Contract (2)',
    ]);
    await page.getByRole('button', { name: 'Check contract' }).click();
    await waitForKind(page, 'success');
    await expect(page.locator('.of-status-detail').textContent()).resolves.toBe(
      'Read "Contract (2)" and "Actuals (2)".',
    );
    await saveScreenshot(page.locator('#taskpane-root'), 'sheets-sidebar-contracts');

    await contractList.selectOption('Contract');
    await page.getByRole('button', { name: 'Check contract' }).click();
    await until(
      () => calls.filter((call) => call[0] === 'readFormattedSheets').length === 2,
      'the second read',
    );
    await waitForKind(page, 'success');
    await expect(page.locator('.of-status-detail').textContent()).resolves.toBe(
      'Read "Contract" and "Actuals".',
    );
    await page.getByLabel('Period').selectOption('2026-10');
    await page.getByRole('button', { name: 'Generate invoice' }).click();
    await waitForKind(page, 'success');
    await expect(statusText(page)).resolves.toMatch(
      /^Invoice created on sheet "Invoice 2026-10": 5 lines, total €136,788\.00\./,
    );
    await expect(page.locator('.of-status-detail').textContent()).resolves.toMatch(
      /Read "Contract" and "Actuals"\.$/,
    );

    // Each check read two sheets in the same number of Spreadsheet calls.
    const reads = calls.flatMap((call, i) => (call[0] === 'readFormattedSheets' ? [costs[i]!] : []));
    expect(reads.length).toBeGreaterThanOrEqual(2);
    expect(new Set(reads.slice(0, 2)).size).toBe(1);
  });

  test('the menu’s Check contract opens the sidebar checking, and lists what it found', async () => {
    const { page, calls } = await openSidebar('en', {
      menu: 'menuCheckContract',
      before: (addon) => {
        const requests = newContractPlans('it-services-sla', 'en')!.map((plan) => ({ plan }));
        addon.fn('paintPlans')(JSON.parse(JSON.stringify(requests)));
      },
    });
    await waitForKind(page, 'success');
    await expect(statusText(page)).resolves.toBe('The contract is valid.');
    await expect(page.locator('.of-status-detail').textContent()).resolves.toBe(
      'Read "Contract" and "Actuals".',
    );
    expect(calls.map((call) => call[0])).toContain('readFormattedSheets');
  });
});

// The supplier hid a line: every amount matches, the status still warns and names it, in French, as Excel's
// pane does; the server's read told it through a temporary sheet it deleted, the user's sheets untouched.
test('Reconcile names a row the supplier hid, in the read that costs the same calls', async () => {
  const { page, watch, addon, calls, costs } = await openSidebar('fr_FR');
  const template = page.getByLabel('Modèle');
  await template.locator('option[value="bpo-customer-service"]').waitFor({ state: 'attached' });
  await template.selectOption('bpo-customer-service');
  await page.getByRole('button', { name: 'Créer le contrat' }).click();
  await waitForKind(page, 'success');
  await page.getByRole('button', { name: 'Vérifier le contrat' }).click();
  await waitForKind(page, 'success');
  const grid = [
    ['Line', 'Amount'],
    ['Fixed management fee', 8000],
  ];
  const supplier = addon.fake.spreadsheet.insertSheet('Fournisseur', 1);
  supplier.getRange(1, 1, grid.length, 2).setValues(grid);
  supplier.hideRows(2);
  addon.fake.spreadsheet.setActiveSheet(addon.fake.spreadsheet.getSheetByName('Sheet1')!);
  const before = sheetNames(addon);
  await page.getByLabel('Période', { exact: true }).selectOption('2026-10');
  const supplierList = page.getByLabel('Feuille de la facture fournisseur');
  await supplierList.focus();
  await supplierList.locator('option[value="Fournisseur"]').waitFor({ state: 'attached' });
  await supplierList.selectOption('Fournisseur');
  await page.getByRole('button', { name: 'Rapprocher', exact: true }).click();
  await page.locator('.of-status[data-kind="warning"], .of-status[data-kind="error"]').first().waitFor({
    state: 'attached',
  });
  await expect(statusText(page)).resolves.toMatch(
    /Ligne masquée dans le fichier du fournisseur, lue comme facturée\s: Fournisseur!A2\.$/,
  );
  expect(sheetNames(addon)).toEqual([...before, 'Rapprochement 2026-10']);
  const read = calls.findIndex((call) => call[0] === 'readFormattedSheets' && call[2] !== null);
  expect(calls[read]).toEqual(['readFormattedSheets', ['Fournisseur'], 'Lignes masquées (à supprimer)']);
  expect(costs[read]).toBeGreaterThan(0);
  expect(watch.pageErrors).toEqual([]);
});

// The supplier prints each line's date (date cells, as Sheets hands them) and VAT rate (formatted as a
// percentage): FCR's 10 % on the right amount is the one difference, disputed at its cell on a new sheet.
test('Reconcile reads a supplier sheet with Date and VAT rate columns', async () => {
  const { page, watch, addon } = await openSidebar('en');
  await page.getByLabel('Template').selectOption('bpo-customer-service');
  await page.getByRole('button', { name: 'Create contract' }).click();
  await waitForKind(page, 'success');
  await page.getByRole('button', { name: 'Check contract' }).click();
  await waitForKind(page, 'success');
  const october = new Date(Date.UTC(2026, 9, 31));
  const grid = [
    ['Date', 'Line', 'Amount', 'VAT rate'],
    [october, 'Fixed management fee', 20000, 0.2],
    [october, 'Interactions', 88750, 0.2],
    [october, 'FCR', 560, 0.1],
    [october, 'Average response time', -320, 0.2],
    [october, 'CSAT', 5000, 0.2],
  ];
  const supplier = addon.fake.spreadsheet.insertSheet('Supplier', 1);
  supplier.getRange(1, 1, grid.length, 4).setValues(grid);
  supplier.getRange(2, 1, grid.length - 1, 1).setNumberFormat('dd/mm/yyyy');
  supplier.getRange(2, 4, grid.length - 1, 1).setNumberFormat('0%');
  addon.fake.spreadsheet.setActiveSheet(addon.fake.spreadsheet.getSheetByName('Sheet1')!);
  const before = sheetNames(addon);
  await page.getByLabel('Period', { exact: true }).selectOption('2026-10');
  const supplierList = page.getByLabel('Supplier invoice sheet');
  await supplierList.focus();
  await supplierList.locator('option[value="Supplier"]').waitFor({ state: 'attached' });
  await supplierList.selectOption('Supplier');
  await page.getByRole('button', { name: 'Reconcile', exact: true }).click();
  await page.locator('.of-status[data-kind="warning"], .of-status[data-kind="error"]').first().waitFor({
    state: 'attached',
  });
  await expect(statusText(page)).resolves.toMatch(/^1 difference/);
  await expect(page.getByRole('textbox', { name: 'Dispute notes' }).inputValue()).resolves.toContain(
    '"FCR" (Supplier!D4): VAT rate 10%; the contract gives 20%.',
  );
  expect(sheetNames(addon)).toEqual([...before, 'Reconciliation 2026-10']);
  expect(watch.pageErrors).toEqual([]);
});

describe('two clicks through google.script.run', () => {
  // Each call is its own Apps Script execution: a second paint would only wait for the first's document
  // lock and then paint a second pair of sheets. The pane disables its controls while the first runs.
  test('a double click on Create contract paints one contract', async () => {
    const { page, addon, calls } = await openSidebar('en');
    await page.getByLabel('Template').selectOption('bpo-customer-service');
    await page.getByRole('button', { name: 'Create contract' }).dblclick();
    await waitForKind(page, 'success');
    expect(names(calls).filter((name) => name === 'paintPlans')).toHaveLength(1);
    expect(sheetNames(addon)).toEqual(['Sheet1', 'Contract', 'Actuals']);
  });
});

describe('the menu items that name a section, in Chromium', () => {
  // A short sidebar, so a section below the first is out of view unless the sidebar opens on it.
  test.each([
    ['menuGenerateInvoice', 'Generate invoice', 'Period'],
    ['menuNewContract', 'New contract', 'Template'],
    ['menuDiagnostics', 'Diagnostics', 'Run diagnostics'],
  ])(
    '%s opens the sidebar on its section, in view, its first control focused',
    async (menu, heading, first) => {
      const { page, watch } = await openSidebar('en', {
        menu,
        height: 378,
        before: (addon) => {
          const requests = newContractPlans('it-services-sla', 'en')!.map((plan) => ({ plan }));
          addon.fn('paintPlans')(JSON.parse(JSON.stringify(requests)));
        },
      });
      // The focus lands in the section once the pane has listed the contract's periods.
      await page.waitForFunction(
        (name) => document.activeElement?.closest('section')?.querySelector('h2')?.textContent === name,
        heading,
      );
      await expect(
        page.evaluate(() => {
          const node = document.activeElement as HTMLInputElement;
          return node.labels?.[0]?.textContent ?? node.textContent;
        }),
      ).resolves.toBe(first);
      const section = page.getByRole('region', { name: heading, exact: true });
      // Its heading and the focused control both in view (the last section cannot scroll to the top).
      for (const box of [
        await section.getByRole('heading').boundingBox(),
        await page.locator(':focus').boundingBox(),
      ]) {
        expect(box!.y).toBeGreaterThanOrEqual(0);
        expect(box!.y + box!.height).toBeLessThanOrEqual(378);
      }
      expect(watch.pageErrors).toEqual([]);
    },
  );
});

/** The elements of the pane whose right edge is past the page's, and whether the page scrolls sideways. */
function pastTheRightEdge(page: Page): Promise<{ scrollsSideways: boolean; past: string[] }> {
  return page.evaluate(() => ({
    scrollsSideways: document.documentElement.scrollWidth > window.innerWidth,
    past: [...document.querySelectorAll('.of-pane *')]
      .filter((node) => node.getBoundingClientRect().right > window.innerWidth + 0.5)
      .map((node) => `${node.tagName.toLowerCase()}.${node.className}`),
  }));
}

describe.each([
  ['en', 'Template', 'Create contract', 'Check contract', 'Period', 'Generate invoice'],
  ['fr_FR', 'Modèle', 'Créer le contrat', 'Vérifier le contrat', 'Période', 'Générer la facture'],
])('the built sidebar’s width (%s)', (locale, template, create, check, period, invoice) => {
  // Sheets' sidebar is 300 px wide; on Windows a classic scrollbar (17 px) takes its share once the pane
  // is taller than the window, which headless Chromium, drawing none, would not show.
  test('nothing is wider than 283 px, the sidebar less a scrollbar, after create, check and invoice', async () => {
    const { page, watch } = await openSidebar(locale, { width: 283 });
    await page.getByLabel(template).selectOption('bpo-customer-service');
    for (const [button, kind] of [
      [create, 'success'],
      [check, 'success'],
      [invoice, 'success'],
    ] as const) {
      if (button === invoice) await page.getByLabel(period).selectOption('2026-10');
      await page.getByRole('button', { name: button }).click();
      await waitForKind(page, kind);
      await expect(pastTheRightEdge(page)).resolves.toEqual({ scrollsSideways: false, past: [] });
    }
    expect(watch.pageErrors).toEqual([]);
  });
});

// Sheets' sidebar is 300 px wide and as tall as the window leaves it: about 600 px under Sheets' own bars
// on a 768 px laptop screen. The screenshots are the ones the README shows for Google Sheets.
describe.each([
  ['en', 'Template', 'Create contract', 'Check contract', 'Period', 'Generate invoice'],
  ['fr_FR', 'Modèle', 'Créer le contrat', 'Vérifier le contrat', 'Période', 'Générer la facture'],
])('the built sidebar at 300 × 600 (%s)', (locale, template, create, check, period, invoice) => {
  test('shows the outcome of create, check and invoice in view, each screenshot after its action', async () => {
    const height = 600;
    const { page, watch } = await openSidebar(locale, { width: 300, height });
    await page.getByLabel(template).selectOption('bpo-customer-service');
    for (const [button, name] of [
      [create, 'create'],
      [check, 'check'],
      [invoice, 'invoice'],
    ] as const) {
      if (button === invoice) await page.getByLabel(period).selectOption('2026-10');
      await page.getByRole('button', { name: button }).click();
      await waitForKind(page, 'success');
      const box = await page.locator('.of-status').boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(height);
      await expect(
        page.evaluate(() => document.activeElement?.classList.contains('of-status')),
      ).resolves.toBe(true);
      await saveScreenshot(page, `sheets-sidebar-300-${locale.slice(0, 2)}-${name}`);
    }
    expect(watch.pageErrors).toEqual([]);
  });
});

describe('the Model section of the built sidebar in Chromium', () => {
  test('makes a Scenarios sheet of values, and reprices it once the user edits a KPI', async () => {
    const { page, watch, addon } = await openSidebar('en_US');
    await page.getByLabel('Template').selectOption('bpo-customer-service');
    await page.getByRole('button', { name: 'Create contract' }).click();
    await waitForKind(page, 'success');
    await page.getByRole('button', { name: 'Create scenarios sheet', exact: true }).click();
    await page.getByText(/^Scenarios on "Scenarios"/).waitFor();
    // Google Sheets has no CONTRACTFEE: the status gives the totals, the sheet holds values only.
    await expect(statusText(page)).resolves.toBe(
      'Scenarios on "Scenarios" (totals now: worst €129,195.00, expected €130,620.00, best €137,700.00). Edit the values, then Reprice scenarios.',
    );
    const scenarios = addon.fake.spreadsheet.getSheetByName('Scenarios')!;
    expect(scenarios.getDataRange().getFormulas().flat().join('')).toBe('');

    scenarios.getRange('C6').setValue(0.8);
    await page.getByRole('button', { name: 'Reprice scenarios', exact: true }).click();
    await page.getByText('3 scenarios priced on "Scenarios priced".').waitFor();
    const priced = addon.fake.spreadsheet.getSheetByName('Scenarios priced')!.getDataRange().getValues();
    const total = priced[3].indexOf('Total');
    expect(priced.slice(4, 7).map((row) => row[total])).toEqual([129195, 132540, 137700]);
    expect(sheetNames(addon)).toEqual(['Sheet1', 'Contract', 'Actuals', 'Scenarios', 'Scenarios priced']);
    expect(watch.pageErrors).toEqual([]);
    await saveScreenshot(page, 'model-sidebar-en');
  });
});
