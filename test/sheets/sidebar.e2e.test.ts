/**
 * The built sidebar in headless Chromium, as Google Sheets shows it: the page is what the built Code.js's
 * `showSidebar` renders from Sidebar.html on the Apps Script fake, and a `google.script.run` shim carries
 * each call, JSON-serialised, to a top-level function of that same Code.js. Selecting a cell and the
 * language run on the real server functions; the contract and invoice actions are scripted here until the
 * core's orchestrator (core/app/actions.ts) is in the bundle.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { CheckResult, InvoiceResult, NewContractResult, TemplateInfo } from '../../core/app/bridge';
import { launchChromium, saveScreenshot, serveFiles, watchPage, type PageWatch } from '../e2e/harness';
import { loadAddon, readBuilt, type LoadedAddon } from './builtSheets';

const ORIGIN = 'https://sheets-sidebar.test';

/** Stand-ins for the core's actions, by server function name. */
const SCRIPTED: Readonly<Record<string, (...args: unknown[]) => unknown>> = {
  listTemplates: (lang): TemplateInfo[] => [
    {
      id: 'bpo',
      title: lang === 'fr' ? 'Service client externalisé' : 'BPO customer service',
      description: lang === 'fr' ? 'Fixe, volumes par paliers, FCR et CSAT.' : 'Fixed fee, tiers, FCR, CSAT.',
    },
  ],
  newContract: (): NewContractResult => ({ sheets: ['Contract', 'Actuals'], message: '' }),
  checkContract: (): CheckResult => ({
    ok: false,
    errors: [{ sheet: 'Actuals', address: 'C4', column: 'Value', message: 'expected a number, got "n/a".' }],
    periods: ['2026-09', '2026-10'],
  }),
  generateInvoice: (period): InvoiceResult => {
    if (period === '2026-09') throw new Error('No actuals for 2026-09.');
    return { sheet: `Invoice ${period}`, total: '136 788,00', currency: 'EUR', lines: 7, message: '' };
  },
};

interface Sidebar {
  readonly page: Page;
  readonly watch: PageWatch;
  readonly addon: LoadedAddon;
  /** Server calls as `[name, ...args]`, in order. */
  readonly calls: unknown[][];
}

