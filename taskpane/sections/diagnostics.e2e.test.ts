/** The pane's Diagnostics section in real headless Chromium, on the scripted bridge: the report as text. */
import { readFileSync } from 'fs';
import { join } from 'path';
import type { Browser } from 'playwright-core';
import type { FakeScenario } from '../testing/fakeBridge';
import { bundleForBrowser, launchChromium, serveFiles, watchPage } from '../../test/e2e/harness';
import { taskpanePage } from '../page';

const ORIGIN = 'https://taskpane.test';
const XSS = '<img src=x onerror=alert(1)>';
const REPORT = `Outcome Fees diagnostics (Diagnostics (delete me))\ntextStaysText: FAILED. Text stays text: text "${XSS}"`;

const SCENARIO: FakeScenario = {
  hostLanguage: 'en',
  templates: { en: [], fr: [] },
  newContract: { sheets: [], message: '' },
  check: { ok: true, contractSheet: '', actualsSheet: '', contracts: [], errors: [], periods: [] },
  invoice: {
    sheet: '',
    total: '',
    currency: 'EUR',
    lines: 0,
    contractSheet: '',
    actualsSheet: '',
    message: '',
  },
  diagnostics: {
    sheet: 'Diagnostics (delete me)',
    checks: [{ id: 'textStaysText', status: 'failed', title: 'Text stays text', seen: `text "${XSS}"` }],
    report: REPORT,
    message: 'Diagnostics: 0 passed, 1 failed.',
  },
};

let browser: Browser;
let bundle: string;

beforeAll(async () => {
  bundle = bundleForBrowser(join(__dirname, '../testing/browserEntry.ts'), { globalName: 'OutcomeFeesTest' });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('Diagnostics section in Chromium', () => {
  test('runs the self-test in the pane language and shows the report as text, ready to copy', async () => {
    const context = await browser.newContext({ viewport: { width: 350, height: 900 } });
    const page = await context.newPage();
    const watch = watchPage(page);
    await serveFiles(page, {
      origin: ORIGIN,
      files: {
        '/taskpane.html': { body: taskpanePage() },
        '/taskpane.css': { body: readFileSync(join(__dirname, '../taskpane.css')) },
        '/taskpane.test.js': { body: bundle },
      },
    });
    await page.goto(`${ORIGIN}/taskpane.html`);
    await page.addScriptTag({ url: '/taskpane.test.js' });
    await page.addScriptTag({
      content: `
      window.fake = OutcomeFeesTest.createFakeBridge(${JSON.stringify(SCENARIO)});
      window.pane = OutcomeFeesTest.mountTaskpane(document.getElementById('taskpane-root'), window.fake);`,
    });
    await page.evaluate(() => (window as unknown as { pane: { ready: Promise<void> } }).pane.ready);
    await page.getByRole('button', { name: 'Run diagnostics' }).click();
    await page.locator('.of-status[data-kind="warning"]').waitFor({ state: 'attached' });
    await expect(page.locator('.of-status-text').textContent()).resolves.toBe(SCENARIO.diagnostics!.message);
    await expect(page.locator('pre.of-report').textContent()).resolves.toBe(REPORT);
    await expect(page.getByLabel('Report to copy').inputValue()).resolves.toBe(REPORT);
    const calls = await page.evaluate(
      () => (window as unknown as { fake: { calls: unknown[][] } }).fake.calls,
    );
    expect(calls.filter((call) => call[0] === 'runDiagnostics')).toEqual([['runDiagnostics', 'en']]);
    await expect(page.locator('img').count()).resolves.toBe(0);
    expect(watch.pageErrors).toEqual([]);
    await context.close();
  });
});
