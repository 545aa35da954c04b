/**
 * The built taskpane.html in headless Chromium, outside Excel, with the real office.js (served from
 * @microsoft/office-js by route): the shared runtime page loads office.js, registers every custom function
 * with it, and mounts the pane, without a single page error. Where the CDN is blocked, the page says that
 * office.js did not load instead of staying blank.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { FUNCTIONS } from '../../core/functions/registry';
import { OFFICE_JS_MISSING_TEXTS } from '../../core/i18n/oldWebview';
import { fileUnder, launchChromium, serveFiles, watchPage, type PageWatch } from '../e2e/harness';
import { DIST_EXCEL, REPO_ROOT, builtFile } from './builtExcel';

const ORIGIN = 'https://localhost:3000';
const OFFICE_CDN = 'https://appsforoffice.microsoft.com';
const OFFICE_DIST = join(REPO_ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');

let browser: Browser;
let page: Page;
let watch: PageWatch;

beforeAll(async () => {
  builtFile('taskpane.html');
  browser = await launchChromium();
  page = await browser.newPage();
  watch = watchPage(page);
  await serveFiles(page, { origin: ORIGIN, root: DIST_EXCEL });
  // office.js loads its host scripts from the CDN folder it came from: serve that folder from the package.
  await page.route(`${OFFICE_CDN}/lib/1/hosted/**`, async (route) => {
    const path = new URL(route.request().url()).pathname.slice('/lib/1/hosted'.length);
    const file = fileUnder(OFFICE_DIST, path);
    if (file === undefined || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ status: 200, contentType: 'text/javascript', body: readFileSync(file) });
  });
  await page.goto(`${ORIGIN}/taskpane.html`);
  await page.waitForSelector('#taskpane-root form', { timeout: 30000 });
});

afterAll(async () => {
  await browser?.close();
});

describe('taskpane.html outside Excel', () => {
  it('registers every custom function with office.js', async () => {
    const ids = await page.evaluate(() => {
      const cf = (window as unknown as { CustomFunctions: { _association: { mappings: object } } })
        .CustomFunctions;
      return Object.keys(cf._association.mappings);
    });
    expect(ids.sort()).toEqual(FUNCTIONS.map((f) => f.name).sort());
  });

  it('mounts the pane with its fourteen forms and the templates of the core', async () => {
    // New contract, Check, Generate invoice; the Model section's six (Create scenarios sheet, the Scenarios
    // sheet to reprice, Fee curve, Exposure, Forecast, Compare); Invoice a range, Performance review,
    // Reconcile, Correct an invoice and Diagnostics.
    expect(await page.locator('#taskpane-root form').count()).toBe(14);
    const options = await page.locator('#taskpane-root select option').allTextContents();
    expect(options).toContain('BPO customer service');
  });

  it('raises no page error', () => {
    expect(watch.pageErrors).toEqual([]);
    expect(watch.dialogs).toEqual([]);
  });
});

describe('taskpane.html where office.js cannot load (a proxy or a policy blocks the CDN)', () => {
  it('says so in the pane, in the browser language, with no page error', async () => {
    const blocked = await browser.newPage();
    const seen = watchPage(blocked);
    await serveFiles(blocked, { origin: ORIGIN, root: DIST_EXCEL });
    await blocked.route(`${OFFICE_CDN}/**`, (route) => route.abort('blockedbyclient'));
    await blocked.goto(`${ORIGIN}/taskpane.html`);
    const alert = blocked.locator('#taskpane-root [role="alert"]');
    await alert.waitFor({ timeout: 30000 });
    expect(await alert.textContent()).toBe(OFFICE_JS_MISSING_TEXTS.en);
    expect(await blocked.locator('#taskpane-root form').count()).toBe(0);
    expect(seen.pageErrors).toEqual([]);
    await blocked.close();
  });
});