/** The shim: each call goes to `window.__server(name, argsJson)` and answers its handlers later. */
const GOOGLE_SCRIPT_RUN = `
  (() => {
    const runner = (success, failure) => new Proxy({}, {
      get: (_target, name) => {
        if (name === 'withSuccessHandler') return (handler) => runner(handler, failure);
        if (name === 'withFailureHandler') return (handler) => runner(success, handler);
        return (...args) => {
          window.__server(String(name), JSON.stringify(args)).then((answer) => {
            const { ok, value, message } = JSON.parse(answer);
            if (ok) success && success(value);
            else failure && failure(new Error(message));
          });
        };
      },
    });
    window.google = { script: { run: runner(null, null) } };
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
  { raw = false, sheetNames = ['Contract', 'Actuals'] }: { raw?: boolean; sheetNames?: string[] } = {},
): Promise<Sidebar> {
  const addon = loadAddon({ userLocale: locale, sheetNames });
  addon.fn('showSidebar')();
  const html = raw ? readBuilt('Sidebar.html') : addon.fake.ui.__sidebars[0]!.getContent();
  const calls: unknown[][] = [];

  const context = await browser.newContext({ viewport: { width: 300, height: 720 }, deviceScaleFactor: 2 });
  contexts.push(context);
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.exposeFunction('__server', (name: string, argsJson: string) => {
    const args = JSON.parse(argsJson) as unknown[];
    calls.push([name, ...args]);
    try {
      const value = SCRIPTED[name] ? SCRIPTED[name]!(...args) : addon.fn(name)(...args);
      // google.script.run sends values as JSON: undefined becomes null.
      return JSON.stringify({ ok: true, value: value ?? null });
    } catch (error) {
      return JSON.stringify({ ok: false, message: (error as Error).message });
    }
  });
  await page.addInitScript(GOOGLE_SCRIPT_RUN);
  await serveFiles(page, { origin: ORIGIN, files: { '/sidebar': { body: html, contentType: 'text/html' } } });
  await page.goto(`${ORIGIN}/sidebar`);
  await page.locator('.of-pane').waitFor();
  return { page, watch, addon, calls };
}

/** Waits for something that happens on the Node side of the bridge. */
async function until(condition: () => boolean, what: string): Promise<void> {
  for (const started = Date.now(); !condition(); ) {
    if (Date.now() - started > 5000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function waitForKind(page: Page, kind: string): Promise<void> {
  await page.locator(`.of-status[data-kind="${kind}"]`).waitFor({ state: 'attached' });
}

const statusText = (page: Page) => page.locator('.of-status-text').textContent();

describe('the Sheets sidebar in Chromium', () => {
  test('opens in the user’s language with no round trip for it, and drives the server functions', async () => {
    const { page, watch, addon, calls } = await openSidebar('fr_FR');
    await page.getByRole('option', { name: 'Service client externalisé' }).waitFor({ state: 'attached' });
    await expect(page.getByRole('heading').allTextContents()).resolves.toEqual([
      'Outcome Fees',
      'Nouveau contrat',
      'Vérifier le contrat',
      'Générer la facture',
    ]);

    await page.getByLabel('Modèle').selectOption('bpo');
    await page.getByRole('button', { name: 'Créer le contrat' }).click();
    await waitForKind(page, 'success');
    await expect(statusText(page)).resolves.toBe('Contrat créé : Contract, Actuals.');

    await page.getByRole('button', { name: 'Vérifier le contrat' }).click();
    await waitForKind(page, 'warning');
    const issue = page.locator('.of-issues button');
    await expect(issue.allTextContents()).resolves.toEqual(['Actuals!C4 (Value) : expected a number, got "n/a".']);
    await issue.click();
    // The real selectCell ran on the spreadsheet.
    await until(() => calls.some((call) => call[0] === 'selectCell'), 'selectCell');
    expect(addon.fake.spreadsheet.getActiveSheet().getName()).toBe('Actuals');
    expect(addon.fake.spreadsheet.getActiveRange()?.getA1Notation()).toBe('C4');

    await page.getByLabel('Période').selectOption('2026-10');
    await page.getByRole('button', { name: 'Générer la facture' }).click();
    await waitForKind(page, 'success');
    await expect(statusText(page)).resolves.toBe(
      'Facture créée sur la feuille « Invoice 2026-10 » : 7 lignes, total 136 788,00 EUR.',
    );

    expect(calls).toEqual([
      ['listTemplates', 'fr'],
      ['newContract', 'bpo', 'fr'],
      ['checkContract'],
      ['selectCell', 'Actuals', 'C4'],
      ['generateInvoice', '2026-10', 'fr'],
    ]);
    expect(watch.pageErrors).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    await saveScreenshot(page.locator('#taskpane-root'), 'sheets-sidebar');
  });

  test('shows a server failure with its message, and the real server’s own errors', async () => {
    const { page } = await openSidebar('en', { sheetNames: ['Contract'] });
    await page.getByRole('button', { name: 'Check contract' }).click();
    await waitForKind(page, 'warning');
    await page.locator('.of-issues button').click();
    await waitForKind(page, 'error');
    await expect(statusText(page)).resolves.toBe(
      'The cell could not be selected: There is no sheet named "Actuals".',
    );

    await page.getByLabel('Period').selectOption('2026-09');
    await page.getByRole('button', { name: 'Generate invoice' }).click();
    await waitForKind(page, 'error');
    await expect(statusText(page)).resolves.toBe('The invoice could not be generated: No actuals for 2026-09.');
  });

  test('asks the server for the language when the page was not rendered as a template', async () => {
    const { page, calls } = await openSidebar('fr', { raw: true });
    await page.getByRole('heading', { name: 'Nouveau contrat' }).waitFor();
    expect(calls.slice(0, 2)).toEqual([['hostLanguage'], ['listTemplates', 'fr']]);
  });
});
