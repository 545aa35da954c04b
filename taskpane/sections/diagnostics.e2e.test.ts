/** The pane's Diagnostics section in real headless Chromium, on the scripted bridge: the report as text. */
import type { FakeScenario } from '../testing/fakeBridge';
import { expectText, paneInBrowser, statusText, waitForKind, XSS } from '../testing/paneInBrowser';
import { ONE_CONTRACT } from '../testing/paneScenarios';

const REPORT = `Outcome Fees diagnostics (Diagnostics (delete me))\ntextStaysText: FAILED. Text stays text: text "${XSS}"`;

const SCENARIO: FakeScenario = {
  ...ONE_CONTRACT,
  diagnostics: {
    sheet: 'Diagnostics (delete me)',
    checks: [{ id: 'textStaysText', status: 'failed', title: 'Text stays text', seen: `text "${XSS}"` }],
    report: REPORT,
    message: 'Diagnostics: 0 passed, 1 failed.',
  },
};

const browser = paneInBrowser();

describe('Diagnostics section in Chromium', () => {
  test('runs the self-test in the pane language and shows the report as text, ready to copy', async () => {
    const { page, watch, calls } = await browser.open(SCENARIO, { viewport: { width: 350, height: 900 } });
    await page.getByRole('button', { name: 'Run diagnostics' }).click();
    await waitForKind(page, 'warning');
    await expectText(statusText(page), SCENARIO.diagnostics!.message);
    await expectText(page.locator('pre.of-report'), REPORT);
    await expect(page.getByLabel('Report to copy').inputValue()).resolves.toBe(REPORT);
    await expect(calls('runDiagnostics')).resolves.toEqual([['runDiagnostics', 'en']]);
    await expect(page.locator('img').count()).resolves.toBe(0);
    expect(watch.pageErrors).toEqual([]);
  });
});
